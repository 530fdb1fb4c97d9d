"""Hostile inventory files at the file layer (``inventory_io.reader.read_table``): CSV and XLSX.

Covered: random bytes; the real Snipe-IT exports (tests/fixtures/shared/snipeit), as CSV and as
XLSX, cut at random points and with random byte edits; random text in random encodings and text
in encodings that are not detected (UTF-16 without BOM, UTF-32, EBCDIC); a 10 MB cell in a
workbook; a million columns and a million-and-one rows; and for workbooks (a zip archive): parts
that declare gigabytes, a compression ratio of 1,000:1 (sheet and shared strings), overlapping
parts, 20,000 parts, a 50 MB zip directory, a row numbered 1,000,000,000 or 1e12, thousands of
rows with a styled blank cell at column ZZZ, entity-expansion ("billion laughs") and external
entities in the sheet, shared strings and workbook XML, part names that climb out of any folder
(../, absolute) and relationships that point outside the archive.
Every file gives a ``Table`` or one ``BadInputError`` line, quickly and in bounded memory; nothing
is written anywhere. (tests/unit/inventory_io/test_io_hostile.py covers single-line and cell
limits, binary signatures, empty and header-only files; import and CLI are in other files here.)
"""

from __future__ import annotations

import io
import random
import time
import tracemalloc
from pathlib import Path

import pytest
from hostile_files import (
    MAIN_NS,
    SHARED_STRINGS,
    SHEET,
    huge_declared_directory,
    inline_row,
    lie_about_sizes,
    mutated,
    rebuilt,
    repeated,
    with_shared_strings,
    with_sheet,
    workbook,
)
from hostile_helpers import FUZZ, HOSTILE, SNIPEIT, files_in, one_line, refusal
from hypothesis import given
from hypothesis import strategies as st

from app.errors import BadInputError
from app.services.inventory_io.reader import Table, read_table

SNIPEIT_FILES = sorted(SNIPEIT.glob("*.csv"))
HEADER = inline_row(1, "Asset Tag", "Serial")


def xlsx_of(csv_path: Path) -> bytes:
    """A real workbook holding the rows of a CSV fixture (bad bytes and control characters,
    which a workbook cannot hold, replaced)."""
    import csv

    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("?", csv_path.read_bytes().decode("utf-8", "replace"))
    return workbook(csv.reader(io.StringIO(text, newline="")))


SNIPEIT_XLSX = {path.name: xlsx_of(path) for path in SNIPEIT_FILES}


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def reads_or_refuses(path: Path) -> Table | None:
    try:
        return read_table(path)
    except BadInputError as error:
        one_line(error.message)
        return None


def refused(path: Path, fragment: str = "", *, seconds: float = 5, peak_mb: float = 0) -> str:
    """The one-line refusal of ``path``, within ``seconds`` and (if given) ``peak_mb`` of memory."""
    if peak_mb:
        tracemalloc.start()
    started = time.perf_counter()
    try:
        message = refusal(read_table, path)
    finally:
        if peak_mb:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    assert time.perf_counter() - started < seconds
    if peak_mb:
        assert peak < peak_mb * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"
    assert fragment in message, message
    return message


# --- random and damaged files -----------------------------------------------------------------


@FUZZ
@given(data=st.binary(max_size=5000), suffix=st.sampled_from([".csv", ".txt", ".xlsx"]))
def test_random_bytes_are_read_or_refused(tmp_path, data, suffix):
    reads_or_refuses(write(tmp_path, "random" + suffix, data))


@FUZZ
@given(name=st.sampled_from([p.name for p in SNIPEIT_FILES]), fraction=st.floats(0, 1))
def test_snipeit_csv_cut_anywhere_is_read_or_refused(tmp_path, name, fraction):
    data = (SNIPEIT / name).read_bytes()
    reads_or_refuses(write(tmp_path, name, data[: int(len(data) * fraction)]))


@FUZZ
@given(name=st.sampled_from(sorted(SNIPEIT_XLSX)), fraction=st.floats(0, 0.999))
def test_snipeit_xlsx_cut_anywhere_is_refused(tmp_path, name, fraction):
    data = SNIPEIT_XLSX[name]
    path = write(tmp_path, "cut.xlsx", data[: int(len(data) * fraction)])
    assert reads_or_refuses(path) is None  # a workbook cut short loses its zip directory


@FUZZ
@given(
    name=st.sampled_from([p.name for p in SNIPEIT_FILES]),
    as_xlsx=st.booleans(),
    edits=st.lists(
        st.tuples(st.integers(0, 1 << 20), st.integers(0, 2), st.integers(0, 255)),
        min_size=1,
        max_size=10,
    ),
)
def test_snipeit_files_with_random_byte_edits_are_read_or_refused(tmp_path, name, as_xlsx, edits):
    data = SNIPEIT_XLSX[name] if as_xlsx else (SNIPEIT / name).read_bytes()
    reads_or_refuses(write(tmp_path, "edited.xlsx" if as_xlsx else name, mutated(data, edits)))


@FUZZ
@given(
    text=st.text(max_size=300),
    codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp932", "latin-1"]),
)
def test_random_text_in_any_encoding_is_read_or_refused(tmp_path, text, codec):
    data = ("Asset Tag,Notes\nMD-1," + text).encode(codec, errors="ignore")
    reads_or_refuses(write(tmp_path, "text.csv", data))


@pytest.mark.parametrize(
    ("codec", "fragment"),
    [
        ("utf-16-le", "not a text table"),  # no byte-order mark: NUL bytes
        ("utf-16-be", "not a text table"),
        ("utf-32", "UTF-32 text is not read"),  # its byte-order mark was taken for UTF-16's
        ("cp500", "not UTF-8 or Shift_JIS"),  # EBCDIC
    ],
)
def test_encodings_that_are_not_detected_are_refused(tmp_path, codec, fragment):
    data = "Asset Tag,Model\nMD-1,Pump\n".encode(codec)
    refused(write(tmp_path, "devices.csv", data), fragment)


def test_a_named_encoding_that_does_not_fit_is_refused(tmp_path):
    path = write(tmp_path, "devices.csv", "Asset Tag\n管理\n".encode())
    assert "is not valid ascii" in refusal(read_table, path, encoding="ascii")
    assert "unknown text encoding" in refusal(read_table, path, encoding="no-such-codec")


# --- huge fields, many columns and rows ---------------------------------------------------------


def test_a_10_mb_cell_in_a_workbook_is_refused(tmp_path):
    rng = random.Random(10)  # random letters: the part compresses about 1.6:1, not like a bomb
    letters = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=10_000_000))
    data = with_sheet(HEADER + inline_row(2, "MD-1", letters))
    refused(write(tmp_path, "cell.xlsx", data), "row 2 has a cell longer than 100,000")


def test_a_million_columns_are_refused(tmp_path):
    line = "a," * 999_999 + "a\n"  # 1,999,999 characters: over the line limit first
    refused(write(tmp_path, "wide.csv", line.encode()), "longer than 1,000,000 characters")
    line = ",".join(["a"] * 400_000) + "\n"
    refused(write(tmp_path, "wide.csv", line.encode()), "400,000 cells; at most 1,000 columns")
    cells = repeated(b'<row r="1">', b"<c><v>1</v></c>", 1_000_000, b"</row>")
    data = rebuilt(workbook(), {SHEET: _sheet_stream(cells)})
    refused(write(tmp_path, "wide.xlsx", data), "zip bomb", peak_mb=50)


def test_columns_beyond_1000_in_a_workbook_are_refused(tmp_path):
    row = b'<row r="1">' + b"".join(b"<c><v>%d</v></c>" % i for i in range(20_000)) + b"</row>"
    refused(write(tmp_path, "wide.xlsx", with_sheet(row)), "20,000 cells; at most 1,000")


def test_a_million_and_one_rows_are_refused(tmp_path):
    data = b"Asset Tag\n" + b"x\n" * 1_000_001
    refused(write(tmp_path, "long.csv", data), "more than 1,000,000 rows", seconds=10)


def test_thousands_of_rows_with_a_styled_blank_cell_at_column_zzz_read_quickly(tmp_path):
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>T-%d</t></is></c><c r="ZZZ%d" s="0"/></row>'
        % (i, i, i, i)
        for i in range(2, 10_002)
    )
    path = write(tmp_path, "far.xlsx", with_sheet(HEADER + rows))
    started = time.perf_counter()
    table = read_table(path)
    assert time.perf_counter() - started < 5  # 1 ms a row before: rows were 18,278 cells wide
    assert len(table.rows) == 10_000 and table.rows[-1].raw == ["T-10001"]


# --- zip bombs --------------------------------------------------------------------------------


def _sheet_stream(rows_writer):
    """A streamed sheet part: the sheet's head, what ``rows_writer`` writes, its tail."""
    from hostile_files import SHEET_HEAD, SHEET_TAIL, XML_DECLARATION

    def write_sheet(stream):
        stream.write(XML_DECLARATION + SHEET_HEAD + HEADER)
        rows_writer(stream)
        stream.write(SHEET_TAIL)

    return write_sheet


def test_a_tiny_workbook_that_declares_gigabytes_is_refused_before_unpacking(tmp_path):
    refused(HOSTILE / "xlsx-declares-3gb.xlsx", "unpacks to more than 1 GB", peak_mb=5)


def test_a_real_1_5_gb_sheet_is_refused_before_unpacking(tmp_path):
    cell = repeated(b'<row r="2"><c t="inlineStr"><is><t>', b"a" * 1024, 1536 * 1024, b"")
    data = rebuilt(workbook(), {SHEET: _sheet_stream(cell)}, level=1)
    assert len(data) < 10 * 1024 * 1024
    refused(write(tmp_path, "bomb.xlsx", data), "unpacks to more than 1 GB", peak_mb=5)


def test_a_part_declared_smaller_than_it_unpacks_is_cut_at_its_declared_size(tmp_path):
    sheet = repeated(b"", b'<row><c t="inlineStr"><is><t>x</t></is></c></row>', 100_000, b"")
    real = rebuilt(workbook(), {SHEET: _sheet_stream(sheet)}, level=1)
    data = lie_about_sizes(real, file_size=1000)  # zipfile stops there: a CRC error, not 5 MB
    refused(write(tmp_path, "small-lie.xlsx", data), "not a valid .xlsx workbook", peak_mb=20)


def test_a_sheet_that_unpacks_1000_times_larger_is_refused_as_a_zip_bomb(tmp_path):
    cell = repeated(b'<row r="2"><c t="inlineStr"><is><t>', b"a" * 1024, 50 * 1024, b"")
    data = rebuilt(workbook(), {SHEET: _sheet_stream(cell)})
    assert len(data) < 100_000  # 50 MB of XML in under 100 KB
    message = refused(write(tmp_path, "bomb.xlsx", data), "looks like a zip bomb", peak_mb=5)
    assert "'xl/worksheets/sheet1.xml' would unpack to 52,4" in message


def test_a_shared_strings_bomb_is_refused(tmp_path):
    writer = repeated(b'<sst xmlns="' + MAIN_NS + b'">', b"<si><t>a</t></si>", 3_000_000, b"</sst>")
    data = with_shared_strings(writer)
    refused(write(tmp_path, "strings.xlsx", data), "'xl/sharedStrings.xml' would unpack", peak_mb=5)


def test_overlapping_parts_are_refused(tmp_path):
    refused(HOSTILE / "xlsx-overlapping.xlsx", "parts overlap", peak_mb=5)


def test_twenty_thousand_parts_are_refused(tmp_path):
    extra = {f"customXml/item{i}.xml": b"" for i in range(20_000)}
    refused(
        write(tmp_path, "parts.xlsx", rebuilt(workbook(), extra)), "20,009 parts; at most 10,000"
    )


def test_a_huge_zip_directory_is_refused_before_zipfile_reads_it(tmp_path):
    names = {f"xl/{'n' * 4000}{i}.xml": b"" for i in range(1_200)}  # a 4.8 MB directory
    message = refused(write(tmp_path, "dir.xlsx", rebuilt(workbook(), names)), "zip directory is")
    assert "at most 4,194,304" in message
    for zip64 in (False, True):
        declared = huge_declared_directory(workbook(), 400_000_000, zip64=zip64)
        refused(write(tmp_path, "declared.xlsx", declared), "400,000,000 bytes", peak_mb=5)


def test_a_row_numbered_a_billion_is_refused_quickly(tmp_path):
    refused(HOSTILE / "xlsx-row-1e9.xlsx", "rows beyond row 1,048,576", seconds=3)
    data = with_sheet(HEADER + b'<row r="1e12"><c t="inlineStr"><is><t>x</t></is></c></row>')
    refused(write(tmp_path, "float-row.xlsx", data), "rows beyond row 1,048,576", seconds=3)


def test_the_last_spreadsheet_row_is_still_read(tmp_path):
    data = with_sheet(HEADER + inline_row(1_048_576, "MD-LAST", "S"))
    table = read_table(write(tmp_path, "last.xlsx", data))
    assert [(r.number, r.cells) for r in table.rows] == [(1_048_576, ["MD-LAST", "S"])]


# --- XML attacks ------------------------------------------------------------------------------

LAUGHS = HOSTILE.joinpath("xlsx-billion-laughs.xlsx")


def test_entity_expansion_in_the_sheet_is_refused(tmp_path):
    import pyexpat

    major, minor = (int(n) for n in pyexpat.EXPAT_VERSION.split("_")[1].split(".")[:2])
    assert (major, minor) >= (2, 4), "expat before 2.4 has no protection against entity bombs"
    refused(LAUGHS, "amplification", seconds=3, peak_mb=60)


@pytest.mark.parametrize("part", [SHARED_STRINGS, "xl/workbook.xml", "[Content_Types].xml"])
def test_entity_expansion_in_other_parts_is_refused(tmp_path, part):
    import zipfile

    dtd = zipfile.ZipFile(LAUGHS).read(SHEET).split(b"<worksheet")[0]
    base = with_shared_strings(b'<sst xmlns="' + MAIN_NS + b'"><si><t>x</t></si></sst>')
    original = zipfile.ZipFile(io.BytesIO(base)).read(part)
    body = original.split(b"?>", 1)[-1] if original.startswith(b"<?xml") else original
    tag_end = body.index(b">") + 1
    data = rebuilt(base, {part: dtd + body[:tag_end] + b"<x>&lol9;</x>" + body[tag_end:]})
    refused(write(tmp_path, "laughs.xlsx", data), seconds=3, peak_mb=60)


def test_an_external_entity_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-42")
    data = with_sheet(
        HEADER + inline_row(2, "&secret;", "S-1"),
        prolog=b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY secret SYSTEM "file://'
        + str(secret).encode()
        + b'">]>',
    )
    message = refused(write(tmp_path, "xxe.xlsx", data), "undefined entity")
    assert "TOP-SECRET" not in message
    refused(HOSTILE / "xlsx-external-entity.xlsx", "undefined entity")


def test_an_external_dtd_is_never_fetched(tmp_path):
    prolog = b'<?xml version="1.0"?><!DOCTYPE w SYSTEM "http://dtd.invalid/w.dtd">'
    path = write(
        tmp_path, "dtd.xlsx", with_sheet(HEADER + inline_row(2, "MD-1", "S"), prolog=prolog)
    )
    table = reads_or_refuses(path)  # the network guard fails the run if anything is fetched
    assert table is None or table.rows[0].cells == ["MD-1", "S"]


# --- names that climb out ---------------------------------------------------------------------


def test_part_names_that_climb_out_are_never_used_as_paths(tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    before = files_in(tmp_path)
    table = read_table(HOSTILE / "xlsx-traversal-names.xlsx")
    assert [r.cells for r in table.rows] == [["MD-1", "S-1"]]
    assert files_in(tmp_path) == before
    assert not Path("/tmp/mdir-desk-escaped.txt").exists()


def test_a_sheet_outside_the_archive_is_not_read(tmp_path):
    refused(HOSTILE / "xlsx-sheet-outside.xlsx", "no worksheet")


def test_a_real_workbook_of_5000_devices_passes_the_zip_bomb_guard(tmp_path):
    from app.services.demo import demo_devices
    from app.services.inventory_io.export import write_export

    path = tmp_path / "devices.xlsx"
    write_export(path, demo_devices(5000))
    table = read_table(path)
    assert len(table.rows) == 5000
