"""Every refusal of ``bundle import``: one clear line, nothing written to the data (only the
``bundle.refused`` event once the file was read; not even that in a dry run)."""

from __future__ import annotations

import io
import json
import stat
import struct
import warnings
import zipfile

import pytest
from bundle_helpers import (
    REF,
    data_snapshot,
    event_kinds,
    export,
    make_site,
    resign,
    trust,
    unpack,
)

from app.services.bundles import container
from app.services.bundles.errors import BundleRefused, UntrustedPublisher
from app.services.bundles.importer import import_bundle
from app.services.bundles.trust import remove_trust


@pytest.fixture
def sites(tmp_path):
    central = make_site(tmp_path, "central", devices=10)
    laptop = make_site(tmp_path, "laptop", devices=0, contacts=False)
    trust(laptop, central)
    good = tmp_path / "good.bundle"
    export(central, good)
    yield central, laptop, good
    central.db.close()
    laptop.db.close()


def refused(site, path, fragment, error=BundleRefused, *, logged=True):
    snapshot, kinds = data_snapshot(site.db), event_kinds(site.db)
    with pytest.raises(error) as caught:
        import_bundle(site.db, REF, path)
    message = caught.value.message
    assert fragment in message, message
    assert "\n" not in message
    assert data_snapshot(site.db) == snapshot
    assert event_kinds(site.db) == kinds + (["bundle.refused"] if logged else [])
    if logged:
        payload = json.loads(
            site.db.raw_reader()
            .execute("SELECT payload FROM event ORDER BY seq DESC")
            .fetchone()[0]
        )
        assert payload["reason"] == message
    return message


def zip_of(entries, comment=b""):
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names, on purpose
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in entries:
                archive.writestr(info, data)
            archive.comment = comment
    return buffer.getvalue()


def write(tmp_path, data, name="bad.bundle"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_not_a_zip_file(sites, tmp_path):
    _, laptop, _ = sites
    refused(laptop, write(tmp_path, b"hello, not a bundle"), "is not an MDIR Desk bundle")


def test_a_missing_file(sites, tmp_path):
    _, laptop, _ = sites
    refused(laptop, tmp_path / "nowhere.bundle", "no such file", logged=False)


def test_unsigned(sites, tmp_path):
    _, laptop, good = sites
    _, members = unpack(good)
    del members["manifest.sig"]
    refused(laptop, write(tmp_path, zip_of(members.items())), "is unsigned")


def test_a_tampered_member(sites, tmp_path):
    _, laptop, good = sites
    _, members = unpack(good)
    content = json.loads(members["inventory.json"])
    content["devices"][0]["notes"] = "changed on the way"
    members["inventory.json"] = json.dumps(content).encode()
    message = refused(laptop, write(tmp_path, zip_of(members.items())), "was tampered with")
    assert "member inventory.json does not match its signed SHA-256" in message


def test_a_tampered_manifest(sites, tmp_path):
    _, laptop, good = sites
    _, members = unpack(good)
    members["manifest.json"] = members["manifest.json"].replace(b'"data"', b'"data" ')
    refused(
        laptop,
        write(tmp_path, zip_of(members.items())),
        "the manifest does not match its signature",
    )


def test_any_byte_changed_after_signing(sites, tmp_path):
    _, laptop, good = sites
    data = bytearray(good.read_bytes())
    data[10] ^= 0xFF  # the first member's time in its local header: zip readers ignore it
    refused(laptop, write(tmp_path, bytes(data)), "the file was changed after it was signed")


def test_an_untrusted_key(sites, tmp_path):
    _, laptop, _ = sites
    stranger = make_site(tmp_path, "stranger", devices=3)
    export(stranger, tmp_path / "stranger.bundle")
    refused(laptop, tmp_path / "stranger.bundle", "does not trust", UntrustedPublisher)
    stranger.db.close()


def test_a_revoked_key(sites, tmp_path):
    _central, laptop, good = sites
    fingerprint = unpack(good)[0]["publisher_key"]["fingerprint"]
    remove_trust(laptop.db, fingerprint, by=laptop.admin)
    refused(laptop, good, "was revoked here", UntrustedPublisher)


def test_a_newer_schema(sites, tmp_path):
    central, laptop, good = sites
    manifest, members = unpack(good)
    data = resign(central, {**manifest, "schema": "0099"}, members)
    refused(laptop, write(tmp_path, data), "made by a newer MDIR Desk (schema 0099")


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("../inventory.json", "path traversal"),
        ("/inventory.json", "absolute"),
        ("C:/inventory.json", "absolute"),
        ("a/../../inventory.json", "path traversal"),
        ("..\\inventory.json", "path traversal"),
    ],
)
def test_unsafe_member_names(sites, tmp_path, name, what):
    _, laptop, good = sites
    _, members = unpack(good)
    entries = [*members.items(), (zipfile.ZipInfo(name), b"{}")]
    message = refused(laptop, write(tmp_path, zip_of(entries)), "unsafe member name")
    assert what in message


def test_duplicate_member_names(sites, tmp_path):
    _, laptop, good = sites
    _, members = unpack(good)
    entries = [*members.items(), ("inventory.json", b'{"devices": []}')]
    refused(laptop, write(tmp_path, zip_of(entries)), "duplicate member name 'inventory.json'")


def test_a_symbolic_link_member(sites, tmp_path):
    _, laptop, good = sites
    _, members = unpack(good)
    link = zipfile.ZipInfo("contacts.json")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    entries = [(n, v) for n, v in members.items() if n != "contacts.json"]
    refused(laptop, write(tmp_path, zip_of([*entries, (link, b"/etc/passwd")])), "symbolic link")


def test_an_unexpected_member(sites, tmp_path):
    _, laptop, good = sites
    _, members = unpack(good)
    entries = [*members.items(), ("evil.json", b"{}")]
    refused(laptop, write(tmp_path, zip_of(entries)), "unexpected member 'evil.json'")


def test_an_oversized_member(sites, monkeypatch):
    _, laptop, good = sites
    monkeypatch.setattr(container, "MAX_MEMBER_BYTES", 2000)
    refused(laptop, good, "member 'inventory.json' is too large (declares")


def test_oversized_members_together(sites, monkeypatch):
    _, laptop, good = sites
    monkeypatch.setattr(container, "MAX_TOTAL_BYTES", 3000)
    refused(laptop, good, "the members are too large together")


def test_an_oversized_file(sites, monkeypatch):
    _, laptop, good = sites
    monkeypatch.setattr(container, "MAX_FILE_BYTES", 1000)
    refused(laptop, good, "is too large", logged=False)


def test_a_zip_bomb_is_refused_by_its_declared_size(sites, tmp_path, monkeypatch):
    _, laptop, good = sites
    monkeypatch.setattr(container, "MAX_MEMBER_BYTES", 1024 * 1024)
    _, members = unpack(good)
    members["inventory.json"] = b"0" * (20 * 1024 * 1024)  # 20 MB that deflate to ~20 KB
    data = zip_of(members.items())
    assert len(data) < 200_000
    refused(laptop, write(tmp_path, data), "declares 20971520 bytes")


def test_a_zip_bomb_lying_about_its_size_is_stopped_while_reading(sites, tmp_path):
    _, laptop, good = sites
    _, members = unpack(good)
    members["inventory.json"] = b"0" * (5 * 1024 * 1024)
    data = bytearray(zip_of(members.items()))
    # Declare 100 bytes in both the local header and the central directory.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (at := data.find(signature, start)) != -1:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + 14] == b"inventory.json":
                data[at + offset : at + offset + 4] = struct.pack("<I", 100)
            start = at + 4
    message = refused(laptop, write(tmp_path, bytes(data)), "member 'inventory.json' is")
    assert "damaged" in message or "larger than it declares" in message


def test_a_wrong_kind(sites, tmp_path):
    central, laptop, good = sites
    manifest, members = unpack(good)
    data = resign(central, {**manifest, "kind": "backup"}, members)
    refused(laptop, write(tmp_path, data), "wrong kind of bundle 'backup'")


def test_includes_that_do_not_fit_the_kind(sites, tmp_path):
    central, laptop, good = sites
    manifest, members = unpack(good)
    data = resign(central, {**manifest, "kind": "decisions"}, members)
    refused(laptop, write(tmp_path, data), "wrong kind: a 'decisions' bundle holds decisions")


def test_a_malformed_manifest(sites, tmp_path):
    _, laptop, good = sites
    _, members = unpack(good)
    members["manifest.json"] = b'{"format": "mdir-desk/bundle/1", "kind": '
    refused(laptop, write(tmp_path, zip_of(members.items())), "the manifest is malformed")


def test_a_manifest_missing_a_field(sites, tmp_path):
    central, laptop, good = sites
    manifest, members = unpack(good)
    del manifest["created_by"]
    data = resign(central, manifest, members)
    refused(laptop, write(tmp_path, data), "the manifest is malformed")


def test_a_signed_member_with_an_invalid_value(sites, tmp_path):
    central, laptop, good = sites
    manifest, members = unpack(good)
    content = json.loads(members["inventory.json"])
    content["devices"][0]["ip"] = "999.1.1.1"
    members["inventory.json"] = json.dumps(content).encode()
    data = resign(central, manifest, members)
    refused(laptop, write(tmp_path, data), "inventory.json: device 1: ip")


def test_a_bundle_into_the_installation_that_made_it_is_a_harmless_no_op(sites):
    central, _, good = sites
    snapshot, kinds = data_snapshot(central.db), event_kinds(central.db)
    report = import_bundle(central.db, REF, good)
    assert report.same_installation and not report.applied
    assert data_snapshot(central.db) == snapshot and event_kinds(central.db) == kinds


def test_a_refusal_in_a_dry_run_writes_nothing_at_all(sites, tmp_path):
    _, laptop, _ = sites
    kinds = event_kinds(laptop.db)
    with pytest.raises(BundleRefused):
        import_bundle(laptop.db, REF, write(tmp_path, b"junk"), dry_run=True)
    assert event_kinds(laptop.db) == kinds


def test_decisions_about_a_device_this_inventory_lacks(sites, tmp_path):
    from accounts_helpers import CLASS_ANSWERS, record

    central, _laptop, _good = sites
    stranger_device = make_site(tmp_path, "other-laptop", devices=3, contacts=False)
    record(stranger_device.db, REF, CLASS_ANSWERS[1], device_tag="MD-00001")
    export(stranger_device, tmp_path / "decisions.bundle", includes=("decisions",))
    trust(central, stranger_device)
    refused(central, tmp_path / "decisions.bundle", "which is not in this inventory")
    stranger_device.db.close()
