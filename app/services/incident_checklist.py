"""An incident's checklist (data/checklists.yaml, DOMAIN.md §5) and the gate for closing it.

Each incident gets the general items plus the class-specific items of the classes among its
current decisions. An item keeps any status once given, even if a later version of a decision
changes the class. Closing needs every post-incident item done or not applicable, and every
decision signed off (approved); the close itself is clinical leadership's sign-off (PIR-08),
given by a signed-in user after re-entering their password.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlmodel import Session, select

from app.database.db import Database
from app.database.tables import Incident, IncidentCheck
from app.domain.checklists import ChecklistCatalog, ChecklistItem
from app.errors import BadInputError, Listing, Message
from app.services.authority import AuthenticatedUser, require
from app.services.clock import utc_now_iso
from app.services.incident_input import actor_of, shown, text
from app.services.incidents import (
    IncidentView,
    current_decisions,
    find_incident_row,
    get_incident,
    log_incident_event,
    require_open,
)
from app.services.reference import Reference
from app.services.signoff import APPROVED, REJECTED, signoff_state

CHECK_STATUSES = ("open", "done", "na")


@dataclass(frozen=True)
class CheckView:
    item: ChecklistItem
    status: str  # open, done, na
    by: str | None
    at: str | None
    note: str | None


def checklist(db: Database, catalog: ChecklistCatalog, key: str) -> list[CheckView]:
    """The incident's items in phase order, each with its status."""
    with db.read() as session:
        incident = find_incident_row(session, key)
        return _checklist(session, catalog, incident)


def _checklist(session: Session, catalog: ChecklistCatalog, incident: Incident) -> list[CheckView]:
    classes = {d.ir_class for d in current_decisions(session, incident.id)}
    recorded = {
        c.item_id: c
        for c in session.exec(select(IncidentCheck).where(IncidentCheck.incident_id == incident.id))
    }
    items = catalog.items_for(classes)
    shown = {item.id for item in items}
    # Items that have a status but no longer apply (a decision's class changed) stay visible.
    extra = [catalog.get(i) for i in recorded if i not in shown and _known(catalog, i)]
    order = {it.id: n for n, it in enumerate(catalog.items_for(range(1, 8)))}
    ordered = sorted(items + extra, key=lambda it: order[it.id])
    views = []
    for item in ordered:
        check = recorded.get(item.id)
        views.append(
            CheckView(
                item=item,
                status=check.status if check else "open",
                by=check.by if check else None,
                at=check.at if check else None,
                note=check.note if check else None,
            )
        )
    return views


def set_check(
    db: Database,
    catalog: ChecklistCatalog,
    key: str,
    item_id: str,
    status: str,
    *,
    by: str | AuthenticatedUser | None = None,
    note: str | None = None,
) -> CheckView:
    """Mark an item done, not applicable or open again (logged with the status before)."""
    actor = actor_of(by)
    if status not in CHECK_STATUSES:
        raise BadInputError(
            Message("incident_checklist.unknown_status_done_na", status=shown(status))
        )
    wanted = (item_id or "").strip().upper()
    if not _known(catalog, wanted):
        raise BadInputError(
            Message("incident_checklist.no_checklist_item_prep", item_id=shown(item_id))
        )
    item = catalog.get(wanted)
    if item.closes_incident:
        raise BadInputError(
            Message("incident_checklist.done_closing_incident_incidents", item_id=item.id)
        )
    clean_note = text(note, Message("field.note"))
    now = utc_now_iso()
    with db.write() as session:
        incident = find_incident_row(session, key)
        require_open(incident)
        if item.id not in {c.item.id for c in _checklist(session, catalog, incident)}:
            raise BadInputError(
                Message(
                    "incident_checklist.does_not_apply_incident",
                    item_id=item.id,
                    incident=incident.ref,
                    classes=Listing(map(str, item.classes)),
                )
            )
        row = session.get(IncidentCheck, (incident.id, item.id))
        before = row.status if row else "open"
        if row is None:
            row = IncidentCheck(
                incident_id=incident.id, item_id=item.id, status=status, by="", at=""
            )
        row.status, row.by, row.at, row.note = status, actor.name, now, clean_note
        session.add(row)
        log_incident_event(
            session,
            incident.id,
            "incident.check",
            actor,
            now,
            {"item": item.id, "before": before, "after": status, "note": clean_note},
        )
        incident_id = incident.id
    return next(c for c in checklist(db, catalog, incident_id) if c.item.id == item.id)


def close_blockers(
    db: Database, reference: Reference, catalog: ChecklistCatalog, key: str
) -> list[str]:
    """What stops the incident from closing, in words (empty when it may close)."""
    with db.read() as session:
        incident = find_incident_row(session, key)
        checks = _checklist(session, catalog, incident)
        decisions = current_decisions(session, incident.id)
    problems = [
        f"{c.item.id} is still open"
        for c in checks
        if c.item.required_to_close and c.status == "open"
    ]
    for decision in decisions:
        state = signoff_state(db, reference, decision)
        what = decision.device_tag or decision.category or decision.id[:8]
        if state == REJECTED:
            problems.append(
                f"the decision on {what} (class {decision.ir_class}) was rejected: "
                "record a new version and have it signed off"
            )
        elif state != APPROVED:
            problems.append(f"the decision on {what} (class {decision.ir_class}) awaits sign-off")
    return problems


def close_incident(
    db: Database,
    reference: Reference,
    catalog: ChecklistCatalog,
    key: str,
    *,
    by: AuthenticatedUser,
    note: str | None = None,
) -> IncidentView:
    """Close the incident (PIR-08) when nothing blocks it; the closing person must be allowed to
    (clinical leadership) and is recorded as signed in."""
    role = require(db, by, "close_incident")
    clean_note = text(note, Message("field.closing_note"))
    incident = get_incident(db, key)
    if not incident.is_open:
        raise BadInputError(
            Message("incident_checklist.incident_already_closed", incident=incident.ref)
        )
    problems = close_blockers(db, reference, catalog, incident.id)
    if problems:
        shown = "; ".join(problems[:5]) + (
            f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        )
        raise BadInputError(
            Message(
                "incident_checklist.incident_cannot_close_yet",
                incident=incident.ref,
                blockers=shown,
            )
        )
    closing = next(item for item in catalog.items_for(()) if item.closes_incident)
    now = utc_now_iso()
    actor = actor_of(by)
    with db.write() as session:
        row = find_incident_row(session, incident.id)
        require_open(row)
        row.status, row.phase = "closed", "post_incident"
        row.closed_at, row.closed_by, row.close_note, row.updated_at = (
            now,
            by.username,
            clean_note,
            now,
        )
        session.add(row)
        check = session.get(IncidentCheck, (row.id, closing.id)) or IncidentCheck(
            incident_id=row.id, item_id=closing.id, status="done", by="", at=""
        )
        check.status, check.by, check.at, check.note = "done", by.username, now, clean_note
        session.add(check)
        log_incident_event(
            session,
            row.id,
            "incident.closed",
            replace(actor, role=role),
            now,
            {"note": clean_note, "role": role, "item": closing.id},
        )
    return get_incident(db, incident.id)


def _known(catalog: ChecklistCatalog, item_id: str) -> bool:
    try:
        catalog.get(item_id)
    except KeyError:
        return False
    return True
