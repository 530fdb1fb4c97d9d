"""What every tab of the incident workspace shares: the same inputs, the incident shown, and the
``changed`` signal the workspace listens to (a save in one tab refreshes the others)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.database.db import Database
from app.services.incidents import IncidentView
from app.services.reference import Reference
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
