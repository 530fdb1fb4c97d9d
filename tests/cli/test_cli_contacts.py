"""``mdir-desk contacts`` and ``escalation`` as people run them."""

from __future__ import annotations

from pathlib import Path

CONTACTS = Path(__file__).resolve().parents[1] / "fixtures" / "contacts"


def test_import_show_list_export(cli, tmp_path):
    run = cli("contacts", "import", str(CONTACTS / "contacts.csv"), "--json")
    assert run.code == 0, run.err
    assert run.json()["imported"] == 4
    shown = cli("escalation", "show", "--unit", "ICU", "--class", "3", "--json").json()
    assert [t["tier"] for t in shown["tiers"]] == [1, 2, 3]
    assert [c["name"] for c in shown["tiers"][0]["contacts"]] == ["髙橋 花子", "山﨑 一郎"]
    assert shown["tiers"][0]["contacts"][0]["methods"][0] == {
        "kind": "mobile",
        "value": "090-1234-5678",
    }
    ja = cli("--lang", "ja", "escalation", "show", "--unit", "ICU", "--class", "3", "--json")
    assert ja.json()["tiers"][1]["triggers"][0] == "分類3以上の判定"
    listed = cli("contacts", "list", "--unit", "OR", "--json").json()
    assert "髙橋 花子" not in [c["name"] for c in listed]
    out = tmp_path / "out.csv"
    assert cli("contacts", "export", str(out)).code == 0
    assert "渡邊 健" in out.read_text(encoding="utf-8-sig")


def test_vcard_import_with_unit_and_tier(cli):
    run = cli(
        "contacts", "import", str(CONTACTS / "team.vcf"), "--unit", "CCU", "--tier", "2", "--json"
    )
    assert run.code == 0, run.err
    shown = cli("escalation", "show", "--unit", "CCU", "--class", "6", "--json").json()
    assert [c["name"] for c in shown["tiers"][0]["contacts"]] == ["Dr. Ken Watanabe", "髙橋 花子"]


def test_bad_contacts_file_exits_2_with_row_errors_and_writes_nothing(cli, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,role,tier,mobile\nA,biomed,1,090\n,biomed,x,abc\n", encoding="utf-8")
    run = cli("contacts", "import", str(bad), "--json")
    assert run.code == 2
    assert {e["column"] for e in run.json()["errors"]} == {"name", "tier", "mobile"}
    assert "nothing imported" in run.err
    assert cli("contacts", "list", "--json").json() == []


def test_set_tier_and_bad_class(cli, admin):
    cli("contacts", "import", str(CONTACTS / "contacts.csv"))
    assert (
        cli(
            "escalation",
            "set-tier",
            "--unit",
            "ICU",
            "--tier",
            "1",
            "--wait",
            "5",
            "--trigger",
            "any_decision",
            *admin.args,
            stdin=admin.stdin,
        ).code
        == 0
    )
    shown = cli("escalation", "show", "--unit", "ICU", "--class", "2", "--json").json()
    assert shown["tiers"][0]["wait_minutes"] == 5
    run = cli(
        "escalation",
        "set-tier",
        "--tier",
        "1",
        "--wait",
        "5",
        "--trigger",
        "dawn",
        *admin.args,
        stdin=admin.stdin,
    )
    assert run.code == 2 and "unknown trigger 'dawn'" in run.err
    run = cli("escalation", "show", "--unit", "ICU", "--class", "9")
    assert run.code == 2 and len(run.err.strip().splitlines()) == 1


def test_record_a_new_version(cli):
    first = cli(
        "decisions",
        "record",
        "--answer",
        "harm_now=no",
        "--answer",
        "implanted=unknown",
        "--by",
        "A",
        "--role",
        "charge_nurse",
        "--json",
    ).json()
    second = cli(
        "decisions",
        "record",
        "--answer",
        "harm_now=no",
        "--answer",
        "implanted=no",
        "--answer",
        "offsite=yes",
        "--by",
        "A",
        "--role",
        "charge_nurse",
        "--supersedes",
        first["id"],
        "--json",
    )
    assert second.code == 0, second.err
    assert second.json()["supersedes"] == first["id"]
    shown = cli("decisions", "show", first["id"], "--json").json()
    assert shown["superseded_by"] == second.json()["id"] and shown["ir_class"] == 6
