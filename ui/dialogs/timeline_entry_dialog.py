"""A hand-written timeline entry (HICS 214 style): when, position, what, who.

Also holds what the incident tabs share: ``ActorField`` (who is acting: the signed-in user, else a
typed name, as on the record page; incident work never needs sign-in) and ``WRITE_FAILURES``.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
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
from sqlalchemy.exc import SQLAlchemyError

from app.database.db import Database
from app.errors import AppError, StorageError
from app.services.authority import AuthenticatedUser
from app.services.incident_timeline import add_entry
from ui import style
from ui.session import SignInSession
from ui.widgets.form_fields import busy_cursor, dialog_button, fit_dialog, line_edit
from ui.widgets.message_banner import MessageBanner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
WRITE_FAILURES = (StorageError, SQLAlchemyError, sqlite3.Error, OSError)
Actor = AuthenticatedUser | str


def not_saved(exc: Exception, what: str) -> tuple[str, str]:
    """What a banner says when a service refused or failed to save, and its kind: the service's
    own words for a refusal, a plain "could not be written" for a storage failure (logged)."""
    if isinstance(exc, AppError) and not isinstance(exc, StorageError):
        return translate("IncidentTabs", "NOT saved: {problem}").format(problem=exc.message), (
            "warning"
        )
    log.error("%s failed: %s", what, exc)
    text = translate(
        "IncidentTabs",
        "NOT saved: the database could not be written. What you typed is still here; try again.",
    )
    return text, "danger"


class ActorField(QWidget):
    """Who is acting: "Your name" to type when nobody is signed in; "Recorded as <name> (signed
    in)" otherwise. In a form (``form`` given) its caption is the form row's label."""

    def __init__(
        self,
        session: SignInSession | None,
        name: str,
        typed: str = "",
        parent: QWidget | None = None,
        form: QFormLayout | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.session = session
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        style.set_point_size(self.label, 13)
        self.name_input = line_edit(f"{name}_name", self.tr("Your name"))
        self.name_input.setPlaceholderText(self.tr("required when nobody is signed in"))
        self.name_input.setText(typed)
        self.label.setBuddy(self.name_input)
        self.signed_label = style.text_label(f"{name}_signed", 13)
        if form is None:
            row.addWidget(self.label)
        else:
            form.addRow(self.label, self)
        row.addWidget(self.name_input, 1)
        row.addWidget(self.signed_label, 1)
        self.setFocusProxy(self.name_input)
        if session is not None:
            session.changed.connect(self._session_changed)
        self.refresh()

    def _session_changed(self, _user: object) -> None:
        self.refresh()

    def user(self) -> AuthenticatedUser | None:
        return self.session.user if self.session is not None else None

    def refresh(self) -> None:
        user = self.user()
        self.name_input.setVisible(user is None)
        self.signed_label.setVisible(user is not None)
        if user is None:
            self.label.setText(self.tr("Your na&me:"))
        else:
            self.label.setText(self.tr("Recorded as:"))
            self.signed_label.setText(self.tr("{name} (signed in)").format(name=user.full_name))

    def typed(self) -> str:
        return " ".join(self.name_input.text().split())

    def actor(self) -> Actor | None:
        """The signed-in user, or the typed name; None when neither (say so and ask)."""
        return self.user() or self.typed() or None

    def ask_for_name(self, banner: MessageBanner) -> None:
        banner.say(self.tr("Enter your name first (or sign in)."))
        self.name_input.setFocus()


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
        self.time_input.setDisplayFormat("yyyy-MM-dd HH:mm t")
        self.time_input.setCalendarPopup(True)
        self.time_input.setMinimumHeight(40)
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
        self.text_input.setTabChangesFocus(True)
        self.text_input.setMinimumHeight(120)
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
        buttons.addWidget(dialog_button(self.tr("Cancel"), "timeline_entry_cancel", self.reject))
        self.save_button = dialog_button(
            self.tr("Add entry"), "timeline_entry_save", self.save, primary=True
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
