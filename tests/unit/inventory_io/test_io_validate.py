"""Validating rows: clean values, rejected rows with plain messages, warnings, duplicates, speed."""

from __future__ import annotations

from app.errors import Message
from app.services.inventory_io.mapping import resolve_mapping
from app.services.inventory_io.reader import read_table
from app.services.inventory_io.validate import RowProblem, tag_key, validate_rows


def plan_for(write_text, text, categories, profile="auto"):
    table = read_table(write_text(text))
    return validate_rows(table, resolve_mapping(table.headers, profile), categories)


def test_clean_values_and_row_numbers(write_text, categories):
    text = (
        "Asset Tag,IP Address,MAC,VLAN,Life Sustaining,Care Setting,Category,Ward\n"
        "MD-1, 10.0.0.5 ,00-1A-2B-3C-4D-5E,12,はい,集中治療室,人工呼吸器,  ICU   3 \n"
    )
    plan = plan_for(write_text, text, categories)
    assert plan.errors == [] and plan.warnings == [] and plan.total_rows == 1
    assert plan.records == [
        {
            "row": 2,
            "asset_tag": "MD-1",
            "ip": "10.0.0.5",
            "mac": "00:1a:2b:3c:4d:5e",
            "vlan": 12,
            "life_sustaining": True,
            "care_setting": "icu",
            "category": "ventilator",
            "category_text": "人工呼吸器",
            "unit": "ICU 3",
        }
    ]


def test_blank_cells_are_none_and_unmapped_fields_are_absent(write_text, categories):
    plan = plan_for(write_text, "Asset Tag,Serial,Implanted\nMD-1,,\n", categories)
    assert plan.records == [{"row": 2, "asset_tag": "MD-1", "serial": None, "implanted": None}]


def test_categories_match_code_english_and_japanese_names(write_text, categories):
    text = (
        "Tag,Category\nA,infusion_pump\nB,  INFUSION / syringe PUMP \n"
        "C,輸液ポンプ・シリンジポンプ\nD,Infusion-Pump\n"
    )
    plan = plan_for(write_text, text, categories)
    assert [r["category"] for r in plan.records] == ["infusion_pump"] * 4


def test_unknown_category_is_a_warning_and_the_text_is_kept(write_text, categories):
    plan = plan_for(write_text, "Tag,Category\nMD-1,Toaster\n", categories)
    assert plan.errors == [] and plan.rejected == []
    assert plan.records[0]["category"] is None and plan.records[0]["category_text"] == "Toaster"
    assert plan.warnings == [
        RowProblem(2, "Category", Message("inventory.unknown_category", text="Toaster"))
    ]
    assert plan.warnings[0].as_dict() == {
        "row": 2,
        "column": "Category",
        "message": "unknown category 'Toaster'",
    }
    assert plan.warnings[0].text("ja") == "機器の種類「Toaster」はありません。"


def test_missing_and_duplicate_asset_tags(write_text, categories):
    text = "Serial,Asset Tag\nS1,MD-1\nS2,\nS3, md-1 \nS4,ＭＤ－１\nS5,MD-2\n"
    plan = plan_for(write_text, text, categories)
    assert [r["asset_tag"] for r in plan.records] == ["MD-1", "MD-2"]
    assert [e.as_dict() for e in plan.errors] == [
        {"row": 3, "column": "Asset Tag", "message": "missing asset tag"},
        {"row": 4, "column": "Asset Tag", "message": "asset tag md-1 already on row 2"},
        {"row": 5, "column": "Asset Tag", "message": "asset tag ＭＤ－１ already on row 2"},
    ]
    assert [r.number for r in plan.rejected] == [3, 4, 5]
    assert tag_key(" Md-1 ") == tag_key("ＭＤ－１")


def test_bad_values_reject_the_row_with_every_problem_named_by_column(write_text, categories):
    text = (
        "Asset Tag,IP,MAC,VLAN,Implanted,Multi-Patient Role,Serial\n"
        "MD-1,10.0.0.300,00:11:22:33:44,5000,maybe,boss," + "s" * 129 + "\n"
        "MD-2,fe80::1,001122334455,1,no,server,ok\n"
        "MD-3,1.2.3,,,,,\n"
    )
    plan = plan_for(write_text, text, categories)
    assert [r["asset_tag"] for r in plan.records] == ["MD-2"]
    assert plan.records[0]["ip"] == "fe80::1" and plan.records[0]["mac"] == "00:11:22:33:44:55"
    first = plan.rejected[0]
    assert first.number == 2
    assert first.messages == [
        "IP: '10.0.0.300' is not a valid IPv4 or IPv6 address",
        "MAC: '00:11:22:33:44' is not a valid MAC address",
        "VLAN: 5000 is outside 1-4094",
        "Implanted: 'maybe' is not yes, no or unknown",
        "Multi-Patient Role: 'boss' is not one of: none, server, central, gateway, middleware, "
        "shared_modality",
        "Serial: too long (129 characters; at most 128)",
    ]
    assert [(e.row, e.column) for e in plan.errors][-1] == (4, "IP")
    assert [e.row for e in plan.errors] == sorted(e.row for e in plan.errors)


def test_over_long_asset_tag_is_one_error_not_also_missing(write_text, categories):
    plan = plan_for(write_text, "Asset Tag\n" + "T" * 65 + "\n", categories)
    assert [e.message for e in plan.errors] == ["too long (65 characters; at most 64)"]


def test_cells_beyond_the_header_are_a_warning(write_text, categories):
    plan = plan_for(write_text, "Asset Tag,Serial\nMD-1,S,stray\nMD-2,S,\n", categories)
    assert [(w.row, w.message) for w in plan.warnings] == [
        (2, "cells right of the last column ignored")
    ]
    assert len(plan.records) == 2


def test_ignored_columns_are_reported_in_the_plan(write_text, categories):
    plan = plan_for(write_text, "Name,Asset Tag,Name\nx,MD-1,y\n", categories)
    assert [(c.header, c.reason) for c in plan.ignored_columns] == [
        ("Name", "unknown"),
        ("Name", "duplicate"),
    ]


def test_memoised_values_still_report_each_row(write_text, categories):
    plan = plan_for(write_text, "Tag,IP\nA,bad\nB,bad\nC,10.0.0.1\nD,10.0.0.1\n", categories)
    assert [e.row for e in plan.errors] == [2, 3]
    assert [r["ip"] for r in plan.records] == ["10.0.0.1", "10.0.0.1"]


def test_100000_rows_validate_without_errors(tmp_path, categories):
    lines = ["Asset Tag,Serial,Manufacturer,Model,Category,Department,IP Address,MAC Address,Notes"]
    for i in range(100_000):
        ip = f"10.{i // 65536}.{i // 256 % 256}.{i % 256}"
        mac = f"02:00:00:{i // 65536:02x}:{i // 256 % 256:02x}:{i % 256:02x}"
        lines.append(f"MD-{i},SN{i},Acme,Pump 3000,Infusion pump,Ward {i % 40},{ip},{mac},")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_table(path)
    mapping = resolve_mapping(table.headers)
    plan = validate_rows(table, mapping, categories)
    # Its speed is part of the CSV import figure of tests/benchmarks/inventory_benchmark.py.
    assert len(plan.records) == 100_000 and plan.errors == [] and plan.warnings == []
