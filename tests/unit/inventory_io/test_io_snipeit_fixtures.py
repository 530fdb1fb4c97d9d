"""The snipe-it profile on the real Snipe-IT exports in the shared fixtures folder.

What the files hold (found by reading them):

* ``assets-sample.csv``: UTF-8 with BOM, LF line ends, 21 columns, 22 assets on rows 2-23. No Serial
  column; notes are in "Asset Notes". Every category ("Ornamental Railings", "Fire Protection", ...) is a
  construction trade, not a medical-device category, so all 22 rows import with an unknown-category
  warning. Quoted cells hold commas and doubled quotes (model 'Macbook Pro 13"').
* ``assets-sample-BAD.csv``: CR-only line ends, 200 assets on rows 2-201, 20 columns with "Category" and
  "Company" each twice. It is not UTF-8: the first bad byte is 0x89 at offset 3301 on line 12 ("Lutsk"
  with a curly apostrophe). The bytes are Mac Roman for text that had already been UTF-8 read as
  Windows-1252, so even the right codec shows mojibake ("Lutsâ€™k"): we refuse it unless the person
  names the encoding. Read as mac_roman, all 200 rows are valid (17 have no serial), each with an
  unknown-category warning; the second Category and Company columns are ignored as duplicates.
* ``assets-sample-BLANKS.csv``: the same 200 assets and encoding problem (offset 3183, line 12), with
  three empty columns under blank headers (columns 5, 9 and 14) instead of the duplicates.
"""

from __future__ import annotations

import pytest

from app.errors import BadInputError
from app.services.inventory_io.mapping import resolve_mapping
from app.services.inventory_io.reader import read_table
from app.services.inventory_io.validate import validate_rows


def test_sample_export(snipeit, categories):
    table = read_table(snipeit / "assets-sample.csv")
    assert (table.encoding, table.delimiter, len(table.headers)) == ("utf-8-sig", ",", 21)
    assert table.headers[0] == "Company"
    assert [r.number for r in table.rows] == list(range(2, 24))
    mapping = resolve_mapping(table.headers, "snipe-it")
    assert {f: mapping.header_of(f) for f in mapping.columns} == {
        "asset_tag": "Asset Tag",
        "manufacturer": "Manufacturer",
        "model": "Model",
        "model_number": "Model Number",
        "category": "Category",
        "location": "Location",
        "notes": "Asset Notes",
    }
    ignored = [c.header for c in mapping.ignored_columns]
    assert ignored[:2] == ["Company", "Name"] and "Model Notes" in ignored and len(ignored) == 14
    plan = validate_rows(table, mapping, categories)
    assert len(plan.records) == 22 and plan.rejected == [] and plan.errors == []
    assert len(plan.warnings) == 22
    assert plan.warnings[0].as_dict() == {
        "row": 2,
        "column": "Category",
        "message": "unknown category 'Ornamental Railings'",
    }
    first = plan.records[0]
    assert (first["asset_tag"], first["model"], first["category"]) == (
        "ICC-2065556",
        'Macbook Pro 13"',
        None,
    )
    assert first["location"] == "Wilkinson, Waters and Kerluke"


@pytest.mark.parametrize(
    ("name", "offset"), [("assets-sample-BAD.csv", 3301), ("assets-sample-BLANKS.csv", 3183)]
)
def test_bad_and_blanks_are_refused_as_not_utf8_naming_the_place(snipeit, name, offset):
    with pytest.raises(BadInputError) as err:
        read_table(snipeit / name)
    assert f"byte 0x89 at offset {offset} (line 12) is not valid UTF-8" in err.value.message


def test_bad_export_read_with_its_named_encoding(snipeit, categories):
    table = read_table(snipeit / "assets-sample-BAD.csv", encoding="mac_roman")
    assert len(table.headers) == 20 and [r.number for r in table.rows] == list(range(2, 202))
    mapping = resolve_mapping(table.headers, "snipe-it")
    assert mapping.header_of("model") == "Model name" and mapping.columns["category"] == 5
    assert [
        (c.index, c.header, c.reason) for c in mapping.ignored_columns if c.reason != "unknown"
    ] == [
        (12, "Category", "duplicate"),
        (16, "Company", "duplicate"),
    ]
    plan = validate_rows(table, mapping, categories)
    assert len(plan.records) == 200 and plan.errors == [] and len(plan.warnings) == 200
    assert sum(1 for r in plan.records if r["serial"] is None) == 17
    assert plan.records[0]["asset_tag"] == "970882174-8"


def test_blanks_export_read_with_its_named_encoding(snipeit, categories):
    table = read_table(snipeit / "assets-sample-BLANKS.csv", encoding="mac_roman")
    mapping = resolve_mapping(table.headers, "snipe-it")
    blanks = [(c.index + 1, c.label) for c in mapping.ignored_columns if c.reason == "blank"]
    assert blanks == [
        (5, "column 5 (no header)"),
        (9, "column 9 (no header)"),
        (14, "column 14 (no header)"),
    ]
    plan = validate_rows(table, mapping, categories)
    assert len(plan.records) == 200 and plan.rejected == []


def test_auto_maps_the_fixtures_like_the_snipeit_profile(snipeit):
    table = read_table(snipeit / "assets-sample-BAD.csv", encoding="mac_roman")
    assert (
        resolve_mapping(table.headers).columns == resolve_mapping(table.headers, "snipe-it").columns
    )
