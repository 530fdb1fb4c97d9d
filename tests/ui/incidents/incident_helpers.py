"""Shared by the incident-tab GUI tests: the playbook, an incident, showing a tab, closing."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from gui_accounts import make_accounts

import ui  # noqa: F401  (its import guards None's reference count: ui/none_guard.py)
from app.services.accounts import list_users
from app.services.authority import AuthenticatedUser
from app.services.incident_checklist import checklist, close_incident, set_check
from app.services.incidents import IncidentView, create_incident, get_incident

# Set MDIR_SHOTS to a folder to keep what the tests' screens showed (for looking at them by eye).
SHOTS = os.environ.get("MDIR_SHOTS")


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


def shoot(widget, name: str) -> Path | None:
    """Render what the widget shows (it must paint); saved in MDIR_SHOTS when that is set."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    image = widget.grab()
    assert not image.isNull() and image.width() > 100 and image.height() > 100
    if not SHOTS:
        return None
    path = Path(SHOTS) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path))
    return path
