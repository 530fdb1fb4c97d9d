"""Start-up time of MDIR Desk against the Qt floor, measured in one run.

    .venv/bin/python tests/benchmarks/startup_benchmark.py [--runs 15] [--frozen PATH]

Every kind of start runs ``--runs`` times, the kinds alternating run by run (so a slow moment of the
machine hits all of them), each a fresh process timed from launch to exit (wall clock). Medians:

(a)  the floor: a bare PySide6 QMainWindow shown, then ``QTimer.singleShot(0, app.quit)``
     (a tiny script written to a temporary folder); (a') the same, quitting on the turn after its
     first paint, as the app does (for information);
(b)  ``python -m app --quit-when-ready`` from source on an existing, migrated database (the normal
     start: it exits once the first screen is painted and its tag field takes typing);
     also the first start on a brand-new database (created and migrated before the process ends),
     and, from traced runs (MDIR_DESK_STARTUP_TRACE=1, which wait for every step), the time after
     launch of each step: first screen, database open, look-ups ready (Triage built), all tabs;
(c)  the frozen app ``dist/mdir-desk/mdir-desk --quit-when-ready`` on the same database, when that
     folder exists (the packaging build makes it); skipped with a line saying so otherwise.

Prints the figures and the ratios to (a); the goal is (b) and (c) at or under 1.5 x (a).
QT_QPA_PLATFORM=offscreen, LANG=C.UTF-8, temporary XDG folders (logs, backups), and bytecode
compiled once in the warm-up runs (PYTHONPYCACHEPREFIX in the temporary folder), as an installed
app has it. Not a test:
timings depend on the machine. Exit status 0 unless a start fails (then 1, with its error).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "dist" / "mdir-desk" / "mdir-desk"
GOAL = 1.5
TRACE_STEPS = ("first screen ready", "database open", "look-ups ready", "all tabs built")

FLOOR = """\
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

FLOOR_PAINTED = """\
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False


first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
sys.exit(app.exec())
"""


Kinds = dict[str, tuple[list[str], dict[str, str]]]


class Failed(Exception):
    pass


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Launch ``command``; (launch time, seconds to exit, stderr)."""
    launched = time.time()
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise Failed(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return launched, elapsed, done.stderr


def steps_after_launch(launched: float, stderr: str) -> dict[str, float]:
    """The traced steps' times after launch, from "mdir-desk: startup: <step> t=<epoch>" lines."""
    found = {}
    for line in stderr.splitlines():
        head, _, stamp = line.rpartition(" t=")
        if head.startswith("mdir-desk: startup: ") and stamp:
            found[head.removeprefix("mdir-desk: startup: ")] = float(stamp) - launched
    return found


def describe(times: list[float]) -> str:
    return f"{statistics.median(times):6.3f} s  (min {min(times):.3f}, max {max(times):.3f})"


def environment(folder: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("MDIR_DESK_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(
        # Compiled bytecode, as an installed (or frozen) app has it; kept out of the checkout.
        PYTHONPYCACHEPREFIX=str(folder / "pycache"),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        XDG_DATA_HOME=str(folder / "data"),
        XDG_STATE_HOME=str(folder / "state"),
        XDG_CONFIG_HOME=str(folder / "config"),
        MDIR_DESK_DB=str(folder / "existing.sqlite3"),
    )
    return env


def kinds_of_start(folder: Path, env: dict[str, str], frozen: Path | None) -> Kinds:
    (folder / "floor.py").write_text(FLOOR, encoding="utf-8")
    (folder / "floor_painted.py").write_text(FLOOR_PAINTED, encoding="utf-8")
    python = sys.executable
    app = [python, "-m", "app", "--quit-when-ready"]
    kinds: Kinds = {
        "floor": ([python, str(folder / "floor.py")], env),
        "floor_painted": ([python, str(folder / "floor_painted.py")], env),
        "app": (app, env),
        "new": (app, env),  # MDIR_DESK_DB replaced by a new path on each run
        "traced": (app, dict(env, MDIR_DESK_STARTUP_TRACE="1")),
    }
    if frozen is not None:
        kinds["frozen"] = ([str(frozen), "--quit-when-ready"], env)
    return kinds


def measure(
    kinds: Kinds, runs: int, folder: Path
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Each kind ``runs`` times, alternating; the times to exit, and the traced steps' times."""
    command, env = kinds["app"]
    run_once(command, env)  # creates and migrates the existing database (and compiles bytecode)
    for command, kind_env in kinds.values():
        run_once(command, kind_env)  # one warm-up run of each
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    steps: dict[str, list[float]] = {step: [] for step in TRACE_STEPS}
    for index in range(runs):
        for kind, (command, kind_env) in kinds.items():
            if kind == "new":
                kind_env = dict(env, MDIR_DESK_DB=str(folder / f"new-{index}.sqlite3"))
            launched, elapsed, stderr = run_once(command, kind_env)
            times[kind].append(elapsed)
            if kind == "traced":
                for step, after in steps_after_launch(launched, stderr).items():
                    if step in steps:
                        steps[step].append(after)
    return times, steps


def report(
    runs: int,
    times: dict[str, list[float]],
    steps: dict[str, list[float]],
    frozen: Path,
) -> None:
    floor = statistics.median(times["floor"])

    def line(label: str, kind: str, goal: bool = False) -> None:
        ratio = statistics.median(times[kind]) / floor
        print(
            f"{label:<56} {describe(times[kind])}  ratio {ratio:.2f}"
            + (f"  [goal <= {GOAL}]" if goal else "")
        )

    print(
        f"MDIR Desk start-up: {runs} runs of each kind, alternating; medians "
        f"({os.cpu_count()} CPUs, QT_QPA_PLATFORM=offscreen, Python {sys.version.split()[0]})"
    )
    line("(a)  floor: bare QMainWindow shown, quit at once", "floor")
    line("(a') floor, quit after its first paint", "floor_painted")
    line("(b)  python -m app --quit-when-ready, existing DB", "app", goal=True)
    line("     first start on a brand-new DB (created, migrated)", "new")
    print("     steps after launch (traced runs, existing DB; medians):")
    for step in TRACE_STEPS:
        if steps[step]:
            after = statistics.median(steps[step])
            print(f"       {step:<20} {after:6.3f} s  ratio {after / floor:.2f}")
    if "frozen" in times:
        line(f"(c)  {frozen} --quit-when-ready", "frozen", goal=True)
    else:
        print(f"(c)  skipped: no frozen app at {frozen} (build it with the packaging helper)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each kind (at least 10)")
    parser.add_argument("--frozen", type=Path, default=FROZEN, help="the frozen executable")
    options = parser.parse_args()
    runs = max(options.runs, 10)
    with tempfile.TemporaryDirectory(prefix="mdir-startup-") as name:
        folder = Path(name)
        env = environment(folder)
        frozen = options.frozen if options.frozen.exists() else None
        kinds = kinds_of_start(folder, env, frozen)
        try:
            times, steps = measure(kinds, runs, folder)
        except Failed as exc:
            print(f"a start failed: {exc}", file=sys.stderr)
            return 1
    report(runs, times, steps, options.frozen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
