"""Restoring a backup: verified first, atomic, exact, the replaced file kept, the restore logged
after the restored trail; a damaged backup or a database in use is refused and nothing changes."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from accounts_helpers import CLASS_ANSWERS, make_admin, record

from app.errors import BadInputError, StorageError
from app.services import backup
from app.services.audit import list_events, verify_audit
from app.services.decisions import list_decisions
from app.services.demo import populate_demo
from app.services.reference import load_reference
from app.services.store import open_store

REF = load_reference()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
TRAIL = ("event", "audit_head")  # the tables the restore adds its own event to


def rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order (read from a private copy of the file)."""
    work = path.parent / f".rows-{path.name}"
    shutil.copyfile(path, work)
    if Path(f"{path}-wal").exists():
        shutil.copyfile(f"{path}-wal", f"{work}-wal")
    conn = sqlite3.connect(work)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        conn.close()
        for leftover in work.parent.glob(f"{work.name}*"):
            leftover.unlink()


def dump(path: Path) -> list[str]:
    work = path.parent / f".dump-{path.name}"
    shutil.copyfile(path, work)
    if Path(f"{path}-wal").exists():
        shutil.copyfile(f"{path}-wal", f"{work}-wal")
    conn = sqlite3.connect(work)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
        for leftover in work.parent.glob(f"{work.name}*"):
            leftover.unlink()


@pytest.fixture
def path(tmp_path):
    db_path = tmp_path / "ward.sqlite3"
    db = open_store(db_path)
    try:
        populate_demo(db, REF, devices=30)
        make_admin(db)  # accounts, keys and sealed events in the trail
        record(db, REF, CLASS_ANSWERS[4], device_tag="MD-00003")
    finally:
        db.close()
    return db_path


def test_restore_round_trip_is_exact_and_logged_after_the_restored_trail(path, tmp_path):
    db = open_store(path)
    try:
        made = backup.create_backup(db, out=tmp_path / "copy.sqlite3")
        at_backup = rows(made.path)
        record(db, REF, CLASS_ANSWERS[6], device_tag="MD-00001")  # after the backup
        assert len(list_decisions(db)) == 2
    finally:
        db.close()

    result = backup.restore_backup(path, made.path)

    after = rows(path)
    assert {t: r for t, r in after.items() if t not in TRAIL} == {
        t: r for t, r in at_backup.items() if t not in TRAIL
    }
    events_before = sorted(at_backup["event"])
    events_after = sorted(after["event"])
    assert events_after[: len(events_before)] == events_before
    assert len(events_after) == len(events_before) + 1
    db = open_store(path)
    try:
        assert len(list_decisions(db)) == 1
        last = max(list_events(db), key=lambda e: e.seq)
        assert last.kind == "backup.restored" and last.seq == result.event_seq
        assert last.seq == len(events_before) + 1  # right after the restored chain
        assert last.payload["file"] == str(made.path)
        assert last.payload["replaced_file_kept_as"] == str(result.replaced)
        report = verify_audit(db)
        assert report.intact and report.seals == "checked"
    finally:
        db.close()


def test_a_restore_without_any_change_in_between_gives_back_the_same_rows(path, tmp_path):
    made = backup.make_backup(path, out=tmp_path / "copy.sqlite3")
    image = dump(made.path)
    backup.restore_backup(path, made.path)
    restored = [line for line in dump(path) if not line.startswith(('INSERT INTO "event"',))]
    expected = [line for line in image if not line.startswith(('INSERT INTO "event"',))]
    # audit_head moves on by the restore's own event; everything else is the backup, line for line
    assert [x for x in restored if "audit_head" not in x] == [
        x for x in expected if "audit_head" not in x
    ]


def test_the_replaced_file_is_kept_beside_the_database(path, tmp_path):
    made = backup.make_backup(path, out=tmp_path / "copy.sqlite3")
    db = open_store(path)
    try:
        record(db, REF, CLASS_ANSWERS[6], device_tag="MD-00001")
    finally:
        db.close()
    before = rows(path)
    result = backup.restore_backup(path, made.path)
    assert result.replaced is not None and result.replaced.parent == path.parent
    assert result.replaced.name.startswith("ward.replaced-")
    assert result.replaced.name.endswith(".sqlite3")
    assert rows(result.replaced) == before  # nothing of it lost
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []
    kept = open_store(result.replaced, create=False)
    try:
        assert len(list_decisions(kept)) == 2 and verify_audit(kept).intact
    finally:
        kept.close()


def test_restore_folds_a_leftover_wal_into_the_kept_file(path, tmp_path):
    made = backup.make_backup(path, out=tmp_path / "copy.sqlite3")
    # A program that wrote and died without checkpointing leaves its last commit in the -wal only.
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        'c.execute("INSERT INTO app_setting (key, value, updated_at, updated_by) '
        "VALUES ('facility', 'Only In The WAL', '2026-01-01T00:00:00+00:00', 'x')\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0
    result = backup.restore_backup(path, made.path)
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    assert result.replaced is not None
    assert not Path(f"{result.replaced}-wal").exists()  # folded in, not left beside it
    kept = rows(result.replaced)["app_setting"]
    assert any(row[1] == "Only In The WAL" for row in kept)
    assert not any(row[1] == "Only In The WAL" for row in rows(path)["app_setting"])


def test_a_damaged_backup_is_refused_and_nothing_changes(path, tmp_path):
    made = backup.make_backup(path, out=tmp_path / "copy.sqlite3")
    data = bytearray(made.path.read_bytes())
    data[8192:16384] = b"\x00" * 8192
    made.path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(StorageError, match="refused to restore"):
        backup.restore_backup(path, made.path)
    assert path.read_bytes() == before
    assert made.path.read_bytes() == bytes(data)
    assert [p.name for p in path.parent.iterdir() if "replaced" in p.name] == []
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []


def test_a_database_in_use_is_not_replaced(path, tmp_path):
    made = backup.make_backup(path, out=tmp_path / "copy.sqlite3")
    db = open_store(path)  # another MDIR Desk has it open
    try:
        db.raw_reader().execute("SELECT count(*) FROM device").fetchone()
        before = rows(path)
        with pytest.raises(StorageError, match="in use"):
            backup.restore_backup(path, made.path)
        assert rows(path) == before
        assert [p.name for p in path.parent.iterdir() if "replaced" in p.name] == []
    finally:
        db.close()


def test_a_damaged_database_is_replaced_and_kept_byte_for_byte(path, tmp_path):
    made = backup.make_backup(path, out=tmp_path / "copy.sqlite3")
    path.write_bytes(b"\x00garbage" * 1000)
    result = backup.restore_backup(path, made.path)
    assert result.replaced is not None
    assert result.replaced.read_bytes() == b"\x00garbage" * 1000
    db = open_store(path)
    try:
        assert verify_audit(db).intact
    finally:
        db.close()


def test_a_missing_database_is_restored_and_an_old_backup_upgraded_with_its_own_backup(tmp_path):
    old = tmp_path / "old-backup.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0003.sqlite3", old)
    target = tmp_path / "fresh.sqlite3"
    result = backup.restore_backup(target, old)
    assert result.replaced is None and result.report.schema == "0003"
    db = open_store(target)
    try:
        kinds = [e.kind for e in sorted(list_events(db), key=lambda e: e.seq)]
        assert kinds[-2:] == ["backup.created", "backup.restored"]  # pre-upgrade copy, restore
        assert verify_audit(db).intact
    finally:
        db.close()
    assert [b.kind for b in backup.list_backups(target)] == ["pre-upgrade"]


def test_restore_refuses_bad_paths(path, tmp_path):
    with pytest.raises(BadInputError, match="does not exist"):
        backup.restore_backup(path, tmp_path / "absent.sqlite3")
    with pytest.raises(BadInputError, match="the database itself"):
        backup.restore_backup(path, path)
