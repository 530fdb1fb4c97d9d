"""Hostile contact files: CSV and vCard through ``import_contacts`` on a real database, and the
contacts export.

Covered: every prefix of tests/fixtures/contacts/team.vcf (a card cut short is refused, never
dropped) and random prefixes of contacts.csv; random bytes and random byte edits of both; random
and nasty cells in every column (a tier of "²" crashed ``int()``); wrong encodings (vCard in
UTF-16 or Shift_JIS, CSV in UTF-32; Shift_JIS CSV is read); a vCard of 4 million folded lines
(quadratic before), a 21 MB vCard (refused before it is read), a 10 MB cell and a 100,000-character
name or e-mail address; a card that begins inside another; names that climb out of folders (only
text). Every refusal is one line; a file with an invalid row writes nothing (contact, contact
method, escalation entry and event counts unchanged). Export: names, organisations and notes
beginning with = + - @ are neutralised and the export re-imports to the same contacts.
"""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest
from hostile_files import mutated
from hostile_helpers import CONTACTS, FUZZ, HOSTILE, REF, counts, files_in, one_line, refusal
from hypothesis import given
from hypothesis import strategies as st

from app.database.db import open_database
from app.errors import BadInputError
from app.services import vcard
from app.services.contacts import (
    ContactsReport,
    export_contacts,
    import_contacts,
    list_contacts,
)
from app.services.inventory_io.formula import TRIGGERS
from app.services.vcard import read_vcards

TEAM = (CONTACTS / "team.vcf").read_bytes()
SHEET = (CONTACTS / "contacts.csv").read_bytes()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def imports_or_refuses(db, path: Path, **kw) -> ContactsReport | None:
    """The report, or None for a refused file; either way nothing partial is written."""
    before = counts(db)
    try:
        report = import_contacts(db, REF, path, by="t", **kw)
    except BadInputError as error:
        one_line(error.message)
        assert counts(db) == before
        return None
    if report.errors and not kw.get("skip_invalid"):
        assert not report.written and counts(db) == before
    else:
        assert report.written and counts(db)["event"] == before["event"] + 1
    return report


# --- cut, random, edited ------------------------------------------------------------------------


def test_every_prefix_of_a_vcard_file_is_read_or_refused_and_no_card_is_dropped(tmp_path):
    path = tmp_path / "team.vcf"
    for cut in range(len(TEAM) + 1):
        prefix = TEAM[:cut]
        path.write_bytes(prefix)
        lines = prefix.decode("utf-8", "ignore").splitlines()
        opened = sum(line == "BEGIN:VCARD" for line in lines)
        closed = sum(line.startswith("END:") and "END:VCARD".startswith(line) for line in lines)
        try:
            cards = read_vcards(path)
        except BadInputError as error:
            one_line(error.message)
            complete = sum(line == "END:VCARD" for line in lines)
            assert opened > complete or complete == 0, (cut, error.message)
            continue
        assert len(cards) == opened == closed, cut  # every card begun was read


@FUZZ
@given(fraction=st.floats(0, 1), vcf=st.booleans())
def test_a_contacts_file_cut_anywhere_imports_whole_rows_or_nothing(db, tmp_path, fraction, vcf):
    data = TEAM if vcf else SHEET
    path = write(tmp_path, "cut.vcf" if vcf else "cut.csv", data[: int(len(data) * fraction)])
    imports_or_refuses(db, path)


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".vcf", ".vcard", ".txt"]))
def test_random_bytes_are_refused_or_reported(db, tmp_path, data, suffix):
    imports_or_refuses(db, write(tmp_path, "random" + suffix, data))


@FUZZ
@given(
    vcf=st.booleans(),
    edits=st.lists(
        st.tuples(st.integers(0, 1 << 16), st.integers(0, 2), st.integers(0, 255)),
        min_size=1,
        max_size=8,
    ),
)
def test_random_byte_edits_are_imported_or_refused(db, tmp_path, vcf, edits):
    data = mutated(TEAM if vcf else SHEET, edits)
    imports_or_refuses(db, write(tmp_path, "edited.vcf" if vcf else "edited.csv", data))


COLUMNS = ["name", "role", "organization", "unit", "tier", "mobile", "pager", "desk", "email"]
COLUMNS += ["classes", "hics_position", "hours", "notes", "authority", "last_verified"]
NASTY = [
    "",
    "²",
    "１",
    "٣",
    "0",
    "10",
    "-1",
    "9" * 5000,
    "3,4,5",
    "3;;",
    "８",
    "2026-02-30",
    "0001-01-01",
    "9999-12-31",
    "+81 (0)90-1234-5678 内線 12",
    "x" * 401,
    "a@b.c",
    "@" * 50,
    "vendor",
    "リーダー看護師",
    "=cmd|' /C calc'!A0",
    "''=x",
    "\u202e",
    "\x00",
    "a\r\nb",
]


@FUZZ
@given(
    rows=st.lists(
        st.lists(
            st.one_of(st.sampled_from(NASTY), st.text(max_size=30)),
            min_size=len(COLUMNS),
            max_size=len(COLUMNS),
        ),
        min_size=1,
        max_size=4,
    ),
    skip_invalid=st.booleans(),
)
def test_any_cells_give_a_report_or_a_refusal_never_a_crash(db, tmp_path, rows, skip_invalid):
    buffer = io.StringIO()
    csv.writer(buffer).writerows([COLUMNS, *rows])
    path = write(tmp_path, "cells.csv", buffer.getvalue().encode("utf-8"))
    imports_or_refuses(db, path, skip_invalid=skip_invalid)


# --- fixed nasty samples ----------------------------------------------------------------------


def test_a_superscript_tier_is_a_row_error(db):
    report = imports_or_refuses(db, HOSTILE / "contacts-superscript-tier.csv")
    assert report is not None and report.errors == [
        {"row": 2, "column": "tier", "message": "'²' is not a tier from 1 to 9"}
    ]


@pytest.mark.parametrize(("tier", "expected"), [("１", 1), ("٣", 3), ("9", 9)])
def test_decimal_digits_of_any_script_are_tiers(db, tmp_path, tier, expected):
    path = write(tmp_path, "t.csv", f"name,role,tier\nTier Test,biomed,{tier}\n".encode())
    assert imports_or_refuses(db, path).written
    (found,) = [c for c in list_contacts(db) if c.name == "Tier Test"]
    assert found.places[0][1] == expected


def test_a_vcard_cut_short_is_refused_not_half_imported(db):
    report = imports_or_refuses(db, HOSTILE / "contacts-cut-short.vcf")
    assert report is None
    message = refusal(import_contacts, db, REF, HOSTILE / "contacts-cut-short.vcf")
    assert message == (
        "contacts-cut-short.vcf: the card that begins on line 10 has no END:VCARD "
        "(is the file cut short?); nothing imported"
    )


def test_a_card_that_begins_inside_another_is_refused(db, tmp_path):
    data = b"BEGIN:VCARD\r\nFN:A\r\nBEGIN:VCARD\r\nFN:B\r\nEND:VCARD\r\n"
    message = refusal(import_contacts, db, REF, write(tmp_path, "nested.vcf", data))
    assert "line 1 has no END:VCARD; a new card begins on line 3" in message


def test_four_million_folded_lines_are_read_in_seconds(tmp_path):
    data = b"BEGIN:VCARD\nFN:A\nNOTE:x\n" + b" a\n" * 4_000_000 + b"END:VCARD\n"
    started = time.perf_counter()
    (card,) = read_vcards(write(tmp_path, "folded.vcf", data))
    assert time.perf_counter() - started < 5  # was quadratic: minutes
    assert card.name == "A"


def test_a_name_folded_to_100000_characters_is_a_row_error(db, tmp_path):
    data = b"BEGIN:VCARD\nFN:A\n" + b" a\n" * 100_000 + b"END:VCARD\n"
    report = imports_or_refuses(db, write(tmp_path, "long.vcf", data))
    assert report.errors[0]["message"] == "too long (100001 characters; at most 400)"


def test_a_21_mb_vcard_is_refused_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.vcf"
    with path.open("wb") as stream:
        stream.truncate(21 * 1024 * 1024)

    def never(self):
        raise AssertionError("read")

    monkeypatch.setattr(Path, "read_bytes", never)
    assert refusal(vcard.read_vcards, path) == "huge.vcf: larger than 20 MB"


def test_a_10_mb_cell_and_long_texts(db, tmp_path):
    big = b"name,role\n" + b"n" * 10_000_000 + b",biomed\n"
    assert "longer than" in refusal(import_contacts, db, REF, write(tmp_path, "big.csv", big))
    long_name = f"name,role,email\n{'n' * 100_000},biomed,\nA,biomed,{'e' * 99_990}@x.org\n"
    report = imports_or_refuses(db, write(tmp_path, "long.csv", long_name.encode()))
    assert [(e["row"], e["column"]) for e in report.errors] == [(2, "name"), (3, "email")]


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("team.vcf", TEAM.decode().encode("utf-16"), "not UTF-8 text (byte 0)"),
        ("team.vcf", TEAM.decode().encode("cp932"), "not UTF-8 text"),
        ("contacts.csv", SHEET.decode().encode("utf-32"), "UTF-32 text is not read"),
        ("contacts.csv", SHEET.decode().encode("utf-16-le"), "not a text table"),
    ],
)
def test_wrong_encodings_are_refused(db, tmp_path, name, data, fragment):
    before = counts(db)
    assert fragment in refusal(import_contacts, db, REF, write(tmp_path, name, data))
    assert counts(db) == before


def test_a_shift_jis_contacts_csv_is_read(db, tmp_path):
    path = write(tmp_path, "sjis.csv", SHEET.decode().encode("cp932"))
    assert imports_or_refuses(db, path).written


def test_names_that_climb_out_are_only_text(db, tmp_path):
    data = b"BEGIN:VCARD\nFN:../../../../tmp/evil\nORG:/etc/passwd\nEND:VCARD\n"
    before = files_in(tmp_path)
    report = imports_or_refuses(db, write(tmp_path, "..%2Fevil.vcf", data))
    assert report.imported == 1 and files_in(tmp_path) == before | {"..%2Fevil.vcf"}


# --- export: formulas neutralised, round trip ---------------------------------------------------


def test_the_contacts_export_neutralises_formulas_and_reimports_the_same(db, tmp_path):
    assert imports_or_refuses(db, HOSTILE / "contacts-formulas.csv").written
    out = tmp_path / "contacts.csv"
    export_contacts(db, out, by="t")
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    for row in rows[1:]:
        for cell in row:
            assert cell[:1] not in TRIGGERS, cell
    fresh = open_database(tmp_path / "fresh.sqlite3")
    try:
        import_contacts(fresh, REF, out, by="t")
        again = {(c.name, c.organization, c.notes) for c in list_contacts(fresh)}
    finally:
        fresh.close()
    original = {(c.name, c.organization, c.notes) for c in list_contacts(db)}
    assert again == original
    assert ("=cmd|' /C calc'!A0", "+Acme", "@SUM(A1)") in again
    assert ("'=Already quoted", "-Vendor", "=1+1") in again
