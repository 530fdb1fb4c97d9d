"""``mdir-desk inventory ...`` as a biomed engineer runs it: imports, exports, search, SBOMs."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "shared"
REPORT_FIELDS = {"imported", "updated", "rejected", "errors", "ignored_columns"}
GOOD = (
    "Asset Tag,Serial,Manufacturer,Model,Category,Department,Location,IP Address,MAC\n"
    "P-1,S1,Acme,LVP-500,Infusion / syringe pump,ICU,Bed 1,10.0.0.1,00-11-22-33-44-55\n"
    "P-2,S2,Acme,LVP-500,輸液ポンプ・シリンジポンプ,ICU,Bed 2,10.0.0.2,001122334466\n"
)
BAD_ROW = "P-3,S3,Acme,LVP-500,Toaster,ICU,Bed 3,999.0.0.1,00:11:22\n"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def one_line_error(run, fragment: str) -> None:
    assert run.code == 2, run
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], run.err
    assert "Traceback" not in run.err


def test_import_then_search_show_and_json_report(cli, tmp_path):
    run = cli("inventory", "import", str(write(tmp_path, "a.csv", GOOD)), "--json")
    assert run.code == 0, run.err
    report = run.json()
    assert set(report) >= REPORT_FIELDS
    assert (report["imported"], report["updated"], report["rejected"]) == (2, 0, 0)
    found = cli("inventory", "search", "輸液", "--json").json()
    assert [d["asset_tag"] for d in found] == ["P-1", "P-2"]
    shown = cli("inventory", "show", "p-2", "--json").json()
    assert shown["record"]["mac"] == "00:11:22:33:44:66"
    assert shown["category"] == "infusion_pump" and shown["unit"] == "ICU"
    again = cli("inventory", "import", str(write(tmp_path, "b.csv", GOOD)), "--json").json()
    assert (again["imported"], again["updated"]) == (0, 2)


def test_one_invalid_row_imports_nothing_and_exits_2(cli, tmp_path):
    path = write(tmp_path, "bad.csv", GOOD + BAD_ROW)
    run = cli("inventory", "import", str(path), "--json")
    assert run.code == 2
    report = run.json()
    assert report["rejected"] == 1 and report["imported"] == 0 and report["written"] is False
    columns = {e["column"] for e in report["errors"] if e["row"] == 4}
    assert columns == {"IP Address", "MAC"}
    assert any("Toaster" in w["message"] for w in report["warnings"])  # warn, don't reject
    assert "nothing imported" in run.err
    assert cli("inventory", "search", "acme", "--json").json() == []


def test_skip_invalid_writes_rejects_and_imports_the_rest(cli, tmp_path):
    path = write(tmp_path, "bad.csv", GOOD + BAD_ROW)
    rejects = tmp_path / "rejects.csv"
    run = cli(
        "inventory", "import", str(path), "--skip-invalid", "--rejects", str(rejects), "--json"
    )
    assert run.code == 0, run.err
    assert run.json()["imported"] == 2 and run.json()["rejected"] == 1
    with rejects.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][-1] == "error" and rows[1][:-1] == BAD_ROW.strip().split(",")
    assert "IP Address" in rows[1][-1]
    one_line_error(cli("inventory", "import", str(path), "--skip-invalid"), "--rejects OUT.csv")
    one_line_error(
        cli("inventory", "import", str(path), "--rejects", str(rejects)),
        "--rejects goes with --skip-invalid",
    )


def test_dry_run_writes_nothing(cli, tmp_path):
    run = cli("inventory", "import", str(write(tmp_path, "a.csv", GOOD)), "--dry-run", "--json")
    assert run.code == 0 and run.json()["imported"] == 2 and run.json()["dry_run"] is True
    assert cli("inventory", "search", "acme", "--json").json() == []


def test_shift_jis_semicolons_and_japanese_headers(cli, tmp_path):
    text = "資産番号;メーカー;機種;設置部署\r\nJP-1;テルモ;TE-171;３階病棟\r\n"
    run = cli("inventory", "import", str(write(tmp_path, "sjis.csv", text, "cp932")), "--json")
    assert run.code == 0, run.err
    assert run.json()["encoding"].lower() in ("cp932", "shift_jis")
    shown = cli("inventory", "show", "JP-1", "--json").json()
    assert (shown["manufacturer"], shown["unit"]) == ("テルモ", "3階病棟")


def test_snipe_it_exports_import_with_the_shipped_mapping(cli):
    run = cli(
        "inventory",
        "import",
        str(FIXTURES / "snipeit" / "assets-sample.csv"),
        "--mapping",
        "snipe-it",
        "--json",
    )
    assert run.code == 0, run.err
    report = run.json()
    assert report["imported"] == 22 and report["rejected"] == 0
    assert "Company" in report["ignored_columns"]
    shown = cli("inventory", "show", "ICC-2065556", "--json").json()
    assert shown["manufacturer"] == "Berge Inc" and shown["record"]["model_number"] == "1786VM80X07"


@pytest.mark.parametrize("name", ["assets-sample-BAD.csv", "assets-sample-BLANKS.csv"])
def test_messy_snipe_it_files_get_a_clear_answer(cli, name):
    path = FIXTURES / "snipeit" / name
    one_line_error(cli("inventory", "import", str(path)), "not UTF-8 or Shift_JIS")
    run = cli("inventory", "import", str(path), "--encoding", "mac_roman", "--dry-run", "--json")
    assert run.code == 0, run.err
    assert run.json()["total_rows"] == 200


def test_export_csv_and_xlsx_round_trip_and_neutralise_formulas(cli, tmp_path):
    text = GOOD + 'P-9,S9,"=HYPERLINK(""x"")",M,,ICU,,,\n'
    assert cli("inventory", "import", str(write(tmp_path, "a.csv", text))).code == 0
    out = tmp_path / "out.csv"
    run = cli("inventory", "export", str(out))
    assert run.code == 0 and "3 devices" in run.out
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert rows[2]["manufacturer"] == '\'=HYPERLINK("x")'
    xlsx = tmp_path / "out.xlsx"
    assert cli("inventory", "export", str(xlsx)).code == 0 and xlsx.stat().st_size > 0
    # the export re-imports unchanged (the apostrophe is taken off again)
    run = cli("inventory", "import", str(out), "--json")
    assert run.code == 0 and run.json()["updated"] == 3
    assert cli("inventory", "show", "P-9", "--json").json()["manufacturer"] == '=HYPERLINK("x")'
    one_line_error(cli("inventory", "export", str(tmp_path / "out.pdf")), ".csv or .xlsx")


def test_saved_mapping_profile(cli, tmp_path):
    text = "Kanri,Seizo\nK-1,X1\n"
    one_line_error(
        cli("inventory", "import", str(write(tmp_path, "k.csv", text))), "no asset tag column"
    )
    assert (
        cli("inventory", "mapping", "save", "ward-sheet", "asset_tag=Kanri", "serial=Seizo").code
        == 0
    )
    listed = {p["name"]: p for p in cli("inventory", "mapping", "list", "--json").json()}
    assert listed["ward-sheet"]["mapping"] == {"asset_tag": "Kanri", "serial": "Seizo"}
    assert listed["snipe-it"]["shipped"] is True
    run = cli("inventory", "import", str(tmp_path / "k.csv"), "--mapping", "ward-sheet")
    assert run.code == 0, run.err
    one_line_error(
        cli("inventory", "import", str(tmp_path / "k.csv"), "--mapping", "nope"),
        "no mapping named 'nope'",
    )
    one_line_error(cli("inventory", "mapping", "save", "x", "colour=Kanri"), "unknown field")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "not a text"),
        (b"", "empty"),
    ],
)
def test_hostile_files(cli, tmp_path, content, fragment):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    run = cli("inventory", "import", str(path))
    one_line_error(run, fragment)


def test_sbom_import_and_affected(cli, tmp_path):
    assert cli("inventory", "import", str(write(tmp_path, "a.csv", GOOD))).code == 0
    sbom = FIXTURES / "sbom" / "cyclonedx-laravel-7.12.0.bom.1.4.json"
    run = cli("inventory", "sbom", "import", str(sbom), "--model", "LVP-500", "--json")
    assert run.code == 0, run.err
    assert run.json()["devices"] == 2 and run.json()["components"] == 62
    found = cli("inventory", "affected", "pkg:composer/laravel/framework", "--json").json()
    assert sorted(d["asset_tag"] for d in found) == ["P-1", "P-2"]
    assert {d["version_status"] for d in found} == {"match"}
    assert (
        cli("inventory", "affected", "laravel/framework", "--version", "<7", "--json").json() == []
    )
    one_line_error(
        cli(
            "inventory",
            "sbom",
            "import",
            str(FIXTURES / "snipeit" / "assets-sample.csv"),
            "--model",
            "X",
        ),
        "assets-sample.csv",
    )


def test_preclassify_and_overview(cli):
    assert cli("demo", "--devices", "200").code == 0
    run = cli(
        "inventory",
        "preclassify",
        "--category",
        "ventilator",
        "--answer",
        "harm_now=no",
        "--answer",
        "implanted=no",
        "--answer",
        "offsite=no",
        "--answer",
        "patient_connected=yes",
        "--answer",
        "removal=dependent",
        "--by",
        "Ken",
        "--role",
        "biomed",
        "--json",
    )
    assert run.code == 0, run.err
    updated = run.json()["devices_updated"]
    assert run.json()["ir_class"] == 5 and updated > 0
    overview = cli("inventory", "overview", "--json").json()
    assert sum(row["classes"].get("5", 0) for row in overview) == updated
    assert sum(row["total"] for row in overview) == 200
    one_line_error(
        cli(
            "inventory",
            "preclassify",
            "--device",
            "MD-00001",
            "--answer",
            "harm_now=unknown",
            "--answer",
            "implanted=yes",
            "--by",
            "K",
            "--role",
            "biomed",
        ),
        "provisional",
    )


def test_search_and_show_bad_input(cli):
    one_line_error(cli("inventory", "show", "NOPE"), "no device with asset tag 'NOPE'")
    one_line_error(cli("inventory", "search", "x", "--limit", "0"), "between 1 and 1000")
    assert json.loads(cli("inventory", "search", "nothing-like-this", "--json").out) == []


def test_a_million_empty_rows_and_a_50_mb_line(cli, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("Asset Tag,Model\n" + ",\n" * 1_000_000 + "A-1,M\n", encoding="utf-8")
    run = cli("inventory", "import", str(empty), "--json")
    assert run.code == 0, run.err
    assert (run.json()["imported"], run.json()["total_rows"]) == (1, 1)
    huge = tmp_path / "huge.csv"
    huge.write_text("Asset Tag,Model\nA-2," + "x" * 50_000_000 + "\n", encoding="utf-8")
    one_line_error(cli("inventory", "import", str(huge)), "longer than 1,000,000 characters")
    assert cli("inventory", "show", "A-2").code == 2  # nothing half-written
