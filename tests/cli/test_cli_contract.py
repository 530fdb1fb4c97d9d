"""The CLI contract other work relies on: commands, JSON fields, exit codes (0 / 2 / 3)."""

from __future__ import annotations

import json
import uuid

import pytest

from app.version import __version__

FIELDS = [
    "ir_class",
    "ir_class_name",
    "provisional",
    "safety_override",
    "also_matches",
    "next_question",
    "path",
    "tree_version",
    "tree_sha256",
]
PUMP = [
    "harm_now=no",
    "implanted=no",
    "offsite=no",
    "patient_connected=yes",
    "removal=later_ok",
    "multi_patient=no",
    "network_clinical_impact=no",
]


def answers(*items: str) -> list[str]:
    return [arg for item in items for arg in ("--answer", item)]


def assert_bad_input(run, fragment: str) -> None:
    assert run.code == 2, run
    assert run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert fragment in lines[0]
    assert "Traceback" not in run.err


def test_version(cli):
    run = cli("--version", with_db=False)
    assert run.code == 0
    assert run.out.strip() == f"mdir-desk {__version__}"


def test_classify_complete_json(cli):
    run = cli("classify", *answers(*PUMP), "--json")
    assert run.code == 0, run.err
    result = run.json()
    assert list(result) == FIELDS
    assert result["ir_class"] == 2
    assert result["ir_class_name"] == "Safe to disconnect from network but not patient"
    assert result["provisional"] is False and result["safety_override"] is False
    assert result["next_question"] is None
    assert result["path"][4] == {"question": "removal", "answer": "later_ok"}
    assert len(result["tree_sha256"]) == 64


def test_classify_incomplete_exits_3_and_still_prints_json(cli):
    run = cli("classify", *answers("harm_now=unknown", "implanted=no"), "--json")
    assert run.code == 3
    result = run.json()
    assert result["ir_class"] is None and result["ir_class_name"] is None
    assert result["next_question"] == "offsite"
    assert result["safety_override"] is True and result["provisional"] is True


def test_classify_names_the_class_in_japanese(cli):
    run = cli("--lang", "ja", "classify", *answers("harm_now=no", "implanted=yes"), "--json")
    assert run.code == 0
    assert run.json()["ir_class_name"] == "植込み型医療機器"


def test_classify_also_matches(cli):
    run = cli(
        "classify",
        *answers(
            "harm_now=no",
            "implanted=no",
            "offsite=yes",
            "multi_patient=yes",
            "patient_connected=yes",
            "removal=dependent",
        ),
        "--json",
    )
    assert run.json()["also_matches"] == [4, 5]
    assert run.json()["ir_class"] == 7


def test_classify_human_output(cli):
    run = cli("classify", *answers("harm_now=yes", "implanted=unknown"))
    assert run.code == 0
    assert run.out.startswith("class 6: Implantable medical devices [PROVISIONAL, SAFETY OVERRIDE]")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (answers("harm_now=maybe"), "'maybe' is not an answer to 'harm_now'"),
        (answers("colour=red"), "unknown question 'colour'"),
        (answers("harm_now"), "malformed answer 'harm_now'"),
        (answers("=no"), "malformed answer '=no'"),
        (answers("harm_now=no", "harm_now=yes"), "answered twice"),
        (["--frobnicate"], "unrecognized arguments"),
    ],
)
def test_classify_bad_input(cli, args, fragment):
    assert_bad_input(cli("classify", *args, "--json"), fragment)


def test_batch_one_result_per_line_in_order(cli):
    lines = [
        {"harm_now": "no", "implanted": "yes"},
        {"harm_now": "no"},
        {"harm_now": "no", "implanted": "no", "offsite": "yes"},
    ]
    run = cli("classify", "--batch", "-", stdin="\n".join(json.dumps(x) for x in lines) + "\n")
    assert run.code == 3  # one of them is incomplete
    results = [json.loads(line) for line in run.out.splitlines()]
    assert [r["ir_class"] for r in results] == [6, None, 7]
    assert all(list(r) == FIELDS for r in results)


def test_batch_all_complete_exits_0(cli):
    run = cli("classify", "--batch", "-", stdin='{"harm_now":"no","implanted":"yes"}\n\n')
    assert run.code == 0 and len(run.out.splitlines()) == 1


@pytest.mark.parametrize(
    ("stdin", "fragment"),
    [
        ('{"harm_now":"no"}\nnot json\n', "line 2: not valid JSON"),
        ('["harm_now"]\n', "line 1: expected a JSON object"),
        ('{"harm_now": true}\n', "line 1: answer to 'harm_now' must be a string"),
        ('{"harm_now":"no"}\n{"harm_now":"perhaps"}\n', "line 2: 'perhaps' is not an answer"),
    ],
)
def test_batch_bad_line_prints_nothing_but_one_error(cli, stdin, fragment):
    assert_bad_input(cli("classify", "--batch", "-", stdin=stdin), fragment)


def test_record_then_list_and_show(cli):
    assert cli("demo", "--devices", "20").code == 0
    run = cli(
        "decisions",
        "record",
        *answers(*PUMP),
        "--by",
        "Aiko Sato",
        "--role",
        "charge_nurse",
        "--device",
        "MD-00004",
        "--note",
        "heparin running",
        "--incident",
        "INC-1",
        "--json",
    )
    assert run.code == 0, run.err
    saved = run.json()
    assert uuid.UUID(saved["id"])
    assert saved["ir_class"] == 2 and saved["device_tag"] == "MD-00004"
    assert saved["recorded_by"] == "Aiko Sato" and saved["authenticated"] is False
    assert saved["incident_id"] == "INC-1"
    listed = cli("decisions", "list", "--json").json()
    assert [d["id"] for d in listed] == [saved["id"]]
    shown = cli("decisions", "show", saved["id"], "--json").json()
    assert shown == saved
    text = cli("decisions", "list")
    assert saved["id"] in text.out and "class 2" in text.out


def test_record_with_category_and_provisional(cli):
    run = cli(
        "decisions",
        "record",
        *answers(
            "harm_now=no",
            "implanted=no",
            "offsite=no",
            "patient_connected=unknown",
            "removal=dependent",
        ),
        "--by",
        "N",
        "--role",
        "bedside_nurse",
        "--category",
        "ventilator",
        "--json",
    )
    assert run.code == 0, run.err
    assert run.json()["provisional"] is True and run.json()["category"] == "ventilator"


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        (answers("harm_now=no"), "incomplete"),
        ([*answers(*PUMP), "--device", "MD-77777"], "no device with asset tag 'MD-77777'"),
        (
            [*answers(*PUMP), "--device", "MD-00001", "--category", "pacs"],
            "not allowed with argument",
        ),
        ([*answers(*PUMP), "--category", "toaster"], "unknown device category 'toaster'"),
    ],
)
def test_record_refuses_bad_input_and_saves_nothing(cli, extra, fragment):
    cli("demo", "--devices", "5")
    run = cli("decisions", "record", "--by", "N", "--role", "charge_nurse", *extra)
    assert_bad_input(run, fragment)
    assert cli("decisions", "list", "--json").json() == []


def test_record_requires_who_and_role(cli):
    assert_bad_input(cli("decisions", "record", *answers(*PUMP), "--role", "charge_nurse"), "--by")
    assert_bad_input(
        cli("decisions", "record", *answers(*PUMP), "--by", "N", "--role", "nurse"),
        "unknown role 'nurse'",
    )


def test_show_unknown_id(cli):
    assert_bad_input(cli("decisions", "show", "0000"), "no decision with id '0000'")


def test_demo_bad_count(cli):
    assert_bad_input(cli("demo", "--devices", "zero"), "'zero' is not a whole number")
    assert_bad_input(cli("demo", "--devices", "0"), "between 1 and 100000")


def test_db_from_environment_variable(cli, tmp_path):
    env_db = tmp_path / "from-env.sqlite3"
    run = cli("demo", "--devices", "3", with_db=False, env={"MDIR_DESK_DB": str(env_db)})
    assert run.code == 0 and env_db.exists()
    assert str(env_db) in run.out


def test_a_damaged_database_is_refused_without_traceback(cli, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    run = cli("--db", str(bad), "decisions", "list", with_db=False)
    assert run.code != 0
    assert "not an MDIR Desk database" in run.err and "Traceback" not in run.err
    assert bad.read_bytes() == b"not a database at all" * 100


def test_selftest_passes(cli):
    run = cli("selftest", with_db=False)
    assert run.code == 0, run.out + run.err
    assert run.out.strip().endswith("selftest passed")
    assert run.out.count("ok  ") == 6
    assert "credential store" in run.out and "mdir_test_keyring.FileKeyring" in run.out


def test_selftest_fails_without_a_credential_store(cli):
    run = cli(
        "selftest", with_db=False, env={"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    )
    assert run.code == 1 and "selftest FAILED" in run.out
    assert "FAIL keep and read back a secret" in run.out and "did not keep the secret" in run.out


def test_an_error_about_a_file_named_with_a_line_break_is_still_one_line(cli, tmp_path):
    odd = tmp_path / "two\nlines.csv"
    odd.write_bytes(b"\x00\x01 not a table")
    run = cli("contacts", "import", str(odd))
    assert run.code == 2 and len(run.err.strip().splitlines()) == 1
    assert "two lines.csv" in run.err
