"""Closing an incident (PIR-08): first what still blocks it, in a list; when nothing does, the
signed-in clinical leader types their password again (as for any signature) and may add a note.
"Closed" appears only after ``close_incident`` has returned; a refusal keeps the dialog open."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import AccessDeniedError, AppError
from app.services.accounts import authenticate
from app.services.incident_checklist import close_blockers, close_incident
from app.services.incidents import IncidentView
from app.services.reference import Reference
from ui import style
from ui.error_text import error_text
from ui.session import SignInSession
from ui.views.incidents import exercise_banner
from ui.widgets.actor_field import WRITE_FAILURES
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.form_fields import busy_cursor, cancel_tip, dialog_button, fit_dialog, line_edit
from ui.widgets.message_banner import MessageBanner

if TYPE_CHECKING:
    from app.services.playbook import Playbook


log = logging.getLogger(__name__)
CLOSER_ROLE = "clinical_leader"


class CloseIncidentDialog(QDialog):
    """Signals:
    closed(IncidentView): the incident is closed.
    """

    closed = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        playbook: Playbook,
        lang: str,
        session: SignInSession | None,
        incident: IncidentView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("close_incident_dialog")
        self.setWindowTitle(self.tr("Close {ref}").format(ref=incident.ref))
        self.db, self.reference, self.playbook = db, reference, playbook
        self.lang, self.session, self.incident = lang, session, incident
        self.result_incident: IncidentView | None = None
        self.blockers: list[str] = []

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if incident.exercise:
            layout.addWidget(exercise_banner("close_exercise_banner"))
        title = style.text_label("close_title", 16, bold=True)
        title.setText(f"{incident.ref} · {incident.name}")
        layout.addWidget(title)
        self.state_label = style.text_label("close_state", 14, bold=True)
        layout.addWidget(self.state_label)
        self.blocker_list = QListWidget()
        self.blocker_list.setObjectName("close_blockers")
        self.blocker_list.setAccessibleName(self.tr("What still stops the incident from closing"))
        self.blocker_list.setAccessibleDescription(
            self.tr("Checklist items, decisions or devices to finish before the incident can close")
        )
        self.blocker_list.setWordWrap(True)
        self.blocker_list.setSpacing(3)
        style.set_point_size(self.blocker_list, 13)
        layout.addWidget(self.blocker_list, 1)
        self.sign_in_prompt = style.text_label("close_sign_in_text", 13)
        layout.addWidget(self.sign_in_prompt)
        self.sign_in_button = dialog_button(
            self.tr("Sign in…"),
            "close_sign_in",
            self._sign_in,
            tip=self.tr("Only a signed-in clinical leader can close an incident: sign in"),
        )
        self.sign_in_row = QWidget()
        sign_in_row = QHBoxLayout(self.sign_in_row)
        sign_in_row.setContentsMargins(0, 0, 0, 0)
        sign_in_row.addWidget(self.sign_in_button)
        sign_in_row.addStretch(1)
        layout.addWidget(self.sign_in_row)

        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.statement = style.text_label("close_statement", 13)
        self.statement.setText(
            self.tr(
                "Closing is clinical leadership's sign-off of this incident (PIR-08). Type your "
                "password again to sign it; the closing is recorded under your name."
            )
        )
        self.statement.setStyleSheet(style.statement_style())
        form.addRow(self.statement)
        self.username_input = line_edit(
            "close_username",
            self.tr("User name"),
            description=self.tr("The signed-in person, who closes the incident"),
        )
        self.username_input.setReadOnly(True)
        self.password_input = line_edit(
            "close_password",
            self.tr("Password"),
            password=True,
            description=self.tr("Your password again, to sign the closing"),
        )
        self.note_input = QPlainTextEdit()
        self.note_input.setObjectName("close_note")
        self.note_input.setAccessibleName(self.tr("Closing note"))
        self.note_input.setAccessibleDescription(
            self.tr("Optional: anything to keep with the closing, e.g. what is still watched")
        )
        self.note_input.setTabChangesFocus(True)
        self.note_input.setFixedHeight(style.px(80))
        style.set_point_size(self.note_input, 13)
        form.addRow(self._label(self.tr("User name:"), self.username_input), self.username_input)
        form.addRow(self._label(self.tr("&Password:"), self.password_input), self.password_input)
        form.addRow(self._label(self.tr("&Note (optional):"), self.note_input), self.note_input)
        layout.addWidget(self.form)
        self.message = MessageBanner("close_message", 14)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.recheck_button = dialog_button(
            self.tr("Check &again"),
            "close_recheck",
            self.refresh,
            tip=self.tr("Look again at what still stops the incident from closing"),
        )
        buttons.addWidget(self.recheck_button)
        buttons.addStretch(1)
        self.cancel_button = dialog_button(
            self.tr("Cancel"), "close_cancel", self.reject, tip=cancel_tip()
        )
        buttons.addWidget(self.cancel_button)
        self.close_button = dialog_button(
            self.tr("Close incident"),
            "close_confirm",
            self.confirm,
            primary=True,
            tip=self.tr("Sign the closing; the incident then becomes read-only"),
        )
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        if session is not None:
            session.changed.connect(self._session_changed)
        self.refresh()
        fit_dialog(self, 760)
        if self.blockers:
            self.resize(self.width(), max(self.height(), 520))

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        widget = QLabel(text)
        style.set_point_size(widget, 13)
        widget.setBuddy(buddy)
        return widget

    def _session_changed(self, _user: object) -> None:
        if self.result_incident is None:
            self.refresh()

    def _sign_in(self) -> None:
        if self.session is not None:
            self.session.ask(self, self.tr("Sign in as a clinical leader to close the incident."))

    def may_close(self) -> bool:
        """Nothing blocks the incident and a clinical leader is signed in."""
        user = self.session.user if self.session is not None else None
        return not self.blockers and user is not None and CLOSER_ROLE in user.roles

    def refresh(self) -> None:
        """Ask again what blocks the incident, and who is signed in."""
        self.message.clear_message()
        try:
            self.blockers = close_blockers(
                self.db, self.reference, self.playbook.checklists, self.incident.id
            )
        except READ_FAILURES as exc:
            log.error("reading what blocks %s failed: %s", self.incident.ref, exc)
            self.blockers = [self.tr("The checklist and sign-offs could not be read.")]
        self.blocker_list.clear()
        self.blocker_list.addItems([self._with_action(text) for text in self.blockers])
        self.blocker_list.setVisible(bool(self.blockers))
        if self.blockers:
            self.state_label.setText(
                self.tr("This incident cannot close yet ({count} to do):").format(
                    count=len(self.blockers)
                )
            )
        else:
            self.state_label.setText(
                self.tr(
                    "Nothing blocks closing: every decision is signed off and the "
                    "post-incident items are done or not applicable."
                )
            )
        user = self.session.user if self.session is not None else None
        leader = user is not None and CLOSER_ROLE in user.roles
        need_sign_in = not self.blockers and not leader
        if need_sign_in:
            self.sign_in_prompt.setText(
                self.tr("Closing needs a signed-in clinical leader. Sign in as one.")
                if user is None
                else self.tr(
                    "{name} is signed in without the clinical leader role. A clinical leader "
                    "must close the incident."
                ).format(name=user.full_name or user.username)
            )
        self.sign_in_prompt.setVisible(need_sign_in)
        self.sign_in_row.setVisible(need_sign_in and self.session is not None)
        self.form.setVisible(self.may_close())
        self.close_button.setVisible(self.may_close())
        self.username_input.setText(user.username if user is not None else "")
        if self.may_close():
            self.password_input.setFocus()
        elif need_sign_in:
            self.sign_in_button.setFocus()
        else:
            self.blocker_list.setFocus()

    def _with_action(self, blocker: str) -> str:
        """ "PIR-01 is still open — Lessons-learned meeting …": the item's action in the language."""
        item_id = blocker.split(" ", 1)[0]
        try:
            action = self.playbook.checklists.get(item_id).action.get(self.lang)
        except KeyError:
            return blocker
        return f"{blocker} — {action}"

    def confirm(self) -> IncidentView | None:
        """Check the password again, then close; the password field is emptied whatever happens."""
        if self.result_incident is not None:
            return self.result_incident
        if not self.may_close() or self.session is None or self.session.user is None:
            self.refresh()
            return None
        password = self.password_input.text()
        self.password_input.clear()
        if not password:
            self.message.say(self.tr("Type your password: closing asks for it again."))
            self.password_input.setFocus()
            return None
        try:
            with busy_cursor():
                user = authenticate(self.db, self.session.user.username, password)
                closed = close_incident(
                    self.db,
                    self.reference,
                    self.playbook.checklists,
                    self.incident.id,
                    by=user,
                    note=self.note_input.toPlainText() or None,
                )
        except AccessDeniedError as exc:
            self.message.say(
                self.tr("Not closed: {problem}").format(problem=error_text(exc)), "danger"
            )
            self.password_input.setFocus()
            return None
        except (AppError, *WRITE_FAILURES) as exc:
            log.error("closing %s failed: %s", self.incident.ref, exc)
            problem = (
                error_text(exc)
                if isinstance(exc, AppError)
                else self.tr("the database could not be written")
            )
            self.message.say(self.tr("Not closed: {problem}").format(problem=problem), "danger")
            return None
        self._closed(closed)
        return closed

    def _closed(self, incident: IncidentView) -> None:
        self.result_incident = incident
        self.message.say(self.tr("Closed. The incident is now read-only."), "ok")
        for widget in (self.password_input, self.note_input):
            widget.setEnabled(False)
        self.close_button.hide()
        self.recheck_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.setToolTip(self.tr("Close this window"))
        self.cancel_button.clicked.disconnect()
        self.cancel_button.clicked.connect(self.accept)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self.closed.emit(incident)
