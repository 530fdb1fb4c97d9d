"""The append-only, hash-chained event log."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlmodel import Session, col, select

from app.database.tables import Event

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(
    prev_hash: str,
    at: str,
    kind: str,
    entity: str,
    entity_id: str,
    actor: str,
    workstation: str,
    payload: str,
) -> str:
    body = canonical_json([prev_hash, at, kind, entity, entity_id, actor, workstation, payload])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append_event(
    session: Session,
    *,
    at: str,
    kind: str,
    entity: str,
    entity_id: str,
    actor: str,
    workstation: str,
    payload: dict[str, Any],
) -> Event:
    """Add an event after the last one; it is written with the caller's transaction."""
    last = session.exec(select(Event).order_by(col(Event.seq).desc()).limit(1)).first()
    prev_hash = last.hash if last else GENESIS_HASH
    body = canonical_json(payload)
    event = Event(
        at=at,
        kind=kind,
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        workstation=workstation,
        payload=body,
        prev_hash=prev_hash,
        hash=event_hash(prev_hash, at, kind, entity, entity_id, actor, workstation, body),
    )
    session.add(event)
    return event


def verify_chain(session: Session) -> int | None:
    """Return the seq of the first event that breaks the chain, or None when the whole chain holds."""
    prev_hash = GENESIS_HASH
    for event in session.exec(select(Event).order_by(col(Event.seq))):
        expected = event_hash(
            prev_hash,
            event.at,
            event.kind,
            event.entity,
            event.entity_id,
            event.actor,
            event.workstation,
            event.payload,
        )
        if event.prev_hash != prev_hash or event.hash != expected:
            return event.seq
        prev_hash = event.hash
    return None
