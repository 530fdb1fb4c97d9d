"""Plain records read from the database for bundles, and the checks every incoming record gets.

A bundle's members are trusted only after their signature is checked, and even then every value
is checked again here: a trusted publisher may run an older or newer program.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from app.errors import Message
from app.services.bundles.checks import flag, only_keys, text
from app.services.bundles.errors import BundleRefused
from app.services.contacts import DETAILS

PUBLIC_ACCOUNT = ("id", "username", "full_name", "roles", "active", "created_at")
PUBLIC_KEY = ("id", "user_id", "public_key", "fingerprint", "created_at")


def contact_records(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every contact with its contact methods and escalation places, by id."""
    methods: dict[str, dict[str, str]] = {}
    for contact_id, kind, value in conn.execute(
        "SELECT contact_id, kind, value FROM contact_method ORDER BY contact_id, kind"
    ):
        methods.setdefault(contact_id, {})[kind] = value
    places: dict[str, list[list[Any]]] = {}
    for contact_id, unit, tier, classes in conn.execute(
        "SELECT contact_id, unit, tier, classes FROM escalation_entry "
        "ORDER BY contact_id, unit, tier, classes"
    ):
        places.setdefault(contact_id, []).append([unit, tier, classes])
    columns = ("id", "name", "role", "organization", *DETAILS)
    rows = conn.execute(f"SELECT {', '.join(columns)} FROM contact ORDER BY id").fetchall()
    return [
        {
            **dict(zip(columns, row, strict=True)),
            "methods": methods.get(row[0], {}),
            "places": places.get(row[0], []),
        }
        for row in rows
    ]


def public_accounts(conn: sqlite3.Connection, user_ids: set[str] | None) -> dict[str, Any]:
    """Accounts (public fields only: never a password hash) and their public keys."""
    accounts = []
    for row in conn.execute(f"SELECT {', '.join(PUBLIC_ACCOUNT)} FROM user_account ORDER BY id"):
        record = dict(zip(PUBLIC_ACCOUNT, row, strict=True))
        if user_ids is None or record["id"] in user_ids:
            record["roles"] = json.loads(record["roles"])
            record["active"] = bool(record["active"])
            accounts.append(record)
    wanted = {a["id"] for a in accounts}
    keys = [
        dict(zip(PUBLIC_KEY, row, strict=True))
        for row in conn.execute(f"SELECT {', '.join(PUBLIC_KEY)} FROM user_key ORDER BY id")
        if row[1] in wanted
    ]
    return {"accounts": accounts, "keys": keys}


def account_record(raw: dict[str, Any], where: str) -> dict[str, Any]:
    only_keys(raw, PUBLIC_ACCOUNT, where)
    roles = raw.get("roles")
    if not isinstance(roles, list) or not roles or len(roles) > 20:
        raise BundleRefused(Message("bundles.records.roles_not_list_roles", where=where))
    return {
        "id": text(raw.get("id"), f"{where}: id", 36),
        "username": text(raw.get("username"), f"{where}: username", 64),
        "full_name": text(raw.get("full_name"), f"{where}: full_name", 200),
        "roles": [text(r, f"{where}: a role", 64) for r in roles],
        "active": flag(raw.get("active"), f"{where}: active"),
        "created_at": text(raw.get("created_at"), f"{where}: created_at", 64),
    }


def key_record(raw: dict[str, Any], where: str) -> dict[str, Any]:
    import base64
    import binascii
    import hashlib

    only_keys(raw, PUBLIC_KEY, where)
    record = {name: text(raw.get(name), f"{where}: {name}", 100) for name in PUBLIC_KEY}
    try:
        public = base64.b64decode(record["public_key"], validate=True)
    except (binascii.Error, ValueError):
        public = b""
    if len(public) != 32 or hashlib.sha256(public).hexdigest() != record["fingerprint"]:
        raise BundleRefused(Message("bundles.records.public_key_does_not", where=where))
    return record
