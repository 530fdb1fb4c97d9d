"""Backups of the database: made, listed, pruned, verified and restored.

Backups are made with SQLite's online backup API (:mod:`app.database.backup_file`) into the
database's own folder under the user data folder (:func:`app.paths.backups_dir`), named
``backup-<UTC time>-<daily|manual|pre-upgrade>.sqlite3``. Only files with such a name are listed,
counted or pruned: a file this program did not write is never deleted. Pruning keeps the newest
``backup_keep`` automatic backups (daily and pre-upgrade; manual ones are kept until someone deletes
them) and never the newest backup of all.

Verifying never touches the file: it is copied into a temporary folder and the copy is checked
(``PRAGMA integrity_check``, a known schema, the audit trail after upgrading the copy). Restoring
installs exactly the verified copy atomically (temporary file in the database's folder, fsync,
``os.replace``) and keeps the replaced file beside it as ``<name>.replaced-<UTC time>.sqlite3``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from app.database.backup_file import (
    AUTOMATIC_KINDS,
    PARTIAL_NAME,
    copy_database,
    fsync_dir,
    fsync_file,
    new_backup_path,
    parse_backup_name,
)
from app.database.db import SQLITE_HEADER, Database, known_revisions, open_database
from app.database.events import append_event
from app.errors import AppError, BadInputError, Message, StorageError
from app.paths import backups_dir
from app.services.audit import AuditReport, verify_audit
from app.services.clock import utc_now_iso, workstation_id
from app.services.output_log import os_account
from app.services.settings import int_setting
from app.services.store import open_store

DAILY = timedelta(hours=24)
DEFAULT_KEEP = 14
_STALE_PARTIAL = timedelta(hours=1)
_CLOCK_SLACK = timedelta(minutes=5)  # a backup "from the future" by less than this still counts
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created_at: datetime  # UTC, from the file's name
    kind: str  # "daily", "manual" or "pre-upgrade"
    size: int
    schema: str | None = None  # None when not read (or unreadable)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "created_at": self.created_at.isoformat(timespec="microseconds"),
            "kind": self.kind,
            "size_bytes": self.size,
            "schema": self.schema,
        }


# --- making, listing, pruning -----------------------------------------------------------------


def list_backups(db_path: Path, *, read_schema: bool = True) -> list[BackupFile]:
    """The backups of ``db_path`` in its backups folder, newest first."""
    folder = backups_dir(db_path)
    found: list[BackupFile] = []
    try:
        children = list(folder.iterdir()) if folder.is_dir() else []
        for child in children:
            parsed = parse_backup_name(child.name)
            if parsed is None or not child.is_file() or child.is_symlink():
                continue
            when, kind = parsed
            schema = _schema_of(child) if read_schema else None
            found.append(BackupFile(child, when, kind, child.stat().st_size, schema))
    except OSError as exc:
        raise StorageError(
            Message("backup.cannot_read_backups_folder", folder=folder, reason=_reason(exc))
        ) from None
    return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)


def make_backup(db_path: Path, *, out: Path | None = None, kind: str = "manual") -> BackupFile:
    """Copy the database at ``db_path`` (online: it may be in use) to ``out`` or, by default, to a
    new file in its backups folder. Never overwrites a file. Does not log (see
    :func:`log_backup_created`), so that it may run outside the thread that owns the database."""
    db_path = Path(db_path)
    if out is not None:
        target = Path(out).expanduser()
        if target.exists() or target.is_symlink():
            raise BadInputError(Message("backup.already_exists_backup_never", target=target))
        if not target.parent.is_dir():
            raise BadInputError(
                Message(
                    "backup.cannot_write_folder_does", target=target, target_parent=target.parent
                )
            )
    else:
        folder = backups_dir(db_path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = new_backup_path(folder, kind)
        except OSError as exc:
            raise StorageError(
                Message("backup.cannot_create_backups_folder", folder=folder, reason=_reason(exc))
            ) from None
    try:
        copy_database(db_path, target)
    except FileExistsError:
        raise BadInputError(Message("backup.already_exists_backup_never", target=target)) from None
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(
            Message("backup.cannot_write_backup", target=target, reason=_reason(exc))
        ) from None
    parsed = parse_backup_name(target.name) if out is None else None
    when = parsed[0] if parsed else datetime.now(UTC)
    return BackupFile(target, when, kind, target.stat().st_size, _schema_of(target))


def create_backup(db: Database, *, out: Path | None = None, kind: str = "manual") -> BackupFile:
    """Back up the open database and log ``backup.created`` in it (after the copy is complete)."""
    made = make_backup(db.path, out=out, kind=kind)
    log_backup_created(db, made)
    return made


def log_backup_created(db: Database, backup: BackupFile, *, from_schema: str | None = None) -> int:
    """Append a ``backup.created`` event to ``db`` (the source, never the copy); returns its seq."""
    payload: dict[str, Any] = {
        "file": str(backup.path),
        "kind": backup.kind,
        "bytes": backup.size,
        "sha256": _sha256(backup.path),
        "schema": backup.schema,
        "os_account": os_account(),
    }
    if from_schema:
        payload["upgraded_from_schema"] = from_schema
    return _log(db, "backup.created", backup.path.name, payload)


def log_upgrade_backup(db: Database) -> int | None:
    """Log the backup made before this opening upgraded the file, if one was made."""
    path = db.upgrade_backup
    if path is None or not path.exists():
        return None
    parsed = parse_backup_name(path.name)
    when, kind = parsed if parsed else (datetime.now(UTC), "pre-upgrade")
    backup = BackupFile(path, when, kind, path.stat().st_size, _schema_of(path))
    db.upgrade_backup = None  # logged once
    return log_backup_created(db, backup, from_schema=db.upgraded_from)


def prune_backups(db_path: Path, keep: int) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep`` (at least 1); returns those deleted.

    Only files named by this program are considered; the newest backup of all is never deleted.
    """
    _remove_stale_partials(backups_dir(db_path))
    backups = list_backups(db_path, read_schema=False)
    if not backups:
        return []
    newest = backups[0].path
    automatic = [b for b in backups if b.kind in AUTOMATIC_KINDS]
    removed = []
    for old in automatic[max(keep, 1) :]:
        if old.path == newest:
            continue
        try:
            old.path.unlink()
        except FileNotFoundError:  # another instance pruned it first
            continue
        except OSError as exc:
            raise StorageError(
                Message("backup.cannot_delete_old_backup", old_path=old.path, reason=_reason(exc))
            ) from None
        removed.append(old.path)
    return removed


def _remove_stale_partials(folder: Path) -> None:
    """Half-written copies of ours that a killed program left behind (older than an hour)."""
    if not folder.is_dir():
        return
    cutoff = datetime.now(UTC).timestamp() - _STALE_PARTIAL.total_seconds()
    for child in folder.iterdir():
        if PARTIAL_NAME.match(child.name) and child.is_file() and child.stat().st_mtime < cutoff:
            with contextlib.suppress(OSError):
                child.unlink()


def backup_due(db_path: Path, *, now: datetime | None = None, every: timedelta = DAILY) -> bool:
    """True when no backup of ``db_path`` was made in the last ``every``."""
    now = now or datetime.now(UTC)
    for backup in list_backups(db_path, read_schema=False):
        if now - every < backup.created_at <= now + _CLOCK_SLACK:
            return False
    return True


def keep_count(db: Database) -> int:
    return int_setting(db, "backup_keep") or DEFAULT_KEEP


def backup_if_due(
    db: Database, *, now: datetime | None = None, every: timedelta = DAILY
) -> BackupFile | None:
    """The daily backup: made (and older ones pruned) when none was made in the last ``every``."""
    if not backup_due(db.path, now=now, every=every):
        return None
    made = create_backup(db, kind="daily")
    prune_backups(db.path, keep_count(db))
    return made


# --- verifying --------------------------------------------------------------------------------


@dataclass
class VerifyReport:
    path: Path
    problem: str | None = None  # the first problem found; None when intact
    integrity: str | None = None  # "ok", or the first line of PRAGMA integrity_check
    schema: str | None = None
    audit: AuditReport | None = None

    @property
    def intact(self) -> bool:
        return self.problem is None

    def text(self) -> str:
        if not self.intact:
            return f"damaged: {self.path}: {self.problem}"
        audit = self.audit
        assert audit is not None
        seals = "seals checked" if audit.seals == "checked" else "seals not checked"
        return (
            f"intact: {self.path} (schema {self.schema}, {audit.events} events, "
            f"{audit.decisions} decisions, audit trail intact, {seals})"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "intact": self.intact,
            "first_problem": self.problem,
            "integrity": self.integrity,
            "schema": self.schema,
            "audit": self.audit.to_json() if self.audit else None,
        }


def verify_backup(path: Path) -> VerifyReport:
    """Check a backup (or any database file) without changing it in any way.

    The file is copied to a temporary folder; the copy gets ``PRAGMA integrity_check``, a schema
    check, and — upgraded to the current schema when older — the full audit trail verification.
    """
    path = _existing_file(path)
    with tempfile.TemporaryDirectory(prefix="mdir-desk-verify-") as work:
        report, _image = _inspect(path, Path(work))
    return report


def latest_good_backup(db_path: Path) -> tuple[BackupFile, VerifyReport] | None:
    """The newest backup of ``db_path`` that verifies (damaged ones are passed over)."""
    for backup in list_backups(db_path):
        with contextlib.suppress(AppError):
            report = verify_backup(backup.path)
            if report.intact:
                return backup, report
    return None


def _inspect(path: Path, work: Path) -> tuple[VerifyReport, Path]:
    """Verify a private copy of ``path`` made in ``work``; returns the report and the copy (a
    single file, exactly the backup's content), which only :func:`restore_backup` uses."""
    report = VerifyReport(path)
    image = work / "image.sqlite3"
    try:
        _copy_with_side_files(path, image)
    except OSError as exc:
        raise StorageError(Message("common.cannot_read", path=path, reason=_reason(exc))) from None
    with image.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            report.problem = "it is not an SQLite database file"
            return report, image
    try:
        conn = sqlite3.connect(image)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")  # takes in a -wal copied with it
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            report.integrity = str(rows[0][0]) if rows else "no answer"
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            if has_version:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                report.schema = str(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        report.problem = f"it is damaged ({exc})"
        return report, image
    if report.integrity != "ok":
        report.problem = f"it failed its integrity check ({report.integrity})"
    elif report.schema is None:
        report.problem = "it has no schema version (not an MDIR Desk database)"
    elif report.schema not in known_revisions():
        report.problem = f"its schema {report.schema} is unknown to this program (newer?)"
    else:
        _verify_trail(image, work, report)
    return report, image


def _verify_trail(image: Path, work: Path, report: VerifyReport) -> None:
    trail_copy = work / "trail.sqlite3"
    shutil.copyfile(image, trail_copy)
    try:
        db = open_database(trail_copy, create=False, backup_before_upgrade=False)
    except AppError as exc:
        report.problem = f"it cannot be opened as an MDIR Desk database: {exc.message}"
        return
    except (DBAPIError, sqlite3.DatabaseError) as exc:  # e.g. an upgrade its content breaks
        report.problem = f"it cannot be upgraded to the current schema ({_first_line(exc)})"
        return
    try:
        report.audit = verify_audit(db)
    except AppError as exc:
        report.problem = f"its audit trail cannot be checked: {exc.message}"
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        report.problem = f"its audit trail cannot be read ({_first_line(exc)})"
    finally:
        db.close()
    if report.audit is not None and not report.audit.intact:
        report.problem = f"audit trail broken: {report.audit.problems[0].text()}"


# --- restoring --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced: Path | None  # where the file that was replaced was kept (None: there was none)
    report: VerifyReport
    event_seq: int


def restore_backup(db_path: Path, backup_path: Path) -> RestoreResult:
    """Replace the database at ``db_path`` with the backup at ``backup_path``.

    The backup is verified first (a damaged one is refused, nothing changes); the file it replaces
    is kept beside it (``<stem>.replaced-<UTC time><suffix>``, with any ``-wal``/``-shm`` of a file
    that could not be checkpointed); the swap is atomic. Then ``backup.restored`` is logged in the
    restored database, after its restored trail.
    """
    db_path = Path(db_path).expanduser()
    backup_path = _existing_file(backup_path)
    if db_path.exists() and db_path.resolve() == backup_path.resolve():
        raise BadInputError(
            Message("backup.database_itself_choose_backup", backup_path=backup_path)
        )
    folder = db_path.parent
    if not folder.is_dir():
        raise StorageError(
            Message("backup.cannot_restore_into_folder", db_path=db_path, folder=folder)
        )
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{db_path.name}.restore-", dir=folder))
    except OSError as exc:
        raise StorageError(
            Message("backup.cannot_restore_into", db_path=db_path, reason=_reason(exc))
        ) from None
    try:
        report, image = _inspect(backup_path, work)
        if not report.intact:
            raise StorageError(
                Message(
                    "backup.refused_restore_not_changed",
                    backup_path=backup_path,
                    problem=report.problem,
                    db_path=db_path,
                )
            )
        replaced = _swap_in(db_path, image)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    db = open_store(db_path)
    try:
        log_upgrade_backup(db)  # the restored file may be of an older schema
        seq = _log(
            db,
            "backup.restored",
            backup_path.name,
            {
                "file": str(backup_path),
                "sha256": _sha256(backup_path),
                "schema": report.schema,
                "replaced_file_kept_as": str(replaced) if replaced else None,
                "os_account": os_account(),
            },
        )
    finally:
        db.close()
    return RestoreResult(backup_path, replaced, report, seq)


def _swap_in(db_path: Path, image: Path) -> Path | None:
    """Put ``image`` (in the same folder) in place of ``db_path``; keep the old file aside."""
    replaced = None
    try:
        fsync_file(image)
        if db_path.exists():
            _checkpoint(db_path)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
            replaced = db_path.with_name(f"{db_path.stem}.replaced-{stamp}{db_path.suffix}")
            _keep_aside(db_path, replaced)
            for side in _SIDE_FILES:
                current = Path(f"{db_path}{side}")
                if current.exists():  # not folded in: kept with the file it belongs to
                    os.rename(current, Path(f"{replaced}{side}"))
        os.replace(image, db_path)
        fsync_dir(db_path.parent)
    except OSError as exc:
        raise StorageError(
            Message("backup.cannot_restore_into", db_path=db_path, reason=_reason(exc))
        ) from None
    return replaced


def _checkpoint(db_path: Path) -> bool:
    """Fold a sound database's -wal into the file (so the file alone is the whole database) and
    make sure no other program has it open. False for a damaged file, which is left untouched."""
    try:
        with db_path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return False
        uri = f"{db_path.resolve().as_uri()}?mode=ro"
        probe = sqlite3.connect(uri, uri=True, timeout=2)
        try:
            result = probe.execute("PRAGMA quick_check").fetchone()
        finally:
            probe.close()
        if not result or result[0] != "ok":
            return False
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _in_use(db_path) from None
        return False
    except sqlite3.DatabaseError:
        return False
    try:
        conn = sqlite3.connect(db_path, timeout=2)
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _in_use(db_path) from None
        raise StorageError(
            Message("backup.cannot_restore_into_2", db_path=db_path, reason=exc)
        ) from None
    if not mode or str(mode[0]).lower() != "delete":
        raise _in_use(db_path)
    return True


def _in_use(db_path: Path) -> StorageError:
    return StorageError(Message("backup.use_another_program_mdir", db_path=db_path))


def _keep_aside(db_path: Path, replaced: Path) -> None:
    """A second name for the current file (it keeps its bytes there when the new one moves in)."""
    try:
        os.link(db_path, replaced)
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system: a full copy, flushed
        shutil.copyfile(db_path, replaced)
        fsync_file(replaced)
    fsync_dir(replaced.parent)


# --- helpers ----------------------------------------------------------------------------------


def _log(db: Database, kind: str, entity_id: str, payload: dict[str, Any]) -> int:
    with db.write() as session:
        event = append_event(
            session,
            at=utc_now_iso(),
            kind=kind,
            entity="backup",
            entity_id=entity_id,
            actor=os_account(),
            workstation=workstation_id(),
            payload=payload,
            authenticated=False,
        )
        session.flush()
        return int(event.seq or 0)


def _existing_file(path: Path) -> Path:
    path = Path(path).expanduser()
    if not path.exists():
        raise BadInputError(Message("backup.does_not_exist", path=path))
    if not path.is_file():
        raise BadInputError(Message("backup.not_file", path=path))
    return path


def _copy_with_side_files(source: Path, target: Path) -> None:
    """A byte copy of ``source`` and of its -wal, if it has one (never opened by SQLite)."""
    shutil.copyfile(source, target)
    wal = Path(f"{source}-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        shutil.copyfile(wal, Path(f"{target}-wal"))


def _schema_of(path: Path) -> str | None:
    """The schema revision of a backup of ours (a single file: read-only, immutable)."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "strerror", None) or exc)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0] if text else type(exc).__name__
