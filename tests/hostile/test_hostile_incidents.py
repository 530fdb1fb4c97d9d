"""Hostile input to the incident services: random and nasty text in every field people type
(names, sources, T0, units, entries, positions, notes, checklist ids, evidence locations, TLP).

Every call either succeeds or raises BadInputError with a one-line message; a refused call writes
nothing (the incident tables and the event log keep their row counts).
"""

from __future__ import annotations

import sqlite3

import pytest
from hostile_helpers import FUZZ, one_line
from hypothesis import given
from hypothesis import strategies as st

from app.errors import BadInputError
from app.services import incident_checklist, incident_devices, incident_timeline, incidents, sharing
from app.services.playbook import load_playbook
from app.services.reference import load_reference

TABLES = ("incident", "incident_device", "incident_device_state", "incident_check", "incident_entry",
          "event")  # fmt: skip
NASTY = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "a\x1bb",
            "\u202eevil",
            "=cmd|' /C calc'!A0",
            "../../etc/passwd",
            "𝕏" * 300,
            "x" * 5000,
            "2026-02-30T08:00",
            "2026-11-26T25:00",
            "9999-12-31T23:59:59+14:00",
            "0001-01-01T00:00",
            "-1",
            "NaN",
            "\ud800",
        ]
    ),
)


def counts(db) -> dict[str, int]:
    with sqlite3.connect(f"file:{db.path}?mode=ro", uri=True) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def attempt(db, call, *args, **kwargs) -> bool:
    """Run ``call``: True when it succeeded; on refusal, a one-line message and nothing written."""
    before = counts(db)
    try:
        call(*args, **kwargs)
    except BadInputError as exc:
        one_line(exc.message)
        assert counts(db) == before
        return False
    return True


@pytest.fixture
def incident(db):
    return incidents.create_incident(
        db, name="Hostile", t0="2026-11-20T08:00+09:00", source="test", by="tester"
    )


@FUZZ
@given(name=NASTY, t0=NASTY, source=NASTY, severity=NASTY, unit=NASTY, by=NASTY)
def test_creating_an_incident(db, name, t0, source, severity, unit, by):
    attempt(
        db,
        incidents.create_incident,
        db,
        name=name,
        t0=t0,
        source=source,
        severity=severity,
        units=[unit],
        by=by,
    )


@FUZZ
@given(key=NASTY, what=NASTY, at=NASTY, position=NASTY, by=NASTY)
def test_timeline_entries_and_lookups(db, incident, key, what, at, position, by):
    attempt(
        db, incident_timeline.add_entry, db, incident.ref, what, by=by, at=at, position=position
    )
    attempt(db, incidents.get_incident, db, key)
    attempt(db, incidents.link_decision, db, incident.ref, key)
    attempt(db, incidents.update_incident, db, incident.ref, name=key, units=[what])


@FUZZ
@given(item=NASTY, status=NASTY, note=NASTY, tag=NASTY, state=NASTY, tlp=NASTY)
def test_checks_states_and_tlp(db, incident, tmp_path, item, status, note, tag, state, tlp):
    catalog = load_playbook().checklists
    attempt(db, incident_checklist.set_check, db, catalog, incident.ref, item, status, note=note)
    attempt(db, incident_devices.set_device_state, db, incident.ref, tag, state, note=note)
    attempt(db, incident_devices.add_devices, db, incident.ref, [tag], reason=note)
    out = tmp_path / "share.json"
    if attempt(db, sharing.export_share, db, load_reference(), incident.ref, out, tlp=tlp):
        out.unlink()  # the next example writes it again
