"""Accounts and public keys that come in a bundle as public data.

An imported account is a record of a person who signs elsewhere, kept so that their signatures can
be checked here. It is created inactive, with no usable password hash ("!" matches no password)
and no private key on this computer, so it can never sign in or sign here; its user name is the
one it has there plus "@" and the first 8 characters of that installation's id (e.g.
``lee@3f2a1b9c``), which no local account can have (local names allow no "@"). The signature rows
keep the signer's own name as signed. Insert only: an account or key already here is left as it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session

from app.database.events import append_event
from app.database.tables import ImportedAccount, UserAccount, UserKey
from app.errors import Message
from app.services.bundles.changes import KindChanges
from app.services.bundles.errors import BundleRefused
from app.services.bundles.records import account_record, key_record
from app.services.clock import workstation_id

NO_PASSWORD = "!"  # not an argon2 hash: no password ever matches it


@dataclass
class AccountsPlan:
    new_accounts: list[dict[str, Any]] = field(default_factory=list)
    new_keys: list[dict[str, Any]] = field(default_factory=list)
    present_accounts: int = 0
    present_keys: int = 0

    def changes(self, kind: str) -> list[KindChanges]:
        """What the plan adds: accounts (as ``kind``) and their public keys."""
        return [
            KindChanges(kind, added=len(self.new_accounts), unchanged=self.present_accounts),
            KindChanges("keys", added=len(self.new_keys), unchanged=self.present_keys),
        ]


def local_name(username: str, source: str) -> str:
    return f"{username}@{source[:8]}"


def plan_accounts(
    session: Session, raw_accounts: list[Any], raw_keys: list[Any], source: str, member: str
) -> AccountsPlan:
    conn = session.connection()
    users = dict(conn.exec_driver_sql("SELECT id, username FROM user_account").all())
    taken = set(users.values())
    keys = {
        row[0]: tuple(row[1:])
        for row in conn.exec_driver_sql("SELECT id, user_id, public_key FROM user_key").all()
    }
    plan = AccountsPlan()
    coming: set[str] = set()
    for number, raw in enumerate(raw_accounts, start=1):
        record = account_record(raw, f"{member}: account {number}")
        if record["id"] in users or record["id"] in coming:
            plan.present_accounts += 1
            continue
        name = local_name(record["username"], source)
        if name in taken:
            raise BundleRefused(
                Message("bundles.accounts_public.account_name_taken_here", member=member, name=name)
            )
        taken.add(name)
        coming.add(record["id"])
        plan.new_accounts.append({**record, "local_username": name})
    for number, raw in enumerate(raw_keys, start=1):
        record = key_record(raw, f"{member}: key {number}")
        known = keys.get(record["id"])
        if known is not None:
            if known != (record["user_id"], record["public_key"]):
                raise BundleRefused(
                    Message(
                        "bundles.accounts_public.key_already_here_other",
                        member=member,
                        id=record["id"],
                    )
                )
            plan.present_keys += 1
        elif record["user_id"] not in users and record["user_id"] not in coming:
            raise BundleRefused(
                Message(
                    "bundles.accounts_public.key_belongs_no_account", member=member, id=record["id"]
                )
            )
        else:
            keys[record["id"]] = (record["user_id"], record["public_key"])
            plan.new_keys.append(record)
    return plan


def apply_accounts(
    session: Session,
    plan: AccountsPlan,
    *,
    source: str,
    bundle_sha256: str,
    now: str,
    actor: str | None,
) -> None:
    """Insert the planned accounts and keys; with an ``actor``, each gets its own event
    (``user.imported``, ``user.key_imported``), as data bundles do. A decisions bundle brings the
    keys' own events in its trail instead."""
    conn = session.connection()
    for record in plan.new_accounts:
        conn.execute(
            insert(UserAccount.__table__).values(
                id=record["id"],
                username=record["local_username"],
                full_name=record["full_name"],
                roles=json.dumps(record["roles"]),
                active=False,
                password_hash=NO_PASSWORD,
                must_change_password=False,
                password_changed_at=now,
                failed_attempts=0,
                created_at=now,
                created_by=f"bundle from {source[:8]}",
                deactivated_at=now,
                deactivated_by="imported as public data (never signs in here)",
            )
        )
        conn.execute(
            insert(ImportedAccount.__table__).values(
                user_id=record["id"],
                source_installation=source,
                source_username=record["username"],
                imported_at=now,
                bundle_sha256=bundle_sha256,
            )
        )
        if actor is not None:
            _event(session, now, actor, "user.imported", "user_account", record["id"],
                   {"username": record["local_username"], "source_username": record["username"],
                    "source_installation": source, "active": False})  # fmt: skip
    for record in plan.new_keys:
        conn.execute(insert(UserKey.__table__).values(**record))
        if actor is not None:
            _event(session, now, actor, "user.key_imported", "user_key", record["id"],
                   {"user_id": record["user_id"], "fingerprint": record["fingerprint"],
                    "source_installation": source})  # fmt: skip


def _event(
    session: Session,
    now: str,
    actor: str,
    kind: str,
    entity: str,
    entity_id: str,
    payload: dict[str, Any],
) -> None:
    append_event(
        session,
        at=now,
        kind=kind,
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        workstation=workstation_id(),
        payload=payload,
    )
