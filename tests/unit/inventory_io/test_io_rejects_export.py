"""The rejects file and the export: content, Excel-friendly encoding, formula neutralising, round trip."""

from __future__ import annotations

import csv
import io
import time
from datetime import UTC, datetime

import openpyxl
import pytest

from app.domain.device_fields import FIELD_NAMES
from app.errors import BadInputError
from app.services.inventory_io import formula
from app.services.inventory_io.export import write_export
from app.services.inventory_io.mapping import resolve_mapping
from app.services.inventory_io.reader import read_table
from app.services.inventory_io.rejects import write_rejects
from app.services.inventory_io.validate import validate_rows


def read_csv(path):
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def test_rejects_file_has_the_original_rows_unchanged_plus_an_error_column(
    write_text, categories, tmp_path
):
    source = (
        "Asset Tag,IP,Notes\nMD-1,10.0.0.1,ok\n"
        'MD-2,999.1.1.1," keep  spacing "\n,1.1.1.1\nMD-1,x,=1+1,extra\n'
    )
    table = read_table(write_text(source))
    plan = validate_rows(table, resolve_mapping(table.headers), categories)
    out = tmp_path / "rejects.csv"
    assert write_rejects(out, table, plan.rejected) == 3
    assert read_csv(out) == [
        ["Asset Tag", "IP", "Notes", "", "error"],
        [
            "MD-2",
            "999.1.1.1",
            " keep  spacing ",
            "",
            "IP: '999.1.1.1' is not a valid IPv4 or IPv6 address",
        ],
        ["", "1.1.1.1", "", "", "Asset Tag: missing asset tag"],
        [
            "MD-1",
            "x",
            "=1+1",
            "extra",
            "Asset Tag: asset tag MD-1 already on row 2; IP: 'x' is not a valid IPv4 or IPv6 address",
        ],
    ]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_rejects_of_a_re_read_file_can_be_imported_again(write_text, categories, tmp_path):
    table = read_table(write_text("Asset Tag,VLAN\nMD-1,9999\n"))
    plan = validate_rows(table, resolve_mapping(table.headers), categories)
    write_rejects(tmp_path / "rejects.csv", table, plan.rejected)
    again = read_table(tmp_path / "rejects.csv")
    mapping = resolve_mapping(again.headers)
    assert [c.header for c in mapping.ignored_columns] == ["error"]
    assert again.rows[0].cells[:2] == ["MD-1", "9999"]


def test_formula_neutralising_is_reversible():
    for text in [
        "=1+1",
        "+44 20",
        "-",
        "@SUM(A1)",
        "\tx",
        "\r=x",
        "'=x",
        "''+x",
        "'ok'",
        "'",
        "ok",
        "",
    ]:
        assert formula.restore(formula.neutralise(text)) == text
    assert formula.neutralise('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert formula.neutralise("'quoted'") == "'quoted'"
    assert formula.restore("'123") == "'123"


DEVICES = [
    {
        "asset_tag": "MD-1",
        "serial": "=cmd|' /C calc'!A0",
        "manufacturer": "+Acme",
        "model": "-Pump",
        "category": "ventilator",
        "unit": "@ICU",
        "ip": "10.0.0.5",
        "mac": "00:1a:2b:3c:4d:5e",
        "vlan": 12,
        "implanted": False,
        "life_sustaining": True,
        "patient_connectable": None,
        "care_setting": "icu",
        "notes": 'line one\nline two, with comma and "quotes"',
        "default_class": 3,
        "default_class_approved_at": datetime(2026, 11, 8, 14, 30, tzinfo=UTC).isoformat(),
        "id": 99,
    },
    {"asset_tag": "ＭＤ－２ 日本語", "category": None, "category_text": "Toaster", "room": "'=x"},
]


def test_csv_export_is_utf8_bom_with_canonical_header_and_neutralised_cells(tmp_path):
    out = tmp_path / "devices.csv"
    assert write_export(out, DEVICES) == 2
    rows = read_csv(out)
    assert rows[0] == list(FIELD_NAMES)
    first = dict(zip(FIELD_NAMES, rows[1], strict=True))
    assert first["serial"] == "'=cmd|' /C calc'!A0"
    assert (first["manufacturer"], first["model"], first["unit"]) == ("'+Acme", "'-Pump", "'@ICU")
    assert (first["implanted"], first["life_sustaining"], first["patient_connectable"]) == (
        "no",
        "yes",
        "",
    )
    assert first["vlan"] == "12" and first["category"] == "ventilator"
    second = dict(zip(FIELD_NAMES, rows[2], strict=True))
    assert second["category"] == "Toaster" and second["room"] == "''=x"
    data = out.read_bytes()
    assert data.count(b"\r\n") == 3 and b'"line one\nline two, with comma and ""quotes"""' in data


def test_xlsx_export_neutralises_and_writes_whole_numbers_as_numbers(tmp_path):
    out = tmp_path / "devices.xlsx"
    write_export(out, DEVICES, fields=["asset_tag", "serial", "vlan", "implanted"])
    sheet = openpyxl.load_workbook(out).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows == [
        ["asset_tag", "serial", "vlan", "implanted"],
        ["MD-1", "'=cmd|' /C calc'!A0", 12, "no"],
        ["ＭＤ－２ 日本語", None, None, None],
    ]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_read_validate_round_trip_is_lossless(tmp_path, categories, suffix):
    out = tmp_path / f"devices{suffix}"
    write_export(out, DEVICES)
    table = read_table(out)
    plan = validate_rows(table, resolve_mapping(table.headers), categories)
    assert plan.errors == [] and not plan.ignored_columns
    assert [w.message for w in plan.warnings] == ["unknown category 'Toaster'"]
    for original, record in zip(DEVICES, plan.records, strict=True):
        for name in FIELD_NAMES:
            assert record[name] == original.get(name), name
    assert plan.records[1]["category_text"] == "Toaster"


def test_export_refuses_other_extensions_and_unknown_fields(tmp_path):
    with pytest.raises(BadInputError, match=r"export to \.csv or \.xlsx \(not '\.json'\)"):
        write_export(tmp_path / "devices.json", DEVICES)
    with pytest.raises(BadInputError, match="unknown field 'colour'"):
        write_export(tmp_path / "devices.csv", DEVICES, fields=["asset_tag", "colour"])
    with pytest.raises(BadInputError, match="cannot write"):
        write_export(tmp_path / "no" / "such" / "folder.csv", DEVICES)


def test_a_failed_export_leaves_the_previous_file_and_no_temporary(tmp_path):
    out = tmp_path / "devices.csv"
    out.write_text("previous", encoding="utf-8")

    def rows():
        yield DEVICES[0]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_export(out, rows())
    assert out.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["devices.csv"]


def test_100000_rows_export_to_csv_in_about_a_second(tmp_path):
    rows = (
        {"asset_tag": f"MD-{i}", "serial": f"S{i}", "ip": "10.0.0.1", "vlan": 5, "implanted": False}
        for i in range(100_000)
    )
    started = time.process_time()
    assert write_export(tmp_path / "big.csv", rows) == 100_000
    assert time.process_time() - started < 1.5


def test_xlsx_export_refuses_control_characters_clearly(tmp_path):
    with pytest.raises(BadInputError, match="record 1: notes holds control characters"):
        write_export(tmp_path / "x.xlsx", [{"asset_tag": "A", "notes": "bell\x07"}])
    assert list(tmp_path.iterdir()) == []
