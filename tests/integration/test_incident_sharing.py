"""The incident share package (SHR-01, TLP 2.0): what it holds, what it never holds (people,
patients, places, typed text), the TLP marking, exercises, and the atomic, logged export."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta

import pytest
from accounts_helpers import CLASS_ANSWERS

from app.domain.checklists import load_checklists
from app.errors import BadInputError
from app.paths import data_dir
from app.services import sharing
from app.services.clock import utc_now_iso
from app.services.decisions import DecisionDraft
from app.services.devices import get_device
from app.services.evidence import add_evidence, list_evidence, transfer_evidence
from app.services.incident_checklist import set_check
from app.services.incident_devices import add_devices, set_device_state
from app.services.incident_timeline import add_entry, timeline
from app.services.incidents import create_incident, record_in_incident, update_incident
from app.services.inventory import upsert_records
from app.services.lessons import add_action, get_lessons, save_lessons
from app.services.output_log import OUTPUT_KINDS
from app.services.reference import load_reference
from app.services.sharing import TLP_MARKINGS, export_share, share_package
from app.services.store import open_store

REF = load_reference()
MARK = "PATIENT-Tanaka-123"
PEOPLE = ("Hanako Suzuki", "Nurse Ito", "Ken Mori", "Aiko Sato", "Dr Abe", "Mia Kato")
TAGS = ("ICU-PUMP-0042", "ICU-PUMP-0043", "ICU-PUMP-0044")
IDENTIFIERS = (*TAGS, "SN-99887766", "10.20.30.40", "00:11:22:33:44:55")


def ago(**delta) -> str:
    return (datetime.now(UTC) - timedelta(**delta)).isoformat(timespec="seconds")


@pytest.fixture
def db(tmp_path):
    database = open_store(tmp_path / "mdir.sqlite3")
    with database.write() as session:
        upsert_records(
            session,
            REF,
            [
                {
                    "asset_tag": tag,
                    "serial": "SN-99887766" if tag.endswith("42") else None,
                    "manufacturer": "Acme Medical",
                    "model": "LVP-500",
                    "firmware_version": "2.2",
                    "category": "infusion_pump",
                    "site": f"{MARK} site",
                    "building": f"{MARK} building",
                    "unit": f"{MARK} ICU",
                    "room": f"{MARK}-room",
                    "bed": f"{MARK}-bed",
                    "location": f"{MARK} bedside",
                    "ip": "10.20.30.40" if tag.endswith("42") else None,
                    "mac": "00:11:22:33:44:55" if tag.endswith("42") else None,
                    "notes": f"used for {MARK}",
                }
                for tag in TAGS
            ],
            now=utc_now_iso(),
        )
    yield database
    database.close()


def draft(incident_id, answers, **extra):
    return DecisionDraft(
        answers=answers,
        recorded_by="Nurse Ito",
        role="charge_nurse",
        incident_id=incident_id,
        unit=f"{MARK} ICU",
        location=f"{MARK} bed 4",
        note=f"{MARK} was on this pump",
        **extra,
    )


@pytest.fixture
def busy(db, tmp_path):
    """An incident whose every free-text field holds the marker and names people."""
    incident = create_incident(
        db,
        name=f"{MARK} pump incident",
        t0=ago(hours=8),
        source=f"call from Hanako Suzuki about {MARK}",
        by="Hanako Suzuki",
        severity="high",
        units=[f"{MARK} ICU"],
    )
    update_incident(db, incident.ref, by="Dr Abe", phase="contain")
    record_in_incident(db, REF, draft(incident.id, CLASS_ANSWERS[3], device_tag="ICU-PUMP-0042"))
    record_in_incident(db, REF, draft(incident.id, CLASS_ANSWERS[5], category="patient_monitor"))
    add_devices(db, incident.ref, ["ICU-PUMP-0043"], reason="component openssl 1.0.2k", by="Ken")
    add_devices(db, incident.ref, ["ICU-PUMP-0044"], reason=f"seen by {MARK}", by="Ken Mori")
    set_device_state(
        db, incident.ref, "ICU-PUMP-0042", "isolated", by="Aiko Sato", note=f"{MARK} moved"
    )
    add_entry(db, incident.ref, f"{MARK} family informed", by="Mia Kato", position=f"{MARK} lead")
    catalog = load_checklists(data_dir() / "checklists.yaml")
    set_check(db, catalog, incident.ref, "DET-08", "done", by="Ken Mori", note=f"{MARK} note")
    photo = tmp_path / f"{MARK}-screen.png"
    photo.write_bytes(b"screen photo")
    item = add_evidence(
        db,
        incident.ref,
        photo,
        by="Aiko Sato",
        location=f"{MARK} locker",
        description=f"screen showing {MARK}",
    )
    transfer_evidence(
        db,
        item.id,
        from_person="Aiko Sato",
        to_person="Ken Mori",
        reason=f"imaging for {MARK}",
        location=f"{MARK} lab",
        by="Aiko Sato",
    )
    save_lessons(
        db,
        incident.ref,
        what_happened=f"{MARK} happened",
        what_worked=f"{MARK} worked",
        what_did_not=f"{MARK} did not",
        by="Dr Abe",
    )
    add_action(db, incident.ref, action=f"Call {MARK}", owner="Mia Kato", due="2026-12-31", by="K")
    return incident


def test_nothing_personal_or_typed_leaves_in_the_share_file(db, busy, tmp_path):
    recorded = json.dumps(
        [
            busy.to_json(),
            [i.to_json("en") for i in timeline(db, busy.ref)],
            [e.to_json() for e in list_evidence(db, busy.ref)],
            get_lessons(db, busy.ref).to_json(),
            get_device(db, "ICU-PUMP-0042").record,
        ],
        ensure_ascii=False,
    )
    for secret in (MARK, *PEOPLE, *IDENTIFIERS):  # the records do hold them all
        assert secret in recorded, secret
    out = export_share(db, REF, busy.ref, tmp_path / "share.json", tlp="amber", by="Ken Mori")
    body = out.read_text(encoding="utf-8")
    for secret in (MARK, "Tanaka", *PEOPLE, *IDENTIFIERS, "SOC", "screen.png"):
        assert secret not in body, secret
    package = json.loads(body)
    assert package["tlp"] == "TLP:AMBER"
    assert package["exercise"] is False
    assert package["incident"] == {
        "ref": busy.ref,
        "severity": "high",
        "status": "open",
        "phase": "contain",
        "t0": busy.t0,
        "has_detection_source": True,
    }
    assert "names of people" in package["redacted"]


def test_the_package_holds_devices_classes_reasons_and_the_timeline(db, busy):
    package = share_package(db, REF, busy.ref, tlp="GREEN")
    assert (package["format"], package["version"]) == ("mdir-desk/incident-share", 1)
    assert package["devices"] == [
        {
            "manufacturer": "Acme Medical",
            "model": "LVP-500",
            "firmware_version": "2.2",
            "category": "infusion_pump",
            "ir_class": ir_class,
            "state": state,
        }
        for ir_class, state in ((None, "under_review"), (None, "under_review"), (3, "isolated"))
    ]
    assert [(d["ir_class"], d["provisional"], d["category"]) for d in package["decisions"]] == [
        (3, False, "infusion_pump"),
        (5, False, "patient_monitor"),
    ]
    assert package["decisions"][0]["ir_class_name"] == REF.class_name(3, "en")
    assert package["classes"] == {"3": 1, "5": 1, "unclassified": 2}
    assert package["scope_reasons"] == [
        "component openssl 1.0.2k",
        "decision",
        "other (typed by hand, withheld)",
    ]
    kinds = [item["kind"] for item in package["timeline"]]
    for kind in (
        "incident.created",
        "decision.recorded",  # recorded into the incident: the timeline's one line for both
        "incident.devices_added",
        "evidence.added",
        "evidence.transferred",
        "lessons.saved",
        "lesson_action.added",
        "entry",
    ):
        assert kind in kinds
    assert all(set(item) == {"at", "kind"} for item in package["timeline"])
    times = [datetime.fromisoformat(item["at"]) for item in package["timeline"]]
    assert times == sorted(times)


def test_an_exercise_is_shared_marked_as_one(db, tmp_path):
    drill = create_incident(
        db, name="Tabletop", t0=ago(hours=1), source="scenario", by="Ken", exercise=True
    )
    out = export_share(db, REF, drill.ref, tmp_path / "drill.json", tlp=" tlp:amber+strict ")
    package = json.loads(out.read_text(encoding="utf-8"))
    assert package["exercise"] is True
    assert package["tlp"] == "TLP:AMBER+STRICT"
    assert package["incident"]["ref"].startswith("EX-")
    assert (package["devices"], package["decisions"], package["classes"]) == ([], [], {})


@pytest.mark.parametrize(
    ("given", "marking"),
    [
        *((m, f"TLP:{m}") for m in TLP_MARKINGS),
        ("clear", "TLP:CLEAR"),
        ("Tlp:Red", "TLP:RED"),
        ("amber + strict", "TLP:AMBER+STRICT"),
    ],
)
def test_tlp_markings_are_accepted_in_any_letter_case(db, given, marking):
    incident = create_incident(db, name="x", t0=ago(hours=1), source="s", by="K")
    assert share_package(db, REF, incident.ref, tlp=given)["tlp"] == marking


KIND = "export.incident_share"


def export_events(db):
    return (
        db.raw_reader()
        .execute("SELECT entity, entity_id, actor, payload FROM event WHERE kind = ?", (KIND,))
        .fetchall()
    )


def test_the_export_is_logged_after_it_is_written(db, busy, tmp_path):
    out = export_share(db, REF, busy.ref, tmp_path / "share.json", tlp="red", by="Ken Mori")
    [(entity, entity_id, actor, payload)] = export_events(db)
    assert (entity, entity_id, actor) == ("incident", busy.id, "Ken Mori")
    details = json.loads(payload)
    assert details["file"] == "share.json"
    assert (details["tlp"], details["ref"], details["exercise"]) == ("TLP:RED", busy.ref, False)
    assert details["path"] == str(out.resolve())
    assert KIND in OUTPUT_KINDS
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_bad_marking_missing_folder_and_existing_file_are_refused(db, busy, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(BadInputError, match=r"unknown TLP marking 'WHITE' \(use CLEAR, GREEN"):
        export_share(db, REF, busy.ref, out_dir / "a.json", tlp="WHITE")
    with pytest.raises(BadInputError, match="does not exist"):
        export_share(db, REF, busy.ref, tmp_path / "nowhere" / "a.json", tlp="GREEN")
    existing = out_dir / "b.json"
    existing.write_text("keep me", encoding="utf-8")
    with pytest.raises(BadInputError, match=r"b\.json already exists"):
        export_share(db, REF, busy.ref, existing, tlp="GREEN")
    assert existing.read_text(encoding="utf-8") == "keep me"
    with pytest.raises(BadInputError, match="no incident"):
        export_share(db, REF, "INC-1999-0001", out_dir / "c.json", tlp="GREEN")
    assert leftovers(out_dir) == ["b.json"]
    assert export_events(db) == []


def test_a_failure_while_serialising_leaves_nothing(db, busy, tmp_path, monkeypatch):
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    def broken(*args, **kwargs):
        raise RuntimeError("serialiser broke")

    monkeypatch.setattr(sharing.json, "dumps", broken)
    with pytest.raises(RuntimeError, match="serialiser broke"):
        export_share(db, REF, busy.ref, out_dir / "share.json", tlp="GREEN")
    monkeypatch.undo()
    assert leftovers(out_dir) == []
    assert export_events(db) == []


def test_a_failure_while_writing_leaves_no_temporary_file(db, busy, tmp_path, monkeypatch):
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sharing.os, "fsync", full_disk)
    with pytest.raises(BadInputError, match=r"cannot write .*share\.json: No space left"):
        export_share(db, REF, busy.ref, out_dir / "share.json", tlp="GREEN")
    monkeypatch.undo()
    assert leftovers(out_dir) == []
    assert export_events(db) == []


def test_a_file_appearing_meanwhile_is_not_overwritten(db, busy, tmp_path, monkeypatch):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "share.json"
    real = sharing.share_package

    def racing(*args, **kwargs):
        target.write_text("someone else's file", encoding="utf-8")
        return real(*args, **kwargs)

    monkeypatch.setattr(sharing, "share_package", racing)
    with pytest.raises(BadInputError, match="already exists"):
        export_share(db, REF, busy.ref, target, tlp="GREEN")
    assert target.read_text(encoding="utf-8") == "someone else's file"
    assert leftovers(out_dir) == ["share.json"]
    assert export_events(db) == []


@pytest.mark.skipif(not hasattr(os, "link"), reason="needs hard links")
def test_without_hard_links_the_file_is_still_put_in_place(db, busy, tmp_path, monkeypatch):
    def no_links(*args, **kwargs):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(sharing.os, "link", no_links)
    out = export_share(db, REF, busy.ref, tmp_path / "fat.json", tlp="CLEAR")
    assert json.loads(out.read_text(encoding="utf-8"))["tlp"] == "TLP:CLEAR"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
