"""The append-only, hash-chained, sealed event log (the audit trail).

Each event's hash covers its content and the previous event's hash. Format 2 events (schema 0004 on)
also cover their sequence number, the actor's role and whether the actor signed in. When the
session carries a sealer (see ``Database.sealer``), each event and the chain head get an HMAC seal
with a key that is kept outside the database file.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlmodel import Session, col, select

from app.database.tables import AuditHead, Event

GENESIS_HASH = "0" * 64
FORMAT = 2
CLOCK_BACKWARDS = "clock.went_backwards"
# Two programs may take their times before waiting for the write lock, so a newer event can carry a
# slightly earlier time; only a step back larger than this is the clock going back.
CLOCK_TOLERANCE = timedelta(minutes=2)


class Sealer(Protocol):
    def seal(self, label: str, seq: int, digest: str) -> str | None: ...


def clock_went_back(newest_at: str, now_at: str) -> bool:
    """True when ``now_at`` is earlier than ``newest_at`` by more than the tolerance."""
    try:
        return datetime.fromisoformat(newest_at) - datetime.fromisoformat(now_at) > CLOCK_TOLERANCE
    except ValueError:  # a time written by hand or by an old version: not a clock signal
        return False


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
    """The format 1 hash (events written before schema 0004)."""
    body = canonical_json([prev_hash, at, kind, entity, entity_id, actor, workstation, payload])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def event_digest(event: Event) -> str:
    """What ``event.hash`` must be, given its content and ``prev_hash``, for its format."""
    if event.format == 1:
        return event_hash(
            event.prev_hash,
            event.at,
            event.kind,
            event.entity,
            event.entity_id,
            event.actor,
            event.workstation,
            event.payload,
        )
    body = canonical_json(
        [
            event.format,
            event.seq,
            event.prev_hash,
            event.at,
            event.kind,
            event.entity,
            event.entity_id,
            event.actor,
            event.actor_role,
            bool(event.authenticated),
            event.workstation,
            event.payload,
        ]
    )
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
    role: str | None = None,
    authenticated: bool = False,
) -> Event:
    """Add an event after the last one; it is written with the caller's transaction.

    ``actor`` is a signed-in user's username (``authenticated``) or the name someone typed. Events
    are ordered by their sequence number, never by time: when ``at`` is earlier than the newest
    event's time by more than ``CLOCK_TOLERANCE`` (the system clock went back), a
    "clock.went_backwards" event is added first.
    """
    last = session.exec(select(Event).order_by(col(Event.seq).desc()).limit(1)).first()
    if last is not None and kind != CLOCK_BACKWARDS and clock_went_back(last.at, at):
        # The system clock went back: say so in the trail before the event that shows it.
        last = _append(
            session,
            last,
            at=at,
            kind=CLOCK_BACKWARDS,
            entity="event",
            entity_id=str(last.seq),
            actor="system",
            workstation=workstation,
            payload={"newest_event_at": last.at, "clock_now": at},
            role=None,
            authenticated=False,
        )
    return _append(
        session,
        last,
        at=at,
        kind=kind,
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        workstation=workstation,
        payload=payload,
        role=role,
        authenticated=authenticated,
    )


def _append(
    session: Session,
    last: Event | None,
    *,
    at: str,
    kind: str,
    entity: str,
    entity_id: str,
    actor: str,
    workstation: str,
    payload: dict[str, Any],
    role: str | None,
    authenticated: bool,
) -> Event:
    prev_hash = last.hash if last else GENESIS_HASH
    seq = (last.seq or 0) + 1 if last else 1
    event = Event(
        seq=seq,
        at=at,
        kind=kind,
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        workstation=workstation,
        payload=canonical_json(payload),
        prev_hash=prev_hash,
        hash="",
        format=FORMAT,
        actor_role=role,
        authenticated=authenticated,
    )
    event.hash = event_digest(event)
    sealer: Sealer | None = session.info.get("sealer")
    event.seal = sealer.seal("event", seq, event.hash) if sealer else None
    session.add(event)
    head = session.get(AuditHead, 1) or AuditHead(id=1, seq=0, hash=GENESIS_HASH)
    head.seq, head.hash = seq, event.hash
    head.seal = sealer.seal("head", seq, event.hash) if sealer else None
    session.add(head)
    return event


def verify_chain(session: Session) -> int | None:
    """Return the seq of the first event that breaks the chain, or None when the whole chain holds."""
    prev_hash = GENESIS_HASH
    for event in session.exec(select(Event).order_by(col(Event.seq))):
        if event.prev_hash != prev_hash or event.hash != event_digest(event):
            return event.seq
        prev_hash = event.hash
    return None
