"""Opening the database: checks, pragmas, migrations, sessions.

Every connection uses WAL, ``synchronous=FULL`` and foreign keys. Writes run in ``BEGIN IMMEDIATE``
transactions so that two instances on one file queue up instead of interleaving. A file that is not an
SQLite database, fails the quick integrity check, or carries a schema newer than this program is refused
before anything is written to it (:class:`DamagedDatabaseError`). A file about to be upgraded to a newer
schema is first copied into its backups folder; no copy, no upgrade.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import Message, StorageError
from app.paths import migrations_dir

# SQLAlchemy loads on the first open, not on import (precheck_database needs only sqlite3): the GUI
# shows its window before it opens the database.
if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

SQLITE_HEADER = b"SQLite format 3\x00"
# The newest migration. Opening a database already at this revision skips loading Alembic (~90 ms of
# start-up); a test checks that it matches the head of migrations/versions.
SCHEMA_HEAD = "0006"
BUSY_TIMEOUT_MS = 10_000


def _busy_seconds() -> str:
    """The busy timeout as messages give it ("10"), read when the message is made."""
    return f"{BUSY_TIMEOUT_MS / 1000:g}"


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
        # The copy made before this file was upgraded on opening, and the schema it had.
        self.upgrade_backup: Path | None = None
        self.upgraded_from: str | None = None

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
        from sqlmodel import Session

        with Session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed when the block ends without error, else rolled back.

        Writers queue up (``BEGIN IMMEDIATE`` with a busy timeout); one that waited longer than the
        timeout for another program's lock gets a StorageError saying so (nothing was written).
        """
        from sqlalchemy.exc import OperationalError
        from sqlmodel import Session

        with Session(self._write_engine, info={"sealer": self.sealer}) as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                if "locked" in str(exc) or "busy" in str(exc):
                    raise StorageError(
                        Message("database.busy", path=self.path, seconds=_busy_seconds())
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


DAMAGE_KINDS = ("not_sqlite", "damaged", "foreign", "newer")


class DamagedDatabaseError(StorageError):
    """The file is not a usable MDIR Desk database: not an SQLite file, damaged, not ours, or
    written by a newer program. It was refused and not changed. ``problem`` says what is wrong
    without naming the file (the message names it); ``kind`` is one of :data:`DAMAGE_KINDS`, for
    interfaces that explain it in their own words."""

    def __init__(self, path: Path, message: Message, problem: Message, kind: str) -> None:
        super().__init__(message)
        self.path = path
        self.problem = problem.render("en")
        self._problem = problem
        self.kind = kind

    def problem_text(self, lang: str) -> str:
        """``problem`` in ``lang``."""
        return self._problem.render(lang)


def open_database(
    path: Path, *, create: bool = True, backup_before_upgrade: bool = True
) -> Database:
    """Open ``path``, creating and migrating it to the current schema.

    Before an existing file is upgraded from an older schema it is copied (SQLite online backup)
    into its backups folder (:func:`app.paths.backups_dir`); when that copy cannot be made, the
    file is not upgraded and a StorageError says why. ``backup_before_upgrade=False`` is for
    throw-away copies (verifying a backup). ``Database.upgrade_backup`` names the copy made.
    """
    from sqlalchemy.exc import OperationalError

    path = Path(path)
    revision = precheck_database(path, create=create)
    upgrade_backup = _prepare_upgrade(path, revision, backup=backup_before_upgrade)
    engine = _make_engine(path)
    try:
        _migrate(engine, path)
    except StorageError:
        engine.dispose()
        raise
    except (OperationalError, sqlite3.OperationalError) as exc:
        engine.dispose()
        if _is_access_problem(exc):
            raise _open_error(path, exc) from None
        raise
    database = Database(path, engine)
    database.upgrade_backup = upgrade_backup
    database.upgraded_from = revision if upgrade_backup else None
    return database


def precheck_database(path: Path, *, create: bool = True) -> str | None:
    """The checks :func:`open_database` makes before it writes anything, with plain sqlite3 only
    (no SQLAlchemy, read-only, fast): a file that cannot be used raises StorageError or
    :class:`DamagedDatabaseError`. Returns the file's schema revision (None: no database yet)."""
    path = Path(path)
    _check_location(path, create=create)
    return _check_existing_file(path)


def _check_location(path: Path, *, create: bool) -> None:
    try:
        if path.is_dir():
            raise StorageError(Message("database.is_folder", path=path))
        if path.exists():
            return
        if not create:
            raise StorageError(Message("database.does_not_exist", path=path))
        if not path.parent.is_dir():
            raise StorageError(Message("database.folder_missing", path=path, folder=path.parent))
    except OSError as exc:  # e.g. a folder on the way that may not be entered
        raise StorageError(
            Message("database.cannot_open", path=path, reason=exc.strerror or exc)
        ) from None
    if not os.access(path.parent, os.W_OK):
        raise StorageError(Message("database.folder_read_only", path=path, folder=path.parent))


def _check_existing_file(path: Path) -> str | None:
    """Refuse a file that is not a sound MDIR Desk database; its schema revision (None: new)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(
            Message("database.cannot_read", path=path, reason=exc.strerror or exc)
        ) from None
    if header != SQLITE_HEADER:
        raise DamagedDatabaseError(
            path,
            Message("database.not_sqlite", path=path),
            Message("database.problem_not_sqlite"),
            "not_sqlite",
        )
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            row = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if _is_access_problem(exc):
            raise _open_error(path, exc) from None
        raise _damaged(path, exc) from None
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, exc) from None
    if not result or result[0] != "ok":
        raise DamagedDatabaseError(
            path,
            Message("database.failed_integrity", path=path),
            Message("database.problem_failed_integrity"),
            "damaged",
        )
    if row is None and tables:
        raise DamagedDatabaseError(
            path,
            Message("database.foreign", path=path),
            Message("database.problem_foreign"),
            "foreign",
        )
    return str(row[0]) if row else None


def _damaged(path: Path, exc: sqlite3.Error) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        path,
        Message("database.damaged", path=path, reason=exc),
        Message("database.problem_damaged", reason=exc),
        "damaged",
    )


_ACCESS_PROBLEMS = ("unable to open", "readonly", "read-only", "locked", "disk i/o", "full")


def _is_access_problem(exc: Exception) -> bool:
    text = str(exc).lower()
    return any(problem in text for problem in _ACCESS_PROBLEMS)


def _open_error(path: Path, exc: Exception) -> StorageError:
    """A clear one-line StorageError for an SQLite failure to open or write ``path``."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in text or "busy" in text:
        return StorageError(Message("database.locked", path=path, seconds=_busy_seconds()))
    if "readonly" in text or "read-only" in text:
        return StorageError(
            Message("database.cannot_write", path=path, reason=Message("database.read_only"))
        )
    if "full" in text:
        return StorageError(
            Message("database.cannot_write", path=path, reason=Message("database.disk_full"))
        )
    if "unable to open" in text:
        where = path.parent
        if not os.access(where, os.W_OK):
            reason = Message("database.folder_not_writable", folder=where)
            return StorageError(Message("database.cannot_open", path=path, reason=reason))
        return StorageError(
            Message("database.cannot_open", path=path, reason=Message("database.cannot_open_there"))
        )
    first_line = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    return StorageError(Message("database.cannot_open", path=path, reason=first_line))


def schema_script() -> Any:
    """Alembic's view of the migrations shipped with this program."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return ScriptDirectory.from_config(config)


def known_revisions() -> set[str]:
    """Every schema revision this program can read (and upgrade to the newest)."""
    return {rev.revision for rev in schema_script().walk_revisions()}


def _prepare_upgrade(path: Path, revision: str | None, *, backup: bool) -> Path | None:
    """Refuse a schema newer than this program; copy a file about to be upgraded.

    Returns the backup made (None when no upgrade is due, or ``backup`` is False).
    """
    if revision is None or revision == SCHEMA_HEAD:
        return None
    if revision not in known_revisions():
        raise DamagedDatabaseError(
            path,
            Message("database.newer", path=path, revision=revision),
            Message("database.problem_newer", revision=revision),
            "newer",
        )
    if not backup:
        return None
    from app.database.backup_file import copy_database, new_backup_path
    from app.paths import backups_dir

    try:
        folder = backups_dir(path)
        folder.mkdir(parents=True, exist_ok=True)
        target = new_backup_path(folder, "pre-upgrade")
        copy_database(path, target)
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise StorageError(
            Message("database.upgrade_backup_failed", path=path, revision=revision, reason=reason)
        ) from None
    return target


def _make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

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

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    script = schema_script()
    known = {rev.revision for rev in script.walk_revisions()}
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current is not None and current not in known:
        raise DamagedDatabaseError(
            path,
            Message("database.newer", path=path, revision=current),
            Message("database.problem_newer", revision=current),
            "newer",
        )
    if current == script.get_current_head():
        return
    try:
        # IMMEDIATE: two programs opening a new file at once take turns; the second finds the
        # schema current inside its transaction and does nothing (a deferred transaction would
        # fail when it tried to write after the first had committed).
        with engine.connect().execution_options(begin_immediate=True) as conn:
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
                            Message("database.upgrade_breaks", path=path, count=len(broken))
                        )
            finally:
                raw.execute("PRAGMA foreign_keys = ON")
    except OSError as exc:
        raise StorageError(
            Message("database.cannot_write", path=path, reason=exc.strerror or exc)
        ) from None
