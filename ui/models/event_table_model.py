"""Events of the audit trail as a table (rows come from ``list_events``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.audit import EventView
from app.services.reference import Reference
from ui import style
from ui.models.list_table_model import AnyIndex, ListTableModel
from ui.strings import local_time, role_list

translate = QCoreApplication.translate

COLUMNS = ("seq", "time", "actor", "role", "kind", "workstation", "record")


def actor_text(event: EventView) -> str:
    """Who acted; a name typed without signing in (break-glass) is marked as such."""
    if event.authenticated:
        return event.actor
    return translate("EventTableModel", "unauthenticated: {name}").format(name=event.actor)


class EventTableModel(ListTableModel):
    columns = COLUMNS

    def __init__(self, reference: Reference, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.lang = lang

    def event_at(self, row: int) -> EventView | None:
        return self.row_at(row)

    def header_labels(self) -> tuple[str, ...]:
        labels = {
            "seq": translate("EventTableModel", "No."),
            "time": translate("EventTableModel", "Time"),
            "actor": translate("EventTableModel", "Who"),
            "role": translate("EventTableModel", "Role"),
            "kind": translate("EventTableModel", "Action"),
            "record": translate("EventTableModel", "Record"),
            "workstation": translate("EventTableModel", "Workstation"),
        }
        return tuple(labels[c] for c in COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.row_at(index.row()) if index.isValid() else None
        if event is None or index.column() >= len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(event, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "seq":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "actor" and not event.authenticated:
            return QBrush(QColor(style.theme.unauthenticated_fg))
        return None

    def _text(self, event: EventView, column: str) -> str:
        if column == "seq":
            return str(event.seq)
        if column == "time":
            return local_time(event.at, True)
        if column == "actor":
            return actor_text(event)
        if column == "role":
            codes = [c for c in (event.actor_role or "").split(",") if c]
            return role_list(self.reference, codes, self.lang)
        if column == "kind":
            return event.kind
        if column == "record":
            return f"{event.entity} {event.entity_id}"
        return event.workstation
