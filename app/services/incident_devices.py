"""The devices in an incident's scope: adding them (one by one, or every device sharing a model,
firmware or software component with one already in scope) and their state over time.

States (HICS 251 roll-up, DOMAIN.md §3.1): under review (in scope, nothing done yet), isolated,
running on compensations, restored, not affected. The state history is append-only; the newest
row is the current state and the rows together give the per-device metrics.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.database.db import Database
from app.database.tables import IncidentDevice, IncidentDeviceState
from app.errors import BadInputError, Listing, Message
from app.services.authority import AuthenticatedUser
from app.services.clock import utc_now_iso
from app.services.composition import affected_devices
from app.services.devices import DEVICE_SELECT, DeviceView, get_device, view_of_row
from app.services.incident_input import actor_of, iso, line, parse_time, shown, text
from app.services.incidents import find_incident_row, log_incident_event, require_open

DEVICE_STATES = ("under_review", "isolated", "compensated", "restored", "not_affected")
CONTAINED = ("isolated", "compensated")
SCOPE_BY = ("model", "firmware", "component")
MAX_ADD = 20000


@dataclass(frozen=True)
class IncidentDeviceView:
    device: DeviceView
    added_at: str
    added_by: str
    reason: str
    state: str
    state_at: str | None
    state_by: str | None


@dataclass(frozen=True)
class StateChange:
    device_id: str
    state: str
    at: str
    by: str
    note: str | None


def add_devices(
    db: Database,
    key: str,
    tags: list[str],
    *,
    reason: str = "manual",
    by: str | AuthenticatedUser | None = None,
) -> int:
    """Add devices by asset tag in one transaction (all or none); returns how many were new."""
    actor = actor_of(by)
    clean_reason = line(reason, Message("field.reason"), required=True) or "manual"
    devices = [get_device(db, tag) for tag in tags]
    if not devices:
        raise BadInputError(Message("incident_devices.no_devices_given"))
    if len(devices) > MAX_ADD:
        raise BadInputError(
            Message("incident_devices.too_many_devices_once", count=len(devices), max_add=MAX_ADD)
        )
    now = utc_now_iso()
    with db.write() as session:
        incident = find_incident_row(session, key)
        require_open(incident)
        added = [
            d for d in devices if _add(session, incident.id, d.id, actor.name, now, clean_reason)
        ]
        if added:
            log_incident_event(
                session,
                incident.id,
                "incident.devices_added",
                actor,
                now,
                {"reason": clean_reason, "devices": sorted({d.asset_tag for d in added})},
            )
    return len({d.id for d in added})


def _add(
    session: Session, incident_id: str, device_id: str, by: str, now: str, reason: str
) -> bool:
    if session.get(IncidentDevice, (incident_id, device_id)) is not None:
        return False
    session.add(
        IncidentDevice(
            incident_id=incident_id, device_id=device_id, added_at=now, added_by=by, reason=reason
        )
    )
    session.flush()
    return True


def scope_candidates(
    db: Database,
    key: str,
    tag: str,
    by: str,
    component: str | None = None,
    version: str | None = None,
) -> tuple[list[DeviceView], str]:
    """Devices not yet in the incident that share ``by`` (model, firmware or a software
    component) with the device ``tag``; and the reason to record when they are added."""
    if by not in SCOPE_BY:
        raise BadInputError(Message("incident_devices.unknown_scope_model_firmware", by=shown(by)))
    device = get_device(db, tag)
    in_scope = {d.device.id for d in incident_devices(db, key)}
    if by == "component":
        wanted = line(component, Message("field.component"), required=True) or ""
        found = [a.device for a in affected_devices(db, wanted, version)]
        reason = f"component {wanted}" + (f" {version}" if version else "")
    else:
        model = device.model
        if not model:
            raise BadInputError(
                Message("incident_devices.device_no_model_inventory", asset_tag=device.asset_tag)
            )
        sql = f"{DEVICE_SELECT} WHERE d.model = ? COLLATE NOCASE"
        params: tuple[str, ...] = (model,)
        reason = f"same model {model}"
        if by == "firmware":
            firmware = device.record.get("firmware_version")
            if not firmware:
                raise BadInputError(
                    Message(
                        "incident_devices.device_no_firmware_version", asset_tag=device.asset_tag
                    )
                )
            sql += " AND d.firmware_version = ? COLLATE NOCASE"
            params = (model, str(firmware))
            reason = f"same model {model}, firmware {firmware}"
        found = [view_of_row(row) for row in db.raw_reader().execute(sql, params).fetchall()]
    unique = {d.id: d for d in found if d.id not in in_scope and d.id != device.id}
    return sorted(unique.values(), key=lambda d: d.asset_tag), reason


def reason_parts(reason: str) -> tuple[str, dict[str, str]]:
    """A recorded reason read back as (kind, values) so that screens can word it in their
    language: ("manual"|"decision", {}), ("model", {model}), ("firmware", {model, firmware}),
    ("component", {component}), or ("other", {text}) for a reason typed by hand."""
    if reason in ("manual", "decision"):
        return reason, {}
    if reason.startswith("same model "):
        model, sep, firmware = reason.removeprefix("same model ").partition(", firmware ")
        return (
            ("firmware", {"model": model, "firmware": firmware})
            if sep
            else ("model", {"model": model})
        )
    if reason.startswith("component "):
        return "component", {"component": reason.removeprefix("component ")}
    return "other", {"text": reason}


def set_device_state(
    db: Database,
    key: str,
    tag: str,
    state: str,
    *,
    by: str | AuthenticatedUser | None = None,
    note: str | None = None,
    at: str | None = None,
) -> IncidentDeviceView:
    """Record a device's new state in the incident (it must be in scope)."""
    actor = actor_of(by)
    if state not in DEVICE_STATES:
        raise BadInputError(
            Message(
                "incident_devices.unknown_state_states",
                state=shown(state),
                device_states=Listing(DEVICE_STATES),
            )
        )
    clean_note = text(note, Message("field.note"))
    when = iso(parse_time(at, Message("field.time"))) if at else utc_now_iso()
    device = get_device(db, tag)
    now = utc_now_iso()
    with db.write() as session:
        incident = find_incident_row(session, key)
        require_open(incident)
        if session.get(IncidentDevice, (incident.id, device.id)) is None:
            raise BadInputError(
                Message(
                    "incident_devices.device_not_incident_add",
                    asset_tag=device.asset_tag,
                    incident=incident.ref,
                )
            )
        session.add(
            IncidentDeviceState(
                incident_id=incident.id,
                device_id=device.id,
                state=state,
                at=when,
                by=actor.name,
                note=clean_note,
            )
        )
        log_incident_event(
            session,
            incident.id,
            "incident.device_state",
            actor,
            now,
            {"device": device.asset_tag, "state": state, "at": when, "note": clean_note},
        )
        incident_id = incident.id
    return next(d for d in incident_devices(db, incident_id) if d.device.id == device.id)


def incident_devices(db: Database, key: str) -> list[IncidentDeviceView]:
    """The devices in scope with their current state, by asset tag."""
    with db.read() as session:
        incident = find_incident_row(session, key)
        members = session.exec(
            select(IncidentDevice).where(IncidentDevice.incident_id == incident.id)
        ).all()
        latest = {c.device_id: c for c in state_history(session, incident.id)}
    ids = [m.device_id for m in members]
    devices = _devices_by_id(db, ids)
    views = []
    for member in members:
        change = latest.get(member.device_id)
        views.append(
            IncidentDeviceView(
                device=devices[member.device_id],
                added_at=member.added_at,
                added_by=member.added_by,
                reason=member.reason,
                state=change.state if change else "under_review",
                state_at=change.at if change else None,
                state_by=change.by if change else None,
            )
        )
    return sorted(views, key=lambda v: v.device.asset_tag)


def state_history(session: Session, incident_id: str) -> list[StateChange]:
    """Every state change in the incident, in the order recorded."""
    rows = session.exec(
        select(IncidentDeviceState)
        .where(IncidentDeviceState.incident_id == incident_id)
        .order_by(col(IncidentDeviceState.id))
    ).all()
    return [StateChange(r.device_id, r.state, r.at, r.by, r.note) for r in rows]


def _devices_by_id(db: Database, ids: list[str]) -> dict[str, DeviceView]:
    found: dict[str, DeviceView] = {}
    conn = db.raw_reader()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"{DEVICE_SELECT} WHERE d.id IN ({marks})", chunk).fetchall():
            view = view_of_row(row)
            found[view.id] = view
    return found
