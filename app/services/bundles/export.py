"""Writing a bundle: gather the members, sign the manifest and the archive, write the file.

Only a signed-in administrator exports; the bundle is signed with their Ed25519 key, opened with
the password they just gave. The file is written atomically and never over an existing one, and
``export.bundle`` is logged once it is complete.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.database.db import SCHEMA_HEAD, Database
from app.domain.device_fields import FIELD_NAMES
from app.errors import AccessDeniedError, Message
from app.security import signing_keys
from app.services import accounts
from app.services.authority import AuthenticatedUser, require
from app.services.bundles import laptop
from app.services.bundles.container import MANIFEST, SIGNATURE, build_archive, write_new_file
from app.services.bundles.manifest import (
    DECISIONS,
    FORMAT,
    MEMBERS_OF,
    kind_of,
    manifest_bytes,
    signed_message,
)
from app.services.bundles.trust import export_key
from app.services.clock import utc_now_iso
from app.services.devices import DEVICE_SELECT, view_of_row
from app.services.output_log import logged_output
from app.services.reference import Reference
from app.services.store import installation_id
from app.version import __version__

DEVICE_KEYS = ("id", *FIELD_NAMES, "category_text")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    includes: tuple[str, ...]
    counts: dict[str, int]
    sha256: str
    fingerprint: str
    key_file: Path | None

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "kind": self.kind,
            "includes": list(self.includes),
            "counts": self.counts,
            "sha256": self.sha256,
            "publisher_fingerprint": self.fingerprint,
            "key_file": str(self.key_file) if self.key_file else None,
        }


def dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def export_bundle(
    db: Database,
    reference: Reference,
    out: Path,
    includes: tuple[str, ...],
    *,
    by: AuthenticatedUser,
    password: str,
    write_key: bool = False,
) -> ExportResult:
    """Write a bundle of ``includes`` to ``out``, signed with ``by``'s key."""
    try:
        require(db, by, "manage_users")
    except AccessDeniedError:
        raise AccessDeniedError(
            Message("bundles.export.may_not_export_bundles", username=by.username)
        ) from None
    kind = kind_of(includes)
    key_row, pair = accounts.open_signing_key(db, by, password)
    members, counts = _members(db, reference, includes)
    fields = {
        "format": FORMAT,
        "id": str(uuid.uuid4()),
        "kind": kind,
        "includes": list(includes),
        "schema": SCHEMA_HEAD,
        "app_version": __version__,
        "created_at": utc_now_iso(),
        "created_by": {"username": by.username, "full_name": by.full_name, "user_id": by.id},
        "source_installation": installation_id(db),
        "publisher_key": {
            "key_id": key_row.id,
            "public_key": key_row.public_key,
            "fingerprint": key_row.fingerprint,
        },
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            for name, data in members.items()
        },
    }
    manifest = manifest_bytes(fields)
    members[MANIFEST] = manifest
    members[SIGNATURE] = signing_keys.sign(pair, signed_message(manifest)).encode("ascii")
    data = build_archive(members, lambda message: signing_keys.sign(pair, message))
    out = Path(out).expanduser()
    key_out = out.with_name(out.stem + ".key.json") if write_key else None
    if key_out is not None and (key_out.exists() or key_out.is_symlink()):
        from app.services.bundles.errors import BundleRefused

        raise BundleRefused(Message("bundles.export.already_exists_key_file", path=key_out))
    write_new_file(out, data)
    digest = hashlib.sha256(data).hexdigest()
    logged_output(
        db,
        out,
        kind="export.bundle",
        entity="bundle",
        entity_id=fields["id"],
        by=by,
        details={
            "bundle_kind": kind,
            "includes": list(includes),
            "counts": counts,
            "sha256": digest,
            "fingerprint": key_row.fingerprint,
        },
    )
    if key_out is not None:
        export_key(db, by.username, key_out, by=by)
    return ExportResult(out, kind, includes, counts, digest, key_row.fingerprint, key_out)


def _members(
    db: Database, reference: Reference, includes: tuple[str, ...]
) -> tuple[dict[str, bytes], dict[str, int]]:
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for name in includes:
        if name == DECISIONS:
            decisions, trail, count = laptop.export_members(db)
            members.update({"decisions.json": dump(decisions), "trail.json": dump(trail)})
            counts.update(count)
            continue
        content, count = GATHER[name](db, reference)
        (member,) = MEMBERS_OF[name]
        members[member] = dump(content)
        counts[name] = count
    return members, counts


def _inventory(db: Database, reference: Reference) -> tuple[dict[str, Any], int]:
    devices = []
    for row in db.raw_reader().execute(f"{DEVICE_SELECT} ORDER BY d.asset_tag"):
        view = view_of_row(row)
        devices.append({"id": view.id, **{k: view.record.get(k) for k in DEVICE_KEYS[1:]}})
    return {"format": "mdir-desk/bundle-inventory/1", "devices": devices}, len(devices)


def _contacts(db: Database, reference: Reference) -> tuple[dict[str, Any], int]:
    from app.services.bundles.records import contact_records

    contacts = contact_records(db.raw_reader())
    return {"format": "mdir-desk/bundle-contacts/1", "contacts": contacts}, len(contacts)


def _escalation(db: Database, reference: Reference) -> tuple[dict[str, Any], int]:
    tiers = [
        {"unit": unit, "tier": tier, "wait_minutes": wait, "triggers": json.loads(triggers)}
        for unit, tier, wait, triggers in db.raw_reader().execute(
            "SELECT unit, tier, wait_minutes, triggers FROM escalation_tier ORDER BY unit, tier"
        )
    ]
    return {"format": "mdir-desk/bundle-escalation/1", "tiers": tiers}, len(tiers)


def _tree(db: Database, reference: Reference) -> tuple[dict[str, Any], int]:
    tree = reference.tree
    return {"format": "mdir-desk/bundle-tree/1", "version": tree.version, "sha256": tree.sha256}, 1


def _users(db: Database, reference: Reference) -> tuple[dict[str, Any], int]:
    from app.services.bundles.records import public_accounts

    content = public_accounts(db.raw_reader(), None)
    return {"format": "mdir-desk/bundle-users/1", **content}, len(content["accounts"])


GATHER = {
    "inventory": _inventory,
    "contacts": _contacts,
    "escalation": _escalation,
    "tree": _tree,
    "users-public": _users,
}
