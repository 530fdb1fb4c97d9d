"""Helpers of the hostile-input tests: fixture paths, seeding a database and counting its rows, the
one-line refusal check, a CLI runner (a separate process, as a user runs it) and the hypothesis
settings (few examples, no deadline: the whole folder runs in well under a minute)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from app.database.db import Database
from app.errors import AppError, BadInputError
from app.services.composition import import_sbom
from app.services.contacts import import_contacts
from app.services.inventory_import import apply_import, plan_import
from app.services.reference import Reference, load_reference

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures"
HOSTILE = FIXTURES / "hostile"
SBOMS = FIXTURES / "shared" / "sbom"
SNIPEIT = FIXTURES / "shared" / "snipeit"
CONTACTS = FIXTURES / "contacts"
REF: Reference = load_reference()

# Property tests: a modest number of examples each; files are written to a scratch folder, so the
# function-scoped tmp_path fixture may be shared by the examples of one test.
FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

COUNTED = (
    "device",
    "contact",
    "contact_method",
    "escalation_entry",
    "sbom",
    "sbom_component",
    "mapping_profile",
    "event",
)


def counts(database: Database | Path) -> dict[str, int]:
    """Rows per table that an import or export could touch (the event log included)."""
    path = database.path if isinstance(database, Database) else database
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


def one_line(message: str) -> str:
    """A message fit for one line on stderr: no line break, no traceback, not a wall of text."""
    assert message.strip(), "empty message"
    assert "\n" not in message and "\r" not in message, message[:500]
    assert "Traceback" not in message
    assert len(message) < 800, message[:800]
    return message


def refusal(
    call: Callable[..., Any], *args: Any, error: type[AppError] = BadInputError, **kw: Any
) -> str:
    """The one-line message of the ``error`` that ``call(*args, **kw)`` raises."""
    with pytest.raises(error) as caught:
        call(*args, **kw)
    return one_line(caught.value.message)


def files_in(folder: Path) -> set[str]:
    """Every file below ``folder`` (relative names), to show that a failure left nothing behind."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def seed(db: Database) -> None:
    """Some of everything an import touches: Snipe-IT devices, contacts, an SBOM."""
    planned = plan_import(db, REF, SNIPEIT / "assets-sample.csv", "snipe-it")
    apply_import(db, REF, planned, by="seed")
    import_contacts(db, REF, CONTACTS / "contacts.csv", by="seed")
    import_sbom(db, SBOMS / "spdx23-example11.spdx.json", model="LVP-500", firmware=None, by="seed")


@dataclass
class Run:
    code: int
    out: str
    err: str


def assert_refused(run: Run, fragment: str = "") -> str:
    """Exit 2 with exactly one line on stderr (``mdir-desk: ...``) and no traceback."""
    assert run.code == 2, (run.code, run.out[-2000:], run.err[-2000:])
    lines = run.err.splitlines()
    assert len(lines) == 1 and run.err.endswith("\n"), run.err[-2000:]
    assert lines[0].startswith("mdir-desk: "), lines[0]
    one_line(lines[0])
    assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


class Cli:
    """``mdir-desk`` in a separate process (network guard loaded), on one database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = folder / "cli.sqlite3"

    def __call__(self, *args: str, timeout: float = 60) -> Run:
        home = self.folder / "home"
        environment = dict(os.environ)
        environment.pop("MDIR_DESK_DEBUG", None)
        environment.update(  # as tests/conftest.py isolates the test process (also module-scoped)
            PYTHONPATH=str(TESTS / "netguard_site"),
            QT_QPA_PLATFORM="offscreen",
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_STATE_HOME=str(home / "state"),
            XDG_CACHE_HOME=str(home / "cache"),
            PYTHON_KEYRING_BACKEND="mdir_test_keyring.FileKeyring",
            MDIR_TEST_KEYRING_FILE=str(home / "keyring.json"),
        )
        done = subprocess.run(
            [sys.executable, "-m", "app", "--db", str(self.db), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=self.folder,
            env=environment,
            timeout=timeout,
        )
        return Run(done.returncode, done.stdout, done.stderr)
