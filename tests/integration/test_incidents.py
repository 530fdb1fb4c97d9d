"""Incident services without Qt: identity, linking, scope, states, roll-up, metrics, timeline."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from accounts_helpers import CLASS_ANSWERS

from app.errors import BadInputError
from app.services import incident_devices as scope
from app.services import incident_status, incident_timeline, incidents
from app.services.decisions import DecisionDraft
from app.services.demo import populate_demo
from app.services.reference import load_reference
from app.services.store import open_store

T0 = "2026-11-20T08:00:00+09:00"


@pytest.fixture
def db(tmp_path):
    store = open_store(tmp_path / "incidents.sqlite3")
    populate_demo(store, load_reference(), 60)
    yield store
    store.close()


@pytest.fixture
def reference():
    return load_reference()


def new(db, **more):
    values = {"name": "Pump fleet", "t0": T0, "source": "vendor advisory", "by": "Rin"} | more
    return incidents.create_incident(db, **values)


def record(db, reference, incident, tag, ir_class=3, supersedes=None):
    draft = DecisionDraft(
        answers=CLASS_ANSWERS[ir_class],
        recorded_by="Aiko",
        role="charge_nurse",
        device_tag=tag,
        incident_id=incident,
        supersedes=supersedes,
    )
    return incidents.record_in_incident(db, reference, draft)


def events(db, kind):
    rows = db.raw_reader().execute("SELECT payload FROM event WHERE kind = ? ORDER BY seq", (kind,))
    return [json.loads(r[0]) for r in rows.fetchall()]


def test_references_count_per_year_and_kind_and_find_by_ref_or_id(db):
    first, second = new(db), new(db)
    drill = new(db, exercise=True)
    year = datetime.now(UTC).year
    assert (first.ref, second.ref, drill.ref) == (
        f"INC-{year}-0001",
        f"INC-{year}-0002",
        f"EX-{year}-0001",
    )
    assert incidents.get_incident(db, first.ref.lower()).id == first.id
    assert incidents.get_incident(db, first.id[:8]).id == first.id
    with pytest.raises(BadInputError, match="no incident"):
        incidents.get_incident(db, "INC-1990-0001")
    assert next(i.ref for i in incidents.list_incidents(db)) == drill.ref  # newest first


def test_t0_without_offset_is_local_time_and_the_future_is_refused(db):
    local = new(db, t0="2026-11-20T08:00")
    assert (
        datetime.fromisoformat(local.t0).utcoffset()
        == datetime(2026, 11, 20, 8).astimezone().utcoffset()
    )
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    with pytest.raises(BadInputError, match="future"):
        new(db, t0=tomorrow)
    with pytest.raises(BadInputError, match="control characters"):
        new(db, name="bad\x07name")


def test_updates_log_before_and_after_and_closed_incidents_stay_closed(db):
    incident = new(db)
    incidents.update_incident(
        db, incident.ref, by="Rin", severity="High", units=["ICU", "ICU", "ED"]
    )
    changed = incidents.get_incident(db, incident.ref)
    assert (changed.severity, changed.units) == ("high", ("ICU", "ED"))
    logged = events(db, "incident.updated")[-1]
    assert logged["before"]["severity"] is None and logged["after"]["severity"] == "high"
    with pytest.raises(BadInputError, match="nothing to change"):
        incidents.update_incident(db, incident.ref, by="Rin")
    with pytest.raises(BadInputError, match="unknown phase"):
        incidents.update_incident(db, incident.ref, phase="lunch")


def test_decisions_link_once_and_newer_versions_follow(db, reference):
    first, other = new(db), new(db)
    decision = record(db, reference, first.ref, "MD-00001")
    assert decision.incident_id == first.ref  # the reference people read, on paper too
    assert not incidents.link_decision(db, first.ref, decision.id, by="Rin")  # already in it
    with pytest.raises(BadInputError, match=f"already belongs to incident {first.ref}"):
        incidents.link_decision(db, other.ref, decision.id, by="Rin")
    newer = record(db, reference, None, "MD-00001", ir_class=2, supersedes=decision.id)
    current = incidents.incident_decisions(db, first.ref)
    assert [d.id for d in current] == [newer.id] and current[0].ir_class == 2
    # The older version cannot be put into another incident either (it is the same decision).
    with pytest.raises(BadInputError, match="already belongs"):
        incidents.link_decision(db, other.ref, newer.id)


def test_recording_is_never_blocked_by_an_unknown_or_closed_incident(db, reference):
    saved = record(db, reference, "INC-1999-0042", "MD-00001")
    assert saved.incident_id == "INC-1999-0042"  # kept as typed, not linked
    assert incidents.incidents_of_decisions(db, [saved.id]) == {}
    _, why = incidents.incident_for_recording(db, "INC-1999-0042")
    assert "no incident 'INC-1999-0042'" in why
    incident = new(db)
    with sqlite3.connect(db.path) as raw:  # closed by hand: closing needs sign-offs and a leader
        raw.execute("UPDATE incident SET status = 'closed' WHERE id = ?", (incident.id,))
    saved = record(db, reference, incident.ref, "MD-00002")
    assert (
        saved.incident_id == incident.ref and incidents.incident_decisions(db, incident.ref) == []
    )
    assert "is closed" in incidents.incident_for_recording(db, incident.ref)[1]


def test_scope_by_model_and_firmware_then_states(db, reference):
    incident = new(db)
    record(db, reference, incident.ref, "MD-00001")
    devices, reason = scope.scope_candidates(db, incident.ref, "MD-00001", "model")
    model = (
        db.raw_reader().execute("SELECT model FROM device WHERE asset_tag='MD-00001'").fetchone()[0]
    )
    same = db.raw_reader().execute(
        "SELECT asset_tag FROM device WHERE model = ? AND asset_tag != 'MD-00001'", (model,)
    )
    assert sorted(d.asset_tag for d in devices) == sorted(r[0] for r in same.fetchall())
    assert reason == f"same model {model}"
    assert scope.add_devices(
        db, incident.ref, [d.asset_tag for d in devices], reason=reason
    ) == len(devices)
    assert (
        scope.scope_candidates(db, incident.ref, "MD-00001", "model")[0] == []
    )  # all in scope now
    with pytest.raises(BadInputError, match="not in incident"):
        scope.set_device_state(db, incident.ref, _outside(db, incident.ref), "isolated")
    scope.set_device_state(db, incident.ref, "MD-00001", "isolated", by="Ben", note="port shut")
    view = next(
        d for d in scope.incident_devices(db, incident.ref) if d.device.asset_tag == "MD-00001"
    )
    assert (view.state, view.state_by) == ("isolated", "Ben")
    with pytest.raises(sqlite3.IntegrityError), sqlite3.connect(db.path) as raw:
        raw.execute("UPDATE incident_device_state SET state = 'restored'")


def test_rollup_and_metrics_from_t0(db, reference):
    now = datetime.now(UTC).replace(microsecond=0)
    t0 = now - timedelta(hours=5)
    incident = new(db, t0=t0.isoformat())
    record(db, reference, incident.ref, "MD-00001", ir_class=3)
    scope.add_devices(db, incident.ref, ["MD-00002"])
    scope.set_device_state(db, incident.ref, "MD-00001", "compensated", at=at(t0, 1))
    scope.set_device_state(db, incident.ref, "MD-00001", "isolated", at=at(t0, 2))
    scope.set_device_state(db, incident.ref, "MD-00001", "restored", at=at(t0, 4))
    metrics = {m.tag: m for m in incident_status.device_metrics(db, incident.ref)}
    assert metrics["MD-00001"].to_containment == timedelta(hours=1)
    assert metrics["MD-00001"].to_recovery == timedelta(hours=4)
    assert metrics["MD-00001"].to_classification > timedelta(hours=4, minutes=59)
    assert metrics["MD-00002"] == incident_status.DeviceMetric("MD-00002", None, None, None, None)
    rows = incident_status.status_rollup(db, incident.ref)
    assert sum(r.total for r in rows) == 2
    counted = sum((r.classes for r in rows), start=type(rows[0].classes)())
    assert counted[3] == 1 and counted[None] == 1
    states = sum((r.states for r in rows), start=type(rows[0].states)())
    assert states["restored"] == 1 and states["under_review"] == 1
    # Exercises never count in real metrics.
    drill = new(db, exercise=True, t0=t0.isoformat())
    record(db, reference, drill.ref, "MD-00003", ir_class=1)
    assert incident_status.fleet_metrics(db)["incidents"] == 1


def test_timeline_reads_the_trail_and_manual_entries_in_both_languages(db, reference):
    incident = new(db)
    record(db, reference, incident.ref, "MD-00001")
    incident_timeline.add_entry(
        db, incident.ref, "Switch port 12 shut", by="Ben", position="Network"
    )
    items = incident_timeline.timeline(db, incident.ref)
    kinds = [i.kind for i in items]
    # Recorded into the incident: one line says both (the link event stays on the trail).
    assert kinds[:2] == ["incident.created", "decision.recorded"]
    assert "incident.decision_linked" not in kinds
    assert kinds.count("entry") == 1 and "incident.entry" not in kinds
    ja = [i.text("ja") for i in items]
    assert ja[0].startswith("インシデント登録") and "MD-00001 の判定を記録: クラス 3" in ja
    assert items[1].text("en") == "Decision recorded on MD-00001: class 3"
    assert incident_timeline.people(db, incident.ref) == ["Aiko", "Ben", "Rin"]
    recorded = next(i for i in items if i.kind == "decision.recorded")
    names = {r.code: r.name for r in reference.roles.roles}
    assert recorded.position_text(reference, "ja") == names["charge_nurse"].get("ja")
    manual = next(i for i in items if i.kind == "entry")
    assert manual.position_text(reference, "ja") == "Network"  # typed: kept as typed
    assert [i.who for i in incident_timeline.timeline(db, incident.ref, person="BEN")] == ["Ben"]
    with pytest.raises(BadInputError, match="entry is required"):
        incident_timeline.add_entry(db, incident.ref, "   ")
    earlier = record(db, reference, None, "MD-00002")  # recorded outside, added later
    incidents.link_decision(db, incident.ref, earlier.id, by="Rin")
    texts = [i.text("en") for i in incident_timeline.timeline(db, incident.ref)]
    assert "Decision on MD-00002 added (class 3)" in texts


def at(t0, hours):
    return (t0 + timedelta(hours=hours)).isoformat()


def _outside(db, key):
    inside = {d.device.asset_tag for d in scope.incident_devices(db, key)}
    rows = db.raw_reader().execute("SELECT asset_tag FROM device ORDER BY asset_tag").fetchall()
    return next(r[0] for r in rows if r[0] not in inside)


def test_scope_reasons_read_back_for_the_screens():
    assert scope.reason_parts("manual") == ("manual", {})
    assert scope.reason_parts("same model LVP-500") == ("model", {"model": "LVP-500"})
    assert scope.reason_parts("same model LVP-500, firmware 2.1") == (
        "firmware",
        {"model": "LVP-500", "firmware": "2.1"},
    )
    assert scope.reason_parts("component openssl 1.0.2k") == (
        "component",
        {"component": "openssl 1.0.2k"},
    )
    assert scope.reason_parts("vendor advisory 42") == ("other", {"text": "vendor advisory 42"})
