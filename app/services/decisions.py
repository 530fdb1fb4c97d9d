"""Recording triage decisions and reading them back.

A decision is written in one transaction together with its answers and an event in the log; the
caller gets the decision back only after the commit, read again from the database, so "saved" on any
screen means saved.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.database.db import Database
from app.database.events import append_event
from app.database.tables import Decision, DecisionAnswer, Device, Location
from app.domain.engine import Classification, Step
from app.errors import BadInputError, Listing, Message
from app.services.clock import utc_now_iso, workstation_id
from app.services.decision_document import decision_document, document_sha256
from app.services.devices import find_device_row, location_text, normalise_tag
from app.services.reference import Reference
from app.version import __version__

MAX_TEXT = 2000
PURPOSES = ("triage", "preclassification")
ANSWER_SOURCES = ("person", "inventory")
NOTE = Message("field.decision_note")  # kept with its line breaks; other texts become one line


@dataclass(frozen=True)
class DecisionDraft:
    """What a person submits to record a decision (nothing is trusted until validated)."""

    answers: dict[str, str]
    recorded_by: str
    role: str
    device_tag: str | None = None
    category: str | None = None
    unit: str | None = None
    location: str | None = None
    incident_id: str | None = None
    note: str | None = None
    # Where each answer came from: "person" (the default) or "inventory" (pre-filled from the device
    # record and left unchanged).
    answer_sources: dict[str, str] = field(default_factory=dict)
    # The decision this one replaces (a new version: an unknown answer resolved, a situation
    # changed); the earlier one stays as it was.
    supersedes: str | None = None


@dataclass(frozen=True)
class DecisionView:
    id: str
    created_at: str
    recorded_by: str
    role: str
    authenticated: bool
    device_tag: str | None
    category: str | None
    unit: str | None
    location: str | None
    incident_id: str | None
    note: str | None
    ir_class: int
    purpose: str
    provisional: bool
    safety_override: bool
    also_matches: tuple[int, ...]
    path: tuple[Step, ...]
    answers: dict[str, str] = field(default_factory=dict)
    answer_sources: dict[str, str] = field(default_factory=dict)
    supersedes: str | None = None
    superseded_by: str | None = None
    tree_version: str = ""
    tree_sha256: str = ""
    workstation: str = ""
    app_version: str = ""
    device_id: str | None = None

    def to_json(self, reference: Reference, lang: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at,
            "recorded_by": self.recorded_by,
            "role": self.role,
            "authenticated": self.authenticated,
            "device_tag": self.device_tag,
            "category": self.category,
            "unit": self.unit,
            "location": self.location,
            "incident_id": self.incident_id,
            "note": self.note,
            "purpose": self.purpose,
            "ir_class": self.ir_class,
            "ir_class_name": reference.class_name(self.ir_class, lang),
            "provisional": self.provisional,
            "safety_override": self.safety_override,
            "also_matches": list(self.also_matches),
            "path": [{"question": s.question, "answer": s.answer} for s in self.path],
            "answers": dict(self.answers),
            "answer_sources": dict(self.answer_sources),
            "supersedes": self.supersedes,
            "superseded_by": self.superseded_by,
            "tree_version": self.tree_version,
            "tree_sha256": self.tree_sha256,
            "workstation": self.workstation,
            "app_version": self.app_version,
        }


def record_decision(
    db: Database,
    reference: Reference,
    draft: DecisionDraft,
    purpose: str = "triage",
    also: Callable[[Session, DecisionView], None] | None = None,
) -> DecisionView:
    """Validate, classify and save ``draft``; returns the decision as committed.

    ``purpose`` is "triage" (a device in its live situation) or "preclassification" (recording a
    device's default class in the Prepare phase). ``also`` runs inside the same transaction, after
    the decision is written, for work that must stand or fall with it.
    """
    if purpose not in PURPOSES:
        raise BadInputError(Message("decisions.unknown_purpose", purpose=purpose))
    result = reference.classify(draft.answers)
    if not result.complete:
        raise BadInputError(
            Message("decisions.answers_incomplete_still_needs", next_question=result.next_question)
        )
    assert result.ir_class is not None
    recorded_by = _clean_required(draft.recorded_by, Message("field.name_person_recording"))
    if draft.role not in reference.roles.codes():
        raise BadInputError(
            Message(
                "decisions.unknown_role_roles",
                role=draft.role,
                roles=Listing(reference.roles.codes()),
            )
        )
    if draft.device_tag is not None and draft.category is not None:
        raise BadInputError(Message("decisions.give_either_device_tag"))
    category = _check_category(reference, draft.category)
    sources = _check_sources(draft)
    supersedes = _check_supersedes(db, draft.supersedes)
    decision_id = str(uuid.uuid4())
    now = utc_now_iso()
    host = workstation_id()
    try:
        return _write_decision(
            db,
            reference,
            draft,
            result,
            purpose,
            also,
            decision_id=decision_id,
            now=now,
            host=host,
            recorded_by=recorded_by,
            category=category,
            sources=sources,
            supersedes=supersedes,
        )
    except IntegrityError as exc:
        if supersedes is not None and "supersedes_id" in str(exc):
            raise BadInputError(
                Message("decisions.decision_just_replaced_someone", supersedes=supersedes)
            ) from None
        raise


def _write_decision(
    db: Database,
    reference: Reference,
    draft: DecisionDraft,
    result: Classification,
    purpose: str,
    also: Callable[[Session, DecisionView], None] | None,
    *,
    decision_id: str,
    now: str,
    host: str,
    recorded_by: str,
    category: str | None,
    sources: dict[str, str],
    supersedes: str | None,
) -> DecisionView:
    on_path = {step.question for step in result.path}
    with db.write() as session:
        device, place = _find_device_row(session, draft.device_tag)
        row = Decision(
            id=decision_id,
            created_at=now,
            recorded_by=recorded_by,
            role=draft.role,
            authenticated=False,
            device_id=device.id if device else None,
            device_tag=device.asset_tag if device else None,
            category=category or (device.category if device else None),
            unit=_clean_optional(draft.unit, Message("field.decision_unit"))
            or (place.unit or None if place else None),
            location=_clean_optional(draft.location, Message("field.decision_location"))
            or location_text(place),
            incident_id=_clean_optional(draft.incident_id, Message("field.incident_id")),
            note=_clean_optional(draft.note, NOTE),
            purpose=purpose,
            supersedes_id=supersedes,
            ir_class=result.ir_class,
            provisional=result.provisional,
            safety_override=result.safety_override,
            also_matches=json.dumps(list(result.also_matches)),
            tree_version=result.tree_version,
            tree_sha256=result.tree_sha256,
            workstation=host,
            app_version=__version__,
        )
        session.add(row)
        session.flush()
        ordered = [s.question for s in result.path] + sorted(set(draft.answers) - on_path)
        for seq, question in enumerate(ordered):
            session.add(
                DecisionAnswer(
                    decision_id=decision_id,
                    seq=seq,
                    question=question,
                    answer=draft.answers[question],
                    on_path=question in on_path,
                    source=sources.get(question, "person"),
                )
            )
        session.flush()
        content = decision_document(session, decision_id)
        assert content is not None
        append_event(
            session,
            at=now,
            kind="decision.recorded",
            entity="decision",
            entity_id=decision_id,
            actor=recorded_by,
            workstation=host,
            payload={
                "ir_class": result.ir_class,
                "provisional": result.provisional,
                "role": draft.role,
                "authenticated": False,
                "purpose": purpose,
                "supersedes": supersedes,
                "answers": dict(sorted(draft.answers.items())),
                "answer_sources": dict(sorted(sources.items())),
                "tree_sha256": result.tree_sha256,
                "content_sha256": document_sha256(content),
            },
            role=draft.role,
        )
        if also is not None:
            session.flush()
            also(session, _view(session, row))
    return get_decision(db, decision_id)


def list_decisions(db: Database, limit: int | None = None) -> list[DecisionView]:
    """Saved decisions, newest first."""
    with db.read() as session:
        query = select(Decision).order_by(col(Decision.created_at).desc(), col(Decision.id))
        if limit is not None:
            query = query.limit(limit)
        return decision_views(session, list(session.exec(query).all()))


def decision_views(session: Session, rows: list[Decision]) -> list[DecisionView]:
    """Views of many decisions with a fixed number of queries (not one per decision)."""
    answers: dict[str, list[DecisionAnswer]] = {row.id: [] for row in rows}
    replaced: dict[str, str] = {}
    ids = list(answers)
    for start in range(0, len(ids), 500):  # SQLite allows a limited number of parameters
        chunk = ids[start : start + 500]
        for answer in session.exec(
            select(DecisionAnswer)
            .where(col(DecisionAnswer.decision_id).in_(chunk))
            .order_by(col(DecisionAnswer.decision_id), col(DecisionAnswer.seq))
        ):
            answers[answer.decision_id].append(answer)
        for newer_id, older_id in session.exec(
            select(Decision.id, Decision.supersedes_id).where(
                col(Decision.supersedes_id).in_(chunk)
            )
        ):
            if older_id is not None:
                replaced[older_id] = newer_id
    return [_make_view(row, answers[row.id], replaced.get(row.id)) for row in rows]


def get_decision(db: Database, decision_id: str) -> DecisionView:
    with db.read() as session:
        row = session.get(Decision, decision_id.strip())
        if row is None:
            raise BadInputError(Message("decisions.no_decision_id", decision_id=decision_id))
        return _view(session, row)


def _view(session: Session, row: Decision) -> DecisionView:
    return decision_views(session, [row])[0]


def _make_view(
    row: Decision, answers: list[DecisionAnswer], superseded_by: str | None
) -> DecisionView:
    return DecisionView(
        id=row.id,
        created_at=row.created_at,
        recorded_by=row.recorded_by,
        role=row.role,
        authenticated=row.authenticated,
        device_tag=row.device_tag,
        category=row.category,
        unit=row.unit,
        location=row.location,
        incident_id=row.incident_id,
        note=row.note,
        ir_class=row.ir_class,
        purpose=row.purpose,
        provisional=row.provisional,
        safety_override=row.safety_override,
        also_matches=tuple(json.loads(row.also_matches)),
        path=tuple(Step(a.question, a.answer) for a in answers if a.on_path),
        answers={a.question: a.answer for a in answers},
        answer_sources={a.question: a.source for a in answers},
        supersedes=row.supersedes_id,
        superseded_by=superseded_by,
        tree_version=row.tree_version,
        tree_sha256=row.tree_sha256,
        workstation=row.workstation,
        app_version=row.app_version,
        device_id=row.device_id,
    )


def _find_device_row(session: Session, tag: str | None) -> tuple[Device | None, Location | None]:
    if tag is None:
        return None, None
    clean = normalise_tag(tag)
    if not clean:
        raise BadInputError(Message("decisions.device_tag_empty"))
    found = find_device_row(session, clean)
    if found is None:
        raise BadInputError(Message("decisions.no_device_asset_tag", tag=clean))
    return found


def _check_supersedes(db: Database, decision_id: str | None) -> str | None:
    if decision_id is None:
        return None
    earlier = get_decision(db, decision_id)
    if earlier.superseded_by is not None:
        raise BadInputError(
            Message(
                "decisions.decision_already_replaced_replace",
                decision_id=earlier.id,
                superseded_by=earlier.superseded_by,
            )
        )
    return earlier.id


def _check_sources(draft: DecisionDraft) -> dict[str, str]:
    for question, source in draft.answer_sources.items():
        if question not in draft.answers:
            raise BadInputError(Message("decisions.source_given_no_answer", question=question))
        if source not in ANSWER_SOURCES:
            raise BadInputError(Message("decisions.unknown_answer_source_sources", source=source))
    return {q: draft.answer_sources.get(q, "person") for q in draft.answers}


def _check_category(reference: Reference, category: str | None) -> str | None:
    if category is None:
        return None
    try:
        return reference.categories.get(category.strip()).code
    except KeyError:
        codes = ", ".join(c.code for c in reference.categories.categories)
        raise BadInputError(
            Message(
                "decisions.unknown_device_category_categories", category=category, categories=codes
            )
        ) from None


def _clean_required(text: str, what: Message) -> str:
    cleaned = _clean_optional(text, what)
    if not cleaned:
        raise BadInputError(Message("common.required", what=what))
    return cleaned


def _clean_optional(text: str | None, what: Message) -> str | None:
    if text is None:
        return None
    cleaned = " ".join(text.split()) if what != NOTE else text.strip()
    if len(cleaned) > MAX_TEXT:
        raise BadInputError(
            Message(
                "decisions.too_long_characters_most",
                what=what,
                count=len(cleaned),
                max_text=MAX_TEXT,
            )
        )
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in cleaned):
        raise BadInputError(Message("common.contains_control_characters", what=what))
    return cleaned or None
