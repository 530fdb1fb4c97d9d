"""Incident workspace speed at a large incident's scale, against a floor measured in the same run.

    .venv/bin/python tests/benchmarks/incidents_benchmark.py [--devices 3000] [--decisions 300]
        [--entries 500] [--repeat 3]

Builds a demo hospital, one incident with ``--decisions`` decisions (each on its own device, a
third of them replaced by a newer version), every device of the same models in scope with states,
``--entries`` manual timeline entries and a few checklist marks. Then prints the best of
``--repeat`` runs of what the workspace reads when it opens (decisions, devices, checklist,
timeline, roll-up, metrics) and the report, each against the floor: plain sqlite3 reading the
same rows (the incident's links, decisions and events) without building anything.
Not a test: timings depend on the machine. Exit status 0 unless something crashes.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from accounts_helpers import CLASS_ANSWERS  # noqa: E402

from app.services import (  # noqa: E402
    incident_checklist,
    incident_devices,
    incident_printing,
    incident_status,
    incident_timeline,
    incidents,
)
from app.services.decisions import DecisionDraft  # noqa: E402
from app.services.demo import populate_demo  # noqa: E402
from app.services.playbook import load_playbook  # noqa: E402
from app.services.reference import load_reference  # noqa: E402
from app.services.store import open_store  # noqa: E402


def best(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devices", type=int, default=3000)
    parser.add_argument("--decisions", type=int, default=300)
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    reference, playbook = load_reference(), load_playbook()
    with tempfile.TemporaryDirectory() as folder:
        db = open_store(Path(folder) / "bench.sqlite3")
        populate_demo(db, reference, args.devices)
        incident = incidents.create_incident(
            db, name="Benchmark", t0="2026-11-20T08:00+09:00", source="bench", by="bench"
        )
        tags = [
            r[0]
            for r in db.raw_reader().execute(
                "SELECT asset_tag FROM device LIMIT ?", (args.decisions,)
            )
        ]
        start = time.perf_counter()
        for n, tag in enumerate(tags):
            draft = DecisionDraft(
                answers=CLASS_ANSWERS[1 + n % 5],
                recorded_by="bench",
                role="charge_nurse",
                device_tag=tag,
                incident_id=incident.ref,
            )
            saved = incidents.record_in_incident(db, reference, draft)
            if n % 3 == 0:
                again = DecisionDraft(
                    answers=CLASS_ANSWERS[2],
                    recorded_by="bench",
                    role="charge_nurse",
                    device_tag=tag,
                    supersedes=saved.id,
                )
                incidents.record_in_incident(db, reference, again)
        recording = time.perf_counter() - start
        for tag in tags[:5]:
            found, reason = incident_devices.scope_candidates(db, incident.ref, tag, "model")
            if found:
                incident_devices.add_devices(
                    db, incident.ref, [d.asset_tag for d in found], reason=reason
                )
        for tag in tags[: args.decisions // 2]:
            incident_devices.set_device_state(db, incident.ref, tag, "isolated", by="bench")
        for n in range(args.entries):
            incident_timeline.add_entry(db, incident.ref, f"entry {n}", by=f"person {n % 7}")
        for item in ("DET-01", "DET-02", "CER-01"):
            incident_checklist.set_check(
                db, playbook.checklists, incident.ref, item, "done", by="bench"
            )
        in_scope = len(incident_devices.incident_devices(db, incident.ref))
        events = db.raw_reader().execute("SELECT COUNT(*) FROM event").fetchone()[0]
        print(
            f"incident: {args.decisions} decisions (+{len(tags[::3])} newer versions), {in_scope} devices "
            f"in scope, {args.entries} entries, {events} events in the trail; recording "
            f"{1000 * recording / (args.decisions + len(tags[::3])):.1f} ms per decision"
        )

        raw = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)

        def floor() -> object:
            links = raw.execute(
                "SELECT d.* FROM incident_decision l JOIN decision d ON d.id = l.decision_id "
                "WHERE l.incident_id = ?",
                (incident.id,),
            ).fetchall()
            members = raw.execute(
                "SELECT * FROM incident_device WHERE incident_id = ?", (incident.id,)
            ).fetchall()
            trail = raw.execute(
                "SELECT * FROM event WHERE entity = 'incident' AND entity_id = ?", (incident.id,)
            ).fetchall()
            return links, members, trail

        floor_time = best(args.repeat, floor)
        print(
            f"floor (raw sqlite3: links, decisions, members, incident events): {1000 * floor_time:.1f} ms"
        )
        key = incident.ref
        work: dict[str, Callable[[], object]] = {
            "decisions": lambda: incidents.incident_decisions(db, key),
            "devices in scope": lambda: incident_devices.incident_devices(db, key),
            "checklist": lambda: incident_checklist.checklist(db, playbook.checklists, key),
            "timeline": lambda: incident_timeline.timeline(db, key),
            "status roll-up": lambda: incident_status.status_rollup(db, key),
            "metrics": lambda: incident_status.device_metrics(db, key),
            "close blockers": lambda: incident_checklist.close_blockers(
                db, reference, playbook.checklists, key
            ),
            "report data": lambda: incident_printing.incident_report(
                db, reference, playbook, key, "en"
            ),
        }
        for name, run in work.items():
            took = best(args.repeat, run)
            print(f"{name:18} {1000 * took:8.1f} ms  {took / floor_time:6.1f}x floor")
        out = Path(folder) / "report.pdf"
        took = best(
            1,
            lambda: incident_printing.print_incident_report(
                db, reference, playbook, key, out, "en"
            ),
        )
        print(f"{'report PDF':18} {1000 * took:8.1f} ms  {took / floor_time:6.1f}x floor")
        raw.close()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
