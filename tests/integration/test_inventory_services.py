"""The inventory on a real database: upgrade from schema 0001, upsert, search, editor,
pre-classification and the overview."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.database.db import open_database
from app.errors import BadInputError
from app.services.clock import utc_now_iso
from app.services.decisions import list_decisions
from app.services.demo import populate_demo
from app.services.devices import (
    DeviceFilter,
    count_devices,
    find_device,
    get_device,
    list_devices,
    list_units,
    search_devices,
)
from app.services.inventory import class_overview, preclassify, save_device, upsert_records
from app.services.reference import load_reference

REF = load_reference()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
VENTILATOR_ANSWERS = {
    "harm_now": "no",
    "implanted": "no",
    "offsite": "no",
    "patient_connected": "yes",
    "removal": "dependent",
}


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "inv.sqlite3")
    yield database
    database.close()


def upsert(db, records, blank_clears=False):
    with db.write() as session:
        return upsert_records(session, REF, records, now=utc_now_iso(), blank_clears=blank_clears)


def test_upgrade_from_schema_0001_keeps_devices_and_decisions(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)
    with sqlite3.connect(path) as conn:
        old = dict(conn.execute("SELECT asset_tag, unit || '|' || location FROM device"))
    db = open_database(path)
    try:
        assert count_devices(db) == len(old) == 25
        device = find_device(db, "MD-00003")
        assert f"{device.unit}|{device.location}" == old["MD-00003"]
        assert [d.device_tag for d in list_decisions(db)].count("MD-00003") == 1
        assert {d.purpose for d in list_decisions(db)} == {"triage"}
        assert search_devices(db, "md-00003")[0].asset_tag == "MD-00003"
        assert search_devices(db, old["MD-00003"].split("|")[0])  # found by unit
    finally:
        db.close()


def test_upsert_inserts_then_updates_without_erasing(db):
    counts = upsert(
        db,
        [
            {
                "asset_tag": "PUMP-1",
                "serial": "S1",
                "unit": "ICU",
                "room": "3",
                "firmware_version": "1.0",
                "category": "infusion_pump",
            }
        ],
    )
    assert (counts.inserted, counts.updated) == (1, 0)
    counts = upsert(db, [{"asset_tag": "pump-1", "firmware_version": "1.1", "bed": "2"}])
    assert (counts.inserted, counts.updated) == (0, 1)
    device = get_device(db, "PUMP-1")
    assert device.asset_tag == "PUMP-1"  # the stored spelling is kept
    assert device.record["serial"] == "S1"  # blank in the import: kept
    assert device.record["firmware_version"] == "1.1"
    assert (device.unit, device.record["room"], device.record["bed"]) == ("ICU", "3", "2")
    assert count_devices(db) == 1


def test_unknown_category_is_kept_as_text_and_searchable(db):
    upsert(db, [{"asset_tag": "X-1", "category": None, "category_text": "Nebuliser"}])
    device = get_device(db, "X-1")
    assert device.category is None and device.record["category_text"] == "Nebuliser"
    assert [d.asset_tag for d in search_devices(db, "nebul")] == ["X-1"]


def test_search_japanese_of_any_length_prefix_and_width(db):
    populate_demo(db, REF, devices=300)
    upsert(db, [{"asset_tag": "JP-1", "notes": "山田太郎さんの在宅機器", "manufacturer": "ﾃﾙﾓ"}])
    pumps = search_devices(db, "輸液", limit=1000)
    assert pumps and all(d.category == "infusion_pump" for d in pumps)
    assert [d.asset_tag for d in search_devices(db, "山田")] == ["JP-1"]  # a surname, 2 chars
    assert [d.asset_tag for d in search_devices(db, "太郎")] == ["JP-1"]  # middle of a run
    assert [d.asset_tag for d in search_devices(db, "テルモ")] == ["JP-1"]  # half-width stored
    assert "JP-1" in [d.asset_tag for d in search_devices(db, "郎", limit=1000)]
    assert [d.asset_tag for d in search_devices(db, "ＪＰ－１")] == ["JP-1"]  # full-width query
    assert len(search_devices(db, "md-0001", limit=1000)) == 10  # prefix: MD-00010..19
    assert search_devices(db, "md-0001 ventilator", limit=1000) == [
        d for d in search_devices(db, "md-0001", limit=1000) if d.category == "ventilator"
    ]


def test_search_filters_limit_and_bad_input(db):
    populate_demo(db, REF, devices=300)
    icu = search_devices(db, "md", limit=1000, where=DeviceFilter(unit="ICU"))
    assert icu and {d.unit for d in icu} == {"ICU"}
    assert len(search_devices(db, "md", limit=7)) == 7
    found = search_devices(db, "md", limit=20)
    assert [d.asset_tag for d in found] == sorted(d.asset_tag for d in found)
    with pytest.raises(BadInputError, match="between 1 and 1000"):
        search_devices(db, "md", limit=0)
    with pytest.raises(BadInputError, match="empty"):
        search_devices(db, "  ")
    assert search_devices(db, '"*') == []


def test_paging_and_counts_agree(db):
    populate_demo(db, REF, devices=250)
    assert count_devices(db) == 250
    pages = [
        d.asset_tag
        for start in range(0, 250, 100)
        for d in list_devices(db, offset=start, limit=100)
    ]
    assert pages == [f"MD-{n:05d}" for n in range(1, 251)]
    pumps = DeviceFilter(query="輸液")
    assert count_devices(db, pumps) == len(list_devices(db, pumps, limit=1000))
    assert "ICU" in list_units(db)


def test_lookup_gives_booleans_and_prefill(db):
    populate_demo(db, REF, devices=300)
    implant = next(d for d in list_devices(db, DeviceFilter(category="implant"), limit=1))
    found = find_device(db, implant.asset_tag.lower())
    assert found.record["implanted"] is True
    assert found.prefill() == {"implanted": "yes", "offsite": "yes"}
    assert found == implant  # the fast path and the ORM path agree


def test_editor_saves_exactly_what_was_entered(db):
    saved = save_device(
        db,
        REF,
        {
            "asset_tag": "ED-1",
            "serial": "A",
            "implanted": "no",
            "unit": "OR",
            "category": "Ventilator",
        },
        by="Ken Ito",
    )
    assert saved.record["implanted"] is False and saved.category == "ventilator"
    saved = save_device(
        db,
        REF,
        {"asset_tag": "ED-2", "serial": "", "implanted": "", "unit": "OR"},
        by="Ken Ito",
        original_tag="ED-1",
    )
    assert find_device(db, "ED-1") is None
    assert saved.asset_tag == "ED-2" and saved.record["serial"] is None
    assert saved.record["implanted"] is None  # cleared to unknown, never to "no"
    save_device(db, REF, {"asset_tag": "ED-3"}, by="K")
    with pytest.raises(BadInputError, match="already in use"):
        save_device(db, REF, {"asset_tag": "ed-3"}, by="K", original_tag="ED-2")
    with pytest.raises(BadInputError, match=r"^mac: "):
        save_device(db, REF, {"asset_tag": "ED-4", "mac": "nope"}, by="K")
    with pytest.raises(BadInputError, match="asset tag is required"):
        save_device(db, REF, {"asset_tag": " "}, by="K")
    with pytest.raises(BadInputError, match="name of the person"):
        save_device(db, REF, {"asset_tag": "ED-5"}, by=" ")
    assert count_devices(db) == 2


def test_preclassify_a_category_in_a_unit(db):
    populate_demo(db, REF, devices=300)
    target = DeviceFilter(category="ventilator", unit="ICU")
    expected = count_devices(db, target)
    done = preclassify(
        db, REF, VENTILATOR_ANSWERS, by="Ken Ito", role="biomed", category="ventilator", unit="ICU"
    )
    assert (done.ir_class, done.devices_updated) == (5, expected)
    assert {d.default_class for d in list_devices(db, target, limit=1000)} == {5}
    elsewhere = list_devices(db, DeviceFilter(category="ventilator", unit="OR"), limit=1000)
    assert {d.default_class for d in elsewhere} == {None}
    [decision] = list_decisions(db)
    assert decision.purpose == "preclassification" and decision.id == done.decision_id
    one = list_devices(db, target, limit=1)[0]
    assert one.record["default_class_approved_by"] == "Ken Ito"
    assert one.record["default_class_decision_id"] == done.decision_id
    overview = {row.unit: row for row in class_overview(db)}
    assert overview["ICU"].counts[5] == expected
    assert sum(row.total for row in overview.values()) == 300


def test_preclassify_refuses_provisional_and_empty_targets(db):
    populate_demo(db, REF, devices=50)
    with pytest.raises(BadInputError, match="provisional"):
        preclassify(
            db,
            REF,
            {**VENTILATOR_ANSWERS, "removal": "unknown"},
            by="K",
            role="biomed",
            device_tag="MD-00001",
        )
    with pytest.raises(BadInputError, match="no devices of category 'pacs' in unit 'NICU'"):
        preclassify(
            db, REF, VENTILATOR_ANSWERS, by="K", role="biomed", category="pacs", unit="NICU"
        )
    with pytest.raises(BadInputError, match="either a device tag, or a category"):
        preclassify(db, REF, VENTILATOR_ANSWERS, by="K", role="biomed")
    assert list_decisions(db) == []


def test_preclassification_is_one_transaction_with_its_decision(db, monkeypatch):
    populate_demo(db, REF, devices=50)
    import app.services.inventory as inventory

    def broken_event(*args, **kwargs):
        if kwargs.get("kind") == "device.preclassified":
            raise OSError("disk full")
        return real_event(*args, **kwargs)

    real_event = inventory.append_event
    monkeypatch.setattr(inventory, "append_event", broken_event)
    with pytest.raises(OSError, match="disk full"):
        preclassify(db, REF, VENTILATOR_ANSWERS, by="K", role="biomed", device_tag="MD-00001")
    assert list_decisions(db) == []  # the decision went with the failed update
    assert get_device(db, "MD-00001").default_class is None


def test_preclassification_refuses_a_safety_override(db):
    populate_demo(db, REF, devices=10)
    with pytest.raises(BadInputError, match="normal use"):
        preclassify(
            db,
            REF,
            {**VENTILATOR_ANSWERS, "harm_now": "yes"},
            by="K",
            role="biomed",
            device_tag="MD-00001",
        )


def test_editor_keeps_default_class_and_unmatched_category_and_can_create_only(db):
    populate_demo(db, REF, devices=5)
    preclassify(db, REF, VENTILATOR_ANSWERS, by="Ken", role="biomed", device_tag="MD-00001")
    upsert(db, [{"asset_tag": "NEB-1", "category_text": "Nebuliser"}])
    saved = save_device(
        db, REF, {"asset_tag": "MD-00001", "serial": "NEW", "default_class": "1"}, by="Aiko"
    )
    assert (saved.default_class, saved.record["default_class_approved_by"]) == (5, "Ken")
    assert saved.record["serial"] == "NEW"
    kept = save_device(db, REF, {"asset_tag": "NEB-1", "notes": "checked"}, by="Aiko")
    assert kept.record["category_text"] == "Nebuliser"
    chosen = save_device(db, REF, {"asset_tag": "NEB-1", "category": "pca_pump"}, by="Aiko")
    assert (chosen.category, chosen.record["category_text"]) == ("pca_pump", None)
    with pytest.raises(BadInputError, match="asset_tag: 'md-00003' is already in use"):
        save_device(db, REF, {"asset_tag": "md-00003"}, by="Aiko", create=True)
    assert save_device(db, REF, {"asset_tag": "NEW-1"}, by="Aiko", create=True).asset_tag == "NEW-1"
