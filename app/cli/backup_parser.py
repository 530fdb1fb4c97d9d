"""Arguments of ``mdir-desk backup ...``."""

from __future__ import annotations

import argparse
from typing import Any


def add_backup_parser(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser("backup", help="back up, list, verify and restore the database")
    sub = backup.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    create = sub.add_parser("create", help="copy the database now (online); prints the path")
    create.add_argument(
        "--out",
        metavar="PATH",
        help="where to write the copy (never over an existing file; default: the backups folder)",
    )
    listing = sub.add_parser("list", help="backups in the backups folder, newest first")
    listing.add_argument("--json", action="store_true")
    verify = sub.add_parser(
        "verify", help="check a backup without changing it; exit 1 when it is damaged"
    )
    verify.add_argument("path", metavar="PATH")
    verify.add_argument("--json", action="store_true")
    restore = sub.add_parser(
        "restore",
        help="replace the database with a verified backup (the replaced file is kept beside it)",
    )
    restore.add_argument("path", metavar="PATH")
    restore.add_argument("--json", action="store_true")
