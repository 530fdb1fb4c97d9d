"""Run ``bundle`` and ``trust`` in-process through their own parser and run functions, as
``mdir-desk`` will once they are wired into app/cli/parser.py and app/cli/main.py."""

from __future__ import annotations

import contextlib
import io
import sys
from dataclasses import dataclass
from pathlib import Path

from app.cli.backup_command import open_for_command
from app.cli.bundle_command import run_bundle, run_trust
from app.cli.bundle_parser import add_bundle_parsers
from app.cli.output import one_line
from app.cli.parser import PROG, OneLineParser
from app.errors import AppError
from app.services.reference import load_reference


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(db_path: Path, *argv: str, stdin: str = "") -> Result:
    parser = OneLineParser(prog=PROG)
    commands = parser.add_subparsers(dest="command", parser_class=OneLineParser)
    add_bundle_parsers(commands, OneLineParser)
    out, err = io.StringIO(), io.StringIO()
    saved_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                args = parser.parse_args(list(argv))
            except SystemExit as exc:
                return Result(int(exc.code or 0), out.getvalue(), err.getvalue())
            db = open_for_command(Path(db_path))
            try:
                run = run_bundle if args.command == "bundle" else run_trust
                code = run(args, db, load_reference(), "en")
            except AppError as exc:
                print(f"{PROG}: {one_line(exc.message)}", file=sys.stderr)
                code = exc.exit_code
            finally:
                db.close()
    finally:
        sys.stdin = saved_stdin
    return Result(code, out.getvalue(), err.getvalue())
