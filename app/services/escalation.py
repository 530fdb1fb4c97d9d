"""Whom to call for a unit and class, tier by tier; the re-check clock of provisional decisions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select

from app.database.db import Database
from app.database.events import append_event
from app.database.tables import EscalationTier
from app.domain.escalation import Recheck, check_trigger, recheck, tier_to_call
from app.errors import BadInputError, Message
from app.services.authority import AuthenticatedUser, require
from app.services.clock import utc_now_iso, workstation_id
from app.services.contacts import ContactView, list_contacts
from app.services.decisions import DecisionView
from app.services.reference import Reference


@dataclass(frozen=True)
class TierView:
    tier: int
    wait_minutes: int
    triggers: tuple[str, ...]  # codes; Reference.escalation.trigger_text(code, lang) in words
    contacts: tuple[ContactView, ...]

    def to_json(self, reference: Reference, lang: str) -> dict[str, object]:
        return {
            "tier": self.tier,
            "wait_minutes": self.wait_minutes,
            "triggers": [reference.escalation.trigger_text(t, lang) for t in self.triggers],
            "contacts": [c.to_json() for c in self.contacts],
        }


def escalation_for(
    db: Database, reference: Reference, unit: str | None, ir_class: int | None
) -> list[TierView]:
    """The ordered tiers for ``unit`` (None: entries for all units only) and ``ir_class`` (None:
    every class); unit-specific contacts before all-unit ones within a tier."""
    if ir_class is not None and not 1 <= ir_class <= 7:
        raise BadInputError(Message("escalation.class_must_1_7", ir_class=ir_class))
    unit_key = (unit or "").strip()
    by_tier: dict[int, list[tuple[int, str, ContactView]]] = {}
    for contact in list_contacts(db):
        for place_unit, tier, classes in contact.places:
            if place_unit not in ("", unit_key):
                continue
            if ir_class is not None and classes and str(ir_class) not in classes.split(","):
                continue
            rank = 0 if place_unit else 1
            by_tier.setdefault(tier, []).append((rank, contact.name.casefold(), contact))
    settings = _tier_settings(db)
    tiers = []
    for tier in sorted(by_tier):
        seen: set[str] = set()
        contacts = []
        for _, _, contact in sorted(by_tier[tier], key=lambda item: item[:2]):
            if contact.id not in seen:
                seen.add(contact.id)
                contacts.append(contact)
        wait, triggers = (
            settings.get((unit_key, tier))
            or settings.get(("", tier))
            or (_default(reference, tier))
        )
        tiers.append(TierView(tier, wait, triggers, tuple(contacts)))
    return tiers


def set_tier(
    db: Database,
    *,
    unit: str,
    tier: int,
    wait_minutes: int,
    triggers: list[str],
    by: AuthenticatedUser,
) -> None:
    """A unit's own wait time and triggers for a tier ('' for all units). A configuration
    change: ``by`` must be signed in and allowed to configure."""
    role = require(db, by, "configure")
    if not 1 <= tier <= 9:
        raise BadInputError(Message("escalation.tier_must_1_9", tier=tier))
    if not 1 <= wait_minutes <= 24 * 60:
        raise BadInputError(Message("escalation.wait_must_1_1440", wait_minutes=wait_minutes))
    try:
        codes = [check_trigger(t.strip()) for t in triggers if t.strip()]
    except ValueError as exc:
        raise BadInputError(str(exc)) from None  # english-only: check_trigger's data-file text
    table = EscalationTier.__table__
    now = utc_now_iso()
    with db.write() as session:
        conn = session.connection()
        before = conn.execute(
            select(table.c.wait_minutes, table.c.triggers).where(
                table.c.unit == unit, table.c.tier == tier
            )
        ).first()
        conn.execute(delete(table).where(table.c.unit == unit, table.c.tier == tier))
        conn.execute(
            insert(table).values(
                unit=unit, tier=tier, wait_minutes=wait_minutes, triggers=json.dumps(codes)
            )
        )
        append_event(
            session,
            at=now,
            kind="escalation.tier_set",
            entity="escalation_tier",
            entity_id=f"{unit}:{tier}",
            actor=by.username,
            workstation=workstation_id(),
            payload={
                "before": (
                    {"wait_minutes": before[0], "triggers": json.loads(before[1])}
                    if before
                    else None
                ),
                "after": {"wait_minutes": wait_minutes, "triggers": codes},
            },
            role=role,
            authenticated=True,
        )


@dataclass(frozen=True)
class CallNow:
    recheck: Recheck | None  # None for a result that is not provisional
    tier: TierView | None  # the tier to call now (None when no contact is set up)
    tiers: tuple[TierView, ...]


def call_now(db: Database, reference: Reference, decision: DecisionView, now: datetime) -> CallNow:
    """For a saved decision: its re-check clock (provisional results) and the tier to call now.

    No tier is "to call now" for a decision that a newer version replaced, nor for a final decision
    once every tier's wait has passed (the chain has run its course; it is still listed). A
    provisional one keeps pointing at a tier until it is resolved.
    """
    tiers = escalation_for(db, reference, decision.unit, decision.ir_class)
    created = datetime.fromisoformat(decision.created_at)
    if decision.superseded_by is not None:
        return CallNow(None, None, tuple(tiers))
    minutes = recheck_minutes(db, reference)
    state = recheck(created, now, minutes) if decision.provisional else None
    if not tiers:
        return CallNow(state, None, ())
    window = timedelta(minutes=sum(t.wait_minutes for t in tiers))
    if not decision.provisional and now - created > window:
        return CallNow(None, None, tuple(tiers))
    index = tier_to_call(
        [t.wait_minutes for t in tiers],
        now - created,
        provisional_overdue=bool(state and state.overdue),
    )
    return CallNow(state, tiers[index], tuple(tiers))


def recheck_minutes(db: Database, reference: Reference) -> int:
    """The re-check time of provisional results: this installation's setting, else the data's."""
    from app.services.settings import get_setting

    configured = get_setting(db, "recheck_minutes")
    return int(configured) if configured else reference.escalation.recheck_minutes


def _tier_settings(db: Database) -> dict[tuple[str, int], tuple[int, tuple[str, ...]]]:
    rows = db.raw_reader().execute("SELECT unit, tier, wait_minutes, triggers FROM escalation_tier")
    return {
        (unit, tier): (wait, tuple(json.loads(triggers))) for unit, tier, wait, triggers in rows
    }


def _default(reference: Reference, tier: int) -> tuple[int, tuple[str, ...]]:
    default = reference.escalation.tier_default(tier)
    return default.wait_minutes, tuple(default.triggers)
