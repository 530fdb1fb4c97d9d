"""Two programs on one database file (two nurses on one laptop, or a shared folder): writers queue
up, nothing is lost, and a lock held too long is a clear message with nothing written."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from accounts_helpers import CLASS_ANSWERS, record

from app.database import db as db_module
from app.errors import StorageError
from app.services.audit import verify_audit
from app.services.decisions import list_decisions
from app.services.reference import load_reference
from app.services.store import open_store

ROOT = Path(__file__).resolve().parents[2]
REF = load_reference()


def cli(path: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "app", "--db", str(path), *args]


def test_two_writers_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.sqlite3"
    open_store(path).close()  # created and migrated once, as on a ward laptop
    env = dict(os.environ, PYTHONPATH=str(ROOT / "tests" / "netguard_site"))
    writers = [
        subprocess.Popen(
            cli(path, "dev", "stress", "--decisions", "150"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        for _ in range(2)
    ]
    printed: list[str] = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        printed += out.split()
    assert len(printed) == len(set(printed)) == 300
    listed = subprocess.run(
        cli(path, "decisions", "list", "--json"),
        capture_output=True, text=True, cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    assert {d["id"] for d in json.loads(listed.stdout)} == set(printed)
    db = open_store(path)
    try:
        report = verify_audit(db)
        assert report.intact and report.decisions == 300 and report.seals == "checked"
    finally:
        db.close()


def test_a_lock_held_too_long_is_a_clear_message_and_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 300)
    db = open_store(tmp_path / "locked.sqlite3")
    other = sqlite3.connect(db.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(StorageError, match=r"is busy: .* more than 0.3 s; nothing was saved"):
            record(db, REF, CLASS_ANSWERS[2])
        other.execute("ROLLBACK")
        assert list_decisions(db) == []
        saved = record(db, REF, CLASS_ANSWERS[2])  # once the other lets go, saving works
        assert [d.id for d in list_decisions(db)] == [saved.id]
    finally:
        other.close()
        db.close()


def test_programs_creating_one_new_database_at_once_take_turns(tmp_path):
    path = tmp_path / "new.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "tests" / "netguard_site"))
    starters = [
        subprocess.Popen(
            cli(path, "decisions", "list", "--json"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        for _ in range(4)
    ]
    for starter in starters:
        out, err = starter.communicate(timeout=120)
        assert starter.returncode == 0, err  # the first migrates, the others find it done
        assert json.loads(out) == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
