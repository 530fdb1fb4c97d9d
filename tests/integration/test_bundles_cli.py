"""``bundle`` and ``trust`` as the CLI runs them (in-process, through their own parser until
they are wired into ``mdir-desk``): exit codes 0 / 2 / 4, one line on stderr, JSON."""

from __future__ import annotations

import json

import pytest
from accounts_helpers import ADMIN_PASSWORD
from bundle_helpers import event_kinds, make_site
from cli.bundle_cli_helper import run_cli

STDIN = ADMIN_PASSWORD + "\n"
AS_ADMIN = ("--as", "admin", "--password-stdin")


@pytest.fixture
def pair(tmp_path):
    central = make_site(tmp_path, "central", devices=12)
    laptop = make_site(tmp_path, "laptop", devices=0, contacts=False)
    central.db.close()
    laptop.db.close()
    return central.db.path, laptop.db.path


def test_export_trust_dry_run_import(pair, tmp_path):
    central, laptop = pair
    out = tmp_path / "central.bundle"
    done = run_cli(central, "bundle", "export", str(out), *AS_ADMIN, "--write-key", stdin=STDIN)
    assert done.code == 0, done.err
    assert "data bundle (12 inventory, 4 contacts, 0 escalation)" in done.out
    key = tmp_path / "central.key.json"
    assert key.exists()
    untrusted = run_cli(laptop, "bundle", "import", str(out))
    assert untrusted.code == 4
    assert untrusted.err.count("\n") == 1 and "does not trust" in untrusted.err
    added = run_cli(laptop, "trust", "add", str(key), "--name", "Central", *AS_ADMIN, stdin=STDIN)
    assert added.code == 0 and "trusted:" in added.out
    listed = run_cli(laptop, "trust", "list", "--json")
    assert json.loads(listed.out)[0]["label"] == "Central"
    dry = run_cli(laptop, "bundle", "import", str(out), "--dry-run")
    assert dry.code == 0 and "inventory: 12 added, 0 changed, 0 unchanged" in dry.out
    assert "dry run: nothing was written" in dry.out
    applied = run_cli(laptop, "bundle", "import", str(out), "--json", "--by", "Bo")
    assert applied.code == 0
    report = json.loads(applied.out)
    assert report["applied"] and report["changes"]["contacts"]["added"] == 4
    again = run_cli(laptop, "bundle", "import", str(out))
    assert "nothing to change" in again.out


def test_a_refused_bundle_is_one_line_and_exit_2(pair, tmp_path):
    _, laptop = pair
    bad = tmp_path / "bad.bundle"
    bad.write_bytes(b"PK\x03\x04 not really")
    done = run_cli(laptop, "bundle", "import", str(bad))
    assert done.code == 2
    assert done.err.startswith("mdir-desk: ") and done.err.count("\n") == 1
    assert done.out == ""


def test_export_needs_the_administrator_password(pair, tmp_path):
    central, _ = pair
    done = run_cli(central, "bundle", "export", str(tmp_path / "x.bundle"), *AS_ADMIN,
                   stdin="wrong\n")  # fmt: skip
    assert done.code == 4 and "wrong user name or password" in done.err
    assert not (tmp_path / "x.bundle").exists()


def test_export_refuses_mixed_includes_and_existing_files(pair, tmp_path):
    central, _ = pair
    mixed = run_cli(central, "bundle", "export", str(tmp_path / "x.bundle"), "--include",
                    "inventory,decisions", *AS_ADMIN, stdin=STDIN)  # fmt: skip
    assert mixed.code == 2 and "decisions travel in a bundle of their own" in mixed.err
    taken = tmp_path / "taken.bundle"
    taken.write_text("keep me")
    done = run_cli(central, "bundle", "export", str(taken), *AS_ADMIN, stdin=STDIN)
    assert done.code == 2 and "already exists" in done.err
    assert taken.read_text() == "keep me"


def test_trust_remove_and_export_key(pair, tmp_path):
    central, laptop = pair
    key = tmp_path / "admin.key.json"
    assert run_cli(central, "trust", "export-key", "admin", str(key)).code == 0
    run_cli(laptop, "trust", "add", str(key), *AS_ADMIN, stdin=STDIN)
    fingerprint = json.loads(key.read_text())["fingerprint"]
    removed = run_cli(laptop, "trust", "remove", fingerprint[:16], *AS_ADMIN, stdin=STDIN)
    assert removed.code == 0 and "revoked" in removed.out
    listed = run_cli(laptop, "trust", "list")
    assert "revoked" in listed.out
    from app.services.store import open_store

    db = open_store(laptop)
    assert event_kinds(db)[-1] == "trust.revoked"
    db.close()
