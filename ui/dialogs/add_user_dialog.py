"""A new account: user name, printed name, roles, password twice, training and identity notes.

The very first account of a database is made by nobody (``by=None``) and must be an administrator;
every later one by a signed-in administrator. ``add_user`` checks both.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import AccessDeniedError, BadInputError
from app.services.accounts import UserView, add_user
from app.services.authority import AuthenticatedUser
from app.services.reference import Reference
from ui import style
from ui.error_text import error_text
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.form_fields import busy_cursor, cancel_tip, dialog_button, fit_dialog, line_edit
from ui.widgets.message_banner import MessageBanner

log = logging.getLogger(__name__)
ADMIN = "admin"


class AddUserDialog(QDialog):
    """Signals:
    user_added(UserView): the account was created.
    """

    user_added = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        by: AuthenticatedUser | None,
        parent: QWidget | None = None,
    ) -> None:
        """``by`` None: the first administrator account of this database."""
        super().__init__(parent)
        self.setObjectName("add_user_dialog")
        self.db = db
        self.by = by
        self.first_run = by is None
        self.added: UserView | None = None
        self.setWindowTitle(
            self.tr("Create the first administrator account")
            if self.first_run
            else self.tr("Add an account")
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = style.text_label("add_user_intro", 13)
        intro.setText(
            self.tr(
                "No account exists yet. The first account manages the others, so it must be an "
                "administrator. An administrator does not sign clinical decisions unless given a "
                "clinical role too."
            )
            if self.first_run
            else self.tr(
                "Each person has their own account; user names are never reused. The full name "
                "is printed with every signature the person makes."
            )
        )
        layout.addWidget(intro)

        form = QFormLayout()
        self.username_input = line_edit("add_user_username", self.tr("User name"))
        self.username_input.setPlaceholderText(self.tr("e.g. a.sato (letters, digits, . _ -)"))
        self.full_name_input = line_edit(
            "add_user_full_name",
            self.tr("Full name"),
            description=self.tr("The person's name as it is printed with their signatures"),
        )
        self.password_input = line_edit("add_user_password", self.tr("Password"), password=True)
        self.password_input.setPlaceholderText(self.tr("at least 8 characters"))
        self.repeat_input = line_edit(
            "add_user_password_repeat",
            self.tr("Repeat the password"),
            password=True,
            description=self.tr("Type the password again, to be sure it has no typing error"),
        )
        self.training_input = line_edit("add_user_training", self.tr("Training record"))
        self.training_input.setPlaceholderText(self.tr("optional, e.g. e-signature course 2026-11"))
        self.identity_input = line_edit("add_user_identity", self.tr("Identity checked"))
        self.identity_input.setPlaceholderText(
            self.tr("optional, e.g. staff badge seen by K. Mori")
        )
        form.addRow(self.tr("&User name:"), self.username_input)
        form.addRow(self.tr("&Full name:"), self.full_name_input)
        form.addRow(self.tr("&Password:"), self.password_input)
        form.addRow(self.tr("&Repeat password:"), self.repeat_input)
        form.addRow(self.tr("&Training:"), self.training_input)
        form.addRow(self.tr("&Identity checked:"), self.identity_input)
        layout.addLayout(form)

        roles_box = QGroupBox(self.tr("Roles"))
        roles_box.setObjectName("add_user_roles")
        style.set_point_size(roles_box, 13, bold=True)
        grid = QGridLayout(roles_box)
        self.role_checks: dict[str, QCheckBox] = {}
        for index, role in enumerate(reference.roles.roles):
            check = QCheckBox(role.name.get(lang))
            check.setObjectName(f"add_user_role_{role.code}")
            check.setAccessibleName(role.name.get(lang))
            check.setAccessibleDescription(
                self.tr("Tick to give the account this role; it decides what the person may do")
            )
            style.set_point_size(check, 13)
            self.role_checks[role.code] = check
            grid.addWidget(check, index // 2, index % 2)
        if self.first_run:
            self.role_checks[ADMIN].setChecked(True)
            self.role_checks[ADMIN].setEnabled(False)
        layout.addWidget(roles_box)

        self.message = MessageBanner("add_user_message")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(
            dialog_button(self.tr("Cancel"), "add_user_cancel", self.reject, tip=cancel_tip())
        )
        self.create_button = dialog_button(
            self.tr("Create account"),
            "add_user_create",
            self.create,
            primary=True,
            tip=self.tr("Create the account with these details and roles"),
        )
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.username_input.setFocus()
        fit_dialog(self, 680)

    def roles(self) -> list[str]:
        return [code for code, check in self.role_checks.items() if check.isChecked()]

    def create(self) -> UserView | None:
        """Create the account from the fields; problems are shown here and nothing is made."""
        if not self.create_button.isEnabled():  # the administrator's session ended meanwhile
            return None
        if self.password_input.text() != self.repeat_input.text():
            self.message.say(self.tr("The two passwords differ. Type them again."))
            self.password_input.clear()
            self.repeat_input.clear()
            self.password_input.setFocus()
            return None
        if not self.roles():
            self.message.say(self.tr("Choose at least one role."))
            return None
        try:
            with busy_cursor():
                user = add_user(
                    self.db,
                    username=self.username_input.text(),
                    full_name=self.full_name_input.text(),
                    roles=self.roles(),
                    password=self.password_input.text(),
                    by=self.by,
                    training=self.training_input.text() or None,
                    identity_verified=self.identity_input.text() or None,
                )
        except (BadInputError, AccessDeniedError) as exc:
            self.message.say(self.tr("Not created: {problem}").format(problem=error_text(exc)))
            return None
        except READ_FAILURES as exc:
            log.error("creating an account failed: %s", exc)
            self.message.say(self.tr("Not created: the database could not be written."), "danger")
            return None
        self.password_input.clear()
        self.repeat_input.clear()
        self.added = user
        self.user_added.emit(user)
        self.accept()
        return user
