"""Upgrading a database written by the schema-0003 release: data survive, the old trail still
verifies, and new events continue its chain, sealed."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from accounts_helpers import CLASS_ANSWERS, make_admin, make_user, record

from app.database.db import SCHEMA_HEAD
from app.services import signoff
from app.services.audit import list_events, verify_audit
from app.services.contacts import list_contacts
from app.services.decisions import list_decisions
from app.services.devices import count_devices
from app.services.reference import load_reference
from app.services.settings import get_setting
from app.services.store import installation_id, open_store

REF = load_reference()
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "schema-0003.sqlite3"


def test_a_0003_database_upgrades_and_keeps_a_verifiable_trail(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, path)
    db = open_store(path)
    try:
        assert count_devices(db) == 40
        assert len(list_contacts(db)) == 4
        assert get_setting(db, "facility") == "St. Example Hospital"
        old, new = sorted(list_decisions(db), key=lambda d: d.created_at)
        assert new.supersedes == old.id and old.superseded_by == new.id
        report = verify_audit(db)
        assert report.intact and report.events == 6 and report.decisions == 2
        assert installation_id(db)
        events = list_events(db)
        assert all(not e.authenticated and not e.sealed for e in events)
        assert events[0].actor_text == "unauthenticated: mdir-desk demo"

        admin = make_admin(db)
        make_user(db, admin, "lead", "clinical_leader")
        decision = record(db, REF, CLASS_ANSWERS[4], device_tag="MD-00003")
        signoff.sign_decision(
            db, REF, decision.id, username="lead", password="lead password", meaning="approved"
        )
        report = verify_audit(db)
        assert report.intact and report.seals == "checked" and report.sealed_since == 7
        assert signoff.signoff_state(db, REF, old) == signoff.REPLACED
    finally:
        db.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
