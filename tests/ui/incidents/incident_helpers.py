"""Shared by the incident-tab GUI tests: the playbook, an incident, showing a tab, closing."""

from __future__ import annotations

import ctypes
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from gui_accounts import make_accounts

from app.services.accounts import list_users
from app.services.authority import AuthenticatedUser
from app.services.incident_checklist import checklist, close_incident, set_check
from app.services.incidents import IncidentView, create_incident, get_incident

SHOTS = Path("/tmp/incident_tabs")


def _keep_none_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 takes one reference from None on every call of a method
    returning void (QLabel.setText, QTreeWidgetItem.setToolTip, ...), so a process that makes a
    few thousand such calls aborts with "none_dealloc: deallocating None" (at the latest at exit).
    On Python 3.12+ None is immortal and this does nothing. TEMPORARY, for these tests only: the
    lead decides the real fix (another PySide6 release, Python 3.12, or this in ui/app.py)."""
    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_keep_none_alive()


def load_test_playbook() -> Any:
    from app.services.playbook import load_playbook

    return load_playbook()


def new_incident(
    db, *, exercise: bool = False, name: str = "Infusion pumps offline"
) -> IncidentView:
    t0 = (datetime.now(UTC) - timedelta(hours=2)).isoformat(timespec="seconds")
    return create_incident(
        db, name=name, t0=t0, source="Charge nurse ICU", by="Nora Nurse", exercise=exercise
    )


def closed_incident(db, reference, playbook, before=None) -> IncidentView:
    """An incident closed by a signed-in clinical leader ("lead") after its required items were
    marked not applicable; ``before(incident_id)`` runs while it is still open."""
    incident = new_incident(db)
    if before is not None:
        before(incident.id)
    catalog = playbook.checklists
    for check in checklist(db, catalog, incident.id):
        if check.item.required_to_close:
            set_check(db, catalog, incident.id, check.item.id, "na", by="Bea Biomed")
    lead = make_accounts(db, "lead")["lead"]
    close_incident(db, reference, catalog, incident.id, by=lead, note="All done")
    return get_incident(db, incident.id)


def lead_user(db) -> AuthenticatedUser:
    """The clinical leader made by ``closed_incident``, as signed in."""
    user = next(u for u in list_users(db) if u.username == "lead")
    return AuthenticatedUser(user.id, user.username, user.full_name, user.roles)


def show(qtbot, widget, width: int = 1100, height: int = 760):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shoot(widget, name: str) -> Path:
    """Save what the widget shows (for looking at the screens by eye)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path
