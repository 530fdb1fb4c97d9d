"""The reverse direction: decisions recorded on a laptop, carried to a central installation.

A decisions bundle holds every decision this installation recorded (those its own trail
records), their answers, every signature its trail records, the signers' accounts and public keys
as public data, and its whole trail (``trail.json``, see ``segments``). Importing adds only what
is missing, matched by UUID, so importing twice changes nothing. Decisions, answers and
signatures are append-only here too: rows are inserted, never changed. After inserting, every new
decision must match the content its own trail fingerprinted and every new signature must verify,
or nothing is kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.database.db import Database
from app.database.tables import Decision, DecisionAnswer, Event, Signature
from app.errors import Message
from app.services.bundles.accounts_public import AccountsPlan, apply_accounts, plan_accounts
from app.services.bundles.changes import KindChanges
from app.services.bundles.checks import flag, integer, items, only_keys, text
from app.services.bundles.errors import BundleRefused
from app.services.bundles.records import public_accounts
from app.services.bundles.segments import parse_trail, plan_segment, store_segment, trail_content
from app.services.decision_document import decision_document, document_sha256
from app.services.signoff import check_signature
from app.services.store import installation_id

FORMAT = "mdir-desk/bundle-decisions/1"
DECISION_KEYS = tuple(c.name for c in Decision.__table__.columns)
ANSWER_KEYS = ("seq", "question", "answer", "on_path", "source")
SIGNATURE_KEYS = tuple(c.name for c in Signature.__table__.columns)
_BOOLS = {"authenticated", "provisional", "safety_override", "accepted_unknown"}
_OPTIONAL = {"device_id", "device_tag", "category", "unit", "location", "incident_id", "note",
             "supersedes_id", "reason"}  # fmt: skip


def export_members(db: Database) -> tuple[dict[str, Any], dict[str, Any], dict[str, int]]:
    """(decisions.json, trail.json, counts) for this installation's own decisions."""
    source = installation_id(db)
    with db.read() as session:
        events = list(session.exec(select(Event).order_by(col(Event.seq))))
        recorded = [e.entity_id for e in events if e.kind == "decision.recorded"]
        signed = [
            json.loads(e.payload).get("signature_id") for e in events if e.kind == "decision.signed"
        ]
        decisions = []
        for decision_id in recorded:
            row = session.get(Decision, decision_id)
            if row is None:
                continue  # audit verify reports it; nothing to carry
            answers = session.exec(
                select(DecisionAnswer)
                .where(DecisionAnswer.decision_id == decision_id)
                .order_by(col(DecisionAnswer.seq))
            ).all()
            decisions.append(
                {
                    **{k: getattr(row, k) for k in DECISION_KEYS},
                    "answers": [{k: getattr(a, k) for k in ANSWER_KEYS} for a in answers],
                }
            )
        signatures = [
            {k: getattr(row, k) for k in SIGNATURE_KEYS}
            for row in (session.get(Signature, s) for s in signed if s)
            if row is not None
        ]
        trail = trail_content(session, source)
    people = public_accounts(db.raw_reader(), {s["user_id"] for s in signatures})
    content = {"format": FORMAT, "source_installation": source, "decisions": decisions,
               "signatures": signatures, **people}  # fmt: skip
    counts = {"decisions": len(decisions), "signatures": len(signatures), "events": len(events)}
    return content, trail, counts


@dataclass
class DecisionsPlan:
    source: str
    decisions: list[dict[str, Any]] = field(default_factory=list)  # new ones, oldest first
    signatures: list[dict[str, Any]] = field(default_factory=list)
    accounts: AccountsPlan = field(default_factory=AccountsPlan)
    events: list[Any] = field(default_factory=list)
    recorded: dict[str, str | None] = field(default_factory=dict)  # decision -> content sha
    changes: list[KindChanges] = field(default_factory=list)


def plan_decisions(session: Session, source: str, content: Any, trail: Any) -> DecisionsPlan:
    raw = items(content, "decisions.json", "decisions", FORMAT)
    if content.get("source_installation") != source:
        raise BundleRefused(Message("bundles.laptop.decisions_json_another_installation"))
    events = parse_trail(trail, source)
    plan = DecisionsPlan(source)
    for e in events:
        if e.kind == "decision.recorded":
            plan.recorded[e.entity_id] = json.loads(e.payload).get("content_sha256")
    conn = session.connection()
    have = {r[0] for r in conn.exec_driver_sql("SELECT id FROM decision")}
    present = 0
    for number, entry in enumerate(raw, start=1):
        record = _decision(entry, f"decisions.json: decision {number}")
        if record["id"] not in plan.recorded:
            raise BundleRefused(
                Message("bundles.laptop.decisions_json_decision_not", id=record["id"])
            )
        if record["id"] in have:
            _same_as_here(session, record["id"], plan.recorded[record["id"]])
            present += 1
        else:
            plan.decisions.append(record)
    _check_references(session, plan, have)
    sigs = items(content, "decisions.json", "signatures", FORMAT)
    have_sigs = dict(conn.exec_driver_sql("SELECT id, signature FROM signature").all())
    new_ids = {d["id"] for d in plan.decisions}
    for number, entry in enumerate(sigs, start=1):
        record = _signature(entry, f"decisions.json: signature {number}")
        if record["id"] in have_sigs:
            if have_sigs[record["id"]] != record["signature"]:
                raise BundleRefused(
                    Message("bundles.laptop.signature_here_other_content", id=record["id"])
                )
            continue
        if record["decision_id"] not in have | new_ids:
            raise BundleRefused(
                Message("bundles.laptop.signature_on_decision_bundle", id=record["id"])
            )
        plan.signatures.append(record)
    plan.accounts = plan_accounts(
        session,
        items(content, "decisions.json", "accounts", FORMAT),
        items(content, "decisions.json", "keys", FORMAT),
        source,
        "decisions.json",
    )
    plan.events, events_present = plan_segment(session, source, events)
    plan.changes = [
        KindChanges("decisions", added=len(plan.decisions), unchanged=present),
        KindChanges(
            "signatures", added=len(plan.signatures), unchanged=len(sigs) - len(plan.signatures)
        ),
        *plan.accounts.changes("accounts"),
        KindChanges("events", added=len(plan.events), unchanged=events_present),
    ]
    return plan


def _same_as_here(session: Session, decision_id: str, recorded: str | None) -> None:
    document = decision_document(session, decision_id)
    if recorded is not None and document is not None and document_sha256(document) != recorded:
        raise BundleRefused(
            Message("bundles.laptop.decision_here_other_content", decision_id=decision_id)
        )


def _check_references(session: Session, plan: DecisionsPlan, have: set[str]) -> None:
    conn = session.connection()
    devices = {r[0] for r in conn.exec_driver_sql("SELECT id FROM device")}
    replaced = dict(
        conn.exec_driver_sql(
            "SELECT supersedes_id, id FROM decision WHERE supersedes_id IS NOT NULL"
        ).all()
    )
    known = set(have)
    pending = list(plan.decisions)
    ordered: list[dict[str, Any]] = []
    while pending:  # an earlier version before the version that replaces it
        ready = [d for d in pending if d["supersedes_id"] in (None, *known)]
        if not ready:
            first = pending[0]
            raise BundleRefused(
                Message(
                    "bundles.laptop.decision_replaces_neither_here",
                    id=first["id"],
                    supersedes_id=first["supersedes_id"],
                )
            )
        for d in ready:
            known.add(d["id"])
            ordered.append(d)
            pending.remove(d)
    for d in ordered:
        if d["device_id"] is not None and d["device_id"] not in devices:
            raise BundleRefused(
                Message(
                    "bundles.laptop.decision_about_device_not",
                    id=d["id"],
                    device_tag=d["device_tag"] or d["device_id"],
                )
            )
        if d["supersedes_id"] is not None and d["supersedes_id"] in replaced:
            raise BundleRefused(
                Message(
                    "bundles.laptop.decision_replaces_decision_here",
                    id=d["id"],
                    supersedes_id=d["supersedes_id"],
                    replaced=replaced[d["supersedes_id"]],
                )
            )
        if d["supersedes_id"] is not None:
            replaced[d["supersedes_id"]] = d["id"]
    plan.decisions = ordered


def _decision(entry: dict[str, Any], where: str) -> dict[str, Any]:
    only_keys(entry, (*DECISION_KEYS, "answers"), where)
    record: dict[str, Any] = {}
    for name in DECISION_KEYS:
        value = entry.get(name)
        if name in _BOOLS:
            record[name] = flag(value, f"{where}: {name}")
        elif name == "ir_class":
            record[name] = integer(value, f"{where}: ir_class", 1, 7)
        else:
            record[name] = text(value, f"{where}: {name}", 2000, optional=name in _OPTIONAL)
    answers = entry.get("answers")
    if not isinstance(answers, list) or not all(isinstance(a, dict) for a in answers):
        raise BundleRefused(Message("bundles.laptop.answers_not_list", where=where))
    record["answers"] = [_answer(a, f"{where}: answer") for a in answers]
    return record


def _answer(entry: dict[str, Any], where: str) -> dict[str, Any]:
    only_keys(entry, ANSWER_KEYS, where)
    return {
        "seq": integer(entry.get("seq"), f"{where} seq", 0, 1000),
        "question": text(entry.get("question"), f"{where} question", 200),
        "answer": text(entry.get("answer"), f"{where} answer", 200),
        "on_path": flag(entry.get("on_path"), f"{where} on_path"),
        "source": text(entry.get("source"), f"{where} source", 40),
    }


def _signature(entry: dict[str, Any], where: str) -> dict[str, Any]:
    only_keys(entry, SIGNATURE_KEYS, where)
    return {
        name: flag(entry.get(name), f"{where}: {name}")
        if name in _BOOLS
        else text(entry.get(name), f"{where}: {name}", 4000, optional=name in _OPTIONAL)
        for name in SIGNATURE_KEYS
    }


def apply_decisions(session: Session, plan: DecisionsPlan, *, now: str, bundle_sha256: str) -> None:
    conn = session.connection()
    try:
        apply_accounts(session, plan.accounts, source=plan.source, bundle_sha256=bundle_sha256,
                       now=now, actor=None)  # fmt: skip
        for record in plan.decisions:
            conn.execute(insert(Decision.__table__).values(
                {k: v for k, v in record.items() if k != "answers"}))  # fmt: skip
            for answer in record["answers"]:
                conn.execute(
                    insert(DecisionAnswer.__table__).values(decision_id=record["id"], **answer)
                )
        for record in plan.signatures:
            conn.execute(insert(Signature.__table__).values(record))
        store_segment(session, plan.source, plan.events, now)
    except IntegrityError as exc:
        raise BundleRefused(
            Message("bundles.laptop.bundle_conflicts_records_here", detail=str(exc.orig)[:120])
        ) from None
    _check_inserted(session, plan)


def _check_inserted(session: Session, plan: DecisionsPlan) -> None:
    for record in plan.decisions:
        document = decision_document(session, record["id"])
        assert document is not None
        recorded = plan.recorded.get(record["id"])
        if recorded is not None and document_sha256(document) != recorded:
            raise BundleRefused(
                Message("bundles.laptop.decision_differs_what_source", id=record["id"])
            )
    for record in plan.signatures:
        row = session.get(Signature, record["id"])
        assert row is not None
        problem = check_signature(session, row, decision_document(session, row.decision_id))
        if problem:
            raise BundleRefused(
                Message(
                    "bundles.laptop.signature_does_not_verify", id=record["id"], problem=problem
                )
            )
