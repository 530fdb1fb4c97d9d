"""Importing a bundle: verify it completely, show what would change, apply it in one transaction.

A dry run only reads (the database file stays byte for byte as it was). Applying plans and writes
inside one ``BEGIN IMMEDIATE`` transaction: all of it or nothing, then one ``bundle.imported``
event naming the source and the counts. A refusal after the file was read is logged as
``bundle.refused`` (not in a dry run). A bundle that changes nothing writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session

from app.database.db import Database
from app.database.events import append_event
from app.errors import Message
from app.services.bundles import devices_plan, laptop
from app.services.bundles.accounts_public import apply_accounts, plan_accounts
from app.services.bundles.changes import KindChanges
from app.services.bundles.checks import items
from app.services.bundles.contacts_plan import (
    apply_contacts,
    apply_tiers,
    plan_contacts,
    plan_tiers,
)
from app.services.bundles.errors import BundleRefused, UntrustedPublisher
from app.services.bundles.manifest import DECISIONS, strict_json
from app.services.bundles.verify import VerifiedBundle, verify_bundle
from app.services.clock import utc_now_iso, workstation_id
from app.services.output_log import os_account
from app.services.reference import Reference


@dataclass
class ImportReport:
    file: str
    sha256: str
    kind: str
    includes: tuple[str, ...]
    source_installation: str
    publisher: str
    fingerprint: str
    created_at: str
    trusted_as: str
    dry_run: bool
    same_installation: bool = False
    applied: bool = False
    changes: list[KindChanges] = field(default_factory=list)

    @property
    def touched(self) -> int:
        return sum(c.touched for c in self.changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sha256": self.sha256,
            "kind": self.kind,
            "includes": list(self.includes),
            "source_installation": self.source_installation,
            "publisher": self.publisher,
            "fingerprint": self.fingerprint,
            "created_at": self.created_at,
            "trusted_as": self.trusted_as,
            "dry_run": self.dry_run,
            "same_installation": self.same_installation,
            "applied": self.applied,
            "changes": {c.kind: c.to_json() for c in self.changes},
        }


def import_bundle(
    db: Database, reference: Reference, path: Path, *, dry_run: bool = False, by: str | None = None
) -> ImportReport:
    actor = " ".join((by or "").split()) or os_account()
    read: str | None = None  # the file's SHA-256 once it was read
    try:
        bundle = verify_bundle(db, Path(path))
        read = bundle.raw.sha256
        report = _report(bundle, dry_run)
        if bundle.same_installation:
            return report
        members = {
            name: strict_json(data, name)
            for name, data in bundle.raw.members.items()
            if name in bundle.manifest.members
        }
        if dry_run:
            with db.read() as session:
                report.changes = _plan(session, reference, bundle, members)[0]
            return report
        with db.write() as session:
            report.changes, apply = _plan(session, reference, bundle, members)
            if report.touched:
                now = utc_now_iso()
                segment = apply(session, now, actor)
                _imported_event(session, report, now, actor, segment)
                report.applied = True
        return report
    except (BundleRefused, UntrustedPublisher) as exc:
        digest = getattr(exc, "file_sha256", None) or read
        if not dry_run and digest:
            _refused_event(db, Path(path).name, digest, exc.message, actor)
        raise


def _report(bundle: VerifiedBundle, dry_run: bool) -> ImportReport:
    m = bundle.manifest
    return ImportReport(
        file=bundle.raw.name,
        sha256=bundle.raw.sha256,
        kind=m.kind,
        includes=m.includes,
        source_installation=m.source_installation,
        publisher=f"{m.publisher.username} ({m.publisher.full_name})",
        fingerprint=m.publisher.fingerprint,
        created_at=m.created_at,
        trusted_as=bundle.trusted_as,
        dry_run=dry_run,
        same_installation=bundle.same_installation,
    )


def _plan(
    session: Session, reference: Reference, bundle: VerifiedBundle, members: dict[str, Any]
) -> tuple[list[KindChanges], Any]:
    """What would change, and a function that applies it (returns the segment anchor or None)."""
    source, sha = bundle.manifest.source_installation, bundle.raw.sha256
    if bundle.manifest.kind == DECISIONS:
        plan = laptop.plan_decisions(
            session, source, members["decisions.json"], members["trail.json"]
        )

        def apply_decisions(session: Session, now: str, actor: str) -> dict[str, Any] | None:
            laptop.apply_decisions(session, plan, now=now, bundle_sha256=sha)
            return _segment_head(session, source)

        return plan.changes, apply_decisions
    steps: list[Any] = []
    changes: list[KindChanges] = []
    for name in bundle.manifest.includes:
        content = members.get(f"{name}.json")
        if name == "inventory":
            devices = devices_plan.plan_devices(session, reference, content)
            changes.append(devices.changes)
            steps.append(lambda s, now, actor, p=devices: devices_plan.apply_devices(
                s, reference, p, now=now, actor=actor, bundle=bundle.raw.name))  # fmt: skip
        elif name == "contacts":
            contacts = plan_contacts(session, reference, content)
            changes.append(contacts.changes)
            steps.append(lambda s, now, actor, p=contacts: apply_contacts(
                s, p, now=now, actor=actor, bundle=bundle.raw.name))  # fmt: skip
        elif name == "escalation":
            tiers = plan_tiers(session, content)
            changes.append(tiers.changes)
            steps.append(lambda s, now, actor, p=tiers: apply_tiers(
                s, p, now=now, actor=actor, bundle=bundle.raw.name))  # fmt: skip
        elif name == "tree":
            changes.append(_tree(reference, content))
        else:
            fmt = "mdir-desk/bundle-users/1"
            users = plan_accounts(session, items(content, "users-public.json", "accounts", fmt),
                                  items(content, "users-public.json", "keys", fmt), source,
                                  "users-public.json")  # fmt: skip
            changes.extend(users.changes("users-public"))
            steps.insert(0, lambda s, now, actor, p=users: apply_accounts(
                s, p, source=source, bundle_sha256=sha, now=now, actor=actor))  # fmt: skip

    def apply_data(session: Session, now: str, actor: str) -> None:
        for step in steps:
            step(session, now, actor)

    return changes, apply_data


def _tree(reference: Reference, content: Any) -> KindChanges:
    if not isinstance(content, dict) or content.get("format") != "mdir-desk/bundle-tree/1":
        raise BundleRefused(Message("bundles.importer.tree_json_malformed_not"))
    here = (reference.tree.version, reference.tree.sha256)
    there = (str(content.get("version"))[:40], str(content.get("sha256"))[:64])
    if here == there:
        return KindChanges("tree", unchanged=1, note=f"same question tree (version {here[0]})")
    return KindChanges(
        "tree",
        note=(
            f"DIFFERENT question tree: the publisher has version {there[0]} "
            f"({there[1][:12]}), this program {here[0]} ({here[1][:12]}); the tree ships with "
            "the program, so update MDIR Desk where it is older"
        ),
    )


def _segment_head(session: Session, source: str) -> dict[str, Any] | None:
    row = (
        session.connection()
        .exec_driver_sql(
            "SELECT seq, hash FROM imported_event WHERE source_installation = ? "
            "ORDER BY seq DESC LIMIT 1",
            (source,),
        )
        .first()
    )
    return {"source": source, "seq": row[0], "hash": row[1]} if row else None


def _imported_event(
    session: Session, report: ImportReport, now: str, actor: str, segment: dict[str, Any] | None
) -> None:
    payload: dict[str, Any] = {
        "file": report.file,
        "sha256": report.sha256,
        "bundle_kind": report.kind,
        "includes": list(report.includes),
        "source_installation": report.source_installation,
        "publisher": report.publisher,
        "fingerprint": report.fingerprint,
        "created_at": report.created_at,
        "counts": {
            c.kind: {"added": c.added, "changed": c.changed, "unchanged": c.unchanged}
            for c in report.changes
        },
    }
    if segment is not None:
        payload["segment"] = segment
    append_event(
        session,
        at=now,
        kind="bundle.imported",
        entity="bundle",
        entity_id=report.sha256,
        actor=actor,
        workstation=workstation_id(),
        payload=payload,
    )


def _refused_event(db: Database, file: str, digest: str, reason: str, actor: str) -> None:
    try:
        with db.write() as session:
            append_event(
                session,
                at=utc_now_iso(),
                kind="bundle.refused",
                entity="bundle",
                entity_id=digest,
                actor=actor,
                workstation=workstation_id(),
                payload={"file": file, "sha256": digest, "reason": reason},
            )
    except Exception:  # the refusal stands even when it cannot be logged
        import logging

        logging.getLogger(__name__).warning("could not log the refused bundle %s", file)
