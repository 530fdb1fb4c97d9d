"""Backups: online copies, listing, pruning, the backup before every upgrade, verifying without
changing a byte, and clear errors for places a database cannot be."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from accounts_helpers import CLASS_ANSWERS, record

from app.database import backup_file
from app.database.db import SCHEMA_HEAD, DamagedDatabaseError, open_database
from app.errors import BadInputError, StorageError
from app.paths import backups_dir
from app.services import backup
from app.services.audit import list_events, verify_audit
from app.services.demo import populate_demo
from app.services.reference import load_reference
from app.services.store import open_store

REF = load_reference()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
# Every database written by an earlier release (schema-0001, schema-0003, ...), not the newest.
OLD_SCHEMAS = sorted(
    p.name for p in FIXTURES.glob("schema-*.sqlite3") if p.stem != f"schema-{SCHEMA_HEAD}"
)


@pytest.fixture
def db(tmp_path):
    database = open_store(tmp_path / "ward.sqlite3")
    populate_demo(database, REF, devices=30)
    record(database, REF, CLASS_ANSWERS[4], device_tag="MD-00003")
    yield database
    database.close()


def dump(path: Path) -> list[str]:
    """The logical content of a database file (read from a private copy: never touches ``path``)."""
    work = path.parent / f".dump-{path.name}"
    shutil.copyfile(path, work)
    wal = Path(f"{path}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{work}-wal"))
    conn = sqlite3.connect(work)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
        for leftover in work.parent.glob(f"{work.name}*"):
            leftover.unlink()


def copy_fixture(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copyfile(FIXTURES / name, target)  # the fixture itself is never opened
    return target


def schema_of(path: Path) -> str:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


# --- create and list ----------------------------------------------------------------------


def test_a_backup_is_a_complete_single_file_copy_and_logged_in_the_source(db):
    before = dump(db.path)
    made = backup.create_backup(db)
    assert made.path.parent == backups_dir(db.path)
    assert made.kind == "manual" and made.schema == SCHEMA_HEAD
    assert made.size == made.path.stat().st_size > 0
    assert not Path(f"{made.path}-wal").exists()  # one self-contained file
    assert dump(made.path) == before  # exactly the database at the time of the copy
    events = list_events(db)
    last = max(events, key=lambda e: e.seq)
    assert last.kind == "backup.created" and last.entity_id == made.path.name
    assert last.payload["sha256"] == backup._sha256(made.path)
    assert last.payload["kind"] == "manual" and not last.authenticated
    # ... in the source only: the copy's trail ends before it
    copy = open_database(made.path, create=False)
    try:
        assert "backup.created" not in {e.kind for e in list_events(copy)}
    finally:
        copy.close()
    assert verify_audit(db).intact


def test_list_is_newest_first_with_time_size_and_schema(db):
    first = backup.create_backup(db)
    second = backup.create_backup(db, kind="daily")
    listed = backup.list_backups(db.path)
    assert [b.path for b in listed] == [second.path, first.path]
    assert listed[0].created_at > listed[1].created_at
    assert all(b.schema == SCHEMA_HEAD and b.size > 0 for b in listed)
    assert json.dumps([b.to_json() for b in listed])


def test_list_ignores_files_it_did_not_write(db):
    folder = backups_dir(db.path)
    backup.create_backup(db)
    (folder / "notes.txt").write_text("mine")
    (folder / "backup-yesterday.sqlite3").write_bytes(b"x")
    assert len(backup.list_backups(db.path)) == 1


def test_out_is_never_overwritten(db, tmp_path):
    out = tmp_path / "copy.sqlite3"
    out.write_bytes(b"precious")
    with pytest.raises(BadInputError, match="already exists"):
        backup.create_backup(db, out=out)
    assert out.read_bytes() == b"precious"
    with pytest.raises(BadInputError, match="does not exist"):
        backup.create_backup(db, out=tmp_path / "absent" / "copy.sqlite3")
    made = backup.create_backup(db, out=tmp_path / "fresh.sqlite3")
    assert made.path == tmp_path / "fresh.sqlite3" and made.schema == SCHEMA_HEAD
    assert list(tmp_path.glob(".*partial")) == []


def test_two_databases_with_the_same_name_never_share_a_backups_folder(tmp_path):
    a, b = tmp_path / "a" / "mdir.sqlite3", tmp_path / "b" / "mdir.sqlite3"
    assert backups_dir(a) != backups_dir(b)
    assert backups_dir(a).name.startswith("mdir-") and backups_dir(a) == backups_dir(a)


# --- pruning and the daily backup ------------------------------------------------------------


def test_pruning_keeps_the_newest_n_automatic_backups_and_nothing_else_is_touched(db):
    folder = backups_dir(db.path)
    daily = [backup.make_backup(db.path, kind="daily") for _ in range(6)]
    manual = backup.make_backup(db.path, kind="manual")
    foreign = [folder / "notes.sqlite3", folder / "backup-mine.sqlite3", folder / "x.txt"]
    for path in foreign:
        path.write_bytes(b"not ours")
    removed = backup.prune_backups(db.path, keep=3)
    assert sorted(removed) == sorted(b.path for b in daily[:3])
    left = {b.path for b in backup.list_backups(db.path)}
    assert left == {manual.path, *(b.path for b in daily[3:])}
    assert all(path.read_bytes() == b"not ours" for path in foreign)


def test_pruning_clears_only_stale_half_written_copies_of_its_own(db):
    folder = backups_dir(db.path)
    backup.make_backup(db.path, kind="daily")
    stale = folder / ".backup-20260101T000000.000000Z-daily.sqlite3.k1ll3d.partial"
    fresh = folder / ".backup-20260101T000001.000000Z-daily.sqlite3.wr1t1ng.partial"
    other = folder / ".someone-elses.partial"
    for path in (stale, fresh, other):
        path.write_bytes(b"half")
    hours_ago = time.time() - 2 * 3600
    for path in (stale, other):
        os.utime(path, (hours_ago, hours_ago))
    backup.prune_backups(db.path, keep=14)
    assert not stale.exists() and fresh.exists() and other.exists()


def test_pruning_never_deletes_the_newest(db):
    made = [backup.make_backup(db.path, kind="daily") for _ in range(3)]
    backup.prune_backups(db.path, keep=0)
    assert [b.path for b in backup.list_backups(db.path)] == [made[-1].path]


def test_the_daily_backup_is_made_once_a_day_and_prunes_to_backup_keep(db):
    with sqlite3.connect(db.path) as raw:  # the setting as `settings set backup_keep 2` leaves it
        raw.execute(
            "INSERT INTO app_setting (key, value, updated_at, updated_by) "
            "VALUES ('backup_keep', '2', '2026-01-01T00:00:00+00:00', 'admin')"
        )
    first = backup.backup_if_due(db)
    assert first is not None and first.kind == "daily"
    assert backup.backup_if_due(db) is None  # made less than a day ago
    later = datetime.now(UTC) + timedelta(hours=25)
    assert not backup.backup_due(db.path, now=datetime.now(UTC))
    assert backup.backup_due(db.path, now=later)
    for _ in range(3):
        assert backup.backup_if_due(db, every=timedelta(0)) is not None
    assert [b.kind for b in backup.list_backups(db.path)] == ["daily", "daily"]
    kinds = [e.kind for e in list_events(db)]
    assert kinds.count("backup.created") == 4


def test_a_backup_with_a_future_time_does_not_stop_the_daily_backup(db):
    folder = backups_dir(db.path)
    folder.mkdir(parents=True)
    future = datetime.now(UTC) + timedelta(days=30)  # written while the clock was wrong
    shutil.copyfile(
        backup.make_backup(db.path).path, folder / backup_file.backup_name("daily", future)
    )
    assert backup.backup_due(db.path, now=datetime.now(UTC) + timedelta(hours=25))


# --- the backup before every upgrade ----------------------------------------------------------


@pytest.mark.parametrize("name", OLD_SCHEMAS)
def test_upgrading_an_old_database_backs_it_up_first(name, tmp_path):
    assert {"schema-0001.sqlite3", "schema-0003.sqlite3"} <= set(OLD_SCHEMAS)
    path = copy_fixture(name, tmp_path)
    old_schema = schema_of(path)
    before = dump(path)
    db = open_store(path)
    try:
        made = backup.list_backups(path)
        assert len(made) == 1 and made[0].kind == "pre-upgrade"
        assert made[0].schema == old_schema != SCHEMA_HEAD
        assert db.upgrade_backup == made[0].path and db.upgraded_from == old_schema
        assert dump(made[0].path) == before  # the file as it was before the upgrade
        assert backup.log_upgrade_backup(db) is not None
        event = max(list_events(db), key=lambda e: e.seq)
        assert event.kind == "backup.created"
        assert event.payload["upgraded_from_schema"] == old_schema
        assert verify_audit(db).intact
    finally:
        db.close()
    assert schema_of(path) == SCHEMA_HEAD
    report = backup.verify_backup(made[0].path)  # an old-schema backup verifies (on a copy)
    assert report.intact, report.problem
    assert report.schema == old_schema


def test_no_backup_when_already_at_the_newest_schema_or_new(tmp_path):
    path = tmp_path / "new.sqlite3"
    open_database(path).close()  # created, not upgraded
    open_database(path).close()  # already at the head
    assert backup.list_backups(path) == []
    assert not backups_dir(path).exists()


def test_a_failing_backup_stops_the_upgrade_and_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = copy_fixture("schema-0003.sqlite3", tmp_path)
    before = path.read_bytes()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the user data folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    with pytest.raises(StorageError, match="backup before upgrading could not be made"):
        open_database(path)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    assert schema_of(path) == "0003"


def test_a_failing_copy_leaves_nothing_behind_and_the_file_unchanged(tmp_path, monkeypatch):
    path = copy_fixture("schema-0001.sqlite3", tmp_path)
    before = path.read_bytes()

    def broken_backup(_source, partial):
        partial.write_bytes(b"half a copy")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backup_file, "_backup_into", broken_backup)
    with pytest.raises(StorageError, match=r"disk I/O error.*not upgraded"):
        open_database(path)
    assert path.read_bytes() == before
    assert list(backups_dir(path).iterdir()) == []  # no partial file, no half backup


# --- verifying --------------------------------------------------------------------------------


def test_verify_reports_an_intact_backup_without_changing_it(db):
    made = backup.create_backup(db)
    before = made.path.read_bytes()
    siblings = set(made.path.parent.iterdir())
    report = backup.verify_backup(made.path)
    assert report.intact and report.integrity == "ok" and report.schema == SCHEMA_HEAD
    assert report.audit is not None and report.audit.decisions == 1
    assert report.text().startswith("intact:")
    assert made.path.read_bytes() == before
    assert set(made.path.parent.iterdir()) == siblings  # not even a -wal or -shm beside it


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 5] = b"\xa5" * 8192
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), "damaged|integrity"),
        (_corrupt, "damaged|integrity"),
        (lambda p: p.write_bytes(b"meeting notes\n" * 500), "not an SQLite"),
    ],
    ids=["truncated", "corrupted", "not-sqlite"],
)
def test_verify_reports_damage_and_leaves_the_bytes_identical(db, damage, expected):
    made = backup.create_backup(db)
    damage(made.path)
    before = made.path.read_bytes()
    report = backup.verify_backup(made.path)
    assert not report.intact
    assert report.problem and re.search(expected, report.problem)
    assert report.text().startswith("damaged:")
    assert made.path.read_bytes() == before


def test_verify_finds_a_tampered_audit_trail_and_an_unknown_schema(db, tmp_path):
    made = backup.create_backup(db)
    tampered = tmp_path / "tampered.sqlite3"
    shutil.copyfile(made.path, tampered)
    with sqlite3.connect(tampered) as raw:
        raw.execute("DROP TRIGGER event_no_update")
        raw.execute("UPDATE event SET actor = 'someone else' WHERE seq = 1")
    report = backup.verify_backup(tampered)
    assert not report.intact and report.problem.startswith("audit trail broken: event 1")
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(made.path, newer)
    with sqlite3.connect(newer) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    report = backup.verify_backup(newer)
    assert not report.intact and "schema 9999 is unknown" in report.problem


def test_verify_reports_an_old_backup_that_cannot_be_upgraded(tmp_path):
    path = copy_fixture("schema-0003.sqlite3", tmp_path)
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TABLE app_setting")
    before = path.read_bytes()
    report = backup.verify_backup(path)
    assert not report.intact and "cannot be upgraded" in report.problem
    assert path.read_bytes() == before


def test_verify_of_a_missing_file_is_bad_input(tmp_path):
    with pytest.raises(BadInputError, match="does not exist"):
        backup.verify_backup(tmp_path / "absent.sqlite3")
    with pytest.raises(BadInputError, match="not a file"):
        backup.verify_backup(tmp_path)


# --- opening errors ---------------------------------------------------------------------------


def test_damaged_files_are_refused_with_their_kind(tmp_path):
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"x" * 5000)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(garbage)
    assert caught.value.kind == "not_sqlite" and caught.value.path == garbage
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE shopping (item TEXT)")
    before = foreign.read_bytes()
    with pytest.raises(DamagedDatabaseError, match="not an MDIR Desk database") as caught:
        open_database(foreign)
    assert caught.value.kind == "foreign" and foreign.read_bytes() == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_a_place_where_no_file_can_be_made_is_a_clear_storage_error():
    with pytest.raises(StorageError, match=r"cannot open database /proc/mdir\.sqlite3"):
        open_database(Path("/proc/mdir.sqlite3"))


def test_a_read_only_folder_is_named(tmp_path, monkeypatch):
    # As root every folder is writable; the check itself is what is tested here.
    monkeypatch.setattr("app.database.db.os.access", lambda _path, _mode: False)
    with pytest.raises(StorageError, match="is read-only"):
        open_database(tmp_path / "x.sqlite3")
    assert not (tmp_path / "x.sqlite3").exists()
