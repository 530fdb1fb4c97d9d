"""Inventory speed at hospital scale, measured against floors taken in the same run.

    .venv/bin/python tests/benchmarks/inventory_benchmark.py [--devices 100000] [--keep DIR]

Prints figures and ratios (the goals of the inventory issue in brackets):
- asset-tag lookup through the service vs a raw sqlite3 indexed lookup on the same file [<= 3x];
- full-text search, LIMIT 50, median per query [< 5 ms];
- importing a CSV of every device vs csv.reader + sqlite3.executemany of the same rows into the
  same schema (same table, same search-index triggers) [<= 4x];
- the Inventory table model: opening and reading the last row, vs a bare Qt table model.
Not a test: timings depend on the machine. Exit status 0 unless something crashes.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.database.db import open_database  # noqa: E402
from app.services.demo import populate_demo  # noqa: E402
from app.services.devices import find_device, search_devices  # noqa: E402
from app.services.inventory_import import apply_import, export_inventory, plan_import  # noqa: E402
from app.services.reference import load_reference  # noqa: E402

QUERIES = [
    "MD-0424",
    "輸液",
    "ポンプ",
    "人工呼吸器",
    "患者",
    "ICU",
    "vitalworks bm",
    "ward-3a",
    "sn00",
    "10.22",
    "セントラル",
    "lvp",
]


def median_us(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1e6


def lookup(db_path: Path, db, devices: int) -> None:
    rng = random.Random(1)
    tags = [f"MD-{rng.randint(1, devices):05d}" for _ in range(3000)]
    raw = sqlite3.connect(db_path)
    it = iter(tags * 2)
    floor = median_us(
        lambda: raw.execute("SELECT * FROM device WHERE asset_tag = ?", (next(it),)).fetchone(),
        3000,
    )
    it = iter(tags * 2)
    ours = median_us(lambda: find_device(db, next(it)), 3000)
    print(
        f"lookup by asset tag: service {ours:.1f} us, raw sqlite3 {floor:.1f} us, "
        f"ratio {ours / floor:.2f} (goal <= 3)"
    )


def search(db) -> None:
    medians = []
    for query in QUERIES:
        found = len(search_devices(db, query, 50))
        ms = median_us(lambda q=query: search_devices(db, q, 50), 30) / 1000
        medians.append(ms)
        print(f"  search {query!r:18} {found:3d} hits  median {ms:.2f} ms")
    print(
        f"search LIMIT 50: median of medians {statistics.median(medians):.2f} ms, "
        f"worst {max(medians):.2f} ms (goal < 5 ms)"
    )


def import_speed(db, reference, work: Path, devices: int) -> None:
    csv_path = work / "inventory.csv"
    export_inventory(db, csv_path)
    target = open_database(work / "import-target.sqlite3")
    start = time.perf_counter()
    planned = plan_import(target, reference, csv_path)
    report = apply_import(target, reference, planned, by="benchmark")
    ours = time.perf_counter() - start
    target.close()
    assert report.imported == devices, report.to_json()

    floor_db = open_database(work / "floor.sqlite3")  # the same migrated schema and triggers
    floor_db.close()
    start = time.perf_counter()
    conn = sqlite3.connect(work / "floor.sqlite3")
    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream)
        header = next(reader)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(device)")}
        keep = [i for i, name in enumerate(header) if name in columns]
        names = [header[i] for i in keep]
        sql = (
            f"INSERT INTO device ({', '.join(names)}, id, num, created_at, updated_at, "
            f"search_text) VALUES ({', '.join('?' * (len(names) + 5))})"
        )
        now = "2026-01-01T00:00:00+00:00"
        rows = (
            [*(row[i] or None for i in keep), str(uuid.uuid4()), n, now, now, " ".join(row)]
            for n, row in enumerate(reader, start=1)
        )
        conn.executemany(sql, rows)
    conn.commit()
    floor = time.perf_counter() - start
    conn.close()
    print(
        f"import {devices} rows from CSV: {ours:.2f} s, floor (csv.reader + executemany into "
        f"the same table and triggers) {floor:.2f} s, ratio {ours / floor:.2f} (goal <= 4)"
    )


def table_model(db, reference) -> None:
    try:
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
        from PySide6.QtWidgets import QApplication

        from ui.models.device_table_model import DeviceTableModel
    except ImportError as exc:
        print(f"inventory table model: not measured ({exc})")
        return
    app = QApplication.instance() or QApplication([])

    class Bare(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return 100_000

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return 9

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return f"{index.row()}" if role == Qt.ItemDataRole.DisplayRole else None

    def open_and_read(make):
        model = make()
        last = model.rowCount() - 1
        return model.data(model.index(last, 0), Qt.ItemDataRole.DisplayRole)

    floor = median_us(lambda: open_and_read(Bare), 20) / 1000
    try:
        ours = (
            median_us(lambda: open_and_read(lambda: DeviceTableModel(db, reference, "en")), 20)
            / 1000
        )
    except TypeError as exc:
        print(f"inventory table model: constructor differs ({exc}); not measured")
        return
    print(
        f"inventory table model: open + read the last of 100k rows {ours:.2f} ms, "
        f"bare Qt model {floor:.3f} ms (loads pages, never all rows)"
    )
    del app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the files")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="mdir-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    reference = load_reference()
    db_path = work / "bench.sqlite3"
    db = open_database(db_path)
    start = time.perf_counter()
    populate_demo(db, reference, args.devices)
    print(f"demo hospital of {args.devices} devices: {time.perf_counter() - start:.1f} s")
    lookup(db_path, db, args.devices)
    search(db)
    import_speed(db, reference, work, args.devices)
    table_model(db, reference)
    db.close()


if __name__ == "__main__":
    main()
