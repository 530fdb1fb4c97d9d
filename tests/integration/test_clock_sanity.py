"""Clock sanity: events are ordered by sequence; a clock set back is noted in the trail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.database.events import CLOCK_BACKWARDS, append_event
from app.services.audit import list_events, verify_audit
from app.services.clock import clock_behind
from app.services.store import open_store


@pytest.fixture
def db(tmp_path):
    database = open_store(tmp_path / "clock.sqlite3")
    yield database
    database.close()


def add(db, at: datetime, kind: str = "test.event") -> None:
    with db.write() as session:
        append_event(
            session,
            at=at.isoformat(timespec="microseconds"),
            kind=kind,
            entity="test",
            entity_id="1",
            actor="tester",
            workstation="ws",
            payload={},
        )


def test_a_clock_set_back_is_recorded_before_the_event(db):
    now = datetime.now(UTC)
    add(db, now)
    add(db, now - timedelta(seconds=30))  # two programs racing: within the tolerance
    assert [e.kind for e in list_events(db)] == ["test.event", "test.event"]
    add(db, now - timedelta(hours=3))
    events = list_events(db)
    assert [e.kind for e in events] == ["test.event"] * 2 + [CLOCK_BACKWARDS, "test.event"]
    note = events[2]
    assert note.actor == "system" and note.payload["newest_event_at"] == events[1].at
    assert [e.seq for e in events] == [1, 2, 3, 4]  # the sequence, not the time, orders them
    add(db, now - timedelta(hours=3) + timedelta(seconds=1))  # after the step: no new note
    assert [e.kind for e in list_events(db)].count(CLOCK_BACKWARDS) == 1
    assert verify_audit(db).intact


def test_clock_behind_tells_the_gui(db):
    assert clock_behind(db) is None
    add(db, datetime.now(UTC))
    assert clock_behind(db) is None
    future = datetime.now(UTC) + timedelta(days=1)
    add(db, future)
    assert clock_behind(db) == future.isoformat(timespec="microseconds")
