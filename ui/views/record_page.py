"""Recording the decision: who records it and where, the incident it belongs to (if any), then Save.

"Saved" is said only after ``record_decision`` has returned (it returns after the commit). When the
write fails, the form says plainly that the decision was NOT saved and keeps everything typed.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from app.database.db import Database
from app.errors import BadInputError, StorageError
from app.services.decisions import DecisionDraft, record_decision
from app.services.devices import list_units
from app.services.incidents import incident_for_recording, list_incidents, record_in_incident
from app.services.reference import Reference
from ui import dialog_service, style
from ui.error_text import error_text
from ui.views.triage_flow import TriageFlow
from ui.widgets.tab_order import tab_chain

log = logging.getLogger(__name__)
STORAGE_FAILURES = (StorageError, SQLAlchemyError, sqlite3.Error, OSError)


class RecordPage(QWidget):
    """Signals:
    decision_saved(DecisionView): the decision is committed to the database.
    back_requested(): back to the result.
    """

    decision_saved = Signal(object)
    back_requested = Signal()

    def __init__(
        self, db: Database, reference: Reference, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.reference = reference
        self.lang = lang
        self.flow: TriageFlow | None = None
        self.print_preview: object | None = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.title = QLabel()
        self.title.setObjectName("record_title")
        self.title.setWordWrap(True)
        style.set_point_size(self.title, 20, bold=True)
        layout.addWidget(self.title)

        form = QFormLayout()
        form.setVerticalSpacing(12)
        self.name_input = self._line_edit("record_name", self.tr("Your name"))
        self.name_input.setAccessibleDescription(
            self.tr("Required: the name of the person who made this decision")
        )
        form.addRow(self._form_label(self.tr("Your name (required)")), self.name_input)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("record_role")
        self.role_combo.setAccessibleName(self.tr("Your role"))
        self.role_combo.setAccessibleDescription(
            self.tr("Required: your job, e.g. charge nurse; it is saved with the decision")
        )
        self.role_combo.setPlaceholderText(self.tr("Choose your role…"))
        self.role_combo.setMinimumHeight(style.px(44))
        style.set_point_size(self.role_combo, 15)
        for role in self.reference.roles.roles:
            self.role_combo.addItem(role.name.get(self.lang), role.code)
        self.role_combo.setCurrentIndex(-1)
        form.addRow(self._form_label(self.tr("Your role (required)")), self.role_combo)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("record_unit")
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        self.unit_combo.setAccessibleDescription(
            self.tr("The ward or unit where the device is; choose one or type it")
        )
        self.unit_combo.setEditable(True)
        self.unit_combo.setMinimumHeight(style.px(44))
        style.set_point_size(self.unit_combo, 15)
        style.set_point_size(self.unit_combo.lineEdit(), 15)
        # The editable list keeps Enter to itself, or not, depending on what was typed: it is
        # taken before the list sees it (eventFilter), so Enter saves once, as in the other fields.
        self.unit_combo.installEventFilter(self)
        form.addRow(self._form_label(self.tr("Unit")), self.unit_combo)
        self.location_input = self._line_edit("record_location", self.tr("Location"))
        self.location_input.setAccessibleDescription(
            self.tr("Optional: where the device is, e.g. room and bed")
        )
        form.addRow(self._form_label(self.tr("Location")), self.location_input)
        self.note_input = QPlainTextEdit()
        self.note_input.setObjectName("record_note")
        self.note_input.setAccessibleName(self.tr("Note"))
        self.note_input.setAccessibleDescription(
            self.tr("Optional: anything else to keep with the decision")
        )
        self.note_input.setTabChangesFocus(True)
        self.note_input.setMaximumHeight(style.px(110))
        style.set_point_size(self.note_input, 14)
        form.addRow(self._form_label(self.tr("Note")), self.note_input)
        self.incident_combo = QComboBox()
        self.incident_combo.setObjectName("record_incident")
        self.incident_combo.setAccessibleName(self.tr("Incident"))
        self.incident_combo.setToolTip(
            self.tr("The open incident this decision belongs to, if any")
        )
        self.incident_combo.setMinimumHeight(style.px(44))
        style.set_point_size(self.incident_combo, 15)
        self.incident_label = self._form_label(self.tr("Incident"))
        form.addRow(self.incident_label, self.incident_combo)
        layout.addLayout(form)
        self.refresh_incidents()

        self.message = QLabel()
        self.message.setObjectName("record_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        style.set_point_size(self.message, 15, bold=True)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        back = QPushButton(self.tr("◀  Back to the result"))
        back.setObjectName("record_back")
        back.setAccessibleName(self.tr("Back to the result"))
        back.setToolTip(self.tr("Go back to the class and its guidance; nothing is saved yet"))
        back.setProperty("role", "secondary")
        style.set_point_size(back, 15)
        back.clicked.connect(self.back_requested)
        buttons.addWidget(back)
        buttons.addStretch(1)
        self.paper_button = QPushButton(self.tr("Print on paper (not saved)"))
        self.paper_button.setObjectName("record_print_unsaved")
        self.paper_button.setAccessibleName(self.tr("Print the unsaved decision on paper"))
        self.paper_button.setToolTip(
            self.tr("Print this decision, marked NOT SAVED, to keep on paper until it can be saved")
        )
        style.set_point_size(self.paper_button, 15)
        self.paper_button.clicked.connect(self.print_unsaved)
        self.paper_button.hide()  # only after a save failed
        buttons.addWidget(self.paper_button)
        self.save_button = QPushButton(self.tr("Save decision"))
        self.save_button.setObjectName("record_save")
        self.save_button.setAccessibleName(self.tr("Save decision"))
        self.save_button.setToolTip(self.tr("Save the decision with your name and role"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setMinimumWidth(style.px(220))
        style.set_point_size(self.save_button, 16, bold=True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        for button in (back, self.paper_button, self.save_button):
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        # Tab: the fields top to bottom, then Save, then the other buttons.
        tab_chain(
            [
                self.name_input,
                self.role_combo,
                self.unit_combo,
                self.location_input,
                self.note_input,
                self.incident_combo,
                self.save_button,
                self.paper_button,
                back,
            ]
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field saves: the fields pass it on (the note takes it for a new line, a
        focused button presses itself, an open list chooses its item)."""
        if self._is_enter(event):
            event.accept()
            self.save()
            return
        super().keyPressEvent(event)

    @staticmethod
    def _is_enter(event: QKeyEvent) -> bool:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(plain)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.unit_combo
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._is_enter(event)
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def _line_edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMinimumHeight(style.px(44))
        style.set_point_size(edit, 15)
        return edit

    def _form_label(self, text: str) -> QLabel:
        label = QLabel(text)
        style.set_point_size(label, 14)
        return label

    # --- behaviour ------------------------------------------------------------------------------
    def prepare(self, flow: TriageFlow, title: str) -> None:
        """Show the form for ``flow``'s result; what was typed for the same person stays."""
        self.flow = flow
        self.title.setText(title)
        device = flow.subject.device
        typed_unit = self.unit_combo.currentText()
        self.unit_combo.clear()
        self.unit_combo.addItems(list_units(self.db))
        self.unit_combo.setCurrentText(typed_unit or (device.unit or "" if device else ""))
        if not self.location_input.text() and device is not None:
            self.location_input.setText(device.location or "")
        self._hide_message()
        self.refresh_incidents()
        self.save_button.setText(self.tr("Save decision"))
        self.paper_button.hide()
        self.name_input.setFocus()

    def refresh_incidents(self) -> None:
        """The open incidents to record into ("None" first, the default); the choice stays."""
        chosen = self.incident_combo.currentData()
        self.incident_combo.clear()
        self.incident_combo.addItem(self.tr("None"), None)
        try:
            incidents = list_incidents(self.db, include_closed=False)
        except STORAGE_FAILURES as exc:
            log.error("reading the open incidents failed: %s", exc)
            incidents = []
        for incident in incidents:
            text = f"{incident.ref} · {incident.name}"
            if incident.exercise:
                text = self.tr("{incident} (EXERCISE)").format(incident=text)
            self.incident_combo.addItem(text, incident.id)
        self.incident_combo.setCurrentIndex(max(0, self.incident_combo.findData(chosen)))
        # No open incident: no field to get wrong.
        self.incident_combo.setVisible(self.incident_combo.count() > 1)
        self.incident_label.setVisible(self.incident_combo.count() > 1)

    def choose_incident(self, incident_id: str | None) -> None:
        self.incident_combo.setCurrentIndex(max(0, self.incident_combo.findData(incident_id)))

    def clear(self) -> None:
        """Empty the form for a new triage."""
        self.name_input.clear()
        self.unit_combo.setCurrentText("")
        self.role_combo.setCurrentIndex(-1)
        self.note_input.clear()
        self.location_input.clear()
        self.incident_combo.setCurrentIndex(0)
        self._hide_message()
        self.paper_button.hide()

    def save(self) -> None:
        if self.flow is None or not self._check_required():
            return
        draft = self._draft(self.flow)
        self.save_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        unlinked: str | None = None
        try:
            if draft.incident_id is None:
                saved = record_decision(self.db, self.reference, draft)
            else:  # never blocked by the incident: closed meanwhile, it is saved unlinked
                unlinked = incident_for_recording(self.db, draft.incident_id)[1]
                saved = record_in_incident(self.db, self.reference, draft)
        except BadInputError as exc:
            self._show_message(
                self.tr("Not saved: {problem}").format(problem=error_text(exc)), False
            )
            return
        except STORAGE_FAILURES as exc:
            log.error("recording a decision failed: %s", exc)
            self._not_saved(str(getattr(exc, "message", "") or exc))
            return
        except Exception:
            log.exception("unexpected error while recording a decision")
            self._not_saved(self.tr("an unexpected error (see the log)"))
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.save_button.setEnabled(True)
        self.flow = None  # saved once: a second Enter (a key held, a double press) saves nothing
        self.decision_saved.emit(saved)
        if unlinked:
            dialog_service.show_info(self, self.tr("Saved, not in the incident"), unlinked)

    def _check_required(self) -> bool:
        if not self.name_input.text().strip():
            self._show_message(self.tr("Enter your name before saving."), False)
            self.name_input.setFocus()
            return False
        if self.role_combo.currentIndex() < 0:
            self._show_message(self.tr("Choose your role before saving."), False)
            self.role_combo.setFocus()
            return False
        return True

    def _draft(self, flow: TriageFlow) -> DecisionDraft:
        device = flow.subject.device
        return DecisionDraft(
            answers=dict(flow.answers),
            recorded_by=self.name_input.text(),
            role=self.role_combo.currentData(),
            device_tag=device.asset_tag if device else None,
            category=flow.subject.category,
            unit=self.unit_combo.currentText() or None,
            location=self.location_input.text() or None,
            note=self.note_input.toPlainText() or None,
            answer_sources=dict.fromkeys(flow.prefilled(), "inventory"),
            supersedes=flow.supersedes,
            incident_id=self.incident_combo.currentData(),
        )

    def _not_saved(self, reason: str) -> None:
        self._show_message(
            self.tr(
                "The decision was NOT saved ({reason}). Everything you typed is still here. "
                "Try again, or print it on paper."
            ).format(reason=reason),
            True,
        )
        self.save_button.setText(self.tr("Try again"))
        self.paper_button.show()

    def print_unsaved(self) -> object:
        """Preview (then print or save as PDF) the decision that could not be saved; needs no
        database, so it works during the outage that stopped the save."""
        if self.flow is None or not self._check_required():
            return None
        from app.services.printing import print_unsaved_decision
        from ui.dialogs.print_preview import preview_document

        draft, reference, lang = self._draft(self.flow), self.reference, self.lang
        self.print_preview = preview_document(
            self,
            "decision",
            lambda out, paper: print_unsaved_decision(reference, draft, lang, paper, out),
            detail=self.tr("not saved"),
        )
        return self.print_preview

    def _show_message(self, text: str, severe: bool) -> None:
        background, foreground = (
            (style.theme.danger_bg, style.theme.danger_fg)
            if severe
            else (style.theme.warning_bg, style.theme.warning_fg)
        )
        self.message.setText(text)
        self.message.setStyleSheet(style.banner_style(background, foreground))
        self.message.show()

    def _hide_message(self) -> None:
        self.message.clear()
        self.message.hide()
