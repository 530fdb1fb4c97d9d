"""The main window's sign-in button: "Sign in…", or "Sign out (USER NAME)" while someone is signed in,
with a menu for changing one's password and, for administrators, managing accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from app.services.authority import AuthenticatedUser
from ui import style
from ui.dialogs.signin_dialog import SignInDialog
from ui.dialogs.users_dialog import UsersDialog
from ui.session import SignInSession
from ui.strings import role_list

NAME_WIDTH = 80  # px of the user name on the button; the tooltip has the full name


class SessionControl(QWidget):
    def __init__(self, session: SignInSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_control")
        self.session = session
        self.users_dialog: UsersDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 8, 2)
        self.button = QToolButton()
        self.button.setObjectName("session_button")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.button.setMinimumHeight(style.px(40))
        style.set_point_size(self.button, 12, bold=True)
        self.button.clicked.connect(self.toggle)
        menu = QMenu(self.button)
        menu.setObjectName("session_menu")
        self.change_action = QAction(self.tr("Change my password…"), menu)
        self.change_action.setObjectName("session_change_password")
        self.change_action.triggered.connect(self.change_password)
        self.accounts_action = QAction(self.tr("Manage accounts…"), menu)
        self.accounts_action.setObjectName("session_accounts")
        self.accounts_action.triggered.connect(self.open_accounts)
        menu.addAction(self.change_action)
        menu.addAction(self.accounts_action)
        self.button.setMenu(menu)
        layout.addWidget(self.button)
        session.changed.connect(self._show)
        self._show(session.user)

    def _show(self, user: object) -> None:
        if isinstance(user, AuthenticatedUser):
            name = self.button.fontMetrics().elidedText(
                user.username, Qt.TextElideMode.ElideRight, NAME_WIDTH
            )
            self.button.setText(self.tr("Sign out ({name})").format(name=name))
            roles = role_list(self.session.reference, user.roles, self.session.lang)
            tip = self.tr("Signed in: {name} ({username}), {roles}. Click to sign out.").format(
                name=user.full_name, username=user.username, roles=roles
            )
            self.button.setStyleSheet(
                f"QToolButton {{ background-color: {style.theme.signed_in_bg}; "
                f"border: 2px solid {style.theme.focus}; border-radius: 6px; padding: 4px 6px; }}"
                # Its border is the focus colour already: with the focus, a thicker ring in the
                # text colour (3:1 against that border in both themes).
                f"QToolButton:focus {{ border: 4px solid {style.theme.text}; }}"
            )
        else:
            self.button.setText(self.tr("Sign in…"))
            tip = self.tr("Sign in to sign decisions off, change settings or manage accounts")
            self.button.setStyleSheet("QToolButton { padding: 4px 6px; }")
        self.button.setToolTip(tip)
        self.button.setAccessibleName(self.button.text().replace("…", ""))
        self.button.setAccessibleDescription(tip)
        self.accounts_action.setVisible(self.session.has_role("admin"))
        self.updateGeometry()  # the tab bar makes room for a longer text

    def toggle(self) -> SignInDialog | None:
        if self.session.user is not None:
            self.session.sign_out()
            return None
        return self.session.ask(self.window())

    def change_password(self) -> SignInDialog:
        dialog = self.session.ask(self.window())
        if self.session.user is not None:
            dialog.username_input.setText(self.session.user.username)
        dialog.show_change_password()
        return dialog

    def open_accounts(self) -> UsersDialog:
        dialog = UsersDialog(self.session, self.window())
        self.users_dialog = dialog
        dialog.open()
        return dialog
