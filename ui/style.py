"""Sizes and colours shared by the screens: big type and big targets for people under stress."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ui.focus_style import focus_rules
from ui.themes import STANDARD, Theme

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtWidgets import QBoxLayout, QTableView

# Qt's namespace of enums (PySide6.QtCore.Qt, ~10 ms to load) and the item views are imported
# where they are used: the first screen, shown before they load, needs none of the functions that
# use them.

BASE_POINT_SIZE = 13
ANSWER_MIN_HEIGHT = 84
STACKED_MIN_HEIGHT = 40
ANSWER_MIN_WIDTH = 180
BUTTON_MIN_HEIGHT = 52
SCALES = (100, 125, 150, 175, 200)  # the text sizes offered, in per cent of the normal size

# The theme in use and the text size, set by :func:`use` (read ``style.theme`` when a widget is
# built, never copy its colours at import).
theme: Theme = STANDARD
scale = 1.0


def use(chosen: Theme, percent: int = 100) -> None:
    """Make ``chosen`` and the text size (100–200 %) those of the widgets built from now on."""
    global theme, scale
    theme = chosen
    scale = min(max(percent, SCALES[0]), SCALES[-1]) / 100


def pt(points: float) -> float:
    """A font size of the normal layout at the chosen text size."""
    return points * scale


def px(pixels: int) -> int:
    """A length of the normal layout that grows with the text (button heights, paddings)."""
    return round(pixels * scale)


def set_point_size(widget: QWidget, points: float, bold: bool = False) -> None:
    """``points`` of the normal layout, at the chosen text size."""
    font = QFont(widget.font())
    font.setPointSizeF(pt(points))
    font.setBold(bold)
    widget.setFont(font)


def banner_style(background: str, foreground: str) -> str:
    return (
        f"background-color: {background}; color: {foreground}; border-radius: 6px; "
        f"padding: {px(10)}px {px(14)}px;"
    )


def button_row() -> QBoxLayout:
    """A row of buttons; at large text sizes a column, as a row would be wider than the window."""
    from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

    return QVBoxLayout() if scale >= 1.5 else QHBoxLayout()


def statement_style() -> str:
    """What a signature or a close means, set apart before someone confirms it."""
    return (
        f"background-color: {theme.statement_bg}; border: 2px solid {theme.statement_border}; "
        f"padding: {px(10)}px;"
    )


def error_style() -> str:
    """A field whose value was refused."""
    return f"border: 3px solid {theme.error_border}; background-color: {theme.error_bg};"


def tab_bar_style(points: float, min_width: int, padding: int) -> str:
    """The look of a tab bar's tabs at the chosen text size."""
    return (
        f"QTabBar::tab {{ min-width: {px(min_width)}px; padding: {px(6)}px {px(padding)}px; "
        f"font-size: {pt(points):.1f}pt; }}"
    )


def app_stylesheet() -> str:
    """The application's style sheet for the theme and text size in use."""
    t = theme
    edge = 3 if t.high_contrast else 2
    focus = focus_rules(
        t.focus,
        4 if t.high_contrast else 3,
        frame_colour=t.answer_border,
        on_primary=t.focus_on_primary,
    )
    return f"""
QToolTip {{ color: {t.text}; background-color: {t.base_bg}; border: 1px solid {t.text}; }}
QPushButton {{
    min-height: {px(40)}px; padding: {px(6)}px {px(18)}px; background-color: {t.button_bg};
    border: {edge - 1}px solid {t.answer_border}; border-radius: 6px;
}}
QPushButton:hover {{ background-color: {t.answer_hover_bg}; }}
QPushButton:pressed {{ background-color: {t.path_hover_bg}; }}
QPushButton:disabled {{ color: {t.disabled_fg}; border-style: dashed; }}
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox {{
    background-color: {t.base_bg}; border: {edge - 1}px solid {t.answer_border}; padding: 2px;
}}
QPushButton[role="answer"] {{
    min-height: {px(STACKED_MIN_HEIGHT)}px; text-align: left; padding: {px(4)}px {px(20)}px;
    border: {edge}px solid {t.answer_border}; border-radius: 8px; background-color: {t.answer_bg};
}}
QPushButton[role="answer"]:hover {{ background-color: {t.answer_hover_bg}; }}
QPushButton[role="answer"][earlier="true"] {{
    border: 3px dashed {t.focus}; background-color: {t.earlier_bg};
}}
QPushButton[role="primary"] {{
    min-height: {px(BUTTON_MIN_HEIGHT)}px; background-color: {t.primary_bg}; color: {t.primary_fg};
    border-radius: 6px; font-weight: bold;
}}
QPushButton[role="primary"]:disabled {{
    background-color: {t.disabled_bg}; color: {t.disabled_fg}; border: 1px dashed {t.disabled_fg};
}}
QPushButton[role="secondary"] {{ min-height: {px(BUTTON_MIN_HEIGHT)}px; }}
QPushButton[role="path"] {{
    min-height: {px(44)}px; text-align: left; padding: {px(4)}px {px(12)}px;
    border: 1px solid {t.path_border}; border-radius: 6px; background-color: {t.path_bg};
}}
QPushButton[role="path"]:hover {{ background-color: {t.path_hover_bg}; }}
QPushButton[role="choice"] {{ min-height: {px(42)}px; padding: 2px; }}
QTabBar::tab {{
    min-height: {px(40)}px; min-width: {px(180)}px; padding: {px(6)}px {px(18)}px;
    font-size: {pt(15):.1f}pt; font-weight: bold;
}}
{focus}
"""


def qt_palette() -> QPalette:
    """The application palette of the theme in use: the colours of text, fields and selection."""
    from PySide6.QtGui import QColor

    t = theme
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, t.window_bg),
        (roles.WindowText, t.text),
        (roles.Base, t.base_bg),
        (roles.AlternateBase, t.alternate_bg),
        (roles.Text, t.text),
        (roles.Button, t.button_bg),
        (roles.ButtonText, t.text),
        (roles.Highlight, t.highlight_bg),
        (roles.HighlightedText, t.highlight_fg),
        (roles.ToolTipBase, t.base_bg),
        (roles.ToolTipText, t.text),
        (roles.PlaceholderText, t.muted_fg),
        (roles.Link, t.link),
        (roles.BrightText, t.base_bg),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor(t.disabled_fg))
    return palette


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
    name: str,
    accessible_name: str,
    model: QAbstractItemModel,
    points: float = 13,
    row: int = 36,
    description: str = "",
) -> QTableView:
    """A read-only table of records: whole rows selected one at a time, columns fitted to their
    contents with the last one stretched, no row numbers."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setAccessibleDescription(description)  # what the rows are, read after the name
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(px(row))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    set_point_size(table, points)
    return table
