"""The audit trail catches tampering with the file: every kind the issue names, with and without
the seal key; and it accepts an untouched trail, an upgraded old one, and unsealed events from
before sealing began."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from accounts_helpers import CLASS_ANSWERS, make_admin, make_user, record

from app.database.events import canonical_json
from app.security import credential_store
from app.services import signoff
from app.services.audit import export_audit, verify_audit
from app.services.reference import load_reference
from app.services.store import installation_id, open_store

REF = load_reference()
OLD_SCHEMA = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "schema-0001.sqlite3"


@pytest.fixture
def trail(tmp_path):
    """A database with accounts, two decisions, a signature; sealed with this computer's key."""
    db = open_store(tmp_path / "trail.sqlite3")
    admin = make_admin(db)
    make_user(db, admin, "lead", "clinical_leader")
    first = record(db, REF, CLASS_ANSWERS[3])
    record(db, REF, CLASS_ANSWERS[5])
    signoff.sign_decision(
        db, REF, first.id, username="lead", password="lead password", meaning="approved"
    )
    assert verify_audit(db).intact
    yield db, first
    db.close()


def tamper(db, *statements, params=()):
    with sqlite3.connect(db.path) as raw:
        for table in ("event", "decision", "decision_answer", "signature", "user_key"):
            raw.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            raw.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        for statement in statements:
            raw.execute(statement, params if "?" in statement else ())


def first_problem(db):
    report = verify_audit(db)
    assert not report.intact
    return report.problems[0]


def digest(row: dict) -> str:
    body = canonical_json(
        [
            row["format"],
            row["seq"],
            row["prev_hash"],
            row["at"],
            row["kind"],
            row["entity"],
            row["entity_id"],
            row["actor"],
            row["actor_role"],
            bool(row["authenticated"]),
            row["workstation"],
            row["payload"],
        ]
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def rechain(db):
    """What an attacker without the key can do: recompute every hash and the head."""
    with sqlite3.connect(db.path) as raw:
        raw.row_factory = sqlite3.Row
        prev = "0" * 64
        for row in [dict(r) for r in raw.execute("SELECT * FROM event ORDER BY seq")]:
            row["prev_hash"] = prev
            row["hash"] = digest(row)
            raw.execute(
                "UPDATE event SET prev_hash = ?, hash = ? WHERE seq = ?",
                (row["prev_hash"], "tmp" + str(row["seq"]), row["seq"]),
            )
            raw.execute("UPDATE event SET hash = ? WHERE seq = ?", (row["hash"], row["seq"]))
            prev = row["hash"]
        raw.execute("UPDATE audit_head SET seq = (SELECT MAX(seq) FROM event), hash = ?", (prev,))


def test_an_untouched_trail_is_intact_and_sealed(trail):
    db, _ = trail
    report = verify_audit(db)
    assert report.intact and report.seals == "checked" and report.sealed_since == 1
    assert (report.decisions, report.signatures, report.keys) == (2, 1, 2)


def test_deleting_the_last_event(trail):
    db, _ = trail
    tamper(db, "DELETE FROM event WHERE seq = (SELECT MAX(seq) FROM event)")
    assert "cut off" in first_problem(db).message


def test_deleting_the_last_event_and_rewriting_the_head(trail):
    db, _ = trail
    tamper(
        db,
        "DELETE FROM event WHERE seq = (SELECT MAX(seq) FROM event)",
        "UPDATE audit_head SET seq = (SELECT MAX(seq) FROM event), "
        "hash = (SELECT hash FROM event ORDER BY seq DESC LIMIT 1)",
    )
    problems = [p.text() for p in verify_audit(db).problems]
    assert any("seal of the trail's head" in p for p in problems)
    assert any("signature" in p and "missing" not in p for p in problems)  # its event is gone


def test_swapping_two_events(trail):
    db, _ = trail
    tamper(
        db,
        "UPDATE event SET seq = -1 WHERE seq = 3",
        "UPDATE event SET seq = 3 WHERE seq = 4",
        "UPDATE event SET seq = 4 WHERE seq = -1",
    )
    problem = first_problem(db)
    assert (problem.what, problem.ref) == ("event", "3")


def test_editing_an_event(trail):
    db, _ = trail
    tamper(db, "UPDATE event SET actor = 'someone else' WHERE seq = 2")
    problem = first_problem(db)
    assert (problem.ref, problem.message) == ("2", "its content was changed")


def test_editing_an_event_and_recomputing_the_chain_is_caught_by_the_seals(trail):
    db, _ = trail
    tamper(db, "UPDATE event SET actor = 'someone else' WHERE seq = 2")
    rechain(db)
    problem = first_problem(db)
    assert (problem.ref, problem.message) == ("2", "its seal does not match")


def test_editing_a_decision_row(trail):
    db, first = trail
    tamper(db, "UPDATE decision SET ir_class = 1 WHERE id = ?", params=(first.id,))
    problems = verify_audit(db).problems
    assert problems[0].what == "decision" and problems[0].ref == first.id
    assert "differs from what event" in problems[0].message
    assert any(p.what == "signature" and "changed after" in p.message for p in problems)


def test_editing_an_answer_without_a_key_is_still_caught(trail):
    db, first = trail
    tamper(
        db,
        "UPDATE decision_answer SET answer = 'no' WHERE decision_id = ? AND question = 'removal'",
        params=(first.id,),
    )
    credential_store.use_backend(_Empty())
    try:
        report = verify_audit(db)
    finally:
        credential_store.use_backend(None)
    assert report.seals == "not_checked"
    assert report.problems[0].what == "decision"


def test_deleting_a_decision_or_a_signature(trail):
    db, first = trail
    tamper(db, "DELETE FROM signature")
    problem = first_problem(db)
    assert problem.what == "signature" and "is missing" in problem.message
    tamper(
        db,
        "DELETE FROM decision_answer WHERE decision_id = ?",
        "DELETE FROM decision WHERE id = ?",
        params=(first.id,),
    )
    assert any(
        p.what == "decision" and p.ref == first.id and "missing" in p.message
        for p in verify_audit(db).problems
    )


def test_changing_a_signature_row(trail):
    db, _ = trail
    tamper(db, "UPDATE signature SET meaning = 'reviewed'")
    problem = first_problem(db)
    assert problem.what == "signature" and "does not match" in problem.message


def test_a_forged_key(trail):
    db, _ = trail
    tamper(
        db,
        "INSERT INTO user_key (id, user_id, public_key, fingerprint, created_at) "
        "SELECT 'forged', user_id, public_key, fingerprint, created_at FROM user_key LIMIT 1",
    )
    problem = first_problem(db)
    assert (problem.what, problem.ref) == ("key", "forged")


def test_an_old_database_upgrades_into_a_verifiable_trail(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(OLD_SCHEMA, path)
    db = open_store(path)
    try:
        assert verify_audit(db).intact  # format 1 events and legacy decision events still check
        record(db, REF, CLASS_ANSWERS[1])
        report = verify_audit(db)
        assert report.intact and report.seals == "checked"
        assert report.sealed_since > 1  # the old events were written before sealing began
        assert installation_id(db)
    finally:
        db.close()


def test_events_written_without_a_credential_store_are_unsealed_but_triage_works(tmp_path):
    credential_store.use_backend(_Empty(refuse=True))
    try:
        db = open_store(tmp_path / "nokey.sqlite3")
        decision = record(db, REF, CLASS_ANSWERS[2])  # break-glass: never blocked
        report = verify_audit(db)
        assert decision.ir_class == 2 and report.intact and report.seals == "not_checked"
    finally:
        credential_store.use_backend(None)
        db.close()


def test_export_csv_and_json(trail, tmp_path):
    db, _ = trail
    assert export_audit(db, tmp_path / "trail.json", by="Auditor") > 5
    exported = json.loads((tmp_path / "trail.json").read_text(encoding="utf-8"))
    assert exported["verification"]["intact"] is True
    assert exported["events"][0]["seq"] == 1
    count = export_audit(db, tmp_path / "trail.csv", by="=cmd")
    lines = (tmp_path / "trail.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("seq,at,kind") and count == len(exported["events"]) + 1
    last = verify_audit(db)
    assert last.intact  # the exports were logged as events
    from app.services.audit import list_events

    exports = [e for e in list_events(db) if e.kind == "audit.exported"]
    assert [e.actor for e in exports] == ["Auditor", "=cmd"]
    with pytest.raises(Exception, match=r"\.csv or \.json"):
        export_audit(db, tmp_path / "trail.txt", by="A")


class _Empty:
    """A credential store that holds nothing (another computer), or refuses everything."""

    def __init__(self, refuse: bool = False):
        self.refuse = refuse

    def get_password(self, service, name):
        if self.refuse:
            raise RuntimeError("locked")
        return None

    def set_password(self, service, name, secret):
        raise RuntimeError("locked")
