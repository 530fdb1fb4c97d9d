"""Devices from a bundle: checked, matched (by id, then by asset tag), compared, applied.

A bundle is the publisher's record of each device it holds: a field it leaves empty is cleared
here too (as the device editor saves), except the default class and its approval, which only
pre-classification sets. Devices that are not in the bundle are kept. A new device keeps the id it
has at the publisher, so decisions recorded about it elsewhere name the same device.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, update
from sqlmodel import Session

from app.database.events import append_event
from app.database.tables import Device
from app.domain.device_fields import (
    BY_NAME,
    FIELD_NAMES,
    FieldProblem,
    Kind,
    field_name,
    parse_value,
)
from app.errors import Message
from app.services.bundles.changes import Change, KindChanges, diff
from app.services.bundles.checks import items, only_keys, text
from app.services.bundles.errors import BundleRefused
from app.services.clock import workstation_id
from app.services.devices import DEVICE_SELECT, view_of_row
from app.services.inventory import EDITOR_KEEPS, NORMALISED_FIELDS, upsert_records
from app.services.reference import Reference

MEMBER = "inventory.json"
FORMAT = "mdir-desk/bundle-inventory/1"
KEYS = ("id", *FIELD_NAMES, "category_text")
COMPARED = (*FIELD_NAMES, "category_text")


@dataclass
class DevicesPlan:
    changes: KindChanges
    records: list[dict[str, Any]] = field(default_factory=list)  # added and changed, clean
    new_ids: dict[str, str] = field(default_factory=dict)  # asset tag -> publisher's id
    renames: list[tuple[str, str]] = field(default_factory=list)  # (device id, new tag)
    expected: dict[str, dict[str, Any]] = field(default_factory=dict)  # tag -> record after


def plan_devices(session: Session, reference: Reference, content: Any) -> DevicesPlan:
    raw = items(content, MEMBER, "devices", FORMAT)
    codes = {c.code for c in reference.categories.categories}
    conn = session.connection()
    here = [view_of_row(tuple(r)) for r in conn.exec_driver_sql(DEVICE_SELECT).all()]
    by_id = {v.id: v for v in here}
    by_tag = {v.asset_tag.casefold(): v for v in here}
    plan = DevicesPlan(KindChanges("inventory"))
    seen_ids: set[str] = set()
    seen_tags: set[str] = set()
    for number, entry in enumerate(raw, start=1):
        record = clean_device(entry, codes, f"{MEMBER}: device {number}")
        tag = record["asset_tag"]
        if record["id"] in seen_ids or tag.casefold() in seen_tags:
            raise BundleRefused(
                Message("bundles.devices_plan.device_bundle_twice", member=MEMBER, tag=tag)
            )
        seen_ids.add(record["id"])
        seen_tags.add(tag.casefold())
        _match(plan, record, by_id.get(record["id"]), by_tag.get(tag.casefold()))
    return plan


def _match(plan: DevicesPlan, record: dict[str, Any], same_id: Any, same_tag: Any) -> None:
    tag = record["asset_tag"]
    if same_id is not None and same_tag is not None and same_id.id != same_tag.id:
        raise BundleRefused(
            Message(
                "bundles.devices_plan.device_here_another_device",
                member=MEMBER,
                tag=tag,
                asset_tag=same_id.asset_tag,
            )
        )
    found = same_id or same_tag
    clean = {k: v for k, v in record.items() if k != "id"}
    if found is None:
        plan.changes.added += 1
        plan.changes.items.append(Change(tag, "added", diff({}, _shown(clean))))
        plan.records.append(clean)
        plan.new_ids[tag] = record["id"]
        plan.expected[tag] = clean
        return
    before = {k: found.record.get(k) for k in COMPARED}
    after = {k: (before[k] if v is None and k in EDITOR_KEEPS else v) for k, v in clean.items()}
    if after.get("category") is not None:
        after["category_text"] = None
    fields = diff(before, after)
    if not fields:
        plan.changes.unchanged += 1
        return
    if found.asset_tag != tag:
        plan.renames.append((found.id, tag))
    plan.changes.changed += 1
    plan.changes.items.append(Change(tag, "changed", fields))
    plan.records.append(clean)
    plan.expected[tag] = after


def _shown(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v is not None}


def clean_device(entry: dict[str, Any], codes: set[str], where: str) -> dict[str, Any]:
    only_keys(entry, KEYS, where)
    record: dict[str, Any] = {"id": text(entry.get("id"), f"{where}: id", 36)}
    for name in FIELD_NAMES:
        record[name] = _value(name, entry.get(name), codes, where)
    if not record["asset_tag"]:
        raise BundleRefused(Message("bundles.devices_plan.asset_tag_missing", where=where))
    record["category_text"] = text(
        entry.get("category_text"), f"{where}: category_text", 200, optional=True
    )
    if record["category"] is not None:
        record["category_text"] = None  # as the inventory stores it
    for name in NORMALISED_FIELDS:
        if isinstance(record.get(name), str):
            record[name] = unicodedata.normalize("NFKC", record[name])
    return record


def _value(name: str, value: Any, codes: set[str], where: str) -> Any:
    if value is None:
        return None
    spec = BY_NAME[name]
    problem = Message("bundles.devices_plan.not_valid_value", where=where, name=name)
    if spec.kind is Kind.CATEGORY:
        if not isinstance(value, str) or value not in codes:
            raise BundleRefused(
                Message("bundles.devices_plan.unknown_category", where=where, value=str(value)[:40])
            )
        return value
    if spec.kind is Kind.BOOL:
        if not isinstance(value, bool):
            raise BundleRefused(problem)
        return value
    if spec.kind is Kind.INT:
        if not isinstance(value, int) or isinstance(value, bool):
            raise BundleRefused(problem)
        value = str(value)
    elif not isinstance(value, str):
        raise BundleRefused(problem)
    try:
        return parse_value(spec, text(value, f"{where}: {name}", 4000))
    except FieldProblem as exc:
        raise BundleRefused(
            Message(
                "bundles.devices_plan.message",
                where=where,
                name=field_name(name),
                problem=exc.message,
            )
        ) from None


def apply_devices(
    session: Session, reference: Reference, plan: DevicesPlan, *, now: str, actor: str, bundle: str
) -> None:
    """Write the planned devices with the inventory service; ``device.saved`` (before and after)
    for each changed device and one ``inventory.imported`` for the bundle's devices."""
    if not plan.records:
        return
    conn = session.connection()
    table = Device.__table__
    for device_id, tag in plan.renames:
        clash = conn.execute(
            table.select().where(table.c.asset_tag == tag, table.c.id != device_id)
        ).first()
        if clash is not None:
            raise BundleRefused(
                Message("bundles.devices_plan.asset_tag_already_another", member=MEMBER, tag=tag)
            )
        conn.execute(update(table).where(table.c.id == device_id).values(asset_tag=tag))
    counts = upsert_records(session, reference, plan.records, now=now, blank_clears=True)
    if plan.new_ids:
        conn.execute(
            update(table).where(table.c.asset_tag == bindparam("tag")).values(id=bindparam("new")),
            [{"tag": tag, "new": device_id} for tag, device_id in plan.new_ids.items()],
        )
    ids = _check_written(session, plan)
    for change in plan.changes.items:
        if change.action == "changed":
            append_event(
                session,
                at=now,
                kind="device.saved",
                entity="device",
                entity_id=ids[change.key],
                actor=actor,
                workstation=workstation_id(),
                payload={
                    "asset_tag": change.key,
                    "created": False,
                    "before": {k: b for k, (b, _) in sorted(change.fields.items())},
                    "after": {k: a for k, (_, a) in sorted(change.fields.items())},
                    "bundle": bundle,
                },
            )
    append_event(
        session,
        at=now,
        kind="inventory.imported",
        entity="device",
        entity_id="*",
        actor=actor,
        workstation=workstation_id(),
        payload={"file": bundle, "imported": counts.inserted, "updated": counts.updated},
    )


def _check_written(session: Session, plan: DevicesPlan) -> dict[str, str]:
    """What was written is exactly what the dry run showed (else a bug: nothing is kept).
    Returns the id of every device written, by asset tag."""
    stored = {
        view.asset_tag: view
        for view in (
            view_of_row(tuple(r)) for r in session.connection().exec_driver_sql(DEVICE_SELECT)
        )
        if view.asset_tag in plan.expected
    }
    for tag, expected in plan.expected.items():
        record = stored[tag].record if tag in stored else {}
        wrong = [k for k in COMPARED if record.get(k) != expected.get(k)]
        if wrong:
            raise RuntimeError(f"device {tag}: {wrong[0]} was not written as planned")
    return {tag: view.id for tag, view in stored.items()}
