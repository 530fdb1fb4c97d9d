"""Hostile files given to ``mdir-desk`` as a user runs it (a separate process, network guard on):
``inventory import``, ``inventory sbom import``, ``contacts import`` and the exports.

For every file — random bytes, zip bombs (declared and real), entity bombs, a row numbered 1e9,
a workbook cut in half, UTF-32, a multi-line header, cells that crashed the field parsers, JSON
nested 100,000 deep, a cut SBOM, a lone surrogate, a 10 MB name, a vCard cut short, a tier of
"²", UTF-16 vCards — the command exits 2 with exactly one line on stderr and no traceback, the
database keeps every row (devices, contacts, SBOMs, events) and no file is left behind (no
rejects file, no half-written export). The database is seeded once for the module through the
CLI itself; every case compares its own before and after.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from hostile_files import SHEET, rebuilt, repeated, workbook
from hostile_helpers import CONTACTS, HOSTILE, SBOMS, SNIPEIT, Cli, assert_refused, counts


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    run = Cli(tmp_path_factory.mktemp("cli"))
    for args in (
        ("inventory", "import", str(SNIPEIT / "assets-sample.csv"), "--mapping", "snipe-it"),
        ("contacts", "import", str(CONTACTS / "contacts.csv")),
        ("inventory", "sbom", "import", str(SBOMS / "spdx23-example11.spdx.json"), "--model", "X"),
    ):
        done = run(*args)
        assert done.code == 0, done.err
    return run


def user_files(folder: Path) -> set[str]:
    """Files in the CLI's working folder, without its database and its isolated home."""
    return {
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and not p.name.startswith("cli.sqlite3") and "home" not in p.parts
    }


def _random(name: str, size: int = 20_000) -> bytes:
    return random.Random(name).randbytes(size)


def _zip_bomb() -> bytes:
    cell = repeated(b'<row r="2"><c t="inlineStr"><is><t>', b"a" * 1024, 50 * 1024, b"")

    def sheet(stream):
        stream.write(
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        )
        stream.write(b"<sheetData>")
        cell(stream)
        stream.write(b"</t></is></c></row></sheetData></worksheet>")

    return rebuilt(workbook(), {SHEET: sheet})


HALF = workbook([("Asset Tag", "Model"), ("MD-9", "Pump")])
INVENTORY = {
    "random.csv": (_random("inventory"), "not a text table"),
    "zip-bomb.xlsx": (_zip_bomb(), "looks like a zip bomb"),
    "xlsx-declares-3gb.xlsx": (None, "unpacks to more than 1 GB"),
    "xlsx-billion-laughs.xlsx": (None, "amplification"),
    "xlsx-row-1e9.xlsx": (None, "rows beyond row 1,048,576"),
    "half.xlsx": (HALF[: len(HALF) // 2], "not a valid .xlsx workbook"),
    "utf32.csv": ("Asset Tag\nMD-1\n".encode("utf-32"), "UTF-32"),
    "inventory-multiline-header.csv": (None, 'found headers "Device name", "Serial number"'),
}
SBOM = {
    "random.json": (_random("sbom"), "is not UTF-8 text"),
    "deep.json": (b'{"a": ' * 100_000 + b"1" + b"}" * 100_000, "nested too deeply"),
    "cut.json": (
        SBOMS.joinpath("cyclonedx-laravel-7.12.0.bom.1.4.json").read_bytes()[:5000],
        "JSON",
    ),
    "sbom-lone-surrogate.cdx.json": (None, "lone surrogate \\ud800"),
    "big-name.json": (
        json.dumps(
            {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [{"name": "n" * 10**7}]}
        ).encode(),
        "10,000,000 characters long",
    ),
}
CONTACT_FILES = {
    "contacts-cut-short.vcf": (None, "has no END:VCARD"),
    "random.vcf": (_random("vcf"), "not UTF-8 text"),
    "utf16.vcf": (CONTACTS.joinpath("team.vcf").read_text().encode("utf-16"), "not UTF-8"),
    "utf32.csv": (CONTACTS.joinpath("contacts.csv").read_text().encode("utf-32"), "UTF-32"),
}


def place(cli: Cli, name: str, data: bytes | None) -> Path:
    path = cli.folder / "in" / name
    path.parent.mkdir(exist_ok=True)
    if data is None:
        shutil.copy(HOSTILE / name, path)
    else:
        path.write_bytes(data)
    return path


def refused_without_a_trace(cli: Cli, args: list[str], fragment: str) -> None:
    before, files = counts(cli.db), user_files(cli.folder)
    assert_refused(cli(*args), fragment)
    assert counts(cli.db) == before
    assert user_files(cli.folder) == files


@pytest.mark.parametrize("name", sorted(INVENTORY))
def test_inventory_import_refuses_hostile_files(cli, name):
    data, fragment = INVENTORY[name]
    path = place(cli, name, data)
    refused_without_a_trace(cli, ["inventory", "import", str(path)], fragment)


def test_inventory_import_with_rejects_writes_no_rejects_file_for_a_refused_file(cli):
    path = place(cli, "xlsx-row-1e9.xlsx", None)
    rejects = cli.folder / "rejects.csv"
    args = ["inventory", "import", str(path), "--skip-invalid", "--rejects", str(rejects)]
    refused_without_a_trace(cli, args, "rows beyond")
    assert not rejects.exists()


def test_inventory_import_of_cells_that_crashed_reports_rows_and_writes_nothing(cli):
    path = place(cli, "inventory-overflow-cells.csv", None)
    before = counts(cli.db)
    run = cli("inventory", "import", str(path))
    assert_refused(run, "nothing imported: 3 invalid row(s)")
    assert "is outside the years 1-9999 in UTC" in run.out
    assert counts(cli.db) == before


def test_an_unknown_encoding_name_is_refused(cli):
    path = place(cli, "plain.csv", b"Asset Tag\nMD-1\n")
    refused_without_a_trace(
        cli, ["inventory", "import", str(path), "--encoding", "no-such"], "unknown text encoding"
    )


@pytest.mark.parametrize("name", sorted(SBOM))
def test_sbom_import_refuses_hostile_files(cli, name):
    data, fragment = SBOM[name]
    path = place(cli, name, data)
    args = ["inventory", "sbom", "import", str(path), "--model", "LVP-500"]
    refused_without_a_trace(cli, args, fragment)


@pytest.mark.parametrize("name", sorted(CONTACT_FILES))
def test_contacts_import_refuses_hostile_files(cli, name):
    data, fragment = CONTACT_FILES[name]
    path = place(cli, name, data)
    refused_without_a_trace(cli, ["contacts", "import", str(path)], fragment)


def test_contacts_import_with_a_superscript_tier_reports_the_row_and_writes_nothing(cli):
    path = place(cli, "contacts-superscript-tier.csv", None)
    before = counts(cli.db)
    run = cli("contacts", "import", str(path))
    assert_refused(run, "nothing imported: 1 invalid row(s)")
    assert "row 2, tier: '²' is not a tier from 1 to 9" in run.out
    assert counts(cli.db) == before


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["inventory", "export", "missing/devices.csv"], "cannot write"),
        (["inventory", "export", "devices.xls"], "export to .csv or .xlsx"),
        (["contacts", "export", "contacts.xlsx"], "contacts export to .csv"),
    ],
)
def test_failed_exports_leave_nothing(cli, args, fragment):
    refused_without_a_trace(cli, args, fragment)
