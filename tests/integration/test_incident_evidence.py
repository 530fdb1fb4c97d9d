"""Evidence and its chain of custody (CER-04): hashes, hand-overs, refusals, the append-only
tables and the events on the incident's timeline."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta

import pytest

from app.errors import BadInputError
from app.services import evidence as evidence_service
from app.services.authority import AuthenticatedUser
from app.services.evidence import (
    add_evidence,
    get_evidence,
    list_evidence,
    transfer_evidence,
    verify_evidence,
)
from app.services.incidents import create_incident
from app.services.store import open_store


def ago(**delta) -> str:
    return (datetime.now(UTC) - timedelta(**delta)).isoformat(timespec="seconds")


@pytest.fixture
def db(tmp_path):
    database = open_store(tmp_path / "mdir.sqlite3")
    yield database
    database.close()


@pytest.fixture
def incident(db):
    return create_incident(db, name="Pump ransomware", t0=ago(hours=6), source="SOC", by="Ken")


@pytest.fixture
def capture(tmp_path):
    path = tmp_path / "pump-screen.png"
    path.write_bytes(b"\x89PNG screen photo " * 100)
    return path


def events(db, incident_id, prefix="evidence."):
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


def close(db, incident):
    with db.write() as session:
        session.connection().exec_driver_sql(
            "UPDATE incident SET status = 'closed' WHERE id = ?", (incident.id,)
        )


def test_the_hash_and_size_are_those_of_the_file_and_the_event_says_so(db, incident, capture):
    item = add_evidence(
        db, incident.ref, capture, by="Aiko Sato", location="IT safe 2", description="photo"
    )
    data = capture.read_bytes()
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert (item.size, item.file_name, item.incident_id) == (len(data), capture.name, incident.id)
    assert (item.holder, item.location, item.transfers) == ("Aiko Sato", "IT safe 2", ())
    assert item.collected_by == "Aiko Sato"
    assert capture.read_bytes() == data  # the file stays as it was
    assert events(db, incident.id) == [
        (
            "evidence.added",
            "Aiko Sato",
            {
                "evidence": item.id,
                "file": capture.name,
                "sha256": item.sha256,
                "size": len(data),
                "location": "IT safe 2",
                "description": "photo",
            },
        )
    ]
    assert item.to_json()["sha256"] == item.sha256


def test_a_file_larger_than_one_chunk_is_hashed_whole(db, incident, tmp_path):
    big = tmp_path / "memory.img"
    data = os.urandom(evidence_service.CHUNK * 2 + 12345)
    big.write_bytes(data)
    item = add_evidence(db, incident.id, big, by="Ken", location="forensic NAS")
    assert (item.sha256, item.size) == (hashlib.sha256(data).hexdigest(), len(data))


def test_empty_files_and_signed_in_users_are_fine(db, incident, tmp_path):
    empty = tmp_path / "empty.log"
    empty.write_bytes(b"")
    user = AuthenticatedUser("u1", "aiko", "Aiko Sato", ("it_security",))
    item = add_evidence(db, incident.ref, empty, by=user, location="USB stick 7")
    assert (item.size, item.sha256) == (0, hashlib.sha256(b"").hexdigest())
    assert item.collected_by == "aiko"
    row = (
        db.raw_reader()
        .execute("SELECT actor_role, authenticated FROM event WHERE kind = 'evidence.added'")
        .fetchone()
    )
    assert row == ("it_security", 1)


def test_missing_files_folders_and_devices_are_refused_by_name(db, incident, tmp_path):
    with pytest.raises(BadInputError, match=r"nothing-here\.bin: no such file"):
        add_evidence(db, incident.ref, tmp_path / "nothing-here.bin", by="K", location="safe")
    folder = tmp_path / "captures"
    folder.mkdir()
    with pytest.raises(BadInputError, match=r"captures is a folder"):
        add_evidence(db, incident.ref, folder, by="K", location="safe")
    if os.name == "posix":
        with pytest.raises(BadInputError, match=r"/dev/null is a device"):
            add_evidence(db, incident.ref, "/dev/null", by="K", location="safe")
    assert list_evidence(db, incident.ref) == []
    assert events(db, incident.id) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(db, incident, tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    outcome: list[BaseException] = []

    def attempt():
        try:
            add_evidence(db, incident.ref, pipe, by="K", location="safe")
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "add_evidence blocked on a named pipe"
    assert isinstance(outcome[0], BadInputError)
    assert "pipe is a pipe" in outcome[0].message


def test_an_unreadable_file_is_refused_by_name(db, incident, capture, monkeypatch):
    real_open = os.open

    def deny(path, *args, **kwargs):
        if str(path) == str(capture):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(evidence_service.os, "open", deny)
    with pytest.raises(BadInputError, match=r"pump-screen\.png: cannot be read \(Permission"):
        add_evidence(db, incident.ref, capture, by="K", location="safe")


def test_location_is_required_and_a_closed_incident_takes_no_new_evidence(db, incident, capture):
    with pytest.raises(BadInputError, match="where the evidence is kept is required"):
        add_evidence(db, incident.ref, capture, by="K", location="  ")
    with pytest.raises(BadInputError, match="no incident"):
        add_evidence(db, "INC-1999-0001", capture, by="K", location="safe")
    close(db, incident)
    with pytest.raises(BadInputError, match="is closed"):
        add_evidence(db, incident.ref, capture, by="K", location="safe")
    assert list_evidence(db, incident.ref) == []


def test_the_same_content_twice_in_one_incident_names_the_earlier_record(db, incident, tmp_path):
    first = tmp_path / "a.log"
    first.write_text("syslog excerpt", encoding="utf-8")
    copy = tmp_path / "b.log"
    copy.write_text("syslog excerpt", encoding="utf-8")
    earlier = add_evidence(db, incident.ref, first, by="Ken", location="safe")
    with pytest.raises(BadInputError, match=rf"as evidence {earlier.id[:8]} \(a\.log"):
        add_evidence(db, incident.ref, copy, by="Ken", location="safe")
    other = create_incident(db, name="Other", t0=ago(hours=1), source="SOC", by="Ken")
    assert add_evidence(db, other.ref, copy, by="Ken", location="safe").sha256 == earlier.sha256
    assert len(list_evidence(db, incident.ref)) == 1


def test_the_custody_chain_records_each_hand_over_in_order(db, incident, capture):
    item = add_evidence(db, incident.ref, capture, by="Aiko Sato", location="IT safe 2")
    moved = transfer_evidence(
        db,
        item.id,
        from_person="aiko  sato",  # letter case and spacing do not matter
        to_person="Ken Mori",
        reason="imaging",
        location="forensic lab",
        by="Aiko Sato",
    )
    assert (moved.holder, moved.location) == ("Ken Mori", "forensic lab")
    moved = transfer_evidence(
        db, item.id[:8], from_person="Ken Mori", to_person="Legal (Mr Abe)", reason="hold"
    )
    assert moved.holder == "Legal (Mr Abe)"
    assert moved.location == "forensic lab"  # not given: the last place named
    assert [(t.from_person, t.to_person, t.reason) for t in moved.transfers] == [
        ("aiko sato", "Ken Mori", "imaging"),
        ("Ken Mori", "Legal (Mr Abe)", "hold"),
    ]
    assert moved.transfers[0].recorded_by == "Aiko Sato"
    assert get_evidence(db, item.id) == moved
    transferred = [e for e in events(db, incident.id) if e[0] == "evidence.transferred"]
    assert [e[2] for e in transferred] == [
        {
            "evidence": item.id,
            "file": capture.name,
            "from_person": "aiko sato",
            "to_person": "Ken Mori",
            "reason": "imaging",
            "location": "forensic lab",
        },
        {
            "evidence": item.id,
            "file": capture.name,
            "from_person": "Ken Mori",
            "to_person": "Legal (Mr Abe)",
            "reason": "hold",
            "location": None,
        },
    ]


def test_only_the_holder_can_hand_over_and_not_to_themselves(db, incident, capture):
    item = add_evidence(db, incident.ref, capture, by="Aiko", location="safe")
    transfer_evidence(db, item.id, from_person="Aiko", to_person="Ken", reason="imaging")
    with pytest.raises(BadInputError, match="the custody chain says Ken holds it"):
        transfer_evidence(db, item.id, from_person="Aiko", to_person="Mia", reason="again")
    with pytest.raises(BadInputError, match="to themselves"):
        transfer_evidence(db, item.id, from_person="Ken", to_person="KEN", reason="x")
    with pytest.raises(BadInputError, match="reason for the hand-over is required"):
        transfer_evidence(db, item.id, from_person="Ken", to_person="Mia", reason=" ")
    with pytest.raises(BadInputError, match="before the custody chain's last entry"):
        transfer_evidence(
            db, item.id, from_person="Ken", to_person="Mia", reason="x", at=ago(days=30)
        )
    assert len(get_evidence(db, item.id).transfers) == 1
    assert get_evidence(db, item.id).holder == "Ken"


def test_a_hand_over_time_in_the_past_is_kept_as_given(db, incident, capture):
    item = add_evidence(
        db, incident.ref, capture, by="Aiko", location="safe", collected_at=ago(hours=5)
    )
    when = ago(hours=2)
    moved = transfer_evidence(db, item.id, from_person="Aiko", to_person="Ken", reason="r", at=when)
    assert datetime.fromisoformat(moved.transfers[0].at) == datetime.fromisoformat(when)
    assert datetime.fromisoformat(item.collected_at) < datetime.fromisoformat(when)


def test_unknown_short_and_ambiguous_ids_are_refused(db, incident, tmp_path, monkeypatch):
    ids = iter(["abcdef12-0000-4000-8000-000000000001", "abcdef12-0000-4000-8000-000000000002"])
    monkeypatch.setattr(evidence_service, "_new_id", lambda: next(ids))
    for n in range(2):
        path = tmp_path / f"e{n}.txt"
        path.write_text(f"evidence {n}", encoding="utf-8")
        add_evidence(db, incident.ref, path, by="Ken", location="safe")
    with pytest.raises(BadInputError, match="matches 2 evidence items"):
        get_evidence(db, "abcdef12")
    with pytest.raises(BadInputError, match="no evidence with id 'abcdef1'"):
        get_evidence(db, "abcdef1")  # too short to be a prefix
    with pytest.raises(BadInputError, match="no evidence with id"):
        transfer_evidence(db, "ffffffff", from_person="Ken", to_person="Mia", reason="x")
    with pytest.raises(BadInputError, match="no evidence id given"):
        get_evidence(db, "  ")
    assert get_evidence(db, "ABCDEF12-0000-4000-8000-000000000002").file_name == "e1.txt"
    assert get_evidence(db, " abcdef12-0000-4000-8000-000000000001 ").file_name == "e0.txt"


def test_evidence_and_custody_rows_are_append_only(db, incident, capture):
    item = add_evidence(db, incident.ref, capture, by="Aiko", location="safe")
    transfer_evidence(db, item.id, from_person="Aiko", to_person="Ken", reason="imaging")
    with sqlite3.connect(db.path) as conn:
        for statement in (
            "UPDATE evidence SET sha256 = 'forged'",
            "UPDATE evidence SET location = 'elsewhere'",
            "DELETE FROM evidence",
            "UPDATE custody_transfer SET to_person = 'Mallory'",
            "DELETE FROM custody_transfer",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)
    assert get_evidence(db, item.id).sha256 == item.sha256


def test_after_closing_evidence_still_moves_and_can_be_verified(db, incident, capture):
    item = add_evidence(db, incident.ref, capture, by="Aiko", location="safe")
    close(db, incident)
    moved = transfer_evidence(
        db, item.id, from_person="Aiko", to_person="Records office", reason="retention"
    )
    assert moved.holder == "Records office"
    assert verify_evidence(db, item.id, capture, by="Ken") is True


def test_verification_compares_the_file_and_is_logged_either_way(db, incident, capture, tmp_path):
    item = add_evidence(db, incident.ref, capture, by="Aiko", location="safe")
    assert verify_evidence(db, item.id[:12], capture, by="Ken") is True
    changed = tmp_path / "changed.png"
    changed.write_bytes(capture.read_bytes()[:-1] + b"X")
    assert verify_evidence(db, item.id, changed) is False
    with pytest.raises(BadInputError, match="no such file"):
        verify_evidence(db, item.id, tmp_path / "gone.png", by="Ken")
    verified = [(a, p) for k, a, p in events(db, incident.id) if k == "evidence.verified"]
    assert verified[0] == ("Ken", {"evidence": item.id, "file": capture.name, "match": True})
    assert verified[1][1] == {"evidence": item.id, "file": "changed.png", "match": False}
    assert len(verified) == 2


def test_list_is_in_collection_order(db, incident, tmp_path):
    late = tmp_path / "late.txt"
    late.write_text("late", encoding="utf-8")
    early = tmp_path / "early.txt"
    early.write_text("early", encoding="utf-8")
    add_evidence(db, incident.ref, late, by="Ken", location="safe")
    add_evidence(db, incident.ref, early, by="Ken", location="safe", collected_at=ago(hours=3))
    assert [e.file_name for e in list_evidence(db, incident.ref)] == ["early.txt", "late.txt"]
