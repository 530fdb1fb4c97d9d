"""Signing in to this window: user name and password, the reason when it fails, a new password
when the old one was reset or has expired, and the first administrator account of a new database.

Signing in is never needed to triage or to record a decision.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import AccessDeniedError, BadInputError, PasswordChangeRequired
from app.services.accounts import authenticate, change_password, has_accounts
from app.services.authority import AuthenticatedUser
from app.services.reference import Reference
from ui import style
from ui.dialogs.add_user_dialog import AddUserDialog
from ui.error_text import error_text
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.form_fields import (
    busy_cursor,
    cancel_tip,
    dialog_button,
    fit_dialog,
    grow_to_fit,
    line_edit,
)
from ui.widgets.message_banner import MessageBanner

log = logging.getLogger(__name__)


class SignInDialog(QDialog):
    """Signals:
    signed_in(AuthenticatedUser): the user name and password were checked.
    """

    signed_in = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        parent: QWidget | None = None,
        purpose: str = "",
    ) -> None:
        """``purpose``: why sign-in is asked for now (shown above the fields)."""
        super().__init__(parent)
        self.setObjectName("signin_dialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.db = db
        self.reference = reference
        self.lang = lang
        self.user: AuthenticatedUser | None = None
        self.first_admin_dialog: AddUserDialog | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = style.text_label("signin_intro", 13)
        intro.setText(
            purpose
            or self.tr(
                "Sign in to sign decisions off, to change settings or to manage accounts. "
                "Triage and recording a decision never need it."
            )
        )
        layout.addWidget(intro)
        self.first_run_box = self._first_run_box()
        layout.addWidget(self.first_run_box)

        form = QFormLayout()
        self.username_input = line_edit(
            "signin_username",
            self.tr("User name"),
            description=self.tr("The user name of your MDIR Desk account, e.g. a.sato"),
        )
        self.password_input = line_edit(
            "signin_password",
            self.tr("Password"),
            password=True,
            description=self.tr("Your password; it is never shown while you type"),
        )
        form.addRow(self.tr("&User name:"), self.username_input)
        form.addRow(self.tr("&Password:"), self.password_input)
        layout.addLayout(form)
        self.change_box = self._change_box()
        layout.addWidget(self.change_box)
        self.message = MessageBanner("signin_message")
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.change_toggle = dialog_button(
            self.tr("Change my password…"),
            "signin_change_toggle",
            self.show_change_password,
            tip=self.tr("Choose a new password for your account, then sign in"),
        )
        buttons.addWidget(self.change_toggle)
        buttons.addStretch(1)
        buttons.addWidget(
            dialog_button(self.tr("Cancel"), "signin_cancel", self.reject, tip=cancel_tip())
        )
        self.signin_button = dialog_button(
            self.tr("Sign in"),
            "signin_submit",
            self.sign_in,
            primary=True,
            tip=self.tr("Check the user name and password and sign in"),
        )
        buttons.addWidget(self.signin_button)
        layout.addLayout(buttons)
        self._update_first_run()
        fit_dialog(self, 600)

    def _first_run_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("No accounts yet"))
        box.setObjectName("signin_first_run")
        style.set_point_size(box, 13, bold=True)
        inner = QVBoxLayout(box)
        text = style.text_label("signin_first_run_text", 13)
        text.setText(
            self.tr("This database has no accounts. Create the administrator account first.")
        )
        inner.addWidget(text)
        self.first_admin_button = dialog_button(
            self.tr("Create the first administrator account…"),
            "signin_first_admin",
            self.open_first_admin,
            tip=self.tr("Make the administrator account that can then add everyone else's"),
        )
        inner.addWidget(self.first_admin_button)
        return box

    def _change_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Choose a new password"))
        box.setObjectName("signin_change_box")
        style.set_point_size(box, 13, bold=True)
        form = QFormLayout(box)
        note = style.text_label("signin_change_note", 12)
        note.setText(self.tr("Type your current (or temporary) password above, then the new one."))
        form.addRow(note)
        self.new_password_input = line_edit(
            "signin_new_password",
            self.tr("New password"),
            password=True,
            description=self.tr("The new password you want, at least 8 characters"),
        )
        self.repeat_password_input = line_edit(
            "signin_new_password_repeat",
            self.tr("Repeat the new password"),
            password=True,
            description=self.tr("Type the new password again, to be sure it has no typing error"),
        )
        form.addRow(self.tr("&New password:"), self.new_password_input)
        form.addRow(self.tr("&Repeat new password:"), self.repeat_password_input)
        self.change_button = dialog_button(
            self.tr("Change password and sign in"),
            "signin_change_submit",
            self.change_and_sign_in,
            tip=self.tr("Save the new password and sign in with it"),
        )
        form.addRow(self.change_button)
        box.hide()
        return box

    def _update_first_run(self) -> None:
        try:
            empty = not has_accounts(self.db)
        except READ_FAILURES as exc:
            log.error("reading the accounts failed: %s", exc)
            empty = False
        self.first_run_box.setVisible(empty)
        (self.first_admin_button if empty else self.username_input).setFocus()

    def open_first_admin(self) -> AddUserDialog:
        dialog = AddUserDialog(self.db, self.reference, self.lang, None, self)
        dialog.user_added.connect(self._first_admin_added)
        self.first_admin_dialog = dialog
        dialog.open()
        return dialog

    def _first_admin_added(self, user: object) -> None:
        self._update_first_run()
        self.username_input.setText(getattr(user, "username", ""))
        self.message.say(self.tr("Account created. Sign in with its password."), "ok")
        self.password_input.setFocus()

    def show_change_password(self) -> None:
        self.change_box.show()
        self.change_toggle.hide()
        self.signin_button.setDefault(False)
        self.change_button.setDefault(True)
        (self.new_password_input if self.password_input.text() else self.password_input).setFocus()
        grow_to_fit(self)

    # --- actions --------------------------------------------------------------------------------
    def sign_in(self) -> AuthenticatedUser | None:
        username, password = self.username_input.text().strip(), self.password_input.text()
        if not username or not password:
            self.message.say(self.tr("Enter your user name and your password."))
            (self.password_input if username else self.username_input).setFocus()
            return None
        try:
            with busy_cursor():
                user = authenticate(self.db, username, password)
        except AccessDeniedError as exc:
            self._refused(error_text(exc), isinstance(exc, PasswordChangeRequired))
            return None
        except READ_FAILURES as exc:
            log.error("signing in failed: %s", exc)
            self.message.say(self.tr("Not signed in: the database could not be read."), "danger")
            return None
        return self._done(user)

    def _refused(self, problem: str, must_change: bool) -> None:
        if must_change:
            self.message.say(
                self.tr("Your password must be changed before you sign in: {problem}").format(
                    problem=problem
                )
            )
            self.show_change_password()
            return
        self.message.say(self.tr("Not signed in: {problem}").format(problem=problem), "danger")
        self.password_input.clear()
        self.password_input.setFocus()

    def change_and_sign_in(self) -> AuthenticatedUser | None:
        username, old = self.username_input.text().strip(), self.password_input.text()
        new = self.new_password_input.text()
        if not username or not old:
            self.message.say(self.tr("Enter your user name and your current password above."))
            (self.password_input if username else self.username_input).setFocus()
            return None
        if new != self.repeat_password_input.text():
            self.message.say(self.tr("The two new passwords differ. Type them again."))
            self.new_password_input.clear()
            self.repeat_password_input.clear()
            self.new_password_input.setFocus()
            return None
        try:
            with busy_cursor():
                change_password(self.db, username, old, new)
                user = authenticate(self.db, username, new)
        except (AccessDeniedError, BadInputError) as exc:
            self.message.say(
                self.tr("Password not changed: {problem}").format(problem=error_text(exc)), "danger"
            )
            return None
        except READ_FAILURES as exc:
            log.error("changing a password failed: %s", exc)
            self.message.say(
                self.tr("Password not changed: the database could not be written."), "danger"
            )
            return None
        return self._done(user)

    def _done(self, user: AuthenticatedUser) -> AuthenticatedUser:
        for field in (self.password_input, self.new_password_input, self.repeat_password_input):
            field.clear()
        self.user = user
        self.signed_in.emit(user)
        self.accept()
        return user
