"""Hostile and broken files: always one clear BadInputError or a clean result, quickly, in bounded memory."""

from __future__ import annotations

import random
import time
import zipfile
from pathlib import Path

import pytest

from app.errors import BadInputError
from app.services.inventory_io import reader
from app.services.inventory_io.reader import read_table

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def refused(path: Path, **kwargs: object) -> str:
    with pytest.raises(BadInputError) as err:
        read_table(path, **kwargs)
    message = err.value.message
    assert "\n" not in message
    return message


def test_png_renamed_csv_is_not_a_text_table(write_bytes):
    assert "not a text table: it looks like a PNG image" in refused(write_bytes(PNG + b"\x00" * 64))


def test_random_bytes_are_not_a_text_table(write_bytes):
    junk = random.Random(7).randbytes(200_000)
    assert "not a text table" in refused(write_bytes(junk))


def test_random_high_bytes_without_nul_are_refused_as_not_utf8(write_bytes):
    rng = random.Random(3)
    junk = bytes(rng.randrange(0x80, 0x100) for _ in range(5000))
    assert "not UTF-8 or Shift_JIS" in refused(write_bytes(b"Asset Tag\n" + junk))


def test_many_control_characters_are_not_a_text_table(write_bytes):
    assert "not a text table" in refused(write_bytes(b"Tag\n" + b"\x01\x02\x03a" * 100))


def test_old_xls_and_xlsx_renamed_to_csv_say_what_they_are(write_bytes):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    assert "old Excel .xls workbook" in refused(write_bytes(ole, "devices.csv"))
    assert "zip archive" in refused(write_bytes(b"PK\x03\x04" + b"\x00" * 100, "devices.csv"))


def test_a_50mb_single_line_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as stream:
        stream.write(b"Asset Tag,Notes\nMD-1,")
        block = b"a" * (1 << 20)
        for _ in range(50):
            stream.write(block)
    started = time.perf_counter()
    message = refused(path)
    assert time.perf_counter() - started < 5
    assert "line 2 is longer than 1,000,000 characters" in message


def test_a_cell_over_100000_characters_is_refused(write_text):
    message = refused(write_text("Asset Tag,Notes\nMD-1,ok\nMD-2," + "n" * 100_001 + "\n"))
    assert "row 3 has a cell longer than 100,000 characters" in message


def test_a_quoted_cell_over_the_csv_limit_is_refused_with_its_line(write_text):
    text = 'Asset Tag,Notes\nMD-1,"' + "n\n" * 70_000 + '"\n'
    assert "line 2: a cell is longer than 100,000 characters" in refused(write_text(text))


def test_a_million_empty_rows_finish_quickly_and_are_skipped(write_bytes):
    path = write_bytes(
        b"Asset Tag,Serial\r\n" + b",\r\n" * 500_000 + b"\r\n" * 500_000 + b"MD-1,S\r\n"
    )
    started = time.perf_counter()
    table = read_table(path)
    assert time.perf_counter() - started < 5
    assert table.empty_rows_skipped == 1_000_000
    assert [(r.number, r.cells) for r in table.rows] == [(1_000_002, ["MD-1", "S"])]


def test_more_rows_than_the_cap_are_refused(write_text, monkeypatch):
    monkeypatch.setattr(reader, "MAX_DATA_ROWS", 10)
    path = write_text("Asset Tag\n" + "".join(f"MD-{i}\n" for i in range(11)))
    assert "more than 10 rows; split the file" in refused(path)
    assert len(read_table(write_text("Asset Tag\n" + "MD\n" * 10, "ten.csv")).rows) == 10


def test_more_columns_than_the_cap_are_refused(write_text):
    header = ",".join(f"c{i}" for i in range(1001))
    assert "row 1 has 1,001 cells; at most 1,000 columns" in refused(write_text(header + "\n"))


def test_empty_file_and_blank_only_file(write_bytes):
    assert "the file is empty" in refused(write_bytes(b""))
    assert "no header row" in refused(write_bytes(b"\r\n\n , \n", "blank.csv"))


def test_header_only_is_a_clean_empty_table(write_text):
    table = read_table(write_text("Asset Tag,Serial\n"))
    assert table.headers == ["Asset Tag", "Serial"] and table.rows == []


def test_a_quote_never_closed_is_refused(write_text):
    message = refused(write_text('Asset Tag,Notes\nMD-1,"starts here\nMD-2,x\nMD-3,y\n'))
    assert "line 2: a quoted cell is never closed" in message


def test_missing_file_folder_and_unreadable_file(tmp_path, monkeypatch):
    assert "no such file" in refused(tmp_path / "nope.csv")
    assert "is a folder" in refused(tmp_path)
    locked = tmp_path / "locked.csv"
    locked.write_text("Asset Tag\nMD-1\n")

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    assert "cannot be read (Permission denied)" in refused(locked)


def test_xlsx_that_is_not_a_zip(write_bytes):
    message = refused(write_bytes(b"Asset Tag,Serial\nMD-1,S\n", "devices.xlsx"))
    assert "not a valid .xlsx workbook (it is not a zip file)" in message


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "devices.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert "not a valid .xlsx workbook" in refused(path)


def test_xlsx_with_a_corrupt_sheet(tmp_path):
    import openpyxl

    good = tmp_path / "good.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Asset Tag"])
    book.save(good)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # truncated XML
            target.writestr(item, data)
    assert "bad.xlsx" in refused(bad)
