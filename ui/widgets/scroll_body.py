"""The scrolling body shared by the triage pages: large text at 200 % or a small screen still fits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


def scroll_body(
    spacing: int, *, frame_focus_later: bool = False
) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless, resizing scroll area and the layout of the widget inside it.

    ``frame_focus_later``: the caller calls :func:`no_frame_focus` itself, later (the first screen,
    built before Qt's namespace of enums is loaded: ~10 ms of start-up).
    """
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if not frame_focus_later:
        no_frame_focus(scroll)
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 8, 0)
    layout.setSpacing(spacing)
    scroll.setWidget(content)
    return scroll, layout


def no_frame_focus(scroll: QScrollArea) -> None:
    """Keys go to the page's buttons, not the frame."""
    from PySide6.QtCore import Qt

    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def page_keys(scroll: QScrollArea, event: QKeyEvent) -> bool:
    """Page Down / Page Up scroll the body wherever the focus is on the page (the focus is on the
    buttons, never in the text): True when the key was one of them."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractSlider

    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return False
    actions = {
        Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
        Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
    }
    action = actions.get(Qt.Key(event.key()))
    if action is None:
        return False
    scroll.verticalScrollBar().triggerAction(action)
    return True
