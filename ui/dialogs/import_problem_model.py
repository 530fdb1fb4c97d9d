"""Errors or warnings of an import (row, column, problem) as a table; fine with tens of thousands.

The problem is shown in the GUI's language (a coded :class:`RowProblem`), the column as the file
names it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from app.domain.row_problem import RowProblem
from ui import locale_format
from ui.models.list_table_model import AnyIndex, ListTableModel

translate = QCoreApplication.translate

COLUMNS = ("row", "column", "message")


class ImportProblemModel(ListTableModel):
    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)

    def set_problems(self, problems: list[RowProblem]) -> None:
        self.set_rows(problems)

    def header_labels(self) -> tuple[str, ...]:
        return (
            translate("ImportProblemModel", "Row"),
            translate("ImportProblemModel", "Column"),
            translate("ImportProblemModel", "Problem"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if index.column() >= len(COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            problem: RowProblem = self._rows[index.row()]
            if index.column() == 0:
                return str(problem.row)
            if index.column() == 1:
                return problem.column
            return problem.text(locale_format.current_language())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
