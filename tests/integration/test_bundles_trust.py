"""Trusting publisher keys: key files, add, list, revoke (append-only), who may."""

from __future__ import annotations

import json
import sqlite3

import pytest
from accounts_helpers import make_user
from bundle_helpers import event_kinds, make_site, trust

from app.errors import AccessDeniedError, BadInputError
from app.services import accounts
from app.services.bundles.trust import (
    add_trust,
    export_key,
    list_trust,
    read_key_file,
    remove_trust,
)


@pytest.fixture
def pair(tmp_path):
    central = make_site(tmp_path, "central", devices=0, contacts=False)
    laptop = make_site(tmp_path, "laptop", devices=0, contacts=False)
    yield central, laptop
    central.db.close()
    laptop.db.close()


def test_a_key_file_round_trip_and_trust_listed(pair, tmp_path):
    central, laptop = pair
    out = tmp_path / "central-admin.key.json"
    key = export_key(central.db, "admin", out)
    assert "export.public_key" in event_kinds(central.db)
    fields = json.loads(out.read_text(encoding="utf-8"))
    assert "password" not in json.dumps(fields) and fields["fingerprint"] == key.fingerprint
    view, added = add_trust(laptop.db, read_key_file(out), label="Central", by=laptop.admin)
    assert added and view.state == "trusted" and view.label == "Central"
    again, added_again = add_trust(laptop.db, read_key_file(out), label=None, by=laptop.admin)
    assert not added_again and again.fingerprint == view.fingerprint
    (listed,) = list_trust(laptop.db)
    assert listed.fingerprint == key.fingerprint and listed.state == "trusted"
    assert event_kinds(laptop.db)[-1] == "trust.added"


def test_export_key_never_overwrites(pair, tmp_path):
    central, _ = pair
    out = tmp_path / "k.json"
    out.write_text("mine")
    with pytest.raises(BadInputError, match="already exists"):
        export_key(central.db, "admin", out)
    assert out.read_text() == "mine"


def test_a_key_file_whose_key_does_not_match_its_fingerprint(pair, tmp_path):
    central, _ = pair
    out = tmp_path / "k.json"
    export_key(central.db, "admin", out)
    fields = json.loads(out.read_text())
    fields["fingerprint"] = "0" * 64
    out.write_text(json.dumps(fields))
    with pytest.raises(BadInputError, match="does not match its fingerprint"):
        read_key_file(out)


def test_revoked_is_kept_and_never_trusted_again(pair):
    central, laptop = pair
    view, _ = trust(laptop, central)
    revoked = remove_trust(laptop.db, view.fingerprint[:12], by=laptop.admin)
    assert revoked.state == "revoked"
    (listed,) = list_trust(laptop.db)
    assert listed.state == "revoked"
    with pytest.raises(BadInputError, match="never trusted again"):
        trust(laptop, central)
    with pytest.raises(BadInputError, match="already revoked"):
        remove_trust(laptop.db, view.fingerprint, by=laptop.admin)
    rows = laptop.db.raw_reader().execute("SELECT action FROM trusted_key ORDER BY id").fetchall()
    assert rows == [("trusted",), ("revoked",)]
    with sqlite3.connect(laptop.db.path) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM trusted_key")


def test_only_an_administrator_changes_trust(pair):
    central, laptop = pair
    make_user(laptop.db, laptop.admin, "lee", "clinical_leader")
    lee = accounts.authenticate(laptop.db, "lee", "lee password")
    from app.services.bundles.trust import key_file_json, parse_key_file

    key = parse_key_file(json.dumps(key_file_json(central.db, "admin")).encode(), "k.json")
    with pytest.raises(AccessDeniedError, match="trusted publisher keys"):
        add_trust(laptop.db, key, label=None, by=lee)
    assert list_trust(laptop.db) == []


def test_an_unknown_fingerprint(pair):
    _, laptop = pair
    with pytest.raises(BadInputError, match="no trusted key"):
        remove_trust(laptop.db, "abcdef0123", by=laptop.admin)
    with pytest.raises(BadInputError, match="at least its first 8"):
        remove_trust(laptop.db, "abc", by=laptop.admin)
