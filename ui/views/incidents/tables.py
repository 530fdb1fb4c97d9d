"""Read-only tables of the incident workspace that grow with their rows (the page scrolls)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

from ui import style

ROW_HEIGHT = 32


def fit_height(table: QTableWidget, minimum_rows: int = 2) -> None:
    """As tall as its rows (the page scrolls, not the table)."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    rows = max(rows, minimum_rows * style.px(ROW_HEIGHT))
    bar = table.horizontalScrollBar()
    extra = bar.sizeHint().height() if bar.maximum() > 0 else 0  # a wide table scrolls sideways
    table.setFixedHeight(rows + table.horizontalHeader().sizeHint().height() + extra + 6)


def two_lines(text: str) -> str:
    """A header on two lines, broken at the space nearest its middle (as it is without one)."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return f"{text[:middle]}\n{text[middle + 1 :]}"


def read_only_table(
    name: str, accessible: str, headers: list[str], description: str = ""
) -> QTableWidget:
    """A table to read, not edit; ``description`` tells a screen reader what its rows are."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setAccessibleDescription(description)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(style.px(ROW_HEIGHT))
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    style.set_point_size(table, 12)
    return table
