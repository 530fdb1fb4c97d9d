"""Sizes and colours shared by the screens: big type and big targets for people under stress."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtWidgets import QTableView

# Qt's namespace of enums (PySide6.QtCore.Qt, ~10 ms to load) and the item views are imported
# where they are used: the first screen, shown before they load, needs none of the functions that
# use them.

BASE_POINT_SIZE = 13
ANSWER_MIN_HEIGHT = 84
STACKED_MIN_HEIGHT = 40
ANSWER_MIN_WIDTH = 180
BUTTON_MIN_HEIGHT = 52

DANGER_BG = "#B71C1C"
DANGER_FG = "#FFFFFF"
WARNING_BG = "#FFE082"
WARNING_FG = "#3E2723"
OK_BG = "#E8F5E9"
OK_FG = "#1B5E20"
MUTED_FG = "#455A64"


def set_point_size(widget: QWidget, points: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    widget.setFont(font)


def banner_style(background: str, foreground: str) -> str:
    return (
        f"background-color: {background}; color: {foreground}; border-radius: 6px; "
        "padding: 10px 14px;"
    )


APP_STYLESHEET = f"""
QPushButton {{ min-height: 40px; padding: 6px 18px; }}
QPushButton[role="answer"] {{
    min-height: {STACKED_MIN_HEIGHT}px; text-align: left; padding: 4px 20px;
    border: 2px solid #546E7A; border-radius: 8px; background-color: #FAFAFA;
}}
QPushButton[role="answer"]:hover {{ background-color: #E3F2FD; }}
QPushButton[role="answer"]:focus {{ border: 3px solid #1565C0; }}
QPushButton[role="answer"][earlier="true"] {{
    border: 3px dashed #1565C0; background-color: #E3F2FD;
}}
QPushButton[role="primary"] {{
    min-height: {BUTTON_MIN_HEIGHT}px; background-color: #1565C0; color: white;
    border-radius: 6px; font-weight: bold;
}}
QPushButton[role="primary"]:disabled {{ background-color: #90A4AE; }}
QPushButton[role="secondary"] {{ min-height: {BUTTON_MIN_HEIGHT}px; }}
QPushButton[role="path"] {{
    min-height: 44px; text-align: left; padding: 4px 12px; border: 1px solid #90A4AE;
    border-radius: 6px; background-color: #ECEFF1;
}}
QPushButton[role="path"]:hover {{ background-color: #CFD8DC; }}
QPushButton[role="choice"] {{ min-height: 42px; padding: 2px; }}
QTabBar::tab {{
    min-height: 40px; min-width: 180px; padding: 6px 18px; font-size: 15pt; font-weight: bold;
}}
"""


def text_label(name: str, points: float, bold: bool = False, selectable: bool = True) -> QLabel:
    """A wrapping plain-text label of the given size (data texts are never read as HTML)."""
    from PySide6.QtCore import Qt

    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_point_size(label, points, bold)
    return label


def action_button(text: str, name: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    """A toolbar button: its (translated) text and tooltip, an object name for tests, its action."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def record_table(
    name: str, accessible_name: str, model: QAbstractItemModel, points: float = 13, row: int = 36
) -> QTableView:
    """A read-only table of records: whole rows selected one at a time, columns fitted to their
    contents with the last one stretched, no row numbers."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    set_point_size(table, points)
    return table
