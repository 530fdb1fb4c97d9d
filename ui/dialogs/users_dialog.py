"""Accounts, for administrators: the list, adding, unlocking, resetting a password, deactivating.

The buttons work only while an administrator is signed in to this window; the services refuse
anyone else whatever the window shows. When the session ends the dialog (and an add or reset dialog
open on it) stays open, says why, and does nothing until an administrator signs in again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import AccessDeniedError, BadInputError
from app.services.accounts import UserView, deactivate_user, list_users, unlock_user
from app.services.authority import AuthenticatedUser
from ui import dialog_service, style
from ui.dialogs.add_user_dialog import AddUserDialog
from ui.dialogs.reset_password_dialog import ResetPasswordDialog
from ui.error_text import error_text
from ui.models.user_table_model import UserTableModel
from ui.session import SignInSession
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.form_fields import dialog_button
from ui.widgets.message_banner import MessageBanner

log = logging.getLogger(__name__)
ADMIN = "admin"


class UsersDialog(QDialog):
    def __init__(self, session: SignInSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_dialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(980, 560)
        self.session = session
        self.db = session.db
        self.child: QDialog | None = None  # the add / reset dialog open last
        self.model = UserTableModel(session.reference, session.lang, self)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.who = style.text_label("users_who", 13)
        layout.addWidget(self.who)
        self.table = style.record_table(
            "users_table",
            self.tr("Accounts"),
            self.model,
            row=34,
            description=self.tr("One row per account: user name, full name, roles and status"),
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._enable())
        self.table.setTabKeyNavigation(False)  # arrows choose a row; Tab leaves for the buttons
        layout.addWidget(self.table, 1)
        self.message = MessageBanner("users_message")
        layout.addWidget(self.message)
        sign_in_row = QHBoxLayout()
        self.sign_in_button = dialog_button(
            self.tr("&Sign in as an administrator…"),
            "users_sign_in",
            self.ask_sign_in,
            tip=self.tr("Only an administrator can change accounts: sign in as one"),
        )
        sign_in_row.addWidget(self.sign_in_button)
        sign_in_row.addStretch(1)
        layout.addLayout(sign_in_row)

        buttons = QHBoxLayout()
        self.add_button = dialog_button(
            self.tr("&Add account…"),
            "users_add",
            self.open_add,
            tip=self.tr("Make an account for another person"),
        )
        self.unlock_button = dialog_button(
            self.tr("&Unlock"),
            "users_unlock",
            self.unlock,
            tip=self.tr("Let the chosen account sign in again after too many wrong passwords"),
        )
        self.reset_button = dialog_button(
            self.tr("&Reset password…"),
            "users_reset",
            self.open_reset,
            tip=self.tr("Give the chosen account a temporary password"),
        )
        self.deactivate_button = dialog_button(
            self.tr("&Deactivate…"),
            "users_deactivate",
            self.deactivate,
            tip=self.tr("Stop the chosen account from signing in; its signatures are kept"),
        )
        for button in (self.add_button, self.unlock_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addWidget(self.deactivate_button)
        buttons.addStretch(1)
        buttons.addWidget(
            dialog_button(
                self.tr("Close"), "users_close", self.accept, tip=self.tr("Close this window")
            )
        )
        layout.addLayout(buttons)

        session.changed.connect(self._session_changed)
        self.refresh()

    def admin(self) -> AuthenticatedUser | None:
        user = self.session.user
        return user if user is not None and ADMIN in user.roles else None

    def refresh(self, select: str | None = None) -> None:
        current = self.selected()
        chosen = select or (current.username if current else None)
        try:
            users = list_users(self.db)
        except READ_FAILURES as exc:
            log.error("reading the accounts failed: %s", exc)
            self.message.say(self.tr("The accounts could not be read."), "danger")
            users = []
        self.model.set_rows(users)
        rows = [row for row, user in enumerate(users) if user.username == chosen]
        if rows or users:
            self.table.selectRow(rows[0] if rows else 0)
        admin = self.admin()
        self.who.setText(
            self.tr("Signed in as administrator: {name} ({username})").format(
                name=admin.full_name, username=admin.username
            )
            if admin
            else self.tr("Only an administrator signed in to this window can change accounts.")
        )
        self._enable()

    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def _enable(self) -> None:
        admin, user = self.admin() is not None, self.selected()
        active = user is not None and user.active
        self.add_button.setEnabled(admin)
        self.unlock_button.setEnabled(admin and active and user is not None and user.locked)
        self.reset_button.setEnabled(admin and active)
        self.deactivate_button.setEnabled(admin and active)
        self.sign_in_button.setVisible(not admin)

    def _session_changed(self, _user: object) -> None:
        """Nothing closes (someone may be reading): the actions wait for an administrator."""
        self.refresh()
        admin = self.admin()
        if admin is None:
            text = self.tr("Sign in again as an administrator to change accounts.")
            if self.session.user is None:
                text = self.session.ended_text() + " " + text
            self.message.say(text, "danger")
        else:
            self.message.clear_message()
        self._hold_child(admin)

    def _hold_child(self, admin: AuthenticatedUser | None) -> None:
        """The add or reset dialog open on this one acts only for the administrator signed in."""
        button = self._child_button()
        if self.child is None or button is None or not self.child.isVisible():
            return
        assert isinstance(self.child, (AddUserDialog, ResetPasswordDialog))
        button.setEnabled(admin is not None)
        if admin is None:
            self.child.message.say(self.message.text(), "danger")
        else:
            self.child.by = admin
            self.child.message.say(
                self.tr("Signed in again as {username}.").format(username=admin.username), "ok"
            )

    def _child_button(self) -> QPushButton | None:
        if isinstance(self.child, AddUserDialog):
            return self.child.create_button
        if isinstance(self.child, ResetPasswordDialog):
            return self.child.reset_button
        return None

    def ask_sign_in(self) -> QDialog:
        """The sign-in dialog, on top of this one."""
        return self.session.ask(self, self.tr("Sign in as an administrator to change accounts."))

    # --- actions --------------------------------------------------------------------------------
    def open_add(self) -> AddUserDialog | None:
        admin = self.admin()
        if admin is None:
            return None
        dialog = AddUserDialog(self.db, self.session.reference, self.session.lang, admin, self)
        dialog.user_added.connect(self._added)
        self.child = dialog
        dialog.open()
        return dialog

    def _added(self, user: object) -> None:
        assert isinstance(user, UserView)
        self.refresh(select=user.username)
        self.message.say(
            self.tr("Account {username} created.").format(username=user.username), "ok"
        )

    def open_reset(self) -> ResetPasswordDialog | None:
        admin, user = self.admin(), self.selected()
        if admin is None or user is None:
            return None
        dialog = ResetPasswordDialog(self.db, user, admin, self)
        dialog.password_reset.connect(self._was_reset)
        self.child = dialog
        dialog.open()
        return dialog

    def _was_reset(self, user: object) -> None:
        assert isinstance(user, UserView)
        self.refresh(select=user.username)
        self.message.say(
            self.tr(
                "Temporary password set for {username}; they must choose a new one when they "
                "next sign in."
            ).format(username=user.username),
            "ok",
        )

    def unlock(self) -> bool:
        return self._act(
            unlock_user, self.tr("{username} is unlocked and can sign in again."), confirm=None
        )

    def deactivate(self) -> bool:
        user = self.selected()
        question = self.tr(
            "Deactivate the account {username} ({name})? They can no longer sign in or sign. "
            "Their signatures so far stay valid, and the user name is never given to anyone else."
        ).format(username=user.username if user else "", name=user.full_name if user else "")
        return self._act(
            deactivate_user,
            self.tr("{username} is deactivated."),
            confirm=(self.tr("Deactivate account"), question),
        )

    def _act(
        self,
        action: Callable[..., UserView],
        done: str,
        confirm: tuple[str, str] | None,
    ) -> bool:
        admin, user = self.admin(), self.selected()
        if admin is None or user is None:
            return False
        if confirm is not None and not dialog_service.confirm(self, *confirm):
            return False
        try:
            action(self.db, user.username, by=admin)
        except (AccessDeniedError, BadInputError) as exc:
            self.message.say(self.tr("Not done: {problem}").format(problem=error_text(exc)))
            return False
        except READ_FAILURES as exc:
            log.error("changing an account failed: %s", exc)
            self.message.say(self.tr("Not done: the database could not be written."), "danger")
            return False
        self.refresh(select=user.username)
        self.message.say(done.format(username=user.username), "ok")
        return True
