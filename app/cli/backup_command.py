"""``mdir-desk backup create|list|verify|restore`` and opening the database for a command.

``verify``, ``list`` and ``restore`` never open the current database through the program (restore
is what one does when it cannot be opened); ``create`` backs up the open database.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.output import print_json
from app.errors import StorageError
from app.paths import backups_dir

if TYPE_CHECKING:
    from app.database.db import Database


def open_for_command(db_path: Path) -> Database:
    """The database for a CLI command. A refused (damaged) file gets a message naming the newest
    backup and how to restore it; a backup made before an upgrade is logged."""
    from app.database.db import DamagedDatabaseError
    from app.services.store import open_store

    try:
        db = open_store(db_path)
    except DamagedDatabaseError as exc:
        raise StorageError(f"{exc.message}. {restore_hint(db_path)}") from None
    if db.upgrade_backup is not None:  # the service is loaded only then (start-up time)
        from app.services import backup

        try:
            backup.log_upgrade_backup(db)
        except Exception:
            db.close()
            raise
    return db


def restore_hint(db_path: Path) -> str:
    from app.services import backup

    try:
        backups = backup.list_backups(db_path, read_schema=False)
    except StorageError:
        backups = []
    command = f"mdir-desk --db {shlex.quote(str(db_path))} backup restore"
    if not backups:
        return f"No backup of it in {backups_dir(db_path)}; to restore a copy: {command} PATH"
    newest = shlex.quote(str(backups[0].path))
    return f"Latest backup: {newest}; to restore it (verified first): {command} {newest}"


def run_backup(args: argparse.Namespace, db_path: Path) -> int:
    from app.services import backup

    if args.action == "create":
        db = open_for_command(db_path)
        try:
            made = backup.create_backup(db, out=Path(args.out) if args.out else None)
        finally:
            db.close()
        print(made.path)
        return 0
    if args.action == "list":
        return _list(db_path, args.json)
    if args.action == "verify":
        report = backup.verify_backup(Path(args.path))
        if args.json:
            print_json(report.to_json())
        else:
            print(report.text())
        return 0 if report.intact else 1
    result = backup.restore_backup(db_path, Path(args.path))
    if args.json:
        print_json(
            {
                "restored_from": str(result.restored_from),
                "database": str(db_path),
                "replaced_file_kept_as": str(result.replaced) if result.replaced else None,
                "schema": result.report.schema,
                "event_seq": result.event_seq,
            }
        )
    else:
        print(f"restored {db_path} from {result.restored_from}")
        if result.replaced:
            print(f"the replaced file is kept as {result.replaced}")
    return 0


def _list(db_path: Path, as_json: bool) -> int:
    from app.services import backup

    backups = backup.list_backups(db_path)
    if as_json:
        print_json({"folder": str(backups_dir(db_path)), "backups": [b.to_json() for b in backups]})
        return 0
    if not backups:
        print(f"no backups in {backups_dir(db_path)}")
        return 0
    for b in backups:
        when = b.created_at.astimezone().isoformat(timespec="seconds")
        print(f"{when}  {b.kind:<11}  {_size(b.size):>9}  schema {b.schema or '?'}  {b.path}")
    return 0


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
