"""Every released schema upgrades to the current one on a real file written by that release
(tests/fixtures/db): the data survive, the trail still verifies, new work continues it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from accounts_helpers import CLASS_ANSWERS, record

from app.database.db import SCHEMA_HEAD
from app.services.audit import verify_audit
from app.services.reference import load_reference
from app.services.store import open_store

REF = load_reference()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
COUNTED = ("device", "decision", "decision_answer", "event", "contact", "sbom_component",
           "user_account", "signature", "incident", "incident_decision", "incident_device",
           "incident_device_state", "incident_check", "incident_entry", "evidence",
           "lesson_action", "trusted_key", "imported_account", "imported_event")  # fmt: skip


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in COUNTED
            if t in tables
        }


def test_there_is_a_fixture_for_every_schema():
    versions = sorted(p.stem.removeprefix("schema-") for p in FIXTURES.glob("schema-*.sqlite3"))
    assert versions == [f"{n:04d}" for n in range(1, int(SCHEMA_HEAD) + 1)]


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.sqlite3")), ids=lambda p: p.stem)
def test_an_old_database_upgrades_with_its_data(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    before = counts(path)
    assert before["device"] > 0 and before["decision"] > 0 and before["event"] > 0
    db = open_store(path)
    try:
        after = counts(path)
        assert {t: after[t] for t in before} == before  # nothing lost or added by the upgrade
        report = verify_audit(db)
        assert report.intact, report.problems
        saved = record(db, REF, CLASS_ANSWERS[1])
        assert saved.ir_class == 1
        assert verify_audit(db).intact
    finally:
        db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
