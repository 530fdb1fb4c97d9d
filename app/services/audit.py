"""The audit trail: verifying it end to end, reading it, exporting it.

``verify_audit`` checks, in this order: the hash chain (sequence, links, content hashes); the chain
head (events cut off at the end); the HMAC seals when this computer holds the key; every decision
against the content its "recorded" event fingerprinted; every signature (Ed25519, bound to the
decision version) and its event; every public key and its event.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from app.database.db import Database
from app.database.events import GENESIS_HASH, append_event, event_digest
from app.database.tables import AuditHead, Decision, Event, Signature, UserKey
from app.errors import BadInputError, Message
from app.security.seals import SealKey, load_seal_key
from app.services.authority import AuthenticatedUser
from app.services.bundles.segments import imported_evidence
from app.services.clock import utc_now_iso, workstation_id
from app.services.decision_document import decision_document, document_sha256
from app.services.output_log import os_account
from app.services.signoff import check_signature
from app.services.store import installation_id

# Fields of a decision that "decision.recorded" events carried before content hashes (schema < 0004).
_LEGACY_FIELDS = ("ir_class", "provisional", "role", "purpose", "tree_sha256")


@dataclass(frozen=True)
class AuditProblem:
    what: str  # "event", "head", "decision", "signature", "key"
    ref: str  # the event seq or the record id
    message: str

    def text(self) -> str:
        return f"{self.what} {self.ref}: {self.message}"


@dataclass
class AuditReport:
    events: int = 0
    decisions: int = 0
    signatures: int = 0
    keys: int = 0
    seals: str = "not_checked"  # "checked" or "not_checked" (no key on this computer)
    sealed_since: int | None = None
    problems: list[AuditProblem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "intact": self.intact,
            "events": self.events,
            "decisions": self.decisions,
            "signatures": self.signatures,
            "keys": self.keys,
            "seals": self.seals,
            "sealed_since": self.sealed_since,
            "first_problem": self.problems[0].text() if self.problems else None,
            "problems": [
                {"what": p.what, "ref": p.ref, "message": p.message} for p in self.problems
            ],
        }


def verify_audit(db: Database) -> AuditReport:
    report = AuditReport()
    key = load_seal_key(installation_id(db))
    if key is not None:
        report.seals, report.sealed_since = "checked", key.since_seq
    with db.read() as session:
        events = list(session.exec(select(Event).order_by(col(Event.seq))))
        report.events = len(events)
        _check_chain(events, key, report)
        _check_head(session, events, key, report)
        # Events imported from other installations (signed bundles) are checked as their own
        # chain segments and are evidence for the decisions, signatures and keys they brought.
        foreign, problems = imported_evidence(session, events)
        report.problems.extend(AuditProblem("imported", ref, text) for ref, text in problems)
        _check_decisions(session, events + foreign, report)
        _check_signatures(session, events + foreign, report)
        _check_keys(session, events + foreign, report)
    return report


def _check_chain(events: list[Event], key: SealKey | None, report: AuditReport) -> None:
    prev_hash = GENESIS_HASH
    for expected_seq, event in enumerate(events, start=1):
        where = str(event.seq)
        if event.seq != expected_seq:
            report.problems.append(
                AuditProblem("event", where, f"expected event {expected_seq} here (one is missing)")
            )
            return
        if event.prev_hash != prev_hash:
            report.problems.append(
                AuditProblem(
                    "event", where, "does not follow the event before it (moved or removed)"
                )
            )
            return
        if event.hash != event_digest(event):
            report.problems.append(AuditProblem("event", where, "its content was changed"))
            return
        sealed_here = key is not None and event.seq >= key.since_seq  # after sealing began
        if sealed_here and not key.check("event", event.seq, event.hash, event.seal):
            message = "has no seal" if event.seal is None else "its seal does not match"
            report.problems.append(AuditProblem("event", where, message))
            return
        prev_hash = event.hash


def _check_head(
    session: Session, events: list[Event], key: SealKey | None, report: AuditReport
) -> None:
    head = session.get(AuditHead, 1)
    last_seq, last_hash = (events[-1].seq, events[-1].hash) if events else (0, GENESIS_HASH)
    if head is None or head.seq != last_seq or head.hash != last_hash:
        recorded = head.seq if head else "none"
        report.problems.append(
            AuditProblem(
                "event",
                str(last_seq),
                f"the trail ends here but its head records event {recorded} (events cut off)",
            )
        )
        return
    if (
        key is not None
        and head.seq >= key.since_seq
        and not key.check("head", head.seq, head.hash, head.seal)
    ):
        report.problems.append(
            AuditProblem("event", str(head.seq), "the seal of the trail's head does not match")
        )


def _check_decisions(session: Session, events: list[Event], report: AuditReport) -> None:
    recorded = {e.entity_id: e for e in events if e.kind == "decision.recorded"}
    rows = session.exec(select(Decision).order_by(col(Decision.created_at))).all()
    report.decisions = len(rows)
    ids = set()
    for row in rows:
        ids.add(row.id)
        event = recorded.get(row.id)
        if event is None:
            report.problems.append(AuditProblem("decision", row.id, "has no event in the trail"))
            continue
        payload = json.loads(event.payload)
        document = decision_document(session, row.id)
        assert document is not None
        if "content_sha256" in payload:
            same = payload["content_sha256"] == document_sha256(document)
        else:
            answers = {a["question"]: a["answer"] for a in document["answers"]}
            same = answers == payload.get("answers") and all(
                payload.get(name) == document[name] for name in _LEGACY_FIELDS if name in payload
            )
        if not same:
            report.problems.append(
                AuditProblem("decision", row.id, f"differs from what event {event.seq} recorded")
            )
    for decision_id, event in recorded.items():
        if decision_id not in ids:
            report.problems.append(
                AuditProblem("decision", decision_id, f"recorded by event {event.seq} is missing")
            )


def _check_signatures(session: Session, events: list[Event], report: AuditReport) -> None:
    signed: dict[str, dict[str, Any]] = {}
    for event in events:
        if event.kind == "decision.signed":
            payload = json.loads(event.payload)
            signed[payload.get("signature_id", "")] = payload
    rows = session.exec(select(Signature).order_by(col(Signature.signed_at))).all()
    report.signatures = len(rows)
    ids = set()
    for row in rows:
        ids.add(row.id)
        problem = check_signature(session, row, decision_document(session, row.decision_id))
        payload = signed.get(row.id)
        if problem is None and payload is None:
            problem = "has no event in the trail"
        elif problem is None and payload is not None:
            recorded = (payload.get("decision_sha256"), payload.get("meaning"))
            if recorded != (row.decision_sha256, row.meaning):
                problem = "differs from its event in the trail"
        if problem:
            report.problems.append(AuditProblem("signature", row.id, problem))
    for signature_id in signed:
        if signature_id not in ids:
            report.problems.append(
                AuditProblem("signature", signature_id, "recorded in the trail is missing")
            )


def _check_keys(session: Session, events: list[Event], report: AuditReport) -> None:
    created = {
        e.entity_id: json.loads(e.payload)
        for e in events
        if e.kind in ("user.key_created", "user.key_imported")
    }
    rows = session.exec(select(UserKey)).all()
    report.keys = len(rows)
    for row in rows:
        payload = created.get(row.id)
        if payload is None:
            report.problems.append(AuditProblem("key", row.id, "has no event in the trail"))
        elif payload.get("fingerprint") != row.fingerprint or payload.get("user_id") != row.user_id:
            report.problems.append(AuditProblem("key", row.id, "differs from its event"))


# --- reading and exporting ------------------------------------------------------------------


@dataclass(frozen=True)
class EventFilter:
    entity_id: str | None = None  # a record (decision id, username's account id, ...)
    actor: str | None = None
    since: str | None = None  # ISO 8601 (UTC) lower bound
    until: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class EventView:
    seq: int
    at: str
    kind: str
    entity: str
    entity_id: str
    actor: str
    actor_role: str | None
    authenticated: bool
    workstation: str
    payload: dict[str, Any]
    hash: str
    sealed: bool

    @property
    def actor_text(self) -> str:
        return self.actor if self.authenticated else f"unauthenticated: {self.actor}"

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "kind": self.kind,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "actor": self.actor,
            "actor_role": self.actor_role,
            "authenticated": self.authenticated,
            "workstation": self.workstation,
            "payload": self.payload,
            "hash": self.hash,
            "sealed": self.sealed,
        }


def list_events(
    db: Database,
    where: EventFilter | None = None,
    limit: int = 10_000,
    newest_first: bool = False,
) -> list[EventView]:
    """Events matching ``where``: the first ``limit`` oldest first, or the newest ``limit``
    newest first."""
    where = where or EventFilter()
    with db.read() as session:
        query = select(Event)
        if where.entity_id:
            query = query.where(Event.entity_id == where.entity_id.strip())
        if where.actor:
            query = query.where(col(Event.actor).contains(where.actor.strip()))
        if where.kind:
            query = query.where(col(Event.kind).startswith(where.kind.strip()))
        if where.since:
            query = query.where(Event.at >= where.since)
        if where.until:
            query = query.where(Event.at <= where.until)
        order = col(Event.seq).desc() if newest_first else col(Event.seq)
        rows = session.exec(query.order_by(order).limit(limit)).all()
        return [_event_view(row) for row in rows]


def _event_view(row: Event) -> EventView:
    return EventView(
        seq=row.seq or 0,
        at=row.at,
        kind=row.kind,
        entity=row.entity,
        entity_id=row.entity_id,
        actor=row.actor,
        actor_role=row.actor_role,
        authenticated=bool(row.authenticated),
        workstation=row.workstation,
        payload=json.loads(row.payload),
        hash=row.hash,
        sealed=row.seal is not None,
    )


EXPORT_COLUMNS = (
    "seq",
    "at",
    "kind",
    "entity",
    "entity_id",
    "actor",
    "actor_role",
    "authenticated",
    "workstation",
    "payload",
    "hash",
    "sealed",
)


def export_audit(db: Database, out: Path, *, by: str | AuthenticatedUser | None = None) -> int:
    """Write the whole trail to ``out`` (.csv or .json); returns the number of events. The
    export itself is logged (after the file is complete) as ``by``: a signed-in user, a typed
    name, or None for the operating-system account."""
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise BadInputError(Message("audit.audit_trail_exports_csv", file=out.name))
    signed_in = isinstance(by, AuthenticatedUser)
    who = by.username if isinstance(by, AuthenticatedUser) else " ".join((by or "").split())
    who = who or os_account()
    events = list_events(db, limit=10**9)
    report = verify_audit(db)
    tmp = out.with_name(out.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            if suffix == ".json":
                json.dump(
                    {
                        "exported_at": utc_now_iso(),
                        "verification": report.to_json(),
                        "events": [e.to_json() for e in events],
                    },
                    handle,
                    ensure_ascii=False,
                    indent=1,
                )
            else:
                writer = csv.writer(handle)
                writer.writerow(EXPORT_COLUMNS)
                for e in events:
                    record = e.to_json()
                    record["payload"] = json.dumps(e.payload, ensure_ascii=False, sort_keys=True)
                    writer.writerow([_cell(record[c]) for c in EXPORT_COLUMNS])
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BadInputError(Message("audit.cannot_write", path=out, reason=exc.strerror)) from None
    with db.write() as session:
        append_event(
            session,
            at=utc_now_iso(),
            kind="audit.exported",
            entity="event",
            entity_id=str(events[-1].seq if events else 0),
            actor=who,
            workstation=workstation_id(),
            payload={"file": out.name, "events": len(events), "intact": report.intact},
            role=by.role_text() if isinstance(by, AuthenticatedUser) else None,
            authenticated=signed_in,
        )
    return len(events)


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    # A spreadsheet must not run a formula from the trail (an actor name could start with '=').
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
