"""The control that has the keyboard shows it: a thick ring, drawn by one application-wide rule.

The rings are compared as painted (``grab()``): the same control with and without the focus must
look different, and its edge takes the focus colour.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import style
from ui.focus_style import FOCUSABLE, focus_rules

RING = "#D500F9"  # a colour no control has otherwise


def test_the_rules_name_every_kind_of_control_and_the_ring() -> None:
    rules = focus_rules("#123456", 4, on_primary="#FFEB3B")
    for kind in FOCUSABLE:
        assert f"{kind}:focus" in rules
    assert "border: 4px solid #123456;" in rules
    assert 'QPushButton[role="primary"]:focus { border: 4px solid #FFEB3B; }' in rules
    assert "3px solid #123456" in focus_rules("#123456")  # 3 px unless told


def make(kind: str) -> QWidget:
    makers: dict[str, Callable[[], QWidget]] = {
        "button": lambda: QPushButton("Find"),
        "primary": lambda: QPushButton("Save decision"),
        "answer": lambda: QPushButton("[N]   No"),
        "line": QLineEdit,
        "combo": QComboBox,
        "text": QPlainTextEdit,
        "check": lambda: QCheckBox("Accept the unknown answers"),
        "radio": lambda: QRadioButton("A4"),
        "table": QTableView,
    }
    widget = makers[kind]()
    if kind in ("primary", "answer"):
        widget.setProperty("role", kind)
    if isinstance(widget, QComboBox):
        widget.addItems(["Charge nurse", "Bedside nurse"])
    if isinstance(widget, QTableView):
        widget.setModel(QStringListModel(["MD-00001", "MD-00002"], widget))
        widget.setTabKeyNavigation(False)
    if isinstance(widget, QPlainTextEdit):
        widget.setTabChangesFocus(True)  # as the program's text fields
    widget.setObjectName(kind)
    widget.setMinimumSize(160, 48)
    return widget


KINDS = ["button", "primary", "answer", "line", "combo", "text", "check", "radio", "table"]


@pytest.fixture
def form(qtbot, gui) -> QWidget:
    """A window with a field to park the focus in, then one control of each kind."""
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    parking = QLineEdit()
    parking.setObjectName("parking")
    column.addWidget(parking)
    for kind in KINDS:
        column.addWidget(make(kind))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def focus_by_tab(qtbot, window: QWidget, name: str) -> QWidget:
    for _ in range(len(KINDS) + 2):
        widget = QApplication.focusWidget()
        if widget is not None and widget.objectName() == name:
            return widget
        qtbot.keyClick(widget or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab does not reach {name}")


def painted(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def ring_shown(qtbot, window: QWidget, name: str) -> tuple[QImage, QImage]:
    """The control painted without the focus (it is on the first field), then with it."""
    widget = window.findChild(QWidget, name)
    assert widget is not None
    focus_by_tab(qtbot, window, "parking")
    without = painted(widget)
    focus_by_tab(qtbot, window, name)
    assert widget.hasFocus()
    return without, painted(widget)


def left_edge(image: QImage) -> QColor:
    return image.pixelColor(1, image.height() // 2)


def near(colour: QColor, expected: str) -> bool:
    """The same colour, give or take the smoothing of a round edge."""
    rgb = QColor(expected).getRgb()[:3]
    return all(abs(a - b) <= 32 for a, b in zip(colour.getRgb()[:3], rgb, strict=True))


@pytest.mark.parametrize("kind", KINDS)
def test_a_focus_rule_of_its_own_rings_every_kind(qtbot, form, kind) -> None:
    """The rules work as written, whatever the application style sheet (set on the window)."""
    form.setStyleSheet(focus_rules(RING, 3))
    without, with_focus = ring_shown(qtbot, form, kind)
    assert with_focus != without
    assert near(left_edge(with_focus), RING), kind
    assert not near(left_edge(without), RING)


@pytest.mark.parametrize("kind", KINDS)
def test_the_application_style_sheet_rings_every_kind(qtbot, form, kind) -> None:
    """Once the application style sheet carries the rules (``ui.style`` appends them): the focused
    control looks different, and its edge is in the theme's focus colour."""
    without, with_focus = ring_shown(qtbot, form, kind)
    assert with_focus != without, f"{kind}: the focus does not show"
    expected = style.theme.focus_on_primary if kind == "primary" else style.theme.focus
    assert near(left_edge(with_focus), expected), kind


def test_the_triage_answer_buttons_show_the_focus(qtbot, triage) -> None:
    """On a real page: Tab from the question to its first answer rings it."""
    triage.device_page.unknown_button.click()
    page = triage.question_page
    triage.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)
    button = page.answer_buttons["yes"]
    without = painted(button)
    qtbot.keyClick(page, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    assert painted(button) != without
