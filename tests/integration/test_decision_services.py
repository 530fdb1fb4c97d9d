"""Recording and reading decisions through the services, on a real migrated database."""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import select

from app.database.db import open_database
from app.database.events import verify_chain
from app.database.tables import Event
from app.errors import BadInputError
from app.services.decisions import DecisionDraft, get_decision, list_decisions, record_decision
from app.services.demo import demo_devices, populate_demo
from app.services.devices import count_devices, find_device, list_units
from app.services.reference import load_reference

REF = load_reference()
VENTILATOR = {
    "harm_now": "no",
    "implanted": "no",
    "offsite": "no",
    "patient_connected": "yes",
    "removal": "dependent",
}


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "mdir.sqlite3")
    populate_demo(database, REF, devices=50)
    yield database
    database.close()


def draft(**changes) -> DecisionDraft:
    values = {"answers": dict(VENTILATOR), "recorded_by": "Aiko Sato", "role": "charge_nurse"}
    values.update(changes)
    return DecisionDraft(**values)


def test_round_trip_of_a_decision_with_a_device(db):
    saved = record_decision(
        db,
        REF,
        draft(
            device_tag=" MD-00002\n",
            note="line 1\nline 2",
            incident_id="INC-7",
            answers={**VENTILATOR, "multi_patient": "yes"},
        ),
    )
    assert uuid.UUID(saved.id).version == 4
    again = get_decision(db, saved.id)
    assert again == saved
    assert saved.ir_class == 5
    assert saved.device_tag == "MD-00002"
    device = find_device(db, "MD-00002")
    assert saved.unit == device.unit and saved.category == device.category
    assert saved.note == "line 1\nline 2"
    assert saved.incident_id == "INC-7"
    assert [s.question for s in saved.path] == list(VENTILATOR)
    assert saved.answers["multi_patient"] == "yes"  # kept, though off the path
    assert saved.also_matches == (4,)
    assert saved.tree_sha256 == REF.tree.sha256 and saved.tree_version == REF.tree.version
    assert saved.authenticated is False
    assert saved.workstation


def test_each_decision_writes_one_chained_event(db):
    record_decision(db, REF, draft())
    record_decision(db, REF, draft(category="ventilator"))
    with db.read() as session:
        kinds = [e.kind for e in session.exec(select(Event).order_by(Event.seq))]
        assert kinds.count("decision.recorded") == 2
        assert verify_chain(session) is None


def test_list_is_newest_first(db):
    first = record_decision(db, REF, draft(recorded_by="First"))
    second = record_decision(db, REF, draft(recorded_by="Second"))
    assert [d.id for d in list_decisions(db)][:2] == [second.id, first.id]


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"answers": {"harm_now": "no"}}, "incomplete: 'implanted' still needs an answer"),
        ({"role": "janitor"}, "unknown role 'janitor'"),
        ({"recorded_by": "   "}, "the name of the person recording is required"),
        ({"device_tag": "MD-99999"}, "no device with asset tag 'MD-99999'"),
        ({"device_tag": "MD-00001", "category": "ventilator"}, "either a device tag or a category"),
        ({"category": "toaster"}, "unknown device category 'toaster'"),
        ({"note": "x" * 2001}, "note is too long"),
        ({"unit": "ICU\x00"}, "control characters"),
        ({"answers": {**VENTILATOR, "removal": "sometimes"}}, "'sometimes' is not an answer"),
    ],
)
def test_bad_drafts_are_refused_and_nothing_is_written(db, changes, fragment):
    with pytest.raises(BadInputError, match=fragment):
        record_decision(db, REF, draft(**changes))
    assert list_decisions(db) == []


def test_unknown_id_is_a_clear_error(db):
    with pytest.raises(BadInputError, match="no decision with id 'nope'"):
        get_decision(db, "nope")


def test_device_lookup_tolerates_scanner_whitespace_and_case(db):
    assert find_device(db, "md-00003\r\n").asset_tag == "MD-00003"
    assert find_device(db, "") is None
    assert find_device(db, "NOPE") is None


def test_demo_is_deterministic_and_idempotent(tmp_path, db):
    assert demo_devices(20) == demo_devices(40)[:20]
    summary = populate_demo(db, REF, devices=60)
    assert (summary.added, summary.already_present) == (10, 50)
    assert count_devices(db) == 60
    assert set(list_units(db)) <= {
        "ICU",
        "ED",
        "OR",
        "WARD-3A",
        "WARD-4B",
        "NICU",
        "RADIOLOGY",
        "LAB",
        "DIALYSIS",
        "HOME-CARE",
    }
    other = open_database(tmp_path / "other.sqlite3")
    populate_demo(other, REF, devices=60)

    def content(view):
        return {k: v for k, v in view.record.items() if k not in ("created_at", "updated_at")}

    assert content(find_device(other, "MD-00042")) == content(find_device(db, "MD-00042"))
    other.close()
    with pytest.raises(BadInputError, match="between 1 and 100000"):
        populate_demo(db, REF, devices=0)


def test_the_default_demo_has_every_category_of_a_real_mix(db):
    categories = {d["category"] for d in demo_devices(300)}
    assert {
        "infusion_pump",
        "patient_monitor",
        "ventilator",
        "pacs",
        "implant",
        "home_telehealth",
    } <= categories


def test_answer_sources_are_recorded(db):
    saved = record_decision(db, REF, draft(answer_sources={"implanted": "inventory"}))
    assert saved.answer_sources["implanted"] == "inventory"
    assert saved.answer_sources["removal"] == "person"
    assert get_decision(db, saved.id).answer_sources == saved.answer_sources
    with pytest.raises(BadInputError, match="unknown answer source 'guess'"):
        record_decision(db, REF, draft(answer_sources={"implanted": "guess"}))
    with pytest.raises(BadInputError, match="'multi_patient', which has no answer"):
        record_decision(db, REF, draft(answer_sources={"multi_patient": "inventory"}))
