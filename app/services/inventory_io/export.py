"""Writing device records to CSV (UTF-8 with BOM, for Excel) or XLSX, safe to open in a spreadsheet.

Columns are the canonical field names, so an export re-imports with the "auto" mapping unchanged.
Values go through ``device_fields.format_value``; text that a spreadsheet could run as a formula gets
a protective apostrophe (see ``formula.py``), which the importer removes again. ``category`` falls back
to ``category_text`` when the category is unknown, so unrecognised categories survive a round trip.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from app.domain.device_fields import BY_NAME, FIELD_NAMES, Kind, format_value
from app.errors import BadInputError, Message
from app.services.inventory_io._atomic import atomic_binary, atomic_text
from app.services.inventory_io.formula import TRIGGERS, neutralise

EXPORT_SUFFIXES = (".csv", ".xlsx")


def write_export(
    path: Path, rows: Iterable[Mapping[str, object]], fields: Sequence[str] = FIELD_NAMES
) -> int:
    """Write ``rows`` (field → value) to ``path`` as ``.csv`` or ``.xlsx``; returns the row count.

    Only ``fields`` are written, in that order, under their canonical names. The file is written to a
    temporary file beside ``path`` and renamed, so a half-written export never appears. Raises
    ``BadInputError`` for another extension, an unknown field or a folder that cannot be written.
    """
    path = Path(path)
    unknown = [name for name in fields if name not in BY_NAME]
    if unknown:
        raise BadInputError(
            Message("inventory_io.export.cannot_export_unknown_field", unknown=unknown[0])
        )
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _write_csv(path, rows, list(fields))
    if suffix == ".xlsx":
        return _write_xlsx(path, rows, list(fields))
    raise BadInputError(
        Message(
            "inventory_io.export.export_csv_or_xlsx",
            file=path.name,
            suffix=path.suffix or "no extension",
        )
    )


def _texts(rows: Iterable[Mapping[str, object]], fields: list[str]) -> Iterator[list[str]]:
    """Each row as the cell texts to write, formatted and neutralised."""
    category = fields.index("category") if "category" in fields else -1
    for row in rows:
        cells = []
        for name in fields:
            value = row.get(name)
            text = value if type(value) is str else format_value(value)
            if text and (text[0] in TRIGGERS or text[0] == "'"):
                text = neutralise(text)
            cells.append(text)
        if category >= 0 and not cells[category]:
            cells[category] = neutralise(format_value(row.get("category_text")))
        yield cells


def _write_csv(path: Path, rows: Iterable[Mapping[str, object]], fields: list[str]) -> int:
    count = 0
    with atomic_text(path, encoding="utf-8-sig") as stream:
        writer = csv.writer(stream)
        writer.writerow(fields)
        for cells in _texts(rows, fields):
            writer.writerow(cells)
            count += 1
    return count


def _append_rows(sheet: Any, texts: Iterable[list[str]], fields: list[str]) -> int:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    numeric = [BY_NAME[name].kind is Kind.INT for name in fields]
    count = 0
    for cells in texts:
        count += 1
        values: list[object] = []
        for text, is_number, name in zip(cells, numeric, fields, strict=True):
            if is_number and text.isascii() and text.isdigit():
                values.append(int(text))  # whole numbers as numbers, so Excel does not flag them
            elif ILLEGAL_CHARACTERS_RE.search(text):
                raise BadInputError(
                    Message(
                        "inventory_io.export.cannot_export_record_holds", record=count, field=name
                    )
                )
            else:
                values.append(text)
        sheet.append(values)
    return count


def _write_xlsx(path: Path, rows: Iterable[Mapping[str, object]], fields: list[str]) -> int:
    from openpyxl import Workbook

    # The target file first: a folder that cannot be written fails before a sheet is started
    # (a started write-only sheet left unfinished complains when the collector finds it).
    with atomic_binary(path) as stream:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("devices")
        sheet.append(fields)
        try:
            count = _append_rows(sheet, _texts(rows, fields), fields)
        except BaseException:
            with contextlib.suppress(Exception):
                sheet.close()  # finish the half-written sheet now, not when the collector finds it
            raise
        book.save(stream)
    return count
