"""Copies of a database file made with SQLite's online backup API, and the names they are given.

A copy is written into a hidden partial file in the target folder, switched to a single-file journal
(no ``-wal`` beside it), checked with ``PRAGMA quick_check``, flushed to disk, and only then given
its name — never over an existing file. The source is read through a read-only connection: making a
copy never writes to the database it copies.

Used before every schema upgrade (:mod:`app.database.db`) and by :mod:`app.services.backup`, which
lists, prunes, verifies and restores these files. Only names matching :data:`BACKUP_NAME` are ever
treated as backups this program wrote.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

KINDS = ("daily", "manual", "pre-upgrade")
AUTOMATIC_KINDS = ("daily", "pre-upgrade")  # the ones pruned to the last N
BACKUP_NAME = re.compile(r"^backup-(\d{8}T\d{6}\.\d{6}Z)-(daily|manual|pre-upgrade)\.sqlite3$")
# The hidden file a copy is written into before it gets its name (left over only when the program
# was killed while copying).
PARTIAL_NAME = re.compile(
    r"^\.backup-\d{8}T\d{6}\.\d{6}Z-(daily|manual|pre-upgrade)\.sqlite3\.\w+\.partial(-journal)?$"
)
_STAMP = "%Y%m%dT%H%M%S.%fZ"
BUSY_TIMEOUT_S = 10


def backup_name(kind: str, when: datetime) -> str:
    """``backup-20260126T083000.123456Z-daily.sqlite3`` (UTC)."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    return f"backup-{when.astimezone(UTC).strftime(_STAMP)}-{kind}.sqlite3"


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """When and why a backup of ours was made, from its name; None for any other file."""
    match = BACKUP_NAME.match(name)
    if match is None:
        return None
    try:
        when = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return when, match.group(2)


def new_backup_path(folder: Path, kind: str) -> Path:
    """A name for a backup made now in ``folder`` that no file there has yet."""
    for _attempt in range(100):
        candidate = folder / backup_name(kind, datetime.now(UTC))
        if not candidate.exists():
            return candidate
    raise FileExistsError(f"no free backup name in {folder}")


def copy_database(source: Path, target: Path) -> None:
    """Copy the SQLite database ``source`` into the new file ``target`` (online backup API).

    Raises ``FileExistsError`` when ``target`` exists (it is never overwritten), ``OSError`` or
    ``sqlite3.Error`` when the copy cannot be made; nothing is left behind at ``target`` then.
    """
    source, target = Path(source), Path(target)
    if target.exists():
        raise FileExistsError(f"{target} already exists")
    handle, partial_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".partial", dir=target.parent
    )
    os.close(handle)
    partial = Path(partial_name)
    try:
        _backup_into(source, partial)
        fsync_file(partial)
        publish(partial, target)
    finally:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)


def _backup_into(source: Path, partial: Path) -> None:
    uri = f"{source.resolve().as_uri()}?mode=ro"
    src = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # The copy carries the source's journal mode (WAL); a backup is one self-contained file.
            dst.execute("PRAGMA journal_mode = DELETE")
            result = dst.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                raise sqlite3.DatabaseError(f"the copy failed its check: {result and result[0]}")
        finally:
            dst.close()
    finally:
        src.close()


def publish(partial: Path, target: Path) -> None:
    """Give the finished file ``partial`` the name ``target`` unless a file has that name."""
    try:
        os.link(partial, target)  # fails when the target exists: never overwrites
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if target.exists():
            raise FileExistsError(f"{target} already exists") from None
        os.rename(partial, target)  # Windows refuses an existing target; checked just above
    else:
        partial.unlink()
    fsync_dir(target.parent)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened, e.g. Windows)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
