"""Reading CSV and XLSX tables: encodings, delimiters, line ends, multi-line cells and row numbers."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from app.errors import BadInputError
from app.services.inventory_io.reader import detect_delimiter, read_table

JA_ROWS = (
    "資産番号,機器分類,設置場所\r\nME-001,輸液ポンプ,ICU 3号室\r\nME-002,人工呼吸器,手術室\r\n"
)


def test_utf8_without_bom(write_text):
    table = read_table(write_text("Asset Tag,Serial\nMD-1,S1\nMD-2,S2\n"))
    assert table.kind == "csv" and table.encoding == "utf-8" and table.delimiter == ","
    assert table.headers == ["Asset Tag", "Serial"]
    assert [(r.number, r.cells) for r in table.rows] == [(2, ["MD-1", "S1"]), (3, ["MD-2", "S2"])]


def test_utf8_bom_is_not_part_of_the_first_header(write_text):
    table = read_table(write_text("\ufeffAsset Tag,Serial\nMD-1,S1\n"))
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "Asset Tag"


def test_cp932_japanese_is_detected_and_decoded(write_text):
    table = read_table(write_text(JA_ROWS, encoding="cp932"))
    assert table.encoding == "cp932"
    assert table.headers == ["資産番号", "機器分類", "設置場所"]
    assert table.rows[1].cells == ["ME-002", "人工呼吸器", "手術室"]


def test_cp932_halfwidth_katakana_is_detected(write_text):
    table = read_table(write_text("管理番号,機種\nA1,ｲﾝﾌｭｰｼﾞｮﾝﾎﾟﾝﾌﾟ\n", encoding="cp932"))
    assert table.encoding == "cp932" and table.rows[0].cells[1] == "ｲﾝﾌｭｰｼﾞｮﾝﾎﾟﾝﾌﾟ"


def test_latin1_is_refused_naming_the_byte_offset_and_line_not_turned_into_mojibake(write_text):
    path = write_text("Asset Tag,Location\nMD-1,Zürich\nMD-2,Montréal\n", encoding="latin-1")
    with pytest.raises(BadInputError) as err:
        read_table(path)
    assert "byte 0xfc at offset 25 (line 2)" in err.value.message
    assert "not UTF-8 or Shift_JIS" in err.value.message


def test_latin1_that_decodes_as_cp932_is_still_refused(write_text):
    # "Ãx" and "Ä" decode strictly as CP932 (half-width katakana) but do not look Japanese.
    path = write_text("Asset Tag,Location\nMD-1,ÃxÄr\n", encoding="latin-1")
    with pytest.raises(BadInputError, match="not UTF-8 or Shift_JIS"):
        read_table(path)


def test_a_named_encoding_reads_a_file_that_is_neither(write_text):
    path = write_text("Asset Tag,Location\nMD-1,Zürich\n", encoding="cp1252")
    table = read_table(path, encoding="cp1252")
    assert table.rows[0].cells == ["MD-1", "Zürich"] and table.encoding == "cp1252"
    with pytest.raises(BadInputError, match="unknown text encoding 'klingon'"):
        read_table(path, encoding="klingon")
    with pytest.raises(
        BadInputError, match=r"byte 0xfc at offset 25 \(line 2\) is not valid utf-8"
    ):
        read_table(path, encoding="utf-8")


def test_utf16_with_bom_from_excel_unicode_text(write_text):
    table = read_table(write_text("\ufeff資産番号\tSerial\r\nME-1\tS1\r\n", encoding="utf-16-le"))
    assert table.delimiter == "\t" and table.rows[0].cells == ["ME-1", "S1"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_delimiter_is_detected_from_the_header(write_text, delimiter):
    text = delimiter.join(["Asset Tag", "Serial", "IP"]) + "\n" + delimiter.join(["A", "B", "C"])
    table = read_table(write_text(text + "\n"))
    assert table.delimiter == delimiter
    assert table.rows[0].cells == ["A", "B", "C"]


def test_delimiter_inside_quotes_does_not_count():
    assert detect_delimiter('"Tag;No;Really";"Serial, Number",IP,MAC\n') == ","
    assert detect_delimiter('"a,b,c,d";e;f\n') == ";"
    assert detect_delimiter("single column\n") == ","


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends_and_multi_line_cells_keep_spreadsheet_row_numbers(write_text, newline):
    lines = [
        "Asset Tag,Notes",
        'MD-1,"first line',
        "second line",
        'third"',
        "MD-2,plain",
        "",
        "MD-3,x",
    ]
    table = read_table(write_text(newline.join(lines) + newline))
    assert [r.number for r in table.rows] == [2, 5, 7]
    assert table.rows[0].cells[1] == newline.join(["first line", "second line", "third"])
    assert table.rows[2].cells == ["MD-3", "x"]
    assert table.empty_rows_skipped == 1


def test_the_bad_fixture_line_ends_cr_only_are_read(write_bytes):
    table = read_table(write_bytes(b"Asset Tag,Serial\rMD-1,S1\rMD-2,S2\r"))
    assert [(r.number, r.cells) for r in table.rows] == [(2, ["MD-1", "S1"]), (3, ["MD-2", "S2"])]


def test_empty_rows_and_rows_of_only_delimiters_are_skipped_not_errors(write_text):
    table = read_table(write_text("\n\nAsset Tag,Serial\n,\n  ,  \n\nMD-1,S1\n,,,\n"))
    assert table.header_row == 3
    assert [r.number for r in table.rows] == [7]
    assert table.empty_rows_skipped == 4


def test_short_rows_are_padded_and_long_rows_keep_raw(write_text):
    table = read_table(write_text("A,B,C\n1\n1,2,3,4\n"))
    assert table.rows[0].cells == ["1", "", ""] and table.rows[0].raw == ["1"]
    assert table.rows[1].cells == ["1", "2", "3"] and table.rows[1].raw == ["1", "2", "3", "4"]


def test_exporters_protective_apostrophe_is_removed_from_cells_but_kept_in_raw(write_text):
    table = read_table(write_text("Tag,Notes\nMD-1,'=SUM(A1)\nMD-2,'quoted'\n"))
    assert table.rows[0].cells == ["MD-1", "=SUM(A1)"]
    assert table.rows[0].raw == ["MD-1", "'=SUM(A1)"]
    assert table.rows[1].cells == ["MD-2", "'quoted'"]


def test_header_cells_are_trimmed_and_trailing_blank_headers_dropped(write_text):
    table = read_table(write_text(" Asset Tag , Serial ,,\nA,B,,\n"))
    assert table.headers == ["Asset Tag", "Serial"]


def _workbook(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.create_sheet("second").append(["not read"])
    book.save(path)
    return path


def test_xlsx_values_become_text_with_excel_row_numbers(tmp_path):
    path = _workbook(
        tmp_path / "devices.xlsx",
        [
            ["Asset Tag", "VLAN", "Cost", "Bought", "Approved", "Implanted"],
            ["MD-1", 12.0, 1234.5, date(2024, 3, 1), datetime(2026, 11, 8, 14, 30), True],
            [None, None, None, None, None, None],
            ["MD-2", 7, None, datetime(2024, 3, 2), None, False],
        ],
    )
    table = read_table(path)
    assert table.kind == "xlsx" and table.encoding == "" and table.delimiter == ""
    assert table.headers == ["Asset Tag", "VLAN", "Cost", "Bought", "Approved", "Implanted"]
    first, second = table.rows
    assert first.number == 2
    assert first.cells == ["MD-1", "12", "1234.5", "2024-03-01", "2026-11-08T14:30:00", "TRUE"]
    assert second.number == 4
    assert second.cells == ["MD-2", "7", "", "2024-03-02", "", "FALSE"]
    assert table.empty_rows_skipped == 1


def test_xlsx_rows_after_gaps_keep_their_excel_numbers(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["B3"] = "Asset Tag"
    sheet["B10"] = "MD-9"
    book.save(tmp_path / "gaps.xlsx")
    table = read_table(tmp_path / "gaps.xlsx")
    assert table.header_row == 3
    assert [(r.number, r.cells) for r in table.rows] == [(10, ["", "MD-9"])]
    assert table.headers == ["", "Asset Tag"]
