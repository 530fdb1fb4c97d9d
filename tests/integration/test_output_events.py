"""Every print and export leaves exactly one audit event (who, what, which file, where), written
after the file is complete; a write that fails leaves none."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import BadInputError
from app.services import output_log, printing
from app.services.audit import list_events, verify_audit
from app.services.authority import AuthenticatedUser
from app.services.clock import workstation_id
from app.services.contacts import export_contacts, import_contacts
from app.services.decisions import DecisionDraft, record_decision
from app.services.demo import populate_demo
from app.services.devices import list_units
from app.services.inventory_import import export_inventory
from app.services.output_log import log_output, os_account
from app.services.reference import load_reference
from app.services.store import open_store

REF = load_reference()
CONTACTS = Path(__file__).resolve().parents[1] / "fixtures" / "contacts" / "contacts.csv"
LEAD = AuthenticatedUser("u-lead", "lead", "Lee Leader", ("clinical_leader",))
ANSWERS = {
    "harm_now": "no",
    "implanted": "no",
    "offsite": "no",
    "multi_patient": "no",
    "patient_connected": "no",
    "network_clinical_impact": "yes",
}


@pytest.fixture
def db(tmp_path):
    database = open_store(tmp_path / "x.sqlite3")
    populate_demo(database, REF, devices=30)
    import_contacts(database, REF, CONTACTS)
    yield database
    database.close()


@pytest.fixture
def decision_id(db) -> str:
    draft = DecisionDraft(answers=dict(ANSWERS), recorded_by="Nurse N", role="charge_nurse")
    return record_decision(db, REF, draft).id


def outputs(db):
    return [e for e in list_events(db) if e.kind.startswith(("print.", "export."))]


def a_unit(db) -> str:
    return list_units(db)[0]


def test_each_print_and_export_appends_one_event(db, decision_id, tmp_path):
    unit = a_unit(db)
    cases = [
        ("print.contact_sheet", "contact", unit, "sheet.pdf", lambda out, by: (
            printing.print_contact_sheet(db, REF, unit, "en", "a4", out, by=by)
        )),
        ("print.decision", "decision", decision_id, "record.pdf", lambda out, by: (
            printing.print_decision(db, REF, decision_id, "ja", "letter", out, by=by)
        )),
        ("print.cards", "device", unit, "cards.pdf", lambda out, by: (
            printing.print_cards(db, REF, unit, "en", "a4", out, by=by)
        )),
        ("print.binder", "contact", "*", "binder.pdf", lambda out, by: (
            printing.print_binder(db, REF, None, "en", "a4", out, by=by)
        )),
        ("export.contacts", "contact", "*", "contacts.csv", lambda out, by: (
            export_contacts(db, out, by=by)
        )),
        ("export.inventory", "device", "*", "devices.xlsx", lambda out, by: (
            export_inventory(db, out, by=by)
        )),
        ("export.inventory", "device", "*", "devices.csv", lambda out, by: (
            export_inventory(db, out, by=by)
        )),
    ]  # fmt: skip
    for kind, entity, entity_id, name, make in cases:
        before = list_events(db)
        out = tmp_path / name
        make(out, "Nurse N")
        assert out.is_file() and out.stat().st_size > 0
        after = list_events(db)
        assert len(after) == len(before) + 1, kind
        event = after[-1]
        assert (event.kind, event.entity, event.entity_id) == (kind, entity, entity_id)
        assert event.payload["file"] == name
        assert event.payload["path"] == str(out.resolve())
        assert event.payload["os_account"] == os_account()
        assert event.actor == "Nurse N" and not event.authenticated
        assert event.workstation == workstation_id()
        assert event.sealed
    assert [e.kind for e in outputs(db)] == [c[0] for c in cases]
    assert verify_audit(db).intact


def test_the_events_carry_what_was_printed(db, decision_id, tmp_path):
    pages = printing.print_decision(db, REF, decision_id, "en", "a4", tmp_path / "r.pdf")
    [event] = outputs(db)
    assert event.payload["pages"] == pages
    assert event.payload["lang"] == "en" and event.payload["paper"] == "a4"
    assert event.payload["signoff_state"] == "awaiting" and event.payload["signatures"] == 0
    record = printing.decision_record(db, REF, decision_id, "en")
    assert event.payload["content_sha256"] == record.content_sha256
    assert event.payload["audit_head_seq"] == event.seq - 1  # the head printed on the paper

    count = export_contacts(db, tmp_path / "c.csv")
    assert outputs(db)[-1].payload["rows"] == count
    count = export_inventory(db, tmp_path / "d.csv")
    assert outputs(db)[-1].payload["rows"] == count == 30
    assert outputs(db)[-1].payload["format"] == "csv"


def test_by_none_is_the_operating_system_account_and_a_user_is_authenticated(db, tmp_path):
    unit = a_unit(db)
    printing.print_cards(db, REF, unit, "en", "a4", tmp_path / "a.pdf")
    printing.print_cards(db, REF, unit, "en", "a4", tmp_path / "b.pdf", by=LEAD)
    printing.print_cards(db, REF, unit, "en", "a4", tmp_path / "c.pdf", by="  ")
    anonymous, signed_in, blank = outputs(db)
    assert anonymous.actor == os_account() and not anonymous.authenticated
    assert anonymous.actor_role is None
    assert anonymous.actor_text == f"unauthenticated: {os_account()}"
    assert signed_in.actor == "lead" and signed_in.authenticated
    assert signed_in.actor_role == "clinical_leader"
    assert blank.actor == os_account() and not blank.authenticated
    assert [e.entity_id for e in outputs(db)] == [unit] * 3


def test_os_account_falls_back_to_unknown(monkeypatch):
    def fail() -> str:
        raise OSError("no user name")

    monkeypatch.setattr(output_log.getpass, "getuser", fail)
    assert os_account() == "unknown"


def test_failed_writes_append_no_event(db, decision_id, tmp_path):
    unit = a_unit(db)
    missing = tmp_path / "no-such-folder"
    attempts = [
        lambda: printing.print_contact_sheet(db, REF, unit, "en", "a4", missing / "s.pdf"),
        lambda: printing.print_decision(db, REF, decision_id, "en", "a4", missing / "r.pdf"),
        lambda: printing.print_cards(db, REF, unit, "en", "a4", missing / "c.pdf"),
        lambda: printing.print_binder(db, REF, unit, "en", "a4", missing / "b.pdf"),
        lambda: export_contacts(db, missing / "c.csv"),
        lambda: export_inventory(db, missing / "d.csv"),
        lambda: export_inventory(db, missing / "d.xlsx"),
        lambda: export_contacts(db, tmp_path / "c.txt"),  # wrong extension
        lambda: export_inventory(db, tmp_path / "d.txt"),
        lambda: printing.print_decision(db, REF, decision_id, "xx", "a4", tmp_path / "r.pdf"),
        lambda: printing.print_cards(db, REF, unit, "en", "a5", tmp_path / "c.pdf"),
    ]
    before = len(list_events(db))
    for attempt in attempts:
        with pytest.raises(BadInputError):
            attempt()
    assert len(list_events(db)) == before
    assert not missing.exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("x.sqlite3")] == []


def test_a_render_that_fails_midway_appends_no_event(db, decision_id, tmp_path, monkeypatch):
    import app.reports.decision_record as renderer

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(renderer, "_story", broken)
    before = len(list_events(db))
    with pytest.raises(RuntimeError):
        printing.print_decision(db, REF, decision_id, "en", "a4", tmp_path / "r.pdf")
    assert len(list_events(db)) == before
    assert not (tmp_path / "r.pdf").exists()


def test_an_output_the_trail_cannot_record_is_removed(db, decision_id, tmp_path, monkeypatch):
    def locked(*args: object, **kwargs: object) -> int:
        raise BadInputError("the database is locked")

    monkeypatch.setattr(output_log, "log_output", locked)
    before = len(list_events(db))
    with pytest.raises(BadInputError, match="locked"):
        printing.print_decision(db, REF, decision_id, "en", "a4", tmp_path / "r.pdf")
    with pytest.raises(BadInputError, match="locked"):
        export_contacts(db, tmp_path / "c.csv")
    assert len(list_events(db)) == before
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "c.csv").exists()


def test_log_output_refuses_other_kinds(db):
    with pytest.raises(BadInputError):
        log_output(db, kind="decision.signed", entity="decision", entity_id="x", file_name="f")
    seq = log_output(db, kind="print.decision", entity="decision", entity_id="x", file_name="f")
    assert list_events(db)[-1].seq == seq
