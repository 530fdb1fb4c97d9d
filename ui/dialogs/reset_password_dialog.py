"""An administrator gives an account a temporary password; its owner must choose a new one at the
next sign-in. A new signing key is made (the old one cannot be opened without the old password);
old keys stay so old signatures can still be checked."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from app.database.db import Database
from app.errors import AccessDeniedError, BadInputError
from app.services.accounts import UserView, reset_password
from app.services.authority import AuthenticatedUser
from ui import style
from ui.error_text import error_text
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.form_fields import busy_cursor, cancel_tip, dialog_button, fit_dialog, line_edit
from ui.widgets.message_banner import MessageBanner

log = logging.getLogger(__name__)


class ResetPasswordDialog(QDialog):
    """Signals:
    password_reset(UserView): the temporary password is set.
    """

    password_reset = Signal(object)

    def __init__(
        self,
        db: Database,
        user: UserView,
        by: AuthenticatedUser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reset_password_dialog")
        self.setWindowTitle(self.tr("Reset the password of {name}").format(name=user.username))
        self.db = db
        self.user = user
        self.by = by
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = style.text_label("reset_password_intro", 13)
        intro.setText(
            self.tr(
                "{name} ({username}) gets a temporary password. It only lets them choose a new "
                "password, at their next sign-in. Tell it to them in person. Their signatures "
                "so far stay valid."
            ).format(name=user.full_name, username=user.username)
        )
        layout.addWidget(intro)
        form = QFormLayout()
        self.password_input = line_edit(
            "reset_password_new",
            self.tr("Temporary password"),
            password=True,
            description=self.tr("A password the person uses once; they must then choose their own"),
        )
        self.repeat_input = line_edit(
            "reset_password_repeat",
            self.tr("Repeat the temporary password"),
            password=True,
            description=self.tr("Type the temporary password again, to be sure it is right"),
        )
        form.addRow(self.tr("&Temporary password:"), self.password_input)
        form.addRow(self.tr("&Repeat:"), self.repeat_input)
        layout.addLayout(form)
        self.message = MessageBanner("reset_password_message")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(
            dialog_button(self.tr("Cancel"), "reset_password_cancel", self.reject, tip=cancel_tip())
        )
        self.reset_button = dialog_button(
            self.tr("Set temporary password"),
            "reset_password_submit",
            self.reset,
            primary=True,
            tip=self.tr("Replace the person's password with this temporary one"),
        )
        buttons.addWidget(self.reset_button)
        layout.addLayout(buttons)
        self.password_input.setFocus()
        fit_dialog(self, 600)

    def reset(self) -> UserView | None:
        if not self.reset_button.isEnabled():  # the administrator's session ended meanwhile
            return None
        if self.password_input.text() != self.repeat_input.text():
            self.message.say(self.tr("The two passwords differ. Type them again."))
            self.password_input.clear()
            self.repeat_input.clear()
            self.password_input.setFocus()
            return None
        try:
            with busy_cursor():
                user = reset_password(
                    self.db, self.user.username, self.password_input.text(), by=self.by
                )
        except (AccessDeniedError, BadInputError) as exc:
            self.message.say(self.tr("Not reset: {problem}").format(problem=error_text(exc)))
            return None
        except READ_FAILURES as exc:
            log.error("resetting a password failed: %s", exc)
            self.message.say(self.tr("Not reset: the database could not be written."), "danger")
            return None
        self.password_input.clear()
        self.repeat_input.clear()
        self.password_reset.emit(user)
        self.accept()
        return user
