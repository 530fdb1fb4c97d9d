"""The canonical content of one decision version: what a signature covers and what the audit
trail's ``content_sha256`` fingerprints.

The field list is fixed and versioned, so adding a column to the table later never changes what
an old signature meant.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlmodel import Session, col, select

from app.database.events import canonical_json
from app.database.tables import Decision, DecisionAnswer

DOCUMENT_FORMAT = "mdir-desk/decision/1"
_FIELDS = (
    "id",
    "created_at",
    "recorded_by",
    "role",
    "authenticated",
    "device_id",
    "device_tag",
    "category",
    "unit",
    "location",
    "incident_id",
    "note",
    "purpose",
    "supersedes_id",
    "ir_class",
    "provisional",
    "safety_override",
    "also_matches",
    "tree_version",
    "tree_sha256",
    "workstation",
    "app_version",
)


def decision_document(session: Session, decision_id: str) -> dict[str, Any] | None:
    row = session.get(Decision, decision_id)
    if row is None:
        return None
    answers = session.exec(
        select(DecisionAnswer)
        .where(DecisionAnswer.decision_id == decision_id)
        .order_by(col(DecisionAnswer.seq))
    ).all()
    document: dict[str, Any] = {"format": DOCUMENT_FORMAT}
    for name in _FIELDS:
        value = getattr(row, name)
        document[name] = json.loads(value) if name == "also_matches" else value
    document["answers"] = [
        {
            "seq": a.seq,
            "question": a.question,
            "answer": a.answer,
            "on_path": bool(a.on_path),
            "source": a.source,
        }
        for a in answers
    ]
    return document


def document_sha256(document: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()
