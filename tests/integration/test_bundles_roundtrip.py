"""Bundles between two installations in tmp_path: inventory and contacts from A (central) to B (a
laptop), decisions with a valid signature from B back to A; importing twice changes nothing; both
trails verify and the signatures stay valid on A."""

from __future__ import annotations

import json
import sqlite3

import pytest
from accounts_helpers import CLASS_ANSWERS, make_user, record
from bundle_helpers import REF, data_snapshot, event_kinds, export, make_site, trust

from app.errors import AccessDeniedError
from app.services import accounts
from app.services.audit import verify_audit
from app.services.bundles.importer import import_bundle
from app.services.contacts import list_contacts, save_contact
from app.services.devices import find_device
from app.services.escalation import set_tier
from app.services.inventory import save_device
from app.services.signoff import sign_decision, signatures_of


@pytest.fixture
def sites(tmp_path):
    central = make_site(tmp_path, "central", devices=30)
    laptop = make_site(tmp_path, "laptop", devices=0, contacts=False)
    set_tier(central.db, unit="ICU", tier=1, wait_minutes=5, triggers=["any_decision"],
             by=central.admin)  # fmt: skip
    trust(laptop, central)
    yield central, laptop
    central.db.close()
    laptop.db.close()


def counts(report):
    return {c.kind: (c.added, c.changed, c.unchanged) for c in report.changes}


def test_a_dry_run_writes_nothing_at_all(sites, tmp_path):
    central, laptop = sites
    bundle = tmp_path / "central.bundle"
    export(central, bundle)
    laptop.db.close()  # everything committed into the file, then compared byte for byte
    before = laptop.db.path.read_bytes()
    from app.services.store import open_store

    laptop.db = open_store(laptop.db.path)
    report = import_bundle(laptop.db, REF, bundle, dry_run=True)
    assert counts(report) == {"inventory": (30, 0, 0), "contacts": (4, 0, 0),
                              "escalation": (1, 0, 0)}  # fmt: skip
    assert report.dry_run and not report.applied
    laptop.db.close()
    assert laptop.db.path.read_bytes() == before
    laptop.db = open_store(laptop.db.path)


def test_inventory_and_contacts_go_to_the_laptop_once(sites, tmp_path):
    central, laptop = sites
    bundle = tmp_path / "central.bundle"
    export(central, bundle)
    report = import_bundle(laptop.db, REF, bundle, by="Biomed Bo")
    assert report.applied
    assert counts(report) == {"inventory": (30, 0, 0), "contacts": (4, 0, 0),
                              "escalation": (1, 0, 0)}  # fmt: skip
    device = find_device(laptop.db, "MD-00001")
    assert device is not None and device.id == find_device(central.db, "MD-00001").id
    assert {c.id for c in list_contacts(laptop.db)} == {c.id for c in list_contacts(central.db)}
    kinds = event_kinds(laptop.db)
    assert kinds[-1] == "bundle.imported" and "inventory.imported" in kinds
    payload = json.loads(
        laptop.db.raw_reader()
        .execute("SELECT payload FROM event WHERE kind = 'bundle.imported'")
        .fetchone()[0]
    )
    assert payload["source_installation"] != ""
    assert payload["counts"]["inventory"] == {"added": 30, "changed": 0, "unchanged": 0}
    snapshot, events = data_snapshot(laptop.db), len(event_kinds(laptop.db))
    again = import_bundle(laptop.db, REF, bundle)
    assert not again.applied and again.touched == 0
    assert counts(again)["inventory"] == (0, 0, 30)
    assert data_snapshot(laptop.db) == snapshot and len(event_kinds(laptop.db)) == events
    assert verify_audit(laptop.db).intact and verify_audit(central.db).intact


def test_changes_are_shown_field_by_field_and_logged_with_before_and_after(sites, tmp_path):
    central, laptop = sites
    export(central, tmp_path / "first.bundle")
    import_bundle(laptop.db, REF, tmp_path / "first.bundle")
    values = dict(find_device(central.db, "MD-00002").record)
    values.update(firmware_version="9.9.9", notes="moved")
    save_device(central.db, REF, {k: "" if v is None else str(v) for k, v in values.items()
                                  if k in values}, by="Biomed Bo", original_tag="MD-00002")  # fmt: skip
    contact = list_contacts(central.db)[0]
    save_contact(central.db, REF, {"name": contact.name, "role": contact.role,
                 "organization": contact.organization, "mobile": "090-1111-2222"},
                 places=[("", 1, "")], by="Admin", contact_id=contact.id)  # fmt: skip
    export(central, tmp_path / "second.bundle")
    dry = import_bundle(laptop.db, REF, tmp_path / "second.bundle", dry_run=True)
    inventory = next(c for c in dry.changes if c.kind == "inventory")
    assert (inventory.added, inventory.changed, inventory.unchanged) == (0, 1, 29)
    (item,) = inventory.items
    assert item.key == "MD-00002"
    assert item.fields["firmware_version"][1] == "9.9.9" and item.fields["notes"] == (None, "moved")
    contacts = next(c for c in dry.changes if c.kind == "contacts")
    assert contacts.changed == 1 and "methods" in contacts.items[0].fields
    import_bundle(laptop.db, REF, tmp_path / "second.bundle")
    assert find_device(laptop.db, "MD-00002").record["firmware_version"] == "9.9.9"
    row = (
        laptop.db.raw_reader()
        .execute("SELECT payload FROM event WHERE kind = 'device.saved' ORDER BY seq DESC")
        .fetchone()
    )
    saved = json.loads(row[0])
    assert saved["before"]["notes"] is None and saved["after"]["notes"] == "moved"
    assert "contact.saved" in event_kinds(laptop.db)
    assert verify_audit(laptop.db).intact


def _laptop_work(laptop):
    make_user(laptop.db, laptop.admin, "lee", "clinical_leader")
    first = record(laptop.db, REF, CLASS_ANSWERS[3], device_tag="MD-00001")
    sign_decision(laptop.db, REF, first.id, username="lee", password="lee password",
                  meaning="approved")  # fmt: skip
    second = record(laptop.db, REF, CLASS_ANSWERS[2], device_tag="MD-00003", supersedes=first.id)
    return first, second


def test_decisions_come_back_with_valid_signatures_and_no_duplicates(sites, tmp_path):
    central, laptop = sites
    export(central, tmp_path / "central.bundle")
    import_bundle(laptop.db, REF, tmp_path / "central.bundle")
    first, second = _laptop_work(laptop)
    export(laptop, tmp_path / "laptop.bundle", includes=("decisions",))
    trust(central, laptop)
    events_before = len(event_kinds(central.db))
    report = import_bundle(central.db, REF, tmp_path / "laptop.bundle", by="Central Admin")
    assert report.applied
    assert counts(report)["decisions"] == (2, 0, 0)
    assert counts(report)["signatures"] == (1, 0, 0)
    assert len(event_kinds(central.db)) == events_before + 1  # one bundle.imported, no splicing
    assert event_kinds(central.db)[-1] == "bundle.imported"
    (signature,) = signatures_of(central.db, first.id)
    assert signature.valid and signature.username == "lee"
    assert verify_audit(central.db).intact, verify_audit(central.db).problems
    assert verify_audit(laptop.db).intact
    snapshot = data_snapshot(central.db)
    again = import_bundle(central.db, REF, tmp_path / "laptop.bundle")
    assert not again.applied
    assert counts(again)["decisions"] == (0, 0, 2) and counts(again)["signatures"] == (0, 0, 1)
    assert data_snapshot(central.db) == snapshot
    # More work on the laptop later: only the new things come, the segment grows.
    third = record(laptop.db, REF, CLASS_ANSWERS[1], device_tag="MD-00004")
    export(laptop, tmp_path / "laptop2.bundle", includes=("decisions",))
    later = import_bundle(central.db, REF, tmp_path / "laptop2.bundle")
    assert counts(later)["decisions"] == (1, 0, 2)
    assert third.id in {r[0] for r in central.db.raw_reader().execute("SELECT id FROM decision")}
    assert verify_audit(central.db).intact
    assert all(s.valid for s in signatures_of(central.db, first.id))
    assert second.id


def test_imported_signers_can_never_sign_in(sites, tmp_path):
    central, laptop = sites
    export(central, tmp_path / "central.bundle")
    import_bundle(laptop.db, REF, tmp_path / "central.bundle")
    _laptop_work(laptop)
    export(laptop, tmp_path / "laptop.bundle", includes=("decisions",))
    trust(central, laptop)
    import_bundle(central.db, REF, tmp_path / "laptop.bundle")
    names = {u.username: u for u in accounts.list_users(central.db)}
    imported = [u for n, u in names.items() if n.startswith("lee@")]
    assert len(imported) == 1 and not imported[0].active
    for name in (imported[0].username, "lee"):
        with pytest.raises(AccessDeniedError):
            accounts.authenticate(central.db, name, "lee password")


def test_audit_verify_reports_an_edited_imported_segment(sites, tmp_path):
    central, laptop = sites
    export(central, tmp_path / "central.bundle")
    import_bundle(laptop.db, REF, tmp_path / "central.bundle")
    _laptop_work(laptop)
    export(laptop, tmp_path / "laptop.bundle", includes=("decisions",))
    trust(central, laptop)
    import_bundle(central.db, REF, tmp_path / "laptop.bundle")
    with sqlite3.connect(central.db.path) as conn:
        conn.execute("DROP TRIGGER imported_event_no_update")
        conn.execute("UPDATE imported_event SET actor = 'someone else' WHERE seq = 2")
    report = verify_audit(central.db)
    assert not report.intact
    assert report.problems[0].what == "imported"
    assert "segment" in report.problems[0].message


def test_users_public_come_as_inactive_accounts_with_their_keys(sites, tmp_path):
    central, laptop = sites
    make_user(central.db, central.admin, "kim", "biomed")
    export(central, tmp_path / "users.bundle", includes=("users-public", "tree"))
    report = import_bundle(laptop.db, REF, tmp_path / "users.bundle")
    assert counts(report)["users-public"] == (2, 0, 0)
    assert counts(report)["keys"] == (2, 0, 0)
    assert "same question tree" in next(c for c in report.changes if c.kind == "tree").note
    users = {u.username: u for u in accounts.list_users(laptop.db)}
    kim = next(u for n, u in users.items() if n.startswith("kim@"))
    assert not kim.active and kim.key_fingerprint
    assert "user.key_imported" in event_kinds(laptop.db)
    assert verify_audit(laptop.db).intact
