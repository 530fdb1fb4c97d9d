"""Clipped text, measured: a visible label, button or field smaller than its text needs.

Layouts give a widget at least its minimum size; text gets cut when an explicit size (fixed,
maximum or a minimum smaller than the text) or a parent without room squeezes it. These checks
compare each visible widget's size with what its font and text need.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QWidget,
)

SLACK = 2  # pixels: rounding of fractional font metrics


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def clipped(root: QWidget) -> list[str]:
    """Every visible widget under ``root`` whose text does not fit it, as a readable line."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget) or widget.objectName().startswith("qt_"):
            continue
        problem = _text_problem(widget)
        if problem:
            problems.append(
                f"{type(widget).__name__} {widget.objectName() or '(no name)'} {problem}"
            )
    return problems


def _text_problem(widget: QWidget) -> str | None:
    """What of ``widget``'s text does not fit it, or None."""
    size = f"{widget.width()}×{widget.height()}"
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            return f"{needed}px of text in {size}" if needed > widget.height() + SLACK else None
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
            return f"{widget.text()[:30]!r}: needs {hint.width()}×{hint.height()}, has {size}"
        return None
    if isinstance(widget, QAbstractButton) and widget.text():
        if isinstance(widget.parentWidget(), QTabBar):
            return None  # a tab bar's scroll arrows
        metrics = widget.fontMetrics()
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        lines = text.split("\n")
        wide = max(metrics.horizontalAdvance(line) for line in lines)
        tall = metrics.height() * len(lines)
        if wide > widget.width() + SLACK or tall > widget.height() + SLACK:
            return f"{text[:30]!r}: text {wide}×{tall} in {size}"
        return None
    if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        needed = widget.sizeHint().height()
        return (
            f"header labels {needed}px tall in {size}" if needed > widget.height() + SLACK else None
        )
    if isinstance(widget, (QLineEdit, QComboBox)):
        tall = widget.fontMetrics().height()
        return f"text {tall}px tall in {size}" if tall > widget.height() + SLACK else None
    return None


def scrolls_sideways(root: QWidget) -> list[str]:
    """The scroll areas under ``root`` (or around it) that need a horizontal scroll bar."""
    areas = root.findChildren(QScrollArea)
    parent = root.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    return [
        area.objectName() or type(area).__name__
        for area in areas
        if _shown(area) and area.horizontalScrollBar().maximum() > 0
    ]
