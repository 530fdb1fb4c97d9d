"""Opening the database: checks, pragmas, migrations, sessions.

Every connection uses WAL, ``synchronous=FULL`` and foreign keys. Writes run in ``BEGIN IMMEDIATE``
transactions so that two instances on one file queue up instead of interleaving. A file that is not an
SQLite database, fails the quick integrity check, or carries a schema newer than this program is refused
before anything is written to it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from app.errors import StorageError
from app.paths import migrations_dir

SQLITE_HEADER = b"SQLite format 3\x00"
# The newest migration. Opening a database already at this revision skips loading Alembic (~90 ms of
# start-up); a test checks that it matches the head of migrations/versions.
SCHEMA_HEAD = "0004"
BUSY_TIMEOUT_MS = 10_000


class Database:
    """An open, migrated database file."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._write_engine = engine.execution_options(begin_immediate=True)
        self._local = threading.local()
        self._raw: list[sqlite3.Connection] = []
        # Seals audit events (app.database.events.Sealer); set by app.services.store.open_store.
        self.sealer: Any = None

    def raw_reader(self) -> sqlite3.Connection:
        """A plain, read-only sqlite3 connection for hot look-ups (one per thread).

        Used where the ORM's overhead matters (a scanned tag must show at once); it reads only
        committed data and can never write.
        """
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
            conn.execute("PRAGMA query_only = ON")
            self._local.conn = conn
            self._raw.append(conn)
        return conn

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed when the block ends without error, else rolled back.

        Writers queue up (``BEGIN IMMEDIATE`` with a busy timeout); one that waited longer than the
        timeout for another program's lock gets a StorageError saying so (nothing was written).
        """
        with Session(self._write_engine, info={"sealer": self.sealer}) as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                if "locked" in str(exc) or "busy" in str(exc):
                    raise StorageError(
                        f"the database {self.path} is busy: another MDIR Desk (or another "
                        f"program) has held it for more than {BUSY_TIMEOUT_MS / 1000:g} s; "
                        "nothing was saved, try again"
                    ) from None
                raise
            except Exception:
                session.rollback()
                raise

    def close(self) -> None:
        for conn in self._raw:
            conn.close()
        self._raw.clear()
        self.engine.dispose()


def open_database(path: Path, *, create: bool = True) -> Database:
    """Open ``path``, creating and migrating it to the current schema."""
    path = Path(path)
    _check_location(path, create=create)
    _check_existing_file(path)
    engine = _make_engine(path)
    try:
        _migrate(engine, path)
    except StorageError:
        engine.dispose()
        raise
    return Database(path, engine)


def _check_location(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a database file")
    if not path.exists():
        if not create:
            raise StorageError(f"database {path} does not exist")
        if not path.parent.is_dir():
            raise StorageError(
                f"cannot create database {path}: folder {path.parent} does not exist"
            )


def _check_existing_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(f"cannot read database {path}: {exc.strerror or exc}") from None
    if header != SQLITE_HEADER:
        raise StorageError(
            f"{path} is not an MDIR Desk database (not an SQLite file); it was not changed"
        )
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with sqlite3.connect(uri, uri=True) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"database {path} is damaged ({exc}); it was not changed") from None
    if not result or result[0] != "ok":
        raise StorageError(f"database {path} failed its integrity check; it was not changed")


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("begin_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if not has_table:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None


def _migrate(engine: Engine, path: Path) -> None:
    if _current_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    script = ScriptDirectory.from_config(config)
    known = {rev.revision for rev in script.walk_revisions()}
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current is not None and current not in known:
        raise StorageError(
            f"database {path} was written by a newer MDIR Desk (schema {current}); it was not changed"
        )
    if current == script.get_current_head():
        return
    try:
        with engine.connect() as conn:
            # Foreign keys off while tables are rebuilt (SQLite ignores this pragma inside a
            # transaction, so it is set before the migration's transaction begins), checked after.
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with conn.begin():
                    config.attributes["connection"] = conn
                    command.upgrade(config, "head")
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StorageError(
                            f"upgrading {path} would break {len(broken)} references; "
                            "it was not changed"
                        )
            finally:
                raw.execute("PRAGMA foreign_keys = ON")
    except OSError as exc:
        raise StorageError(f"cannot write database {path}: {exc.strerror or exc}") from None
    except Exception as exc:  # sqlite errors arrive wrapped by SQLAlchemy
        if "readonly" in str(exc) or "unable to open" in str(exc):
            raise StorageError(f"cannot write database {path}: it is read-only") from None
        raise
