"""Run ``mdir-desk`` as a user would: a separate process, with the network guard loaded inside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


@pytest.fixture
def cli(tmp_path):
    db = tmp_path / "cli.sqlite3"

    def run(
        *args: str,
        stdin: str | None = None,
        with_db: bool = True,
        env: dict | None = None,
        timeout: float = 60,
    ) -> Run:
        environment = dict(os.environ)
        environment["PYTHONPATH"] = str(TESTS / "netguard_site")
        environment["QT_QPA_PLATFORM"] = "offscreen"
        environment.update(env or {})
        command = [sys.executable, "-m", "app", *(["--db", str(db)] if with_db else []), *args]
        done = subprocess.run(
            command,
            input=stdin,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=environment,
            timeout=timeout,
            encoding="utf-8",
        )
        return Run(done.returncode, done.stdout, done.stderr)

    run.db = db  # type: ignore[attr-defined]
    return run


ADMIN_PASSWORD = "correct horse"


@pytest.fixture
def admin(cli):
    """An administrator account on the CLI's database; ``admin.args`` and ``admin.stdin`` sign
    a configuration command in as that administrator."""
    run = cli(
        "users",
        "add",
        "admin",
        "--name",
        "Ada Admin",
        "--role",
        "admin",
        "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert run.code == 0, run.err

    class Admin:
        args = ("--as", "admin", "--password-stdin")
        stdin = ADMIN_PASSWORD + "\n"

    return Admin
