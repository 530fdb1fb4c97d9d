"""Every check a bundle passes before any of its data is read, in this order:

the file and its zip structure (``container``); the manifest's shape; the manifest's signature by
the key it names; each member's size and SHA-256 against the signed manifest; the signature over
the whole archive; then whether it comes from this same installation (a harmless no-op), whether
this installation trusts the key (revoked or unknown: refused, exit 4), and whether its kind and
schema are ones this program imports.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from app.database.db import SCHEMA_HEAD, Database
from app.errors import Message
from app.security import signing_keys
from app.services.bundles.container import MANIFEST, SIGNATURE, RawBundle, file_message, read_bundle
from app.services.bundles.errors import BundleRefused, UntrustedPublisher
from app.services.bundles.manifest import (
    Manifest,
    check_kind_and_schema,
    parse_manifest,
    signed_message,
)
from app.services.bundles.trust import REVOKED, trust_state
from app.services.store import installation_id


@dataclass(frozen=True)
class VerifiedBundle:
    raw: RawBundle
    manifest: Manifest
    same_installation: bool
    trusted_as: str  # the label this installation gave the key ("" for its own bundles)


def verify_bundle(db: Database, path: Path) -> VerifiedBundle:
    """Check ``path`` completely; BundleRefused / UntrustedPublisher say why not. A refusal after
    the file was read carries its SHA-256 in ``file_sha256`` (for the ``bundle.refused`` event)."""
    raw = read_bundle(Path(path))
    try:
        return _verify(db, raw)
    except (BundleRefused, UntrustedPublisher) as exc:
        exc.file_sha256 = raw.sha256  # type: ignore[attr-defined]
        raise


def _verify(db: Database, raw: RawBundle) -> VerifiedBundle:
    name = raw.name
    manifest = parse_manifest(raw.members[MANIFEST])
    key = manifest.publisher.public_key
    signature = raw.members[SIGNATURE].decode("ascii", "replace").strip()
    if not signing_keys.verify(key, signed_message(raw.members[MANIFEST]), signature):
        raise BundleRefused(Message("bundles.verify.tampered_manifest_does_not", name=name))
    for member, data in raw.members.items():
        if member in (MANIFEST, SIGNATURE):
            continue
        if member not in manifest.members:
            raise BundleRefused(
                Message("bundles.verify.tampered_member_not_manifest", name=name, member=member)
            )
        digest, size = manifest.members[member]
        if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
            raise BundleRefused(
                Message("bundles.verify.tampered_member_does_not", name=name, member=member)
            )
    missing = sorted(set(manifest.members) - set(raw.members))
    if missing:
        raise BundleRefused(
            Message("bundles.verify.tampered_member_missing", name=name, missing=missing[0][:40])
        )
    if raw.file_signature is None or not signing_keys.verify(
        key, file_message(raw.body), raw.file_signature
    ):
        raise BundleRefused(Message("bundles.verify.tampered_file_changed_after", name=name))
    if manifest.source_installation == installation_id(db):
        return VerifiedBundle(raw, manifest, True, "")
    label = _trusted(db, manifest)
    check_kind_and_schema(manifest, SCHEMA_HEAD)
    return VerifiedBundle(raw, manifest, False, label)


def _trusted(db: Database, manifest: Manifest) -> str:
    fingerprint = manifest.publisher.fingerprint
    who = f"{manifest.publisher.username} ({manifest.publisher.full_name})"
    with db.read() as session:
        row = trust_state(session, fingerprint)
    if row is not None and row.action == REVOKED:
        raise UntrustedPublisher(
            Message(
                "bundles.verify.bundle_signed_key_revoked",
                who=who,
                fingerprint=fingerprint[:16],
                revoked_at=row.at,
            )
        )
    if row is None:
        raise UntrustedPublisher(
            Message(
                "bundles.verify.bundle_signed_key_installation",
                who=who,
                fingerprint=fingerprint[:16],
            )
        )
    return row.label
