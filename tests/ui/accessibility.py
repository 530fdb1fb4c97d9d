"""What a screen reader is told about the widgets of a window, for the accessibility tests.

Names and descriptions are read through Qt's accessibility interface (``QAccessibleInterface``), as a
screen reader gets them: a button's text, a field's buddy label, a tooltip count as well as an explicit
``setAccessibleName`` / ``setAccessibleDescription``.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QAbstractSlider,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def spoken(widget: QWidget) -> tuple[str, str]:
    """The accessible name and description a screen reader gets for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return "", ""
    name = interface.text(QAccessible.Text.Name).strip()
    description = interface.text(QAccessible.Text.Description).strip()
    return name, description


def is_interactive(widget: QWidget) -> bool:
    """A widget someone can act on: not a part of another one (a combo box's line edit, a spin
    box's editor, a scroll bar, a table's header or corner button)."""
    if not isinstance(widget, INTERACTIVE):
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView)):
            return False  # an inner part, named through its owner
        parent = parent.parentWidget()
    if isinstance(widget, QScrollBar):
        return False  # a scroll area's own bar, announced with the area
    return not widget.objectName().startswith("qt_")


def unnamed(root: QWidget) -> list[str]:
    """Every interactive widget under ``root`` (itself included) without an accessible name or
    description, as "<class> <objectName>: missing name/description" lines."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not is_interactive(widget):
            continue
        name, description = spoken(widget)
        missing = [
            what for what, text in (("name", name), ("description", description)) if not text
        ]
        if missing:
            label = widget.objectName() or "(no objectName)"
            text = getattr(widget, "text", lambda: "")()
            problems.append(
                f"{type(widget).__name__} {label} {text!r}: missing {' and '.join(missing)}"
            )
    return problems
