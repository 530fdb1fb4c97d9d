"""Contacts and escalation settings from a bundle: checked, compared, applied.

Contacts are matched by id, then by name and organisation (as the contacts import does). A
contact in the bundle is the publisher's record: its fields, contact methods and escalation places
replace those here. Contacts and tier settings not in the bundle are kept. Each change is logged as
the editor logs it (``contact.saved``, ``escalation.tier_set``) with the values before and after.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert
from sqlmodel import Session

from app.database.events import append_event
from app.database.tables import Contact, ContactMethod, EscalationEntry, EscalationTier
from app.domain.escalation import check_trigger
from app.errors import Message
from app.services.bundles.changes import Change, KindChanges, diff
from app.services.bundles.checks import integer, items, only_keys, text
from app.services.bundles.errors import BundleRefused
from app.services.clock import workstation_id
from app.services.contacts import DETAILS, _classes, _contact_fields, _row_from_cells
from app.services.reference import Reference

KEYS = ("id", "name", "role", "organization", *DETAILS, "methods", "places")
METHODS = ("mobile", "pager", "radio", "desk", "email")


@dataclass
class ContactsPlan:
    changes: KindChanges
    writes: list[tuple[str, dict[str, Any], list[tuple[str, int, str]]]] = field(
        default_factory=list
    )  # (contact id, fields with methods, places)


def plan_contacts(session: Session, reference: Reference, content: Any) -> ContactsPlan:
    raw = items(content, "contacts.json", "contacts", "mdir-desk/bundle-contacts/1")
    conn = session.connection()
    ids = {r[0] for r in conn.exec_driver_sql("SELECT id FROM contact")}
    by_name = {
        (name.casefold(), org.casefold()): cid
        for cid, name, org in conn.exec_driver_sql("SELECT id, name, organization FROM contact")
    }
    plan = ContactsPlan(KindChanges("contacts"))
    seen: set[str] = set()
    for number, entry in enumerate(raw, start=1):
        contact_id, fields, places = _clean(entry, reference, f"contacts.json: contact {number}")
        if contact_id in seen:
            raise BundleRefused(
                Message("bundles.contacts_plan.contacts_json_contact_bundle", contact_id=contact_id)
            )
        seen.add(contact_id)
        here = (
            contact_id
            if contact_id in ids
            else by_name.get((fields["name"].casefold(), fields["organization"].casefold()))
        )
        before = _state(conn, here) if here else {}
        after = {**fields, "places": places}
        changed = diff(before, after)
        if not changed:
            plan.changes.unchanged += 1
            continue
        action = "changed" if here else "added"
        setattr(plan.changes, action, getattr(plan.changes, action) + 1)
        plan.changes.items.append(Change(fields["name"], action, changed))
        plan.writes.append((here or contact_id, fields, places))
    return plan


def _state(conn: Any, contact_id: str) -> dict[str, Any]:
    stored = _contact_fields(conn, contact_id) or {}
    places = conn.exec_driver_sql(
        "SELECT unit, tier, classes FROM escalation_entry WHERE contact_id = ? "
        "ORDER BY unit, tier, classes",
        (contact_id,),
    ).all()
    return {**stored, "places": [tuple(p) for p in places]}


def _clean(
    entry: dict[str, Any], reference: Reference, where: str
) -> tuple[str, dict[str, Any], list[tuple[str, int, str]]]:
    only_keys(entry, KEYS, where)
    contact_id = text(entry.get("id"), f"{where}: id", 36)
    methods = entry.get("methods")
    if not isinstance(methods, dict) or any(k not in METHODS for k in methods):
        raise BundleRefused(Message("bundles.contacts_plan.methods_not_set_contact", where=where))
    cells = {
        name: text(entry.get(name), f"{where}: {name}", 400, optional=True) or ""
        for name in ("name", "role", "organization", *DETAILS)
    }
    for kind, value in methods.items():
        cells[kind] = text(value, f"{where}: {kind}", 400)
    problems: list[tuple[str, Message]] = []
    row = _row_from_cells(cells, reference, None, None, problems)
    if problems or row is None:
        column, message = problems[0] if problems else ("name", Message("contacts.name_missing"))
        raise BundleRefused(
            Message("bundles.contacts_plan.message", where=where, column=column, message=message)
        )
    fields = {
        "name": row.name,
        "role": row.role,
        "organization": row.organization,
        **{k: row.details.get(k) for k in DETAILS},
        "methods": dict(sorted(row.methods.items())),
    }
    return contact_id, fields, _places(entry.get("places"), where)


def _places(raw: Any, where: str) -> list[tuple[str, int, str]]:
    if not isinstance(raw, list) or len(raw) > 100:
        raise BundleRefused(
            Message("bundles.contacts_plan.places_not_list_escalation", where=where)
        )
    places = set()
    for place in raw:
        if not isinstance(place, list) or len(place) != 3:
            raise BundleRefused(Message("bundles.contacts_plan.place_not_unit_tier", where=where))
        unit = unicodedata.normalize("NFKC", " ".join(text(place[0], f"{where}: unit").split()))
        tier = integer(place[1], f"{where}: tier", 1, 9)
        problems: list[tuple[str, Message]] = []
        classes = _classes(text(place[2], f"{where}: classes", 40), problems)
        if problems:
            raise BundleRefused(
                Message("bundles.contacts_plan.message_2", where=where, problem=problems[0][1])
            )
        places.add((unit, tier, classes))
    return sorted(places)


def apply_contacts(
    session: Session, plan: ContactsPlan, *, now: str, actor: str, bundle: str
) -> None:
    conn = session.connection()
    table = Contact.__table__
    for contact_id, fields, places in plan.writes:
        before = _contact_fields(conn, contact_id)
        values = {k: v for k, v in fields.items() if k != "methods"}
        if before is None:
            conn.execute(
                insert(table).values(id=contact_id, created_at=now, updated_at=now, **values)
            )
        else:
            conn.execute(
                table.update().where(table.c.id == contact_id).values(updated_at=now, **values)
            )
        for child in (ContactMethod.__table__, EscalationEntry.__table__):
            conn.execute(delete(child).where(child.c.contact_id == contact_id))
        for kind, value in fields["methods"].items():
            conn.execute(
                insert(ContactMethod.__table__).values(
                    contact_id=contact_id, kind=kind, value=value
                )
            )
        for unit, tier, classes in places:
            conn.execute(
                insert(EscalationEntry.__table__).values(
                    contact_id=contact_id, unit=unit, tier=tier, classes=classes
                )
            )
        append_event(
            session,
            at=now,
            kind="contact.saved",
            entity="contact",
            entity_id=contact_id,
            actor=actor,
            workstation=workstation_id(),
            payload={
                "name": fields["name"],
                "places": [list(p) for p in places],
                "before": before,
                "after": _contact_fields(conn, contact_id),
                "bundle": bundle,
            },
        )


# --- escalation tier settings ------------------------------------------------------------------


@dataclass
class TiersPlan:
    changes: KindChanges
    writes: list[tuple[str, int, int, list[str], dict[str, Any] | None]] = field(
        default_factory=list
    )  # (unit, tier, wait, triggers, before)


def plan_tiers(session: Session, content: Any) -> TiersPlan:
    raw = items(content, "escalation.json", "tiers", "mdir-desk/bundle-escalation/1")
    conn = session.connection()
    here = {
        (unit, tier): {"wait_minutes": wait, "triggers": json.loads(triggers)}
        for unit, tier, wait, triggers in conn.exec_driver_sql(
            "SELECT unit, tier, wait_minutes, triggers FROM escalation_tier"
        )
    }
    plan = TiersPlan(KindChanges("escalation"))
    seen: set[tuple[str, int]] = set()
    for number, entry in enumerate(raw, start=1):
        where = f"escalation.json: tier {number}"
        only_keys(entry, ("unit", "tier", "wait_minutes", "triggers"), where)
        unit = text(entry.get("unit"), f"{where}: unit")
        tier = integer(entry.get("tier"), f"{where}: tier", 1, 9)
        wait = integer(entry.get("wait_minutes"), f"{where}: wait_minutes", 1, 24 * 60)
        triggers = entry.get("triggers")
        if not isinstance(triggers, list) or len(triggers) > 20:
            raise BundleRefused(Message("bundles.contacts_plan.triggers_not_list", where=where))
        try:
            codes = [check_trigger(text(t, f"{where}: trigger", 64)) for t in triggers]
        except ValueError as exc:
            raise BundleRefused(
                Message("bundles.contacts_plan.message_3", where=where, problem=exc)
            ) from None
        if (unit, tier) in seen:
            raise BundleRefused(
                Message(
                    "bundles.contacts_plan.unit_tier_bundle_twice",
                    where=where,
                    unit=unit,
                    tier=tier,
                )
            )
        seen.add((unit, tier))
        before = here.get((unit, tier))
        after = {"wait_minutes": wait, "triggers": codes}
        changed = diff(before or {}, after)
        if not changed:
            plan.changes.unchanged += 1
            continue
        action = "changed" if before else "added"
        setattr(plan.changes, action, getattr(plan.changes, action) + 1)
        plan.changes.items.append(Change(f"unit {unit or '(all)'}, tier {tier}", action, changed))
        plan.writes.append((unit, tier, wait, codes, before))
    return plan


def apply_tiers(session: Session, plan: TiersPlan, *, now: str, actor: str, bundle: str) -> None:
    conn = session.connection()
    table = EscalationTier.__table__
    for unit, tier, wait, codes, before in plan.writes:
        conn.execute(delete(table).where(table.c.unit == unit, table.c.tier == tier))
        conn.execute(
            insert(table).values(
                unit=unit, tier=tier, wait_minutes=wait, triggers=json.dumps(codes)
            )
        )
        append_event(
            session,
            at=now,
            kind="escalation.tier_set",
            entity="escalation_tier",
            entity_id=f"{unit}:{tier}",
            actor=actor,
            workstation=workstation_id(),
            payload={
                "before": before,
                "after": {"wait_minutes": wait, "triggers": codes},
                "bundle": bundle,
            },
        )
