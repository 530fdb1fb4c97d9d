"""The saved decisions as a table, newest first (rows come from ``list_decisions``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.database.db import Database
from app.services.decisions import DecisionView, list_decisions
from app.services.incidents import exercise_decision_ids
from app.services.reference import Reference
from app.services.signoff import (
    AWAITING,
    REJECTED,
    REPLACED,
    awaiting_signoff,
    signoff_state,
)
from ui import style
from ui.models.list_table_model import AnyIndex, ListTableModel
from ui.signature_text import state_short
from ui.strings import category_name, class_short, local_time, role_name
from ui.widgets.call_list import READ_FAILURES, recheck_text
from ui.widgets.class_icon import class_icon

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

COLUMNS = (
    "time",
    "class",
    "provisional",
    "recheck",
    "signoff",
    "subject",
    "unit",
    "recorded_by",
    "role",
)
CLASS_COLUMN = COLUMNS.index("class")
RECHECK_COLUMN = COLUMNS.index("recheck")


class DecisionTableModel(ListTableModel):
    columns = COLUMNS

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        parent: Any = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.reference = reference
        self.lang = lang
        self.now = now or (lambda: datetime.now(UTC))
        self.states: dict[str, str] = {}  # decision id -> sign-off state
        self.drills: set[str] = set()  # decisions recorded in exercises

    def refresh(self) -> None:
        decisions = list_decisions(self.db)
        self.states = self._states(decisions)
        try:
            self.drills = exercise_decision_ids(self.db)
        except READ_FAILURES as exc:
            log.error("reading the exercise decisions failed: %s", exc)
        self.set_rows(decisions)

    def _states(self, decisions: list[DecisionView]) -> dict[str, str]:
        """Sign-off states; signatures are checked one decision at a time only where a
        decision is settled (approved or rejected), usually few."""
        states: dict[str, str] = {}
        try:
            awaiting = {d.id for d in awaiting_signoff(self.db, self.reference)}
            for d in decisions:
                if d.superseded_by:
                    states[d.id] = REPLACED
                elif d.id in awaiting:
                    states[d.id] = AWAITING
                else:
                    states[d.id] = signoff_state(self.db, self.reference, d)
        except READ_FAILURES as exc:
            log.error("reading the sign-off states failed: %s", exc)
        return states

    def decision(self, row: int) -> DecisionView | None:
        return self.row_at(row)

    def tick(self) -> None:
        """The clock moved: the re-check column of provisional decisions changes."""
        if any(d.provisional and d.superseded_by is None for d in self._rows):
            self.dataChanged.emit(
                self.index(0, RECHECK_COLUMN), self.index(len(self._rows) - 1, RECHECK_COLUMN)
            )

    # --- QAbstractTableModel --------------------------------------------------------------------
    def header_labels(self) -> tuple[str, ...]:
        labels = {
            "time": translate("DecisionTableModel", "Time"),
            "class": translate("DecisionTableModel", "Class"),
            "provisional": translate("DecisionTableModel", "Provisional"),
            "recheck": translate("DecisionTableModel", "Re-check"),
            "signoff": translate("DecisionTableModel", "Sign-off"),
            "subject": translate("DecisionTableModel", "Device / category"),
            "unit": translate("DecisionTableModel", "Unit"),
            "recorded_by": translate("DecisionTableModel", "Recorded by"),
            "role": translate("DecisionTableModel", "Role"),
        }
        return tuple(labels[c] for c in COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(COLUMNS):
            return None
        decision = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(decision, column)
        if role == Qt.ItemDataRole.UserRole:
            return decision.id
        replaced = decision.superseded_by is not None
        if replaced and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(
                QColor(style.theme.replaced_fg)
            )  # greyed, still readable: the newer version counts
        if replaced and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(style.theme.replaced_bg))
        if column == "recheck" and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            state = recheck_text(self.reference, decision, self.now())
            if state is None or not state[1]:
                return None
            overdue = (
                style.theme.danger_bg
                if role == Qt.ItemDataRole.BackgroundRole
                else style.theme.danger_fg
            )
            return QBrush(QColor(overdue))
        if column == "signoff" and role == Qt.ItemDataRole.ForegroundRole:
            state = self.states.get(decision.id)
            if state in (AWAITING, REJECTED):
                return QBrush(
                    QColor(style.theme.awaiting_fg if state == AWAITING else style.theme.danger_bg)
                )
        if column == "class":
            return self._class_look(decision, role)
        return None

    def _class_look(self, decision: DecisionView, role: int) -> Any:
        """The class cell: its shape (never colour alone) on the class's colour."""
        ir_class = self.reference.ir_class(decision.ir_class)
        if role == Qt.ItemDataRole.DecorationRole:
            return class_icon(ir_class)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(ir_class.colour))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(ir_class.text_colour))
        return None

    def _text(self, decision: DecisionView, column: str) -> str:
        if column == "time":
            return local_time(decision.created_at)
        if column == "class":
            return class_short(self.reference, decision.ir_class, self.lang)
        if column == "provisional":
            return translate("DecisionTableModel", "PROVISIONAL") if decision.provisional else ""
        if column == "recheck":
            if decision.superseded_by is not None:
                return translate("DecisionTableModel", "Replaced")
            state = recheck_text(self.reference, decision, self.now())
            return state[0] if state else ""
        if column == "signoff":
            state = self.states.get(decision.id)
            return state_short(state) if state else ""
        if column == "subject":
            return self.subject(decision)
        if column == "unit":
            return decision.unit or ""
        if column == "recorded_by":
            return decision.recorded_by
        return role_name(self.reference, decision.role, self.lang)

    def subject(self, decision: DecisionView) -> str:
        kind = category_name(self.reference, decision.category, self.lang)
        if decision.device_tag:
            text = f"{decision.device_tag} ({kind})" if kind else decision.device_tag
        else:
            text = kind or translate("DecisionTableModel", "Unknown device")
        if decision.id in self.drills:
            return translate("DecisionTableModel", "EXERCISE") + " · " + text
        return text
