"""Kill ``mdir-desk dev stress`` with SIGKILL at random moments, then check that nothing it
acknowledged was lost.

``dev stress`` prints a decision's id only after its transaction has committed, so every complete
line read from its output is a promise. After the kills: ``PRAGMA integrity_check`` must say ok,
every promised id must be in ``decisions list``, and ``audit verify`` must find the trail intact.
Used by tests/integration/test_crash_kill.py (a few kills) and, as a script, for the long run:

    .venv/bin/python tests/crash_harness.py --kills 1000 [--seed N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class KillReport:
    kills: int = 0
    acknowledged: set[str] = field(default_factory=set)
    saved: int = 0
    lost: list[str] = field(default_factory=list)
    integrity: str = ""
    audit_intact: bool = False
    seals: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.lost and self.integrity == "ok" and self.audit_intact


def _command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "app", "--db", str(db), *args]


def _env(folder: Path) -> dict[str, str]:
    """The network guard loaded in every process; a credential store (the tests' file store,
    unless one is configured) so that the audit events are sealed as in real use."""
    env = dict(os.environ)
    site = ROOT / "tests" / "netguard_site"
    paths = (str(ROOT), str(site), env.get("PYTHONPATH", ""))
    env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    if "PYTHON_KEYRING_BACKEND" not in env:
        env["PYTHON_KEYRING_BACKEND"] = "mdir_test_keyring.FileKeyring"
        env["MDIR_TEST_KEYRING_FILE"] = str(folder / "keyring.json")
    return env


def kill_run(db: Path, kills: int, seed: int, max_delay: float = 1.2) -> KillReport:
    """Start ``dev stress``, SIGKILL it after a random delay, ``kills`` times; then check."""
    rng = random.Random(seed)
    report = KillReport()
    started = time.perf_counter()
    env = _env(db.parent)
    for number in range(kills):
        process = subprocess.Popen(
            _command(db, "dev", "stress", "--decisions", "1000000"),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            env=env,
        )
        assert process.stdout is not None
        first = b""
        if number % 2:  # half the kills land while decisions are being written...
            first = process.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.3))
        else:  # ...the other half anywhere, start-up and the first migration included
            time.sleep(rng.uniform(0.0, max_delay))
        process.send_signal(signal.SIGKILL)
        output, _ = process.communicate()
        report.kills += 1
        text = (first + output).decode("ascii", "replace")
        complete = text[: text.rfind("\n") + 1] if "\n" in text else ""
        report.acknowledged.update(line for line in complete.splitlines() if line)
    _check(db, report, env)
    report.seconds = time.perf_counter() - started
    return report


def _check(db: Path, report: KillReport, env: dict[str, str]) -> None:
    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as conn:
        report.integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    listed = subprocess.run(
        _command(db, "decisions", "list", "--json"),
        capture_output=True, text=True, cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    saved = {d["id"] for d in json.loads(listed.stdout)}
    report.saved = len(saved)
    report.lost = sorted(report.acknowledged - saved)
    verified = subprocess.run(
        _command(db, "audit", "verify", "--json"),
        capture_output=True, text=True, cwd=ROOT, env=env,
    )  # fmt: skip
    verdict = json.loads(verified.stdout)
    report.audit_intact = verified.returncode == 0 and verdict["intact"]
    report.seals = verdict["seals"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, help="database file (default: a new temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mdir-crash-") as folder:
        db = args.db or Path(folder) / "crash.sqlite3"
        report = kill_run(db, args.kills, args.seed)
    print(
        f"kills: {report.kills}  acknowledged: {len(report.acknowledged)}  saved: {report.saved}  "
        f"lost: {len(report.lost)}  integrity: {report.integrity}  "
        f"audit intact: {report.audit_intact} (seals {report.seals})  time: {report.seconds:.0f} s"
    )
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
