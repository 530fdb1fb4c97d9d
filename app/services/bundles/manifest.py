"""The manifest: what a bundle holds and who made it, as exact signed bytes.

The manifest's own bytes are signed (``manifest.sig``); nothing in it is believed before that
signature, the members' SHA-256 and the archive signature are checked (see ``verify``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from app.errors import Listing, Message
from app.services.bundles.errors import BundleRefused

FORMAT = "mdir-desk/bundle/1"
SIGNED_CONTEXT = b"mdir-desk/bundle-manifest/1\n"
DATA, DECISIONS = "data", "decisions"
INCLUDES = {
    DATA: ("inventory", "contacts", "escalation", "tree", "users-public"),
    DECISIONS: ("decisions",),
}
DEFAULT_INCLUDE = ("inventory", "contacts", "escalation")
MEMBERS_OF = {
    "inventory": ("inventory.json",),
    "contacts": ("contacts.json",),
    "escalation": ("escalation.json",),
    "tree": ("tree.json",),
    "users-public": ("users-public.json",),
    "decisions": ("decisions.json", "trail.json"),
}
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_SCHEMA = re.compile(r"^[0-9]{4}$")


@dataclass(frozen=True)
class Publisher:
    username: str
    full_name: str
    user_id: str
    key_id: str
    public_key: bytes
    fingerprint: str


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    kind: str
    includes: tuple[str, ...]
    schema: str
    app_version: str
    created_at: str
    source_installation: str
    publisher: Publisher
    members: dict[str, tuple[str, int]]  # name -> (sha256, bytes)


def kind_of(includes: tuple[str, ...]) -> str:
    """The kind of bundle these includes make, or BundleRefused when they do not go together."""
    if not includes:
        raise BundleRefused(Message("bundles.manifest.include_names_nothing_export"))
    for kind, allowed in INCLUDES.items():
        if all(name in allowed for name in includes):
            return kind
    unknown = [n for n in includes if not any(n in a for a in INCLUDES.values())]
    if unknown:
        known = ", ".join(n for a in INCLUDES.values() for n in a)
        raise BundleRefused(
            Message("bundles.manifest.unknown_include_choose", unknown=unknown[0], known=known)
        )
    raise BundleRefused(Message("bundles.manifest.decisions_travel_bundle_their"))


def parse_includes(text: str | None) -> tuple[str, ...]:
    if text is None:
        return DEFAULT_INCLUDE
    names = tuple(dict.fromkeys(p.strip().lower() for p in text.split(",") if p.strip()))
    kind_of(names)
    return names


def manifest_bytes(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def signed_message(manifest: bytes) -> bytes:
    return SIGNED_CONTEXT + manifest


def strict_json(data: bytes, what: str) -> Any:
    """JSON that is exactly JSON: UTF-8, no duplicate keys, no NaN or Infinity."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, value in items:
            if key in found:
                raise ValueError(f"duplicate key '{key[:40]}'")
            found[key] = value
        return found

    def constant(name: str) -> Any:
        raise ValueError(f"{name} is not a number JSON allows")

    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=pairs, parse_constant=constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleRefused(
            Message("bundles.manifest.malformed", what=what, detail=str(exc)[:120])
        ) from None


def parse_manifest(data: bytes) -> Manifest:
    """The manifest's fields, checked for shape only (signature, kind and schema come after)."""
    raw = strict_json(data, "the manifest")
    try:
        return _parse(raw)
    except (KeyError, TypeError, ValueError, AttributeError, binascii.Error) as exc:
        raise BundleRefused(
            Message("bundles.manifest.manifest_malformed", detail=str(exc)[:120])
        ) from None


def _text(value: Any, what: str, limit: int = 200) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(f"{what} is not a text of at most {limit} characters")
    return value


def _parse(raw: Any) -> Manifest:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ValueError(f"not a manifest of format {FORMAT}")
    key = raw["publisher_key"]
    public = base64.b64decode(_text(key["public_key"], "public_key", 64), validate=True)
    if len(public) != 32 or hashlib.sha256(public).hexdigest() != key["fingerprint"]:
        raise ValueError("the publisher key and its fingerprint do not match")
    by = raw["created_by"]
    members: dict[str, tuple[str, int]] = {}
    for name, entry in dict(raw["members"]).items():
        digest, size = entry["sha256"], entry["bytes"]
        if not isinstance(digest, str) or not _HEX64.match(digest):
            raise ValueError(f"member {name[:40]} has no SHA-256")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise ValueError(f"member {name[:40]} has no size")
        members[_text(name, "a member name", 64)] = (digest, size)
    includes = raw["includes"]
    if not isinstance(includes, list) or not all(isinstance(n, str) for n in includes):
        raise ValueError("includes is not a list of names")
    return Manifest(
        bundle_id=_text(raw["id"], "id", 64),
        kind=_text(raw["kind"], "kind", 40),
        includes=tuple(includes),
        schema=_text(raw["schema"], "schema", 16),
        app_version=_text(raw["app_version"], "app_version", 40),
        created_at=_text(raw["created_at"], "created_at", 64),
        source_installation=_text(raw["source_installation"], "source_installation", 64),
        publisher=Publisher(
            username=_text(by["username"], "created_by.username", 64),
            full_name=_text(by["full_name"], "created_by.full_name"),
            user_id=_text(by["user_id"], "created_by.user_id", 64),
            key_id=_text(key["key_id"], "publisher_key.key_id", 64),
            public_key=public,
            fingerprint=key["fingerprint"],
        ),
        members=members,
    )


def check_kind_and_schema(manifest: Manifest, schema_head: str) -> None:
    """Refuse a kind this program does not import, includes that do not fit it, or a schema
    newer than this program's."""
    if manifest.kind not in INCLUDES:
        raise BundleRefused(
            Message(
                "bundles.manifest.wrong_kind_bundle_program",
                kind=manifest.kind[:40],
                includes=Listing(INCLUDES),
            )
        )
    allowed = INCLUDES[manifest.kind]
    if not manifest.includes or any(n not in allowed for n in manifest.includes):
        raise BundleRefused(
            Message(
                "bundles.manifest.wrong_kind_bundle_holds",
                kind=manifest.kind,
                allowed=Listing(allowed),
                given=Listing(n[:40] for n in manifest.includes)
                if manifest.includes
                else Message("bundles.manifest.nothing"),
            )
        )
    if len(set(manifest.includes)) != len(manifest.includes):
        raise BundleRefused(Message("bundles.manifest.manifest_malformed_include_named"))
    expected = {m for n in manifest.includes for m in MEMBERS_OF[n]}
    if set(manifest.members) != expected:
        raise BundleRefused(Message("bundles.manifest.manifest_malformed_members_do"))
    if not _SCHEMA.match(manifest.schema):
        raise BundleRefused(
            Message("bundles.manifest.manifest_malformed_schema", schema=manifest.schema[:20])
        )
    if int(manifest.schema) > int(schema_head):
        raise BundleRefused(
            Message(
                "bundles.manifest.bundle_made_newer_mdir",
                schema=manifest.schema,
                schema_head=schema_head,
            )
        )
