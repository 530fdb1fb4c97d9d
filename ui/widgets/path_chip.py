"""One earlier answer in the path above a question: "Implant?  No", clickable to change it.

An answer the inventory gave carries a small tag ("from inventory") beside it, so nobody takes it for
something they said themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui import style

MIN_HEIGHT = 44


class PathChip(QPushButton):
    def __init__(self, text: str, tag: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "path")
        self.setProperty("prefilled", tag is not None)
        self.setMinimumHeight(style.px(MIN_HEIGHT))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(8)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.label.setStyleSheet("background: transparent;")
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.tag: QLabel | None = None
        if tag is not None:
            self.tag = QLabel(tag)
            self.tag.setObjectName("path_tag")
            self.tag.setTextFormat(Qt.TextFormat.PlainText)
            self.tag.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            self.tag.setStyleSheet(
                f"background-color: {style.theme.tag_bg}; color: {style.theme.tag_fg}; "
                "border-radius: 4px; padding: 1px 6px;"
            )
            style.set_point_size(self.tag, 10, bold=True)
            layout.addWidget(self.tag, 0, Qt.AlignmentFlag.AlignVCenter)

    def text_shown(self) -> str:
        return " ".join(x.text() for x in (self.label, self.tag) if x is not None)

    def sizeHint(self) -> QSize:
        hint = self.layout().sizeHint()
        return QSize(hint.width(), max(hint.height(), MIN_HEIGHT))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
