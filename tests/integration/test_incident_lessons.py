"""Lessons learned (PIR-01/02): the form, its before/after log, improvement actions."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from app.errors import BadInputError
from app.services import lessons as lessons_service
from app.services.incidents import create_incident
from app.services.lessons import add_action, get_lessons, save_lessons, set_action_status
from app.services.store import open_store


@pytest.fixture
def db(tmp_path):
    database = open_store(tmp_path / "mdir.sqlite3")
    yield database
    database.close()


@pytest.fixture
def incident(db):
    t0 = (datetime.now(UTC) - timedelta(days=3)).isoformat(timespec="seconds")
    return create_incident(db, name="Pump ransomware", t0=t0, source="SOC", by="Ken")


def events(db, incident_id, prefix):
    rows = (
        db.raw_reader()
        .execute(
            "SELECT kind, actor, payload FROM event WHERE entity = 'incident' AND entity_id = ? "
            "ORDER BY seq",
            (incident_id,),
        )
        .fetchall()
    )
    return [(k, a, json.loads(p)) for k, a, p in rows if k.startswith(prefix)]


def save(db, key, by="Ken", **answers):
    texts = {"what_happened": "", "what_worked": "", "what_did_not": "", **answers}
    return save_lessons(db, key, by=by, **texts)


def test_an_unsaved_form_is_empty(db, incident):
    form = get_lessons(db, incident.ref)
    assert (form.what_happened, form.what_worked, form.what_did_not) == ("", "", "")
    assert (form.updated_at, form.updated_by, form.actions) == (None, None, ())
    assert form.to_json()["actions"] == []


def test_saving_logs_before_and_after_of_the_changed_answers_only(db, incident):
    form = save(db, incident.ref, what_happened="Ransomware on 3 pumps", what_worked="Swap")
    assert (form.what_happened, form.what_worked, form.what_did_not) == (
        "Ransomware on 3 pumps",
        "Swap",
        "",
    )
    assert form.updated_by == "Ken"
    form = save(
        db,
        incident.ref,
        by="Mia",
        what_happened="Ransomware on 3 pumps",
        what_worked="Swap to spare pumps",
        what_did_not="Paper MAR ran out",
    )
    assert form.updated_by == "Mia"
    assert events(db, incident.id, "lessons.") == [
        (
            "lessons.saved",
            "Ken",
            {
                "before": {"what_happened": "", "what_worked": ""},
                "after": {"what_happened": "Ransomware on 3 pumps", "what_worked": "Swap"},
            },
        ),
        (
            "lessons.saved",
            "Mia",
            {
                "before": {"what_worked": "Swap", "what_did_not": ""},
                "after": {
                    "what_worked": "Swap to spare pumps",
                    "what_did_not": "Paper MAR ran out",
                },
            },
        ),
    ]


def test_saving_unchanged_text_logs_nothing(db, incident):
    save(db, incident.ref)  # an empty form saved before anything was written
    assert events(db, incident.id, "lessons.") == []
    assert get_lessons(db, incident.ref).updated_at is None
    first = save(db, incident.ref, what_happened="Line one\nLine two")
    again = save(db, incident.ref, by="Mia", what_happened="  Line one\r\nLine two \n")
    assert again.updated_by == "Ken" and again.updated_at == first.updated_at
    assert len(events(db, incident.id, "lessons.")) == 1


def test_answers_are_checked(db, incident):
    with pytest.raises(BadInputError, match=r"what worked is too long \(4001"):
        save(db, incident.ref, what_worked="x" * 4001)
    with pytest.raises(BadInputError, match="what did not work contains control characters"):
        save(db, incident.ref, what_did_not="bad\x00byte")
    with pytest.raises(BadInputError, match="name of the person is required"):
        save(db, incident.ref, by="  ", what_happened="x")
    assert save(db, incident.ref, what_worked="x" * 4000).what_worked == "x" * 4000


def test_actions_are_added_with_owner_and_due_date_and_logged(db, incident):
    action = add_action(
        db, incident.ref, action="Segment pump VLAN", owner="IT network", due="2026-12-15", by="Ken"
    )
    assert (action.action, action.owner, action.due, action.status) == (
        "Segment pump VLAN",
        "IT network",
        "2026-12-15",
        "open",
    )
    plain = add_action(db, incident.ref, action="Train charge nurses", owner="Educator", by="Mia")
    assert plain.due is None
    assert [a.id for a in get_lessons(db, incident.ref).actions] == [action.id, plain.id]
    assert events(db, incident.id, "lesson_action.") == [
        (
            "lesson_action.added",
            "Ken",
            {
                "action_id": action.id,
                "action": "Segment pump VLAN",
                "owner": "IT network",
                "due": "2026-12-15",
            },
        ),
        (
            "lesson_action.added",
            "Mia",
            {
                "action_id": plain.id,
                "action": "Train charge nurses",
                "owner": "Educator",
                "due": None,
            },
        ),
    ]
    assert action.to_json()["due"] == "2026-12-15"


@pytest.mark.parametrize("due", ["2026-02-30", "15/12/2026", "2026-12", "20261215", "tomorrow"])
def test_invalid_due_dates_are_refused_clearly(db, incident, due):
    with pytest.raises(BadInputError, match=rf"the due date '{due}' is not a date \(YYYY-MM-DD"):
        add_action(db, incident.ref, action="x", owner="y", due=due, by="Ken")
    assert get_lessons(db, incident.ref).actions == ()


def test_action_and_owner_are_required(db, incident):
    with pytest.raises(BadInputError, match="the action is required"):
        add_action(db, incident.ref, action=" ", owner="y", by="Ken")
    with pytest.raises(BadInputError, match="the owner of the action is required"):
        add_action(db, incident.ref, action="x", owner="", by="Ken")


def test_status_changes_are_logged_once_and_found_by_prefix(db, incident):
    action = add_action(db, incident.ref, action="Patch", owner="Biomed", due="2026-12-01", by="K")
    done = set_action_status(db, action.id[:8].upper(), "done", by="Mia")
    assert done.status == "done"
    assert set_action_status(db, action.id, "DONE", by="Mia").status == "done"  # no change
    reopened = set_action_status(db, action.id, "open", by="Ken")
    assert reopened.status == "open"
    assert [(a, p) for k, a, p in events(db, incident.id, "lesson_action.updated")] == [
        ("Mia", {"action_id": action.id, "action": "Patch", "status": "done"}),
        ("Ken", {"action_id": action.id, "action": "Patch", "status": "open"}),
    ]
    with pytest.raises(BadInputError, match="unknown action status 'cancelled'"):
        set_action_status(db, action.id, "cancelled", by="Ken")


def test_unknown_short_and_ambiguous_action_ids_are_refused(db, incident, monkeypatch):
    ids = iter(["1234abcd-0000-4000-8000-00000000000a", "1234abcd-0000-4000-8000-00000000000b"])
    monkeypatch.setattr(lessons_service, "_new_id", lambda: next(ids))
    add_action(db, incident.ref, action="A", owner="o", by="K")
    add_action(db, incident.ref, action="B", owner="o", by="K")
    with pytest.raises(BadInputError, match="matches 2 actions"):
        set_action_status(db, "1234abcd", "done", by="K")
    with pytest.raises(BadInputError, match="no action with id '1234abc'"):
        set_action_status(db, "1234abc", "done", by="K")
    with pytest.raises(BadInputError, match="no action with id 'ffffffff'"):
        set_action_status(db, "ffffffff", "done", by="K")
    assert (
        set_action_status(db, "1234abcd-0000-4000-8000-00000000000b", "done", by="K").action == "B"
    )


def test_overdue_means_open_after_the_due_date(db, incident):
    action = add_action(db, incident.ref, action="x", owner="y", due="2026-12-15", by="K")
    assert not action.overdue(date(2026, 12, 15))
    assert action.overdue(date(2026, 12, 16))
    assert not set_action_status(db, action.id, "done", by="K").overdue(date(2027, 1, 1))
    undated = add_action(db, incident.ref, action="z", owner="y", by="K")
    assert not undated.overdue(date(2099, 1, 1))


def test_lessons_and_actions_continue_after_the_incident_is_closed(db, incident):
    action = add_action(db, incident.ref, action="Patch", owner="Biomed", by="K")
    with db.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE incident SET status = 'closed' WHERE id = ?", (incident.id,)
        )
    form = save(db, incident.ref, what_happened="Late review")
    assert form.what_happened == "Late review"
    assert (
        add_action(db, incident.ref, action="Re-exercise", owner="IR lead", by="K").status == "open"
    )
    assert set_action_status(db, action.id, "done", by="K").status == "done"
    assert len(get_lessons(db, incident.id).actions) == 2


def test_unknown_incident_is_refused(db):
    with pytest.raises(BadInputError, match="no incident"):
        get_lessons(db, "INC-1999-0001")
    with pytest.raises(BadInputError, match="no incident"):
        add_action(db, "INC-1999-0001", action="x", owner="y", by="K")
