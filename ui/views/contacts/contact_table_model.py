"""Contacts as a table (rows from ``list_contacts``): out-of-band numbers before e-mail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from app.services.contacts import ContactView
from app.services.reference import Reference
from ui.models.list_table_model import AnyIndex, ListTableModel
from ui.strings import contact_role, local_date
from ui.widgets.call_list import method_label

translate = QCoreApplication.translate

# The numbers to call right after who it is; e-mail late (it may be compromised).
COLUMNS = ("name", "role", "phones", "places", "organization", "email", "last_verified")


def places_text(contact: ContactView) -> str:
    """ "ICU · tier 1; All units · tier 2 · classes 3,4,5"."""
    parts = []
    for unit, tier, classes in contact.places:
        text = translate("ContactTableModel", "{unit} · tier {tier}").format(
            unit=unit or translate("ContactTableModel", "All units"), tier=tier
        )
        if classes:
            text += " · " + translate("ContactTableModel", "classes {classes}").format(
                classes=classes
            )
        parts.append(text)
    return "; ".join(parts)


class ContactTableModel(ListTableModel):
    columns = COLUMNS

    def __init__(self, reference: Reference, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.lang = lang

    def set_contacts(self, contacts: list[ContactView]) -> None:
        self.set_rows(contacts)

    def contact(self, row: int) -> ContactView | None:
        return self.row_at(row)

    def header_labels(self) -> tuple[str, ...]:
        labels = {
            "name": translate("ContactTableModel", "Name"),
            "role": translate("ContactTableModel", "Role"),
            "organization": translate("ContactTableModel", "Organisation"),
            "places": translate("ContactTableModel", "Unit and tier"),
            "phones": translate("ContactTableModel", "Phone, pager, radio"),
            "email": translate("ContactTableModel", "Email"),
            "last_verified": translate("ContactTableModel", "Last verified"),
        }
        return tuple(labels[c] for c in COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(self._rows[index.row()], COLUMNS[index.column()])
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].id
        return None

    def _text(self, contact: ContactView, column: str) -> str:
        if column == "name":
            return contact.name
        if column == "role":
            return contact_role(self.reference, contact.role, self.lang)
        if column == "organization":
            return contact.organization
        if column == "places":
            return places_text(contact)
        if column == "phones":
            return "  ·  ".join(
                f"{method_label(self.reference, kind, self.lang)} {value}"
                for kind, value in contact.methods
                if kind != "email"
            )
        if column == "email":
            return "; ".join(value for kind, value in contact.methods if kind == "email")
        if not contact.last_verified:
            return translate("ContactTableModel", "never")
        return local_date(contact.last_verified)
