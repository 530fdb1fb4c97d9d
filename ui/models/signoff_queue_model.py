"""Decisions awaiting sign-off by the signed-in user's roles (rows come from ``signoff_queue``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.decisions import DecisionView
from app.services.reference import Reference
from ui.models.list_table_model import AnyIndex, ListTableModel
from ui.strings import category_name, class_short, local_time, role_name
from ui.widgets.class_icon import class_icon

translate = QCoreApplication.translate

COLUMNS = ("time", "class", "provisional", "subject", "unit", "recorded_by")


def subject_text(
    reference: Reference, decision: DecisionView, lang: str, exercise: bool = False
) -> str:
    kind = category_name(reference, decision.category, lang)
    if decision.device_tag:
        text = f"{decision.device_tag} ({kind})" if kind else decision.device_tag
    else:
        text = kind or translate("SignoffQueueModel", "Unknown device")
    return translate("SignoffQueueModel", "EXERCISE") + " · " + text if exercise else text


def recorded_by_text(reference: Reference, decision: DecisionView, lang: str) -> str:
    text = f"{decision.recorded_by} ({role_name(reference, decision.role, lang)})"
    if not decision.authenticated:
        text += " — " + translate("SignoffQueueModel", "not signed in (name as typed)")
    return text


class SignoffQueueModel(ListTableModel):
    columns = COLUMNS

    def __init__(self, reference: Reference, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.lang = lang
        self.drills: set[str] = set()  # decisions recorded in exercises (set by the view)

    def decision(self, row: int) -> DecisionView | None:
        return self.row_at(row)

    def header_labels(self) -> tuple[str, ...]:
        labels = {
            "time": translate("SignoffQueueModel", "Recorded"),
            "class": translate("SignoffQueueModel", "Class"),
            "provisional": translate("SignoffQueueModel", "Provisional"),
            "subject": translate("SignoffQueueModel", "Device / category"),
            "unit": translate("SignoffQueueModel", "Unit"),
            "recorded_by": translate("SignoffQueueModel", "Recorded by"),
        }
        return tuple(labels[c] for c in COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        decision = self.row_at(index.row()) if index.isValid() else None
        if decision is None or index.column() >= len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column == "recorded_by":
            return recorded_by_text(self.reference, decision, self.lang)  # ⚠ explained
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(decision, column)
        if column == "class" and role == Qt.ItemDataRole.DecorationRole:
            return class_icon(self.reference.ir_class(decision.ir_class))  # never colour alone
        if column == "class" and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(self.reference.ir_class(decision.ir_class).colour))
        if column == "class" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(self.reference.ir_class(decision.ir_class).text_colour))
        return None

    def _text(self, decision: DecisionView, column: str) -> str:
        if column == "time":
            return local_time(decision.created_at)
        if column == "class":
            return class_short(self.reference, decision.ir_class, self.lang)
        if column == "provisional":
            return translate("SignoffQueueModel", "PROVISIONAL") if decision.provisional else ""
        if column == "subject":
            return subject_text(self.reference, decision, self.lang, decision.id in self.drills)
        if column == "unit":
            return decision.unit or ""
        text = f"{decision.recorded_by} ({role_name(self.reference, decision.role, self.lang)})"
        return text if decision.authenticated else f"{text} ⚠"
