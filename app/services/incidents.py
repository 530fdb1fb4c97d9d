"""Incidents: creating one, finding it, changing its status, and the decisions it holds.

An incident (DOMAIN.md §2.1, §5) groups the decisions about many devices, with an awareness time
T0 that starts the regulatory clocks. Exercises are incidents marked ``exercise`` for good (a
trigger keeps the mark), so that they can be told apart on every screen and page and kept out of
real metrics. Every change is an event with ``entity="incident"`` and the incident's id, which is
what the incident's timeline reads.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, func, select

from app.database.db import Database
from app.database.events import append_event
from app.database.tables import Decision, Incident, IncidentDecision, IncidentDevice
from app.errors import BadInputError, Listing, Message
from app.services.authority import AuthenticatedUser
from app.services.clock import utc_now_iso, workstation_id
from app.services.decisions import DecisionDraft, DecisionView, decision_views, record_decision
from app.services.incident_input import (
    Actor,
    actor_of,
    by_id_prefix,
    iso,
    line,
    lookup_key,
    parse_time,
    shown,
)
from app.services.reference import Reference

STATUSES = ("open", "closed")
PHASES = ("prepare", "detect", "contain", "post_incident", "share")
SEVERITIES = ("low", "moderate", "high", "critical")
MAX_UNITS = 200


@dataclass(frozen=True)
class IncidentView:
    id: str
    ref: str
    name: str
    status: str
    phase: str
    severity: str | None
    t0: str
    source: str
    exercise: bool
    scenario: str | None
    units: tuple[str, ...]
    created_at: str
    created_by: str
    updated_at: str
    closed_at: str | None
    closed_by: str | None
    close_note: str | None

    @property
    def t0_time(self) -> datetime:
        return datetime.fromisoformat(self.t0)

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ref": self.ref,
            "name": self.name,
            "status": self.status,
            "phase": self.phase,
            "severity": self.severity,
            "t0": self.t0,
            "source": self.source,
            "exercise": self.exercise,
            "scenario": self.scenario,
            "units": list(self.units),
            "created_at": self.created_at,
            "created_by": self.created_by,
            "updated_at": self.updated_at,
            "closed_at": self.closed_at,
            "closed_by": self.closed_by,
            "close_note": self.close_note,
        }


def create_incident(
    db: Database,
    *,
    name: str,
    t0: str,
    source: str,
    by: str | AuthenticatedUser | None = None,
    exercise: bool = False,
    scenario: str | None = None,
    severity: str | None = None,
    units: list[str] | tuple[str, ...] = (),
) -> IncidentView:
    """Open an incident (or an exercise); returns it as committed."""
    actor = actor_of(by)
    clean_name = line(name, Message("field.incident_name"), required=True)
    when = parse_time(t0, Message("field.t0_awareness_time"))
    clean_source = line(source, Message("field.detection_source"), required=True)
    clean_severity = _check_severity(severity)
    clean_units = _check_units(units)
    now = utc_now_iso()
    incident_id = str(uuid.uuid4())
    with db.write() as session:
        row = Incident(
            id=incident_id,
            ref=_next_ref(session, exercise, now),
            name=clean_name or "",
            status="open",
            phase="detect",
            severity=clean_severity,
            t0=iso(when),
            source=clean_source or "",
            exercise=exercise,
            scenario=scenario,
            units=json.dumps(clean_units, ensure_ascii=False),
            created_at=now,
            created_by=actor.name,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        log_incident_event(
            session, row.id, "incident.created", actor, now, {**_facts(row), "ref": row.ref}
        )
    return get_incident(db, incident_id)


def _next_ref(session: Session, exercise: bool, now: str) -> str:
    """INC-2026-0001, INC-2026-0002, ... (EX- for exercises), counted per year on this database.
    Written under the write lock, so two programs cannot take the same number."""
    prefix = f"{'EX' if exercise else 'INC'}-{now[:4]}-"
    taken = session.exec(
        select(func.count()).select_from(Incident).where(col(Incident.ref).startswith(prefix))
    ).one()
    number = int(taken) + 1
    while session.exec(select(Incident.id).where(Incident.ref == f"{prefix}{number:04d}")).first():
        number += 1
    return f"{prefix}{number:04d}"


def list_incidents(db: Database, *, include_closed: bool = True) -> list[IncidentView]:
    """Incidents, open ones first, each group newest first."""
    with db.read() as session:
        rows = session.exec(select(Incident).order_by(col(Incident.created_at).desc())).all()
    views = [_view(row) for row in rows if include_closed or row.status == "open"]
    return sorted(views, key=lambda v: v.status != "open")


def get_incident(db: Database, key: str) -> IncidentView:
    """The incident named by its reference (INC-2026-0001, any letter case), its id, or the first
    eight or more characters of its id."""
    with db.read() as session:
        return _view(find_incident_row(session, key))


def find_incident_row(session: Session, key: str) -> Incident:
    if not (key or "").strip():
        raise BadInputError(Message("incidents.no_incident_given_use"))
    wanted = lookup_key(key, Message("field.incident"))
    row = session.exec(
        select(Incident).where(col(Incident.ref).collate("NOCASE") == wanted)
    ).first() or by_id_prefix(session, Incident, wanted.lower(), Message("field.incidents"))
    if row is not None:
        return row
    raise BadInputError(Message("incidents.no_incident_see_incidents", wanted=shown(wanted)))


def update_incident(
    db: Database,
    key: str,
    *,
    by: str | AuthenticatedUser | None = None,
    name: str | None = None,
    severity: str | None = None,
    phase: str | None = None,
    units: list[str] | None = None,
    source: str | None = None,
    t0: str | None = None,
) -> IncidentView:
    """Change what is given (None leaves a field as it is); logged with before and after."""
    actor = actor_of(by)
    changes: dict[str, Any] = {}
    if name is not None:
        changes["name"] = line(name, Message("field.incident_name"), required=True)
    if severity is not None:
        changes["severity"] = _check_severity(severity)
    if phase is not None:
        if phase not in PHASES:
            raise BadInputError(
                Message(
                    "incidents.unknown_phase_phases", phase=shown(phase), phases=Listing(PHASES)
                )
            )
        changes["phase"] = phase
    if units is not None:
        changes["units"] = json.dumps(_check_units(units), ensure_ascii=False)
    if source is not None:
        changes["source"] = line(source, Message("field.detection_source"), required=True)
    if t0 is not None:
        changes["t0"] = iso(parse_time(t0, Message("field.t0_awareness_time")))
    if not changes:
        raise BadInputError(Message("incidents.nothing_change_give_new"))
    now = utc_now_iso()
    with db.write() as session:
        row = find_incident_row(session, key)
        require_open(row)
        before = {field: getattr(row, field) for field in changes}
        after = {field: value for field, value in changes.items() if before[field] != value}
        if after:
            for field, value in after.items():
                setattr(row, field, value)
            row.updated_at = now
            session.add(row)
            log_incident_event(
                session,
                row.id,
                "incident.updated",
                actor,
                now,
                {"before": {f: before[f] for f in after}, "after": after},
            )
        incident_id = row.id
    return get_incident(db, incident_id)


def require_open(row: Incident) -> None:
    if row.status != "open":
        raise BadInputError(Message("incidents.incident_closed_closed_incidents", incident=row.ref))


def link_decision(
    db: Database, key: str, decision_id: str, *, by: str | AuthenticatedUser | None = None
) -> bool:
    """Add a decision (and so all its versions) to an incident; False when it was already in it."""
    actor = actor_of(by)
    now = utc_now_iso()
    with db.write() as session:
        incident = find_incident_row(session, key)
        decision = _decision_row(session, decision_id)
        added = link_in_session(session, incident, decision, actor, now)
    return added


def link_in_session(
    session: Session, incident: Incident, decision: Decision, actor: Actor, now: str
) -> bool:
    """Link inside the caller's transaction (recording a decision with an incident uses this)."""
    require_open(incident)
    chain = version_ids(session, decision.id)
    linked = session.exec(
        select(IncidentDecision).where(col(IncidentDecision.decision_id).in_(chain))
    ).all()
    for link in linked:
        if link.incident_id == incident.id:
            return False
        other = session.get(Incident, link.incident_id)
        raise BadInputError(
            Message(
                "incidents.decision_already_belongs_incident",
                decision_id=decision.id[:8],
                incident=other.ref if other else "?",
            )
        )
    session.add(
        IncidentDecision(
            incident_id=incident.id, decision_id=decision.id, linked_at=now, linked_by=actor.name
        )
    )
    if decision.device_id is not None:
        _add_device(session, incident.id, decision.device_id, actor, now, "decision")
    session.flush()
    log_incident_event(
        session,
        incident.id,
        "incident.decision_linked",
        actor,
        now,
        {"decision": decision.id, "ir_class": decision.ir_class, "device_tag": decision.device_tag},
    )
    return True


def record_in_incident(
    db: Database, reference: Reference, draft: DecisionDraft, purpose: str = "triage"
) -> DecisionView:
    """Record a decision; when ``draft.incident_id`` names an open incident (by reference or id),
    the decision carries the incident's reference and is linked in the same transaction.

    Recording a decision is never blocked by the incident: an unknown or closed incident leaves
    the reference on the decision as typed, unlinked (``incident_for_recording`` says why, for the
    caller to tell the person)."""
    incident, _ = incident_for_recording(db, draft.incident_id)
    if incident is None:
        return record_decision(db, reference, draft, purpose)
    actor = Actor(" ".join(draft.recorded_by.split()), draft.role, False)

    def link(session: Session, view: DecisionView) -> None:
        row, decision = session.get(Incident, incident.id), session.get(Decision, view.id)
        assert row is not None and decision is not None
        link_in_session(session, row, decision, actor, view.created_at)

    return record_decision(
        db, reference, replace(draft, incident_id=incident.ref), purpose, also=link
    )


def incident_for_recording(db: Database, key: str | None) -> tuple[IncidentView | None, str | None]:
    """The open incident a new decision goes into, or None and why not (None, None: no incident
    was given)."""
    if key is None or not key.strip():
        return None, None
    try:
        incident = get_incident(db, key)
    except BadInputError:
        return None, (
            f"no incident {shown(key.strip())} on this database: the decision keeps the "
            "reference but is not added to an incident"
        )
    if not incident.is_open:
        return None, (
            f"incident {incident.ref} is closed: the decision keeps the reference but is not "
            "added to it"
        )
    return incident, None


def incident_decisions(db: Database, key: str) -> list[DecisionView]:
    """The current version of every decision in the incident, oldest first."""
    with db.read() as session:
        incident = find_incident_row(session, key)
        return current_decisions(session, incident.id)


def current_decisions(session: Session, incident_id: str) -> list[DecisionView]:
    rows = session.exec(
        select(Decision)
        .where(
            col(Decision.id).in_(_chain_ids(incident_id)),
            col(Decision.id).not_in(
                select(Decision.supersedes_id).where(col(Decision.supersedes_id).is_not(None))
            ),
        )
        .order_by(col(Decision.created_at), col(Decision.id))
    ).all()
    return decision_views(session, list(rows))


def decision_versions(session: Session, incident_id: str) -> list[Decision]:
    """Every version of every decision in the incident, oldest first."""
    rows = session.exec(
        select(Decision)
        .where(col(Decision.id).in_(_chain_ids(incident_id)))
        .order_by(col(Decision.created_at), col(Decision.id))
    ).all()
    return list(rows)


def _chain_ids(incident_id: str) -> Any:
    """A subquery: the ids of every version of the incident's decisions (one recursive query)."""
    linked = select(IncidentDecision.decision_id.label("id")).where(  # type: ignore[attr-defined]
        IncidentDecision.incident_id == incident_id
    )
    chain = linked.cte("chain", recursive=True)
    newer = select(Decision.id).where(Decision.supersedes_id == chain.c.id)
    older = select(Decision.supersedes_id).where(
        Decision.id == chain.c.id, col(Decision.supersedes_id).is_not(None)
    )
    chain = chain.union(newer, older)
    return select(chain.c.id)


def incidents_of_decisions(db: Database, decision_ids: list[str]) -> dict[str, IncidentView]:
    """For screens listing decisions: the incident each decision (by any version) belongs to."""
    found: dict[str, IncidentView] = {}
    with db.read() as session:
        for decision_id in decision_ids:
            chain = version_ids(session, decision_id)
            link = session.exec(
                select(IncidentDecision).where(col(IncidentDecision.decision_id).in_(chain))
            ).first()
            if link is not None:
                row = session.get(Incident, link.incident_id)
                if row is not None:
                    found[decision_id] = _view(row)
    return found


def exercise_decision_ids(db: Database) -> set[str]:
    """Every version of every decision that belongs to an exercise: they are marked EXERCISE
    wherever they are shown or printed."""
    rows = db.raw_reader().execute(
        "WITH RECURSIVE chain(id) AS ("
        " SELECT l.decision_id FROM incident_decision l JOIN incident i ON i.id = l.incident_id"
        " WHERE i.exercise"
        " UNION SELECT d.id FROM decision d JOIN chain c ON d.supersedes_id = c.id"
        " UNION SELECT d.supersedes_id FROM decision d JOIN chain c ON d.id = c.id"
        " WHERE d.supersedes_id IS NOT NULL"
        ") SELECT id FROM chain"
    )
    return {row[0] for row in rows.fetchall()}


def log_incident_event(
    session: Session, incident_id: str, kind: str, actor: Actor, now: str, payload: dict[str, Any]
) -> None:
    append_event(
        session,
        at=now,
        kind=kind,
        entity="incident",
        entity_id=incident_id,
        actor=actor.name,
        workstation=workstation_id(),
        payload=payload,
        role=actor.role,
        authenticated=actor.authenticated,
    )


def _add_device(
    session: Session, incident_id: str, device_id: str, actor: Actor, now: str, reason: str
) -> bool:
    if session.get(IncidentDevice, (incident_id, device_id)) is not None:
        return False
    session.add(
        IncidentDevice(
            incident_id=incident_id,
            device_id=device_id,
            added_at=now,
            added_by=actor.name,
            reason=reason,
        )
    )
    return True


def _decision_row(session: Session, decision_id: str) -> Decision:
    wanted = lookup_key(decision_id, Message("field.decision_id"))
    row = by_id_prefix(session, Decision, wanted.lower(), Message("field.decisions"))
    if row is None:
        raise BadInputError(Message("incidents.no_decision_id", wanted=shown(wanted)))
    return row


def version_ids(session: Session, decision_id: str) -> list[str]:
    """Every version of the decision (older and newer)."""
    ids = [decision_id]
    row = session.get(Decision, decision_id)
    while row is not None and row.supersedes_id:
        ids.append(row.supersedes_id)
        row = session.get(Decision, row.supersedes_id)
    newer = decision_id
    while True:
        nxt = session.exec(select(Decision.id).where(Decision.supersedes_id == newer)).first()
        if nxt is None:
            return ids
        ids.append(nxt)
        newer = nxt


def _check_severity(severity: str | None) -> str | None:
    if severity is None or not severity.strip():
        return None
    value = severity.strip().lower()
    if value not in SEVERITIES:
        raise BadInputError(
            Message(
                "incidents.unknown_severity_severities",
                severity=shown(severity),
                severities=Listing(SEVERITIES),
            )
        )
    return value


def _check_units(units: list[str] | tuple[str, ...]) -> list[str]:
    cleaned: list[str] = []
    for unit in units:
        value = line(unit, Message("field.unit_name"))
        if value and value not in cleaned:
            cleaned.append(value)
    if len(cleaned) > MAX_UNITS:
        raise BadInputError(
            Message("incidents.too_many_units_most", count=len(cleaned), max_units=MAX_UNITS)
        )
    return cleaned


def _facts(row: Incident) -> dict[str, Any]:
    return {
        "name": row.name,
        "t0": row.t0,
        "source": row.source,
        "severity": row.severity,
        "exercise": row.exercise,
        "scenario": row.scenario,
        "units": json.loads(row.units),
    }


def view_of(row: Incident) -> IncidentView:
    return _view(row)


def _view(row: Incident) -> IncidentView:
    return IncidentView(
        id=row.id,
        ref=row.ref,
        name=row.name,
        status=row.status,
        phase=row.phase,
        severity=row.severity,
        t0=row.t0,
        source=row.source,
        exercise=bool(row.exercise),
        scenario=row.scenario,
        units=tuple(json.loads(row.units)),
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        closed_at=row.closed_at,
        closed_by=row.closed_by,
        close_note=row.close_note,
    )
