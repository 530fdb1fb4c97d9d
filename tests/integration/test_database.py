"""The database: migrations from empty, pragmas, append-only records, refusing damaged files."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import app.database.tables  # noqa: F401
from app.database.db import SCHEMA_HEAD, open_database
from app.database.events import append_event, verify_chain
from app.errors import StorageError
from app.services.decisions import DecisionDraft, record_decision
from app.services.reference import load_reference


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "mdir.sqlite3")
    yield database
    database.close()


def test_migration_from_empty_matches_the_models(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _not_search_index}
        )
        assert compare_metadata(context, SQLModel.metadata) == []
        assert context.get_current_revision() == SCHEMA_HEAD


def _not_search_index(obj, name, type_, reflected, compare_to):
    """The FTS5 index and its shadow tables are made by SQL in the migration, not by models."""
    if type_ == "table" and name.startswith("device_fts"):
        return False
    return not (type_ == "index" and name == "ix_device_asset_tag_nocase")  # an expression index


def test_schema_head_constant_matches_the_migrations():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from app.database.db import SCHEMA_HEAD
    from app.paths import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_connections_use_wal_full_sync_and_foreign_keys(db):
    with db.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_reopening_a_current_database_changes_nothing(tmp_path):
    path = tmp_path / "mdir.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == before


def test_decision_and_event_rows_are_append_only(db):
    record_decision(
        db,
        load_reference(),
        DecisionDraft(
            answers={"harm_now": "no", "implanted": "yes"}, recorded_by="A", role="specialist"
        ),
    )
    with sqlite3.connect(db.path) as conn:
        for statement in (
            "UPDATE event SET actor = 'mallory'",
            "DELETE FROM event",
            "UPDATE decision SET ir_class = 1",
            "DELETE FROM decision",
            "UPDATE decision_answer SET answer = 'no'",
            "DELETE FROM decision_answer",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)
        assert conn.execute("SELECT ir_class FROM decision").fetchall() == [(6,)]


def test_event_chain_verifies_and_detects_tampering(db):
    with db.write() as session:
        for n in range(3):
            append_event(
                session,
                at=f"2026-01-01T00:00:0{n}+00:00",
                kind="test",
                entity="x",
                entity_id=str(n),
                actor="t",
                workstation="w",
                payload={"n": n},
            )
    with db.read() as session:
        assert verify_chain(session) is None
    with sqlite3.connect(db.path) as conn:  # an attacker who drops the trigger first
        conn.execute("DROP TRIGGER event_no_update")
        conn.execute("UPDATE event SET payload = '{\"n\":9}' WHERE seq = 2")
    with db.read() as session:
        assert verify_chain(session) == 2


def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"shopping list: milk, eggs\n" * 40)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="not an MDIR Desk database"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_corrupt_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "mdir.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wreck the second page
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError, match=r"(damaged|integrity)"):
        open_database(path)
    assert path.read_bytes() == bytes(data)


def test_a_database_from_a_newer_program_is_refused_unchanged(tmp_path):
    path = tmp_path / "mdir.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer MDIR Desk"):
        open_database(path)
    assert path.read_bytes() == before


def test_missing_folder_and_folder_as_file_are_clear(tmp_path):
    with pytest.raises(StorageError, match="does not exist"):
        open_database(tmp_path / "absent" / "x.sqlite3")
    with pytest.raises(StorageError, match="is a folder"):
        open_database(tmp_path)
