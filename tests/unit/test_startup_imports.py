"""Opening the application shows its first screen before the heavy libraries load.

A real start in a subprocess (``--quit-when-ready`` with MDIR_DESK_STARTUP_TRACE=1, which prints each
step and, at the first screen, the packages imported by then). Timings are never asserted here; the
start-up benchmark measures them (tests/benchmarks/startup_benchmark.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.parser import build_parser, parse_start
from app.database.db import open_database

ROOT = Path(__file__).resolve().parents[2]
# What the first screen does not need: the database layer, the data-file models, reports,
# spreadsheets, the credential store and the cryptography of sign-off.
NOT_BEFORE_THE_FIRST_SCREEN = (
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "pydantic",
    "yaml",
    "reportlab",
    "openpyxl",
    "keyring",
    "cryptography",
    "argon2",
)
STEPS = ["first screen ready", "database open", "look-ups ready", "all tabs built"]


def traced_start(db: Path, tmp_path: Path) -> tuple[list[str], set[str]]:
    """The steps of a start on ``db``, in order, and the packages imported at the first screen."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        MDIR_DESK_STARTUP_TRACE="1",
        XDG_STATE_HOME=str(tmp_path / "state"),  # the log folder
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    run = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), "--quit-when-ready"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    steps, modules = [], set()
    for line in run.stderr.splitlines():
        if line.startswith("mdir-desk: startup: modules "):
            modules = set(line.removeprefix("mdir-desk: startup: modules ").split())
        elif line.startswith("mdir-desk: startup: "):
            steps.append(line.removeprefix("mdir-desk: startup: ").rsplit(" t=", 1)[0])
    return steps, modules


def test_the_first_screen_shows_before_the_database_layer_loads(tmp_path):
    db = tmp_path / "existing.sqlite3"
    open_database(db).close()  # an existing, migrated database: the normal start
    steps, modules = traced_start(db, tmp_path)
    assert steps == STEPS
    assert "PySide6" in modules and "app" in modules and "ui" in modules
    assert sorted(modules & set(NOT_BEFORE_THE_FIRST_SCREEN)) == []


def test_a_first_start_creates_the_database_after_the_first_screen(tmp_path):
    db = tmp_path / "new.sqlite3"
    steps, modules = traced_start(db, tmp_path)
    assert steps == STEPS
    assert sorted(modules & set(NOT_BEFORE_THE_FIRST_SCREEN)) == []
    assert db.exists()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--quit-when-ready"],
        ["--db", "x.sqlite3"],
        ["--db=x.sqlite3", "--lang", "ja"],
        ["--lang=en", "--quit"],  # an abbreviation, as argparse allows
        ["--q", "--d", "y.sqlite3"],
        ["--db", "classify"],  # the value of --db, not a command
        ["--lang", "en", "--lang", "ja"],
    ],
)
def test_a_start_is_parsed_as_the_full_parser_parses_it(argv):
    start = parse_start(argv)
    assert start is not None
    assert vars(start) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["classify"],
        ["--db", "x.sqlite3", "demo"],
        ["classify", "--version"],
        ["-h"],
        ["--help"],
        ["--version"],
        ["--v"],
        ["--lang", "fr"],
        ["--db"],
        ["--quit-when-ready=1"],
        ["--nope"],
    ],
)
def test_anything_else_is_left_to_the_full_parser(argv):
    assert parse_start(argv) is None
