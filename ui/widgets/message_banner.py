"""A message in a coloured band: success, a warning, or a refusal. Hidden until something is said."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui import style
from ui.widgets.form_fields import grow_to_fit

COLOURS = {
    "ok": (style.theme.ok_bg, style.theme.ok_fg),
    "warning": (style.theme.warning_bg, style.theme.warning_fg),
    "danger": (style.theme.danger_bg, style.theme.danger_fg),
}


class MessageBanner(QLabel):
    def __init__(self, name: str, points: float = 13) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.set_point_size(self, points, bold=True)
        self.hide()

    def say(self, text: str, kind: str = "warning") -> None:
        """Show ``text``; ``kind`` is "ok", "warning" or "danger"."""
        self.setText(text)
        self.setStyleSheet(style.banner_style(*COLOURS[kind]))
        self.setAccessibleName(text)
        self.show()
        grow_to_fit(self)

    def clear_message(self) -> None:
        self.clear()
        self.hide()
