"""Changes are logged with the values before and after (Part 11 §11.10(e): changes never hide
earlier values)."""

from __future__ import annotations

import pytest

from app.services.audit import EventFilter, list_events, verify_audit
from app.services.contacts import remove_contact, save_contact
from app.services.inventory import save_device
from app.services.inventory_import import save_mapping_profile
from app.services.reference import load_reference
from app.services.store import open_store

REF = load_reference()


@pytest.fixture
def db(tmp_path):
    database = open_store(tmp_path / "changes.sqlite3")
    yield database
    database.close()


def last(db, kind):
    return list_events(db, EventFilter(kind=kind))[-1]


def test_device_edits_keep_the_old_values(db):
    save_device(db, REF, {"asset_tag": "ED-1", "serial": "A", "unit": "OR"}, by="Ken", create=True)
    created = last(db, "device.saved")
    assert created.payload["created"] and created.payload["before"]["serial"] is None
    save_device(db, REF, {"asset_tag": "ED-1", "serial": "B", "unit": "OR"}, by="Ken")
    changed = last(db, "device.saved")
    assert changed.payload["before"] == {"serial": "A"}
    assert changed.payload["after"] == {"serial": "B"}
    assert changed.actor_text == "unauthenticated: Ken"
    assert verify_audit(db).intact


def test_contact_changes_and_removal_keep_the_old_values(db):
    saved = save_contact(
        db,
        REF,
        {"name": "Aiko Sato", "role": "biomed", "mobile": "090-1111-2222"},
        places=[("", 1, "")],
        by="Lead",
    )
    save_contact(
        db,
        REF,
        {"name": "Aiko Sato", "role": "biomed", "mobile": "090-3333-4444"},
        places=[("", 1, "")],
        by="Lead",
        contact_id=saved.id,
    )
    edit = last(db, "contact.saved")
    assert edit.payload["before"]["methods"] == {"mobile": "090-1111-2222"}
    assert edit.payload["after"]["methods"] == {"mobile": "090-3333-4444"}
    remove_contact(db, saved.id, by="Lead")
    assert last(db, "contact.removed").payload["before"]["name"] == "Aiko Sato"


def test_saved_import_mappings_are_logged(db):
    save_mapping_profile(db, "ours", {"asset_tag": "Tag"}, by="Biomed")
    save_mapping_profile(db, "ours", {"asset_tag": "Asset"}, by="Biomed")
    event = last(db, "mapping.saved")
    assert event.payload == {"before": {"asset_tag": "Tag"}, "after": {"asset_tag": "Asset"}}
