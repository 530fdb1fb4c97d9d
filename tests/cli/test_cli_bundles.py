"""``mdir-desk bundle`` and ``mdir-desk trust`` as a user runs them: separate processes on two
databases (a central one and a laptop), inventory and contacts one way, signed decisions back."""

from __future__ import annotations

from pathlib import Path

import pytest
from accounts_helpers import CLASS_ANSWERS

CONTACTS = Path(__file__).resolve().parents[1] / "fixtures" / "contacts" / "contacts.csv"
PASSWORD = "correct horse"


def one_line_error(run, code, fragment):
    assert run.code == code, (run.code, run.out, run.err)
    assert run.err.count("\n") == 1 and fragment in run.err, run.err


@pytest.fixture
def laptop(cli, tmp_path):
    path = tmp_path / "laptop.sqlite3"

    def run(*args, stdin=None):
        return cli("--db", str(path), *args, stdin=stdin, with_db=False)

    done = run("users", "add", "admin", "--name", "Lap Admin", "--role", "admin",
               "--password-stdin", stdin=PASSWORD + "\n")  # fmt: skip
    assert done.code == 0, done.err
    return run


def test_inventory_and_contacts_out_signed_decisions_back(cli, admin, laptop, tmp_path):
    assert cli("demo", "--devices", "10").code == 0
    assert cli("contacts", "import", str(CONTACTS)).code == 0
    out = tmp_path / "central.bundle"
    done = cli("bundle", "export", str(out), *admin.args, "--write-key", stdin=admin.stdin)
    assert done.code == 0, done.err
    one_line_error(laptop("bundle", "import", str(out)), 4, "does not trust")
    run = laptop("trust", "add", str(tmp_path / "central.key.json"), "--name", "Central",
                 *admin.args, stdin=admin.stdin)  # fmt: skip
    assert run.code == 0, run.err
    dry = laptop("bundle", "import", str(out), "--dry-run", "--json")
    assert dry.code == 0 and dry.json()["changes"]["inventory"]["added"] == 10
    assert not dry.json()["applied"]
    run = laptop("bundle", "import", str(out), "--by", "Biomed Bo")
    assert run.code == 0 and "inventory: 10 added" in run.out
    assert "nothing to change" in laptop("bundle", "import", str(out)).out

    run = laptop("users", "add", "lee", "--name", "Lee Leader", "--role", "clinical_leader",
                 "--as", "admin", "--password-stdin", stdin=f"{PASSWORD}\nlee password\n")  # fmt: skip
    assert run.code == 0, run.err
    answers = [a for q, v in CLASS_ANSWERS[3].items() for a in ("--answer", f"{q}={v}")]
    run = laptop("decisions", "record", *answers, "--by", "Aiko", "--role", "charge_nurse",
                 "--device", "MD-00001", "--json")  # fmt: skip
    assert run.code == 0, run.err
    decision = run.json()["id"]
    run = laptop("signoff", decision, "--user", "lee", "--meaning", "approved",
                 "--password-stdin", stdin="lee password\n")  # fmt: skip
    assert run.code == 0, run.err
    back = tmp_path / "laptop.bundle"
    run = laptop("bundle", "export", str(back), "--include", "decisions", *admin.args,
                 "--write-key", stdin=admin.stdin)  # fmt: skip
    assert run.code == 0, run.err
    run = cli("trust", "add", str(tmp_path / "laptop.key.json"), *admin.args, stdin=admin.stdin)
    assert run.code == 0, run.err
    run = cli("bundle", "import", str(back))
    assert run.code == 0, run.err
    assert "decisions: 1 added, 0 changed, 0 already present" in run.out
    again = cli("bundle", "import", str(back))
    assert "decisions: 0 added, 0 changed, 1 already present" in again.out
    shown = cli("decisions", "show", decision, "--json").json()
    assert [s["valid"] for s in shown["signatures"]] == [True]
    assert cli("audit", "verify").code == 0
    assert laptop("audit", "verify").code == 0
    listed = cli("audit", "list", "--json").json()
    assert [e["kind"] for e in listed].count("bundle.imported") == 1


def test_a_refused_bundle_exits_2_with_one_line(cli, admin, tmp_path):
    bad = tmp_path / "bad.bundle"
    bad.write_bytes(b"not a bundle at all")
    one_line_error(cli("bundle", "import", str(bad)), 2, "is not an MDIR Desk bundle")
    assert cli("audit", "list", "--json").json()[-1]["kind"] == "bundle.refused"


def test_trust_list_and_remove(cli, admin, laptop, tmp_path):
    key = tmp_path / "central.key.json"
    assert cli("trust", "export-key", "admin", str(key)).code == 0
    assert laptop("trust", "add", str(key), *admin.args, stdin=admin.stdin).code == 0
    listed = laptop("trust", "list", "--json").json()
    assert listed[0]["state"] == "trusted"
    run = laptop("trust", "remove", listed[0]["fingerprint"], *admin.args, stdin=admin.stdin)
    assert run.code == 0 and "kept as revoked" in run.out
    assert laptop("trust", "list", "--json").json()[0]["state"] == "revoked"
    one_line_error(laptop("trust", "add", str(key), *admin.args, stdin=admin.stdin), 2,
                   "never trusted again")  # fmt: skip
