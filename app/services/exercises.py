"""Tabletop exercises: the playbook's three use cases (data/exercises) run as exercise incidents.

An exercise is an incident marked ``exercise`` for good: it has everything a real incident has
(decisions, checklist, timeline, evidence, lessons) and its own after-action report, but it is
marked EXERCISE on every screen and page and kept out of real metrics. Injects are delivered by
the facilitator (each delivery is written to the timeline); the decisions recorded during the
exercise are compared with the scenario's expected decisions by device category.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, select

from app.database.db import Database
from app.database.events import append_event
from app.database.tables import Event
from app.domain.exercises import ExpectedDecision, Inject, Scenario
from app.errors import BadInputError, Listing, Message
from app.services.authority import AuthenticatedUser
from app.services.clock import utc_now_iso, workstation_id
from app.services.decisions import DecisionView
from app.services.incident_input import actor_of, shown
from app.services.incidents import (
    IncidentView,
    create_incident,
    find_incident_row,
    get_incident,
    incident_decisions,
)
from app.services.playbook import Playbook


@dataclass(frozen=True)
class InjectView:
    inject: Inject
    due_at: datetime
    delivered_at: str | None


@dataclass(frozen=True)
class ExpectedLine:
    expected: ExpectedDecision
    actual: DecisionView | None
    matches: bool


def scenario_of(scenarios: dict[str, Scenario], incident: IncidentView) -> Scenario:
    if not incident.exercise or incident.scenario is None:
        raise BadInputError(
            Message("exercises.not_exercise_started_scenario", incident=incident.ref)
        )
    scenario = scenarios.get(incident.scenario)
    if scenario is None:
        raise BadInputError(
            Message(
                "exercises.scenario_not_installed",
                scenario=shown(incident.scenario),
                incident=incident.ref,
            )
        )
    return scenario


def start_exercise(
    db: Database,
    playbook: Playbook,
    scenario_id: str,
    *,
    by: str | AuthenticatedUser | None = None,
    lang: str = "en",
) -> IncidentView:
    """Create the exercise incident of ``scenario_id`` (T0 = now, named after the scenario)."""
    scenarios = playbook.scenarios
    scenario = scenarios.get((scenario_id or "").strip())
    if scenario is None:
        raise BadInputError(
            Message(
                "exercises.unknown_scenario_scenarios",
                scenario_id=shown(scenario_id),
                scenarios=Listing(sorted(scenarios)),
            )
        )
    prefix = "訓練" if lang == "ja" else "Exercise"
    return create_incident(
        db,
        name=f"{prefix}: {scenario.title.get(lang)}",
        t0=utc_now_iso(),
        source=(
            f"机上訓練 ({scenario.id})" if lang == "ja" else f"tabletop exercise ({scenario.id})"
        ),
        by=by,
        exercise=True,
        scenario=scenario.id,
    )


def exercise_injects(db: Database, playbook: Playbook, key: str) -> list[InjectView]:
    """The scenario's injects with the time each is due (from the exercise's start) and when it
    was delivered."""
    incident = get_incident(db, key)
    scenario = scenario_of(playbook.scenarios, incident)
    start = datetime.fromisoformat(incident.t0)
    delivered = _delivered(db, incident.id)
    return [
        InjectView(i, start + timedelta(minutes=i.at_minutes), delivered.get(i.id))
        for i in scenario.injects
    ]


def deliver_inject(
    db: Database,
    playbook: Playbook,
    key: str,
    inject_id: str,
    *,
    by: str | AuthenticatedUser | None = None,
    lang: str = "en",
) -> InjectView:
    """Write the delivery of an inject to the exercise's timeline (once per inject)."""
    actor = actor_of(by)
    incident = get_incident(db, key)
    scenario = scenario_of(playbook.scenarios, incident)
    inject = next((i for i in scenario.injects if i.id == (inject_id or "").strip()), None)
    if inject is None:
        known = ", ".join(i.id for i in scenario.injects)
        raise BadInputError(
            Message(
                "exercises.no_inject_injects",
                inject_id=shown(inject_id),
                scenario_id=scenario.id,
                known=known,
            )
        )
    if not incident.is_open:
        raise BadInputError(Message("exercises.exercise_closed", incident=incident.ref))
    now = utc_now_iso()
    with db.write() as session:
        row = find_incident_row(session, incident.id)
        if inject.id in _delivered_in(session, row.id):
            raise BadInputError(Message("exercises.inject_already_delivered", inject_id=inject.id))
        append_event(
            session,
            at=now,
            kind="exercise.inject",
            entity="incident",
            entity_id=row.id,
            actor=actor.name,
            workstation=workstation_id(),
            payload={"inject": inject.id, "text": inject.text.get(lang)},
            role=actor.role,
            authenticated=actor.authenticated,
        )
    return next(v for v in exercise_injects(db, playbook, incident.id) if v.inject.id == inject.id)


def expected_vs_actual(db: Database, playbook: Playbook, key: str) -> list[ExpectedLine]:
    """Each expected decision with the newest decision of its category in the exercise (by the
    device's or the decision's category), and whether the classes agree."""
    incident = get_incident(db, key)
    scenario = scenario_of(playbook.scenarios, incident)
    decisions = incident_decisions(db, incident.id)
    lines = []
    used: set[str] = set()
    for expected in scenario.expected_decisions:
        candidates = [d for d in decisions if d.category == expected.category and d.id not in used]
        same = [d for d in candidates if d.ir_class == expected.expected_class]
        actual = (same or candidates or [None])[-1]
        if actual is not None:
            used.add(actual.id)
        lines.append(
            ExpectedLine(
                expected, actual, actual is not None and actual.ir_class == expected.expected_class
            )
        )
    return lines


def _delivered(db: Database, incident_id: str) -> dict[str, str]:
    with db.read() as session:
        return _delivered_in(session, incident_id)


def _delivered_in(session: Session, incident_id: str) -> dict[str, str]:
    rows = session.exec(
        select(Event).where(
            Event.entity == "incident",
            Event.entity_id == incident_id,
            Event.kind == "exercise.inject",
        )
    )
    found: dict[str, str] = {}
    for event in rows:
        found.setdefault(json.loads(event.payload)["inject"], event.at)
    return found
