"""The scrolling body shared by the triage pages: large text at 200 % or a small screen still fits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scroll_body(spacing: int) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless, resizing scroll area and the layout of the widget inside it."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the page's buttons, not the frame
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 8, 0)
    layout.setSpacing(spacing)
    scroll.setWidget(content)
    return scroll, layout
