"""What every tab of the incident workspace shares: the same inputs, the incident shown, and the
``changed`` signal the workspace listens to (a save in one tab refreshes the others)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.database.db import Database
from app.services.incidents import IncidentView
from app.services.reference import Reference
from ui import style
from ui.session import SignInSession

if TYPE_CHECKING:
    from app.services.playbook import Playbook


class IncidentTab(QWidget):
    """Signals: changed(): something was saved."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        reference: Reference,
        playbook: Playbook,
        lang: str,
        session: SignInSession | None,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.db, self.reference, self.playbook = db, reference, playbook
        self.lang, self.session = lang, session
        self.incident: IncidentView | None = None

    def show_incident(self, incident: IncidentView) -> None:
        raise NotImplementedError

    def _button(
        self, text: str, name: str, tip: str, slot: Any, primary: bool = False
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.setToolTip(tip)
        button.setProperty("role", "primary" if primary else "secondary")
        style.set_point_size(button, 14, bold=primary)
        button.clicked.connect(lambda _checked=False: slot())
        return button
