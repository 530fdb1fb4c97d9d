"""The schema-0006 fixture (made with the CLI, see tests/fixtures/db/README.md): its imported
laptop segment, decision and signature verify on a copy."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.services import accounts
from app.services.audit import verify_audit
from app.services.bundles.trust import list_trust
from app.services.signoff import signatures_of
from app.services.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_the_0006_fixture_verifies_with_its_imported_segment(tmp_path):
    path = tmp_path / "central.sqlite3"
    shutil.copy(FIXTURES / "schema-0006.sqlite3", path)
    db = open_store(path)
    try:
        report = verify_audit(db)
        assert report.intact, report.problems
        assert report.decisions == 2 and report.signatures == 2
        conn = db.raw_reader()
        source, events = conn.execute(
            "SELECT source_installation, count(*) FROM imported_event"
        ).fetchone()
        assert events == 14
        (decision_id,) = conn.execute(
            "SELECT id FROM decision WHERE device_tag = 'MD-00001'"
        ).fetchone()
        assert [s.valid for s in signatures_of(db, decision_id)] == [True]
        imported = [u for u in accounts.list_users(db) if "@" in u.username]
        assert len(imported) == 1 and not imported[0].active
        assert imported[0].username.endswith("@" + source[:8])
        assert [t.state for t in list_trust(db)] == ["trusted"]
    finally:
        db.close()
