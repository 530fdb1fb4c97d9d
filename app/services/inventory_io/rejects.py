"""The rejects file: the rows that could not be imported, unchanged, each with its problems."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from app.services.inventory_io._atomic import atomic_text
from app.services.inventory_io.reader import Table
from app.services.inventory_io.validate import RejectedRow

ERROR_COLUMN = "error"


def write_rejects(path: Path, table: Table, rejected: Iterable[RejectedRow]) -> int:
    """Write ``rejected`` to the CSV at ``path`` (UTF-8 with BOM, for Excel); returns the row count.

    The header is the file's own header plus an ``error`` column; each row is exactly as read (padded
    with empty cells to line up) plus its messages joined by "; ". Cells are not altered in any way, so
    the person can fix them and import the rejects file again. The file appears only once complete.
    """
    rows = list(rejected)
    width = max([len(table.headers), *(len(row.source.raw) for row in rows)])
    header = [*table.headers, *[""] * (width - len(table.headers)), ERROR_COLUMN]
    with atomic_text(Path(path)) as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        for row in rows:
            raw = row.source.raw
            writer.writerow([*raw, *[""] * (width - len(raw)), "; ".join(row.messages)])
    return len(rows)
