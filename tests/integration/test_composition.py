"""SBOMs attached to device models, and finding the devices that carry a component."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.database.db import open_database
from app.errors import BadInputError
from app.services.clock import utc_now_iso
from app.services.composition import affected_devices, components_of, import_sbom, list_sboms
from app.services.devices import get_device, list_models
from app.services.inventory import upsert_records
from app.services.reference import load_reference

SBOMS = Path(__file__).resolve().parents[1] / "fixtures" / "shared" / "sbom"
REF = load_reference()


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "c.sqlite3")
    with database.write() as session:
        upsert_records(
            session,
            REF,
            [
                {"asset_tag": "P-1", "model": "LVP-500", "firmware_version": "2.1"},
                {"asset_tag": "P-2", "model": "lvp-500", "firmware_version": "2.2"},
                {"asset_tag": "P-3", "model": "LVP-500", "firmware_version": "2.2"},
                {"asset_tag": "M-1", "model": "BM-12"},
            ],
            now=utc_now_iso(),
        )
    yield database
    database.close()


def tags(found):
    return sorted({a.device.asset_tag for a in found})


def test_sbom_for_a_model_and_firmware_reaches_exactly_those_devices(db):
    done = import_sbom(
        db,
        SBOMS / "cyclonedx-laravel-7.12.0.bom.1.4.json",
        model="LVP-500",
        firmware="2.2",
        by="Ken",
    )
    assert (done.format, done.spec_version, done.devices) == ("cyclonedx", "1.4", 2)
    assert done.components > 50
    assert tags(affected_devices(db, "laravel/framework")) == ["P-2", "P-3"]
    assert tags(affected_devices(db, "pkg:composer/laravel/framework")) == ["P-2", "P-3"]
    assert tags(affected_devices(db, "FRAMEWORK")) == ["P-2", "P-3"]
    assert affected_devices(db, "laravel/framework", "<7.0") == []
    assert tags(affected_devices(db, "laravel/framework", ">=7.0")) == ["P-2", "P-3"]
    assert affected_devices(db, "left-pad") == []


def test_devices_added_later_are_covered_and_unknown_versions_are_not_dropped(db):
    import_sbom(
        db, SBOMS / "spdx23-examplemaven-enriched.spdx.json", model="BM-12", firmware=None, by="Ken"
    )
    with db.write() as session:
        upsert_records(session, REF, [{"asset_tag": "M-2", "model": "BM-12"}], now=utc_now_iso())
    found = affected_devices(db, "Apache Log4j Core", "<2.17.1")
    assert tags(found) == ["M-1", "M-2"]
    assert {a.version_status for a in found} == {"unknown"}  # may be affected: shown, marked
    assert tags(affected_devices(db, "junit", "3.8.1")) == ["M-1", "M-2"]
    assert affected_devices(db, "junit", "4.0") == []


def test_anything_else_given_as_an_sbom_is_refused_and_nothing_is_stored(db, tmp_path):
    bogus = tmp_path / "assets.csv"
    bogus.write_text("Asset Tag,Model\nA-1,LVP-500\n", encoding="utf-8")
    with pytest.raises(BadInputError, match=r"assets\.csv"):
        import_sbom(db, bogus, model="LVP-500", firmware=None, by="Ken")
    with pytest.raises(BadInputError, match="model the SBOM describes is required"):
        import_sbom(db, SBOMS / "spdx23-example11.spdx.json", model=" ", firmware=None, by="K")
    with db.read() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM sbom").scalar() == 0
    with pytest.raises(BadInputError, match="no component"):
        affected_devices(db, "  ")


def test_the_same_file_is_not_attached_twice_and_lists_show_what_is_attached(db):
    laravel = SBOMS / "cyclonedx-laravel-7.12.0.bom.1.4.json"
    import_sbom(db, laravel, model="LVP-500", firmware="2.2", by="Ken")
    with pytest.raises(BadInputError, match=r"already attached to LVP-500 firmware 2\.2"):
        import_sbom(db, laravel, model="lvp-500", firmware="2.2", by="Ken")
    import_sbom(db, laravel, model="LVP-500", firmware="2.1", by="Ken")  # another firmware: fine
    attached = list_sboms(db)
    assert [(a.model, a.firmware, a.components) for a in attached] == [
        ("LVP-500", "2.1", 62),
        ("LVP-500", "2.2", 62),
    ]
    assert len(affected_devices(db, "laravel/framework")) == 3
    assert list_models(db) == ["BM-12", "LVP-500", "lvp-500"]


def test_components_of_a_device(db):
    import_sbom(
        db, SBOMS / "spdx23-examplemaven-enriched.spdx.json", model="BM-12", firmware=None, by="Ken"
    )
    device = get_device(db, "M-1")
    names = [c.name for c in components_of(db, device)]
    assert "Apache Log4j Core" in names and len(names) == 5
    assert components_of(db, get_device(db, "P-1")) == []
