"""The accounts of this database as a table (rows come from ``list_users``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.accounts import UserView
from app.services.reference import Reference
from ui import style
from ui.models.list_table_model import AnyIndex, ListTableModel
from ui.strings import role_list

translate = QCoreApplication.translate

COLUMNS = ("username", "full_name", "roles", "active", "locked", "must_change")


class UserTableModel(ListTableModel):
    columns = COLUMNS

    def __init__(self, reference: Reference, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.lang = lang

    def user(self, row: int) -> UserView | None:
        return self.row_at(row)

    def header_labels(self) -> tuple[str, ...]:
        labels = {
            "username": translate("UserTableModel", "User name"),
            "full_name": translate("UserTableModel", "Full name"),
            "roles": translate("UserTableModel", "Roles"),
            "active": translate("UserTableModel", "Active"),
            "locked": translate("UserTableModel", "Locked"),
            "must_change": translate("UserTableModel", "Must change password"),
        }
        return tuple(labels[c] for c in COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self.row_at(index.row()) if index.isValid() else None
        if user is None or index.column() >= len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(user, column)
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QBrush(QColor(style.theme.inactive_fg))
        return None

    def _text(self, user: UserView, column: str) -> str:
        yes, no = translate("UserTableModel", "yes"), translate("UserTableModel", "no")
        if column == "username":
            return user.username
        if column == "full_name":
            return user.full_name
        if column == "roles":
            return role_list(self.reference, user.roles, self.lang)
        if column == "active":
            return yes if user.active else translate("UserTableModel", "no (deactivated)")
        if column == "locked":
            return translate("UserTableModel", "LOCKED") if user.locked else no
        return yes if user.must_change_password else no
