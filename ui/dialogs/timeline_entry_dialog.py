"""A hand-written timeline entry (HICS 214 style): when, position, what, who."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import AppError
from app.services.incident_timeline import add_entry
from ui import style
from ui.locale_format import edit_format
from ui.session import SignInSession
from ui.widgets.actor_field import WRITE_FAILURES, ActorField, not_saved
from ui.widgets.form_fields import busy_cursor, cancel_tip, dialog_button, fit_dialog, line_edit
from ui.widgets.message_banner import MessageBanner

log = logging.getLogger(__name__)


def local_now() -> QDateTime:
    return QDateTime.currentDateTime()


def iso_of(moment: QDateTime) -> str:
    """A QDateTime in this computer's time zone as ISO 8601 with its offset."""
    when = datetime.fromtimestamp(moment.toSecsSinceEpoch()).astimezone()
    return when.isoformat(timespec="seconds")


class TimelineEntryDialog(QDialog):
    """Signals:
    entry_added(TimelineItem): the entry is saved.
    """

    entry_added = Signal(object)

    def __init__(
        self,
        db: Database,
        incident_id: str,
        session: SignInSession | None,
        typed_name: str = "",
        positions: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_entry_dialog")
        self.setWindowTitle(self.tr("Add a timeline entry"))
        self.db = db
        self.incident_id = incident_id
        self.added: object | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = style.text_label("timeline_entry_intro", 13)
        intro.setText(
            self.tr(
                "Write down a notable activity or decision: what happened, when and by whom. "
                "Entries cannot be changed later; add another entry to correct one."
            )
        )
        layout.addWidget(intro)
        form = QFormLayout()
        self.time_input = QDateTimeEdit(local_now())
        self.time_input.setObjectName("timeline_entry_time")
        self.time_input.setAccessibleName(self.tr("When it happened"))
        self.time_input.setAccessibleDescription(
            self.tr("The date and time of what you note; now unless you change it")
        )
        self.time_input.setDisplayFormat(edit_format(with_zone=True))
        self.time_input.setCalendarPopup(True)
        self.time_input.setMinimumHeight(style.px(40))
        style.set_point_size(self.time_input, 14)
        self.position_input = line_edit("timeline_entry_position", self.tr("Position"))
        self.position_input.setPlaceholderText(
            self.tr("optional, e.g. Incident Commander, charge nurse ICU")
        )
        known = sorted({p for p in positions if p}, key=str.casefold)
        if known:
            completer = QCompleter(known, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.position_input.setCompleter(completer)
        self.text_input = QPlainTextEdit()
        self.text_input.setObjectName("timeline_entry_text")
        self.text_input.setAccessibleName(self.tr("What happened"))
        self.text_input.setAccessibleDescription(
            self.tr("Required: what happened or was decided, in a few words")
        )
        self.text_input.setTabChangesFocus(True)
        self.text_input.setMinimumHeight(style.px(120))
        style.set_point_size(self.text_input, 14)
        form.addRow(self._label(self.tr("&When:"), self.time_input), self.time_input)
        form.addRow(self._label(self.tr("&Position:"), self.position_input), self.position_input)
        form.addRow(self._label(self.tr("W&hat happened:"), self.text_input), self.text_input)
        self.actor_field = ActorField(session, "timeline_entry_actor", typed_name, form=form)
        layout.addLayout(form)
        self.message = MessageBanner("timeline_entry_message")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(
            dialog_button(self.tr("Cancel"), "timeline_entry_cancel", self.reject, tip=cancel_tip())
        )
        self.save_button = dialog_button(
            self.tr("Add entry"),
            "timeline_entry_save",
            self.save,
            primary=True,
            tip=self.tr("Add this entry to the incident's timeline"),
        )
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.text_input.setFocus()
        fit_dialog(self, 640)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        style.set_point_size(label, 13)
        return label

    def save(self) -> object | None:
        """Add the entry; on any problem the dialog stays open with everything typed."""
        actor = self.actor_field.actor()
        if actor is None:
            self.actor_field.ask_for_name(self.message)
            return None
        try:
            with busy_cursor():
                item = add_entry(
                    self.db,
                    self.incident_id,
                    self.text_input.toPlainText(),
                    by=actor,
                    at=iso_of(self.time_input.dateTime()),
                    position=self.position_input.text() or None,
                )
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "adding a timeline entry"))
            return None
        self.added = item
        self.entry_added.emit(item)
        self.accept()
        return item
