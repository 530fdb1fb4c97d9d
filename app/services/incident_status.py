"""An incident's system status roll-up (HICS 251 style) and its per-device metrics (PIR-06).

Roll-up: by unit and device category, how many devices are in which class (their newest decision
in the incident; "unclassified" when none yet) and which state. A decision made by category,
without a device, counts once under its unit and category.

Metrics per device: T0 → first classification, → containment (first isolated or running on
compensations), → recovery (first restored). Exercises have metrics of their own but are never
mixed into real ones: ``fleet_metrics`` skips them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session, select

from app.database.db import Database
from app.database.tables import Incident
from app.services.decisions import DecisionView
from app.services.incident_devices import (
    CONTAINED,
    StateChange,
    incident_devices,
    state_history,
)
from app.services.incidents import current_decisions, decision_versions, find_incident_row


@dataclass
class StatusRow:
    unit: str  # "" when not known
    category: str  # a category code, "" when not known
    classes: Counter[int | None] = field(default_factory=Counter)  # None: not classified yet
    states: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.classes.values())


@dataclass(frozen=True)
class DeviceMetric:
    tag: str
    ir_class: int | None
    to_classification: timedelta | None
    to_containment: timedelta | None
    to_recovery: timedelta | None


def status_rollup(db: Database, key: str) -> list[StatusRow]:
    devices = incident_devices(db, key)
    with db.read() as session:
        incident = find_incident_row(session, key)
        decisions = current_decisions(session, incident.id)
    newest = _newest_by_device(decisions)
    rows: dict[tuple[str, str], StatusRow] = {}
    for member in devices:
        device = member.device
        decision = newest.get(device.id)
        unit = (decision.unit if decision and decision.unit else device.unit) or ""
        row = rows.setdefault((unit, device.category or ""), StatusRow(unit, device.category or ""))
        row.classes[decision.ir_class if decision else None] += 1
        row.states[member.state] += 1
    for decision in decisions:
        if decision.device_id is None:
            unit, category = decision.unit or "", decision.category or ""
            row = rows.setdefault((unit, category), StatusRow(unit, category))
            row.classes[decision.ir_class] += 1
            row.states["under_review"] += 1
    return [rows[k] for k in sorted(rows)]


def device_metrics(db: Database, key: str) -> list[DeviceMetric]:
    """Per device in scope, the times from T0 (None where a step has not happened)."""
    devices = incident_devices(db, key)
    with db.read() as session:
        incident = find_incident_row(session, key)
        t0 = datetime.fromisoformat(incident.t0)
        first_decision = _first_decision_times(session, incident.id)
        changes = state_history(session, incident.id)
        decisions = current_decisions(session, incident.id)
    newest = _newest_by_device(decisions)
    by_device: dict[str, list[StateChange]] = {}
    for change in changes:
        by_device.setdefault(change.device_id, []).append(change)
    metrics = []
    for member in devices:
        device_id = member.device.id
        own = by_device.get(device_id, [])
        contained = next((c.at for c in own if c.state in CONTAINED), None)
        restored = next((c.at for c in own if c.state == "restored"), None)
        decision = newest.get(device_id)
        metrics.append(
            DeviceMetric(
                tag=member.device.asset_tag,
                ir_class=decision.ir_class if decision else None,
                to_classification=_since(t0, first_decision.get(device_id)),
                to_containment=_since(t0, contained),
                to_recovery=_since(t0, restored),
            )
        )
    return metrics


def fleet_metrics(db: Database) -> dict[str, object]:
    """Across real (non-exercise) incidents: how many, and the median times per step."""
    with db.read() as session:
        real = [i.id for i in session.exec(select(Incident).where(Incident.exercise == False))]  # noqa: E712
    steps: dict[str, list[timedelta]] = {"classification": [], "containment": [], "recovery": []}
    for incident_id in real:
        for metric in device_metrics(db, incident_id):
            for name, value in (
                ("classification", metric.to_classification),
                ("containment", metric.to_containment),
                ("recovery", metric.to_recovery),
            ):
                if value is not None:
                    steps[name].append(value)
    return {
        "incidents": len(real),
        **{f"median_to_{name}": _median(values) for name, values in steps.items()},
    }


def _newest_by_device(decisions: list[DecisionView]) -> dict[str, DecisionView]:
    newest: dict[str, DecisionView] = {}
    for decision in decisions:  # oldest first, so the newest wins
        device_id = decision.device_id
        if device_id is not None:
            newest[device_id] = decision
    return newest


def _first_decision_times(session: Session, incident_id: str) -> dict[str, str]:
    first: dict[str, str] = {}
    for row in decision_versions(session, incident_id):  # oldest first
        if row.device_id is not None:
            first.setdefault(row.device_id, row.created_at)
    return first


def _since(t0: datetime, when: str | None) -> timedelta | None:
    if when is None:
        return None
    return datetime.fromisoformat(when) - t0


def _median(values: list[timedelta]) -> float | None:
    """Median in seconds (None when there are no values)."""
    if not values:
        return None
    ordered = sorted(v.total_seconds() for v in values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
