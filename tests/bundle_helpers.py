"""Shared set-up for the bundle tests: two installations in tmp_path, each with an administrator."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from accounts_helpers import ADMIN_PASSWORD, make_admin

from app.database.db import Database
from app.database.events import canonical_json
from app.services.authority import AuthenticatedUser
from app.services.bundles.export import export_bundle
from app.services.bundles.trust import add_trust, key_file_json, parse_key_file
from app.services.contacts import import_contacts
from app.services.demo import populate_demo
from app.services.reference import load_reference
from app.services.store import open_store

REF = load_reference()
CONTACTS = Path(__file__).resolve().parent / "fixtures" / "contacts" / "contacts.csv"
DATA_TABLES = ("device", "location", "contact", "contact_method", "escalation_entry",
               "escalation_tier", "decision", "decision_answer", "signature", "user_account",
               "user_key", "imported_account", "imported_event", "trusted_key")  # fmt: skip


@dataclass
class Site:
    db: Database
    admin: AuthenticatedUser
    folder: Path


def make_site(tmp_path: Path, name: str, *, devices: int = 20, contacts: bool = True) -> Site:
    folder = tmp_path / name
    folder.mkdir()
    db = open_store(folder / "mdir.sqlite3")
    admin = make_admin(db)
    if devices:
        populate_demo(db, REF, devices)
    if contacts:
        import_contacts(db, REF, CONTACTS, by="setup")
    return Site(db, admin, folder)


def export(site: Site, out: Path, includes=("inventory", "contacts", "escalation"), **extra):
    return export_bundle(
        site.db, REF, out, tuple(includes), by=site.admin, password=ADMIN_PASSWORD, **extra
    )


def trust(receiver: Site, publisher: Site, username: str = "admin"):
    fields = key_file_json(publisher.db, username)
    key = parse_key_file(canonical_json(fields).encode(), "key.json")
    return add_trust(receiver.db, key, label=None, by=receiver.admin)


def data_snapshot(db: Database) -> dict[str, str]:
    """A digest of every data table (rows in a fixed order), to show nothing changed."""
    conn = sqlite3.connect(f"{db.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            table: hashlib.sha256(
                repr(conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()).encode()
            ).hexdigest()
            for table in DATA_TABLES
        }
    finally:
        conn.close()


def event_kinds(db: Database) -> list[str]:
    return [r[0] for r in db.raw_reader().execute("SELECT kind FROM event ORDER BY seq")]


def unpack(path: Path) -> tuple[dict, dict[str, bytes]]:
    """The manifest (as a dict) and every member of a bundle this test wrote."""
    import json
    import zipfile

    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    return json.loads(members["manifest.json"]), members


def resign(site: Site, manifest: dict, members: dict[str, bytes], *, rehash: bool = True) -> bytes:
    """A bundle of ``members`` with ``manifest``, properly signed with ``site``'s admin key:
    for refusals that must come from the content, not from a broken signature."""
    from app.security import signing_keys
    from app.services import accounts
    from app.services.bundles.container import MANIFEST, SIGNATURE, build_archive
    from app.services.bundles.manifest import manifest_bytes, signed_message

    _, pair = accounts.open_signing_key(site.db, site.admin, ADMIN_PASSWORD)
    data = {n: v for n, v in members.items() if n not in (MANIFEST, SIGNATURE)}
    if rehash:
        manifest = {
            **manifest,
            "members": {
                n: {"sha256": hashlib.sha256(v).hexdigest(), "bytes": len(v)}
                for n, v in data.items()
            },
        }
    raw = manifest_bytes(manifest)
    data[MANIFEST] = raw
    data[SIGNATURE] = signing_keys.sign(pair, signed_message(raw)).encode()
    return build_archive(data, lambda message: signing_keys.sign(pair, message))
