"""Audit events of other installations, kept as their own chain segments.

A decisions bundle carries its installation's whole trail (event 1 to its head). The events are
stored in ``imported_event`` with their original seq, hash and prev_hash, keyed by the source's
installation id; they are never spliced into this database's own chain. Each source's segment is
verifiable on its own: it starts at event 1 after the genesis hash, its links and content hashes
hold, and every import anchors it: the local ``bundle.imported`` event (itself in this database's
sealed chain) records the segment's head, which the stored segment must contain, and nothing may
follow the newest anchored head. Seals of foreign events were made with the source's key and are
kept but cannot be checked here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from app.database.events import GENESIS_HASH, event_digest
from app.database.tables import Event, ImportedEvent
from app.errors import Message
from app.services.bundles.checks import integer, items, only_keys, text
from app.services.bundles.errors import BundleRefused

TRAIL_FORMAT = "mdir-desk/bundle-trail/1"
EVENT_KEYS = ("seq", "at", "kind", "entity", "entity_id", "actor", "workstation", "payload",
              "prev_hash", "hash", "format", "actor_role", "authenticated", "seal")  # fmt: skip
ANCHOR_KIND = "bundle.imported"


def trail_content(session: Session, source: str) -> dict[str, Any]:
    """This installation's whole trail, as a bundle member."""
    events = [
        {k: getattr(e, k) for k in EVENT_KEYS}
        for e in session.exec(select(Event).order_by(col(Event.seq)))
    ]
    head = {"seq": events[-1]["seq"], "hash": events[-1]["hash"]} if events else None
    return {"format": TRAIL_FORMAT, "source_installation": source, "head": head, "events": events}


def parse_trail(content: Any, source: str) -> list[Event]:
    """The trail's events, checked as one chain from event 1 to the head it names."""
    raw = items(content, "trail.json", "events", TRAIL_FORMAT)
    if content.get("source_installation") != source:
        raise BundleRefused(Message("bundles.segments.trail_json_another_installation"))
    events = [_event(entry, n) for n, entry in enumerate(raw, start=1)]
    problem = chain_problem(events)
    if problem:
        raise BundleRefused(
            Message("bundles.segments.trail_json_trail_broken", source=source[:8], problem=problem)
        )
    head = content.get("head")
    last = (events[-1].seq, events[-1].hash) if events else None
    named = (head.get("seq"), head.get("hash")) if isinstance(head, dict) else head
    if named != last:
        raise BundleRefused(Message("bundles.segments.trail_json_trail_does"))
    return events


def _event(entry: dict[str, Any], number: int) -> Event:
    where = f"trail.json: event {number}"
    only_keys(entry, EVENT_KEYS, where)
    if not isinstance(entry.get("authenticated"), bool):
        raise BundleRefused(Message("bundles.segments.authenticated_not_true_or", where=where))
    return Event(
        seq=integer(entry.get("seq"), f"{where}: seq", 1, 2**62),
        format=integer(entry.get("format"), f"{where}: format", 1, 2),
        authenticated=entry["authenticated"],
        actor_role=text(entry.get("actor_role"), f"{where}: actor_role", 400, optional=True),
        seal=text(entry.get("seal"), f"{where}: seal", 200, optional=True),
        payload=text(entry.get("payload"), f"{where}: payload", 1_000_000),
        **{
            k: text(entry.get(k), f"{where}: {k}", 400)
            for k in ("at", "kind", "entity", "entity_id", "actor", "workstation")
        },
        prev_hash=text(entry.get("prev_hash"), f"{where}: prev_hash", 64),
        hash=text(entry.get("hash"), f"{where}: hash", 64),
    )


def chain_problem(events: Iterable[Any]) -> str | None:
    """Why ``events`` (ordered by seq) are not one intact chain from event 1, or None."""
    prev_hash = GENESIS_HASH
    for expected, event in enumerate(events, start=1):
        if event.seq != expected:
            return f"expected event {expected}, found {event.seq}"
        if event.prev_hash != prev_hash:
            return f"event {event.seq} does not follow the event before it"
        if event.hash != event_digest(event):
            return f"the content of event {event.seq} was changed"
        prev_hash = event.hash
    return None


def plan_segment(session: Session, source: str, events: list[Event]) -> tuple[list[Event], int]:
    """The events not yet stored, and how many are; a stored event that differs is refused."""
    stored = dict(
        session.connection()
        .exec_driver_sql(
            "SELECT seq, hash FROM imported_event WHERE source_installation = ?", (source,)
        )
        .all()
    )
    for event in events:
        if event.seq in stored and stored[event.seq] != event.hash:
            raise BundleRefused(
                Message(
                    "bundles.segments.trail_json_event_differs", seq=event.seq, source=source[:8]
                )
            )
    if stored and (not events or events[-1].seq < max(stored)):
        pass  # an older bundle: everything in it is already here
    new = [e for e in events if e.seq not in stored]
    return new, len(events) - len(new)


def store_segment(session: Session, source: str, events: list[Event], now: str) -> None:
    rows = [
        {
            **{k: getattr(e, k) for k in EVENT_KEYS},
            "source_installation": source,
            "imported_at": now,
        }
        for e in events
    ]
    if rows:
        session.connection().execute(insert(ImportedEvent.__table__), rows)


def imported_evidence(
    session: Session, local: list[Event]
) -> tuple[list[Event], list[tuple[str, str]]]:
    """Every imported event (as Event objects) and the problems of their segments.

    Used by ``audit verify``: the events are evidence for imported decisions, signatures and keys;
    a problem is (ref, message) with ref "<source>:<seq>"."""
    anchors: dict[str, dict[int, str]] = {}
    for event in local:
        if event.kind == ANCHOR_KIND:
            segment = json.loads(event.payload).get("segment")
            if isinstance(segment, dict):
                anchors.setdefault(str(segment.get("source")), {})[segment.get("seq")] = str(
                    segment.get("hash")
                )
    by_source: dict[str, list[Event]] = {}
    for row in session.exec(
        select(ImportedEvent).order_by(
            col(ImportedEvent.source_installation), col(ImportedEvent.seq)
        )
    ):
        by_source.setdefault(row.source_installation, []).append(
            Event(**{k: getattr(row, k) for k in EVENT_KEYS})
        )
    problems: list[tuple[str, str]] = []
    for source in sorted(set(by_source) | set(anchors)):
        problems.extend(
            _segment_problems(source, by_source.get(source, []), anchors.get(source, {}))
        )
    return [e for events in by_source.values() for e in events], problems


def _segment_problems(
    source: str, events: list[Event], anchors: dict[int, str]
) -> list[tuple[str, str]]:
    short = source[:8]
    problem = chain_problem(events)
    if problem:
        return [(f"{short}:-", f"imported trail segment broken: {problem}")]
    hashes = {e.seq: e.hash for e in events}
    for seq, digest in sorted(anchors.items()):
        if hashes.get(seq) != digest:
            return [
                (f"{short}:{seq}", "imported trail segment differs from what its import recorded")
            ]
    newest = max(anchors, default=0)
    if not anchors or (events and events[-1].seq != newest):
        return [(f"{short}:{events[-1].seq if events else 0}",
                 "imported trail segment has events no import recorded")]  # fmt: skip
    return []
