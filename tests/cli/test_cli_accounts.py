"""``users``, ``signoff``, ``signoff-matrix`` and ``audit`` as a user runs them."""

from __future__ import annotations

import sqlite3

from accounts_helpers import CLASS_ANSWERS, PROVISIONAL_3

LEAD = "leader pass 1"


def one_line_error(run, code, text):
    assert run.code == code, (run.code, run.out, run.err)
    assert len(run.err.strip().splitlines()) == 1 and "Traceback" not in run.err
    assert text in run.err, run.err


def answers(values):
    return [arg for q, a in values.items() for arg in ("--answer", f"{q}={a}")]


def add_lead(cli, admin):
    run = cli(
        "users", "add", "lead", "--name", "Lee Leader", "--role", "clinical_leader",
        "--as", "admin", "--password-stdin", stdin=f"{admin.stdin}{LEAD}\n",
    )  # fmt: skip
    assert run.code == 0, run.err


def record(cli, values=CLASS_ANSWERS[3]):
    run = cli("decisions", "record", *answers(values), "--by", "Aiko", "--role", "charge_nurse",
              "--json")  # fmt: skip
    assert run.code == 0, run.err
    return run.json()["id"]


def test_first_admin_then_users_by_an_admin(cli, admin):
    run = cli("users", "add", "eve", "--name", "Eve", "--role", "admin", "--password-stdin",
              stdin="another pass\n")  # fmt: skip
    one_line_error(run, 4, "an administrator adds new ones")
    run = cli("users", "add", "lead", "--name", "Lee", "--role", "clinical_leader", "--as",
              "admin", "--password-stdin", stdin="wrong admin pw\nleader pass 1\n")  # fmt: skip
    one_line_error(run, 4, "wrong user name or password")
    run = cli("users", "add", "lead", "--name", "Lee", "--role", "clinical_leader", "--as",
              "admin", "--password-stdin", stdin=admin.stdin)  # fmt: skip
    one_line_error(run, 2, "expects 2 line(s)")
    run = cli("users", "add", "lead", "--name", "Lee", "--role", "surgeon", "--as", "admin",
              "--password-stdin", stdin=f"{admin.stdin}{LEAD}\n")  # fmt: skip
    one_line_error(run, 2, "unknown role 'surgeon'")
    add_lead(cli, admin)
    listed = cli("users", "list", "--json").json()
    assert [(u["username"], u["roles"], u["active"]) for u in listed] == [
        ("admin", ["admin"], True),
        ("lead", ["clinical_leader"], True),
    ]
    assert all("password" not in key or key == "must_change_password" for key in listed[0])


def test_a_password_is_never_taken_from_an_argument_or_a_pipe_without_the_flag(cli):
    run = cli("users", "add", "admin", "--name", "A", "--role", "admin", stdin="correct horse\n")
    one_line_error(run, 2, "--password-stdin")


def test_deactivate_reset_and_change_password(cli, admin):
    add_lead(cli, admin)
    run = cli("users", "reset-password", "lead", *admin.args, stdin=f"{admin.stdin}temporary 1\n")
    assert run.code == 0 and "must change it" in run.out
    decision = record(cli)
    run = cli("signoff", decision, "--user", "lead", "--meaning", "approved", "--password-stdin",
              stdin="temporary 1\n")  # fmt: skip
    one_line_error(run, 4, "was reset")
    run = cli("users", "change-password", "lead", "--password-stdin",
              stdin="temporary 1\nnew secret 2\n")  # fmt: skip
    assert run.code == 0, run.err
    run = cli("signoff", decision, "--user", "lead", "--meaning", "approved", "--password-stdin",
              stdin="new secret 2\n")  # fmt: skip
    assert run.code == 0, run.err
    assert cli("users", "deactivate", "lead", *admin.args, stdin=admin.stdin).code == 0
    run = cli("signoff", decision, "--user", "lead", "--meaning", "reviewed", "--password-stdin",
              stdin="new secret 2\n")  # fmt: skip
    one_line_error(run, 4, "deactivated")
    assert cli("users", "list", "--json").json()[1]["active"] is False


def test_signoff_and_decisions_show_json(cli, admin):
    add_lead(cli, admin)
    decision = record(cli)
    pending = cli("decisions", "pending", "--role", "clinical_leader", "--json").json()
    assert [d["id"] for d in pending] == [decision]
    run = cli("signoff", decision, "--user", "lead", "--meaning", "rejected", "--password-stdin",
              stdin=f"{LEAD}\n")  # fmt: skip
    one_line_error(run, 2, "needs a reason")
    run = cli("signoff", decision, "--user", "lead", "--meaning", "approved", "--password-stdin",
              "--json", stdin=f"{LEAD}\n")  # fmt: skip
    assert run.code == 0, run.err
    signature = run.json()
    assert (signature["name"], signature["meaning"], signature["valid"]) == (
        "Lee Leader", "approved", True
    )  # fmt: skip
    shown = cli("decisions", "show", decision, "--json").json()
    assert shown["signoff_state"] == "approved"
    (listed,) = shown["signatures"]
    assert {k: listed[k] for k in ("name", "role", "meaning", "valid")} == {
        "name": "Lee Leader", "role": "clinical_leader", "meaning": "approved", "valid": True
    }  # fmt: skip
    assert listed["time"].endswith("+00:00") and listed["time_local"]
    text = cli("decisions", "show", decision).out
    assert "sign-off: approved" in text and "Approved — Lee Leader (Clinical leader)" in text
    assert cli("decisions", "pending", "--json").json() == []


def test_a_provisional_decision_and_the_role_matrix(cli, admin):
    add_lead(cli, admin)
    decision = record(cli, PROVISIONAL_3)
    run = cli("signoff", decision, "--user", "lead", "--meaning", "approved", "--password-stdin",
              stdin=f"{LEAD}\n")  # fmt: skip
    one_line_error(run, 2, "accepting the unknown answer")
    run = cli("signoff", decision, "--user", "lead", "--meaning", "approved", "--accept-unknown",
              "--reason", "central station down", "--password-stdin", stdin=f"{LEAD}\n")  # fmt: skip
    assert run.code == 0 and "[accepted unknown]" in run.out
    five = record(cli, CLASS_ANSWERS[7])
    run = cli("signoff", five, "--user", "lead", "--meaning", "approved", "--password-stdin",
              stdin=f"{LEAD}\n")  # fmt: skip
    one_line_error(run, 4, "needs the role telehealth_lead")
    run = cli("signoff-matrix", "set", "7", "telehealth_lead,clinical_leader", "--as", "lead",
              "--password-stdin", stdin=f"{LEAD}\n")  # fmt: skip
    assert run.code == 0, run.err
    assert cli("signoff-matrix", "show", "--json").json()["7"] == [
        "telehealth_lead", "clinical_leader"
    ]  # fmt: skip
    run = cli("signoff", five, "--user", "lead", "--meaning", "approved", "--password-stdin",
              stdin=f"{LEAD}\n")  # fmt: skip
    assert run.code == 0, run.err


def test_configuration_changes_need_a_signed_in_user(cli, admin):
    run = cli("settings", "set", "facility", "X", "--as", "nobody", "--password-stdin",
              stdin="whatever1\n")  # fmt: skip
    one_line_error(run, 4, "wrong user name or password")
    run = cli("settings", "set", "facility", "X", "--by", "Someone")
    one_line_error(run, 2, "--as")
    assert cli("settings", "set", "lockout_attempts", "2", *admin.args, stdin=admin.stdin).code == 0
    for _ in range(2):
        cli("settings", "show", "--json")
        cli("settings", "set", "facility", "X", "--as", "admin", "--password-stdin",
            stdin="bad guess\n")  # fmt: skip
    run = cli("settings", "set", "facility", "X", *admin.args, stdin=admin.stdin)
    one_line_error(run, 4, "locked")
    kinds = [e["kind"] for e in cli("audit", "list", "--json").json()]
    # "nobody", two wrong passwords, the refusal while locked
    assert kinds.count("user.signin_failed") == 4 and kinds.count("user.locked") == 1


def test_audit_verify_names_the_first_broken_event(cli, admin, tmp_path):
    add_lead(cli, admin)
    decision = record(cli)
    cli("signoff", decision, "--user", "lead", "--meaning", "approved", "--password-stdin",
        stdin=f"{LEAD}\n")  # fmt: skip
    run = cli("audit", "verify")
    assert run.code == 0 and "audit trail intact" in run.out and "seals checked" in run.out
    report = cli("audit", "verify", "--json").json()
    assert report["intact"] and report["signatures"] == 1 and report["seals"] == "checked"
    export = tmp_path / "trail.csv"
    assert cli("audit", "export", str(export)).code == 0
    assert export.read_text(encoding="utf-8").startswith("seq,at,kind")
    with sqlite3.connect(cli.db) as raw:
        raw.execute("DROP TRIGGER event_no_update")
        raw.execute("UPDATE event SET actor = 'X' WHERE seq = 4")
    run = cli("audit", "verify")
    assert run.code == 1 and "audit trail BROKEN: event 4: its content was changed" in run.out
    assert cli("audit", "verify", "--json").json()["first_problem"].startswith("event 4")
    run = cli("audit", "export", str(tmp_path / "trail.txt"))
    one_line_error(run, 2, ".csv or .json")
