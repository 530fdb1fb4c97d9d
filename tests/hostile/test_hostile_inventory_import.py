"""Hostile inventory imports and exports through the services, on a real database.

Import (``plan_import`` / ``apply_import``): each hostile file (random bytes, zip and entity bombs,
a row numbered 1e9, a workbook cut in half, an unclosed quote, UTF-32, a multi-line header without
an asset tag) is refused with one line and changes no table; cells that crashed the field parsers
(a VLAN of 400 nines plus ".0", dates outside the years 1-9999 once in UTC) are row errors; random
and nasty cell values in every kind of field give a report or a refusal, never an exception, and
one rejected row writes nothing; ``--skip-invalid`` with a rejects file that cannot be written
writes nothing either.
Export (``write_export``, ``export_inventory``): cells beginning with = + - @ TAB CR are neutralised
in CSV and XLSX (no cell starts with a trigger, no XLSX cell is a formula) and read back exactly;
devices imported from a file full of formulas export neutralised and re-import unchanged; a failed
export leaves no file and no event.
"""

from __future__ import annotations

import csv
import io
import shutil
import string
from pathlib import Path

import openpyxl
import pytest
from hostile_files import inline_row, with_sheet, workbook
from hostile_helpers import FUZZ, HOSTILE, REF, SNIPEIT, counts, files_in, one_line, refusal
from hypothesis import given
from hypothesis import strategies as st

from app.database.db import open_database
from app.errors import BadInputError
from app.services.inventory_import import apply_import, export_inventory, plan_import
from app.services.inventory_io.export import write_export
from app.services.inventory_io.formula import TRIGGERS
from app.services.inventory_io.reader import read_table


def _random_bytes(tmp: Path) -> Path:
    import random

    path = tmp / "random.csv"
    path.write_bytes(random.Random(6).randbytes(50_000))
    return path


def _copy(name: str):
    def make(tmp: Path) -> Path:
        return Path(shutil.copy(HOSTILE / name, tmp / name))

    return make


def _bytes(name: str, data: bytes):
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    return make


HALF_WORKBOOK = workbook([("Asset Tag", "Model"), ("MD-9", "Pump")])
HOSTILE_FILES = {
    "random bytes": (_random_bytes, "not a text table"),
    "declares 3 GB": (_copy("xlsx-declares-3gb.xlsx"), "more than 1 GB"),
    "overlapping zip": (_copy("xlsx-overlapping.xlsx"), "parts overlap"),
    "row 1e9": (_copy("xlsx-row-1e9.xlsx"), "rows beyond row 1,048,576"),
    "billion laughs": (_copy("xlsx-billion-laughs.xlsx"), "amplification"),
    "external entity": (_copy("xlsx-external-entity.xlsx"), "undefined entity"),
    "sheet outside": (_copy("xlsx-sheet-outside.xlsx"), "no worksheet"),
    "half a workbook": (_bytes("half.xlsx", HALF_WORKBOOK[: len(HALF_WORKBOOK) // 2]), "not a"),
    "unclosed quote": (
        _bytes("quote.csv", b'Asset Tag,Notes\nMD-1,"open\nMD-2,x\nMD-3,y\n'),
        "never closed",
    ),
    "utf-32": (_bytes("u32.csv", "Asset Tag\nMD-1\n".encode("utf-32")), "UTF-32"),
    "multi-line header": (_copy("inventory-multiline-header.csv"), "no asset tag column"),
    "10 MB line": (_bytes("line.csv", b"Asset Tag,Notes\nMD-1," + b"n" * 10_000_000), "longer"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
def test_hostile_files_are_refused_and_change_nothing(db, tmp_path, case):
    make, fragment = HOSTILE_FILES[case]
    path = make(tmp_path)
    before = counts(db)
    message = refusal(plan_import, db, REF, path)
    assert fragment in message, message
    assert counts(db) == before


def test_a_multi_line_header_is_listed_on_one_line(db, tmp_path):
    path = HOSTILE / "inventory-multiline-header.csv"
    message = refusal(plan_import, db, REF, path)
    assert message == 'no asset tag column: found headers "Device name", "Serial number"'


def test_cells_that_crashed_the_field_parsers_are_row_errors(db):
    before = counts(db)
    planned = plan_import(db, REF, HOSTILE / "inventory-overflow-cells.csv")
    errors = {(e.row, e.column): e.message for e in planned.plan.errors}
    assert errors[(2, "VLAN")].endswith("is not a whole number")
    assert errors[(3, "default_class_approved_at")] == (
        "'0001-01-01T00:00+05:00' is outside the years 1-9999 in UTC"
    )
    assert errors[(4, "default_class_approved_at")].startswith("'9999-12-31T23:59-05:00'")
    report = apply_import(db, REF, planned, by="test")
    assert (report.written, report.rejected, report.imported) == (False, 3, 0)
    assert counts(db) == before


HEADERS = [
    "Asset Tag",
    "Serial",
    "Category",
    "Unit",
    "IP Address",
    "MAC Address",
    "VLAN",
    "implanted",
    "care_setting",
    "multi_patient_role",
    "default_class",
    "default_class_approved_at",
    "Notes",
]
NASTY = [
    "",
    " ",
    "9" * 400 + ".0",
    "9" * 5000,
    "1e9999",
    "-0",
    "0x10",
    "²",
    "１２",
    "٣",
    "NaN",
    "inf",
    "0001-01-01T00:00+05:00",
    "9999-12-31T23:59-05:00",
    "2026-02-30",
    "2026-11-08T25:61",
    "::1",
    "999.1.1.1",
    "fe80::1%eth0",
    "00:1a:2b:3c:4d:5e:6f",
    "=cmd|' /C calc'!A0",
    "'=x",
    "@SUM(A1)",
    "不明",
    "はい",
    "×",
    "\u202eevil",
    "\ufeff",
    "x" * 5000,
    "ＭＤ－１",
    "md-1",
    "\x0b",
    "a\r\nb",
]
CELLS = st.one_of(st.sampled_from(NASTY), st.text(max_size=40))


@FUZZ
@given(rows=st.lists(st.lists(CELLS, min_size=len(HEADERS), max_size=len(HEADERS)), max_size=4))
def test_any_cells_give_a_report_or_a_refusal_never_a_crash(db, tmp_path, rows):
    buffer = io.StringIO()
    csv.writer(buffer).writerows([HEADERS, *rows])
    path = tmp_path / "cells.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    before = counts(db)
    try:
        planned = plan_import(db, REF, path)
    except BadInputError as error:  # e.g. NUL bytes or many control characters: not a table
        one_line(error.message)
        assert counts(db) == before
        return
    report = apply_import(db, REF, planned, by="fuzz")
    after = counts(db)
    if report.rejected:
        assert not report.written and after == before
    else:
        assert report.written and after["event"] == before["event"] + 1
        assert after["device"] == before["device"] + report.imported


def test_skip_invalid_with_a_rejects_file_that_cannot_be_written_writes_nothing(db, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text("Asset Tag,IP Address\nMD-NEW-1,10.0.0.1\nMD-NEW-2,999.1.1.1\n")
    planned = plan_import(db, REF, path)
    before = counts(db)
    rejects = tmp_path / "no-such-folder" / "rejects.csv"
    message = refusal(apply_import, db, REF, planned, by="t", skip_invalid=True, rejects=rejects)
    assert "cannot write" in message
    assert counts(db) == before and not rejects.parent.exists()


# --- exports: formulas neutralised, read back exactly -------------------------------------------

TEXT_FIELDS = ("serial", "manufacturer", "model", "location", "notes")
PRINTABLE = string.printable.replace("\x0b", "").replace("\x0c", "")


def risky(triggers: str, alphabet: str) -> st.SearchStrategy[str]:
    """Text that a spreadsheet would run: a trigger, perhaps after apostrophes, then anything."""
    return st.builds(
        lambda quotes, trigger, rest: "'" * quotes + trigger + rest,
        st.integers(0, 2),
        st.sampled_from(sorted(triggers)),
        st.text(alphabet=alphabet, max_size=20),
    )


# XML turns every CR into LF (end-of-line normalisation), so a workbook cannot carry a CR; stored
# values never begin with one (fields are trimmed), and XLSX is tested without it.
RISKY = {
    ".csv": risky("".join(TRIGGERS), PRINTABLE),
    ".xlsx": risky("".join(TRIGGERS - {"\r"}), PRINTABLE.replace("\r", "")),
}


def _cells_of(path: Path) -> list[list[object]]:
    if path.suffix == ".csv":
        text = path.read_bytes().decode("utf-8-sig")
        return list(csv.reader(io.StringIO(text, newline="")))[1:]
    book = openpyxl.load_workbook(path)  # not read-only: data_type tells formulas apart
    rows = list(book.active.iter_rows(min_row=2))
    assert all(cell.data_type != "f" for row in rows for cell in row)
    return [[cell.value for cell in row] for row in rows]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@FUZZ
@given(data=st.data())
def test_exports_neutralise_every_formula_and_read_back_exactly(tmp_path, suffix, data):
    cells = st.lists(RISKY[suffix], min_size=5, max_size=5)
    values = data.draw(st.lists(cells, min_size=1, max_size=5))
    rows = [
        {"asset_tag": f"MD-{i}", **dict(zip(TEXT_FIELDS, texts, strict=True))}
        for i, texts in enumerate(values)
    ]
    path = tmp_path / f"export{suffix}"
    write_export(path, rows, ("asset_tag", *TEXT_FIELDS))
    for row in _cells_of(path):
        for cell in row:
            assert not (isinstance(cell, str) and cell[:1] in TRIGGERS), cell
    table = read_table(path)
    assert [r.cells[1:] for r in table.rows] == values


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_devices_imported_from_a_file_of_formulas_export_neutralised_and_reimport(
    db, tmp_path, suffix
):
    planned = plan_import(db, REF, HOSTILE / "inventory-formulas.csv")
    assert apply_import(db, REF, planned, by="t").written
    out = tmp_path / f"all{suffix}"
    export_inventory(db, out, by="t")
    exported = {row[0]: row for row in _cells_of(out) if str(row[0]).startswith("MD-F-")}
    assert exported["MD-F-1"][1] == "'=cmd|' /C calc'!A0"  # serial
    assert exported["MD-F-2"][1] == "''=quoted twice"  # stored as '=quoted twice
    fresh = open_database(tmp_path / "fresh.sqlite3")
    try:
        again = plan_import(fresh, REF, out)
        records = {r["asset_tag"]: r for r in again.plan.records}
        originals = {r["asset_tag"]: r for r in planned.plan.records}
        for tag in ("MD-F-1", "MD-F-2"):
            for field in ("serial", "manufacturer", "model", "location", "notes"):
                assert records[tag][field] == originals[tag][field], (tag, field)
        assert records["MD-F-1"]["serial"] == "=cmd|' /C calc'!A0"
    finally:
        fresh.close()


@pytest.mark.parametrize("name", ["devices.xls", "no-folder/devices.csv", "devices"])
def test_a_failed_export_leaves_no_file_and_no_event(db, tmp_path, name):
    before, files = counts(db), files_in(tmp_path)
    refusal(export_inventory, db, tmp_path / name, by="t")
    assert counts(db) == before and files_in(tmp_path) == files


def test_an_xlsx_export_of_control_characters_leaves_no_file(tmp_path):
    path = tmp_path / "devices.xlsx"
    message = refusal(write_export, path, [{"asset_tag": "MD-1", "notes": "bell\x07"}])
    assert "control characters" in message and files_in(tmp_path) == set()


def test_the_snipeit_fixtures_import_or_report_on_a_real_database(db):
    for path in sorted(SNIPEIT.glob("*.csv")):
        before = counts(db)
        try:
            planned = plan_import(db, REF, path, "snipe-it")
        except BadInputError as error:
            one_line(error.message)
            assert counts(db) == before
            continue
        report = apply_import(db, REF, planned, by="t")
        assert report.written == (not report.rejected)
        if not report.written:
            assert counts(db) == before


def test_a_workbook_with_a_bomb_after_good_rows_writes_nothing(db, tmp_path):
    body = inline_row(1, "Asset Tag") + inline_row(2, "MD-OK-1") + inline_row(1_000_000_000, "X")
    path = tmp_path / "late.xlsx"
    path.write_bytes(with_sheet(body))
    before = counts(db)
    assert "rows beyond" in refusal(plan_import, db, REF, path)
    assert counts(db) == before
