"""Signing decisions off: the role matrix, re-authenticated Ed25519 signatures bound to one
decision version, their verification, and the queue of decisions awaiting someone's role.

A signature covers the canonical content of the exact decision version (answers, class, device,
times, tree hash) plus the signer, meaning, reason and time. A decision is never edited: a change
is a new version (``supersedes``) that needs its own signatures; the old one keeps its own.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.database.db import Database
from app.database.events import append_event, canonical_json
from app.database.tables import Decision, Signature, UserKey
from app.domain.signoff_policy import CLASSES, DECIDING, MEANINGS, check_roles, signing_role
from app.errors import AccessDeniedError, BadInputError, Listing, Message
from app.security import signing_keys
from app.services.accounts import authenticate, open_signing_key
from app.services.authority import AuthenticatedUser, require
from app.services.clock import utc_now_iso, workstation_id
from app.services.decision_document import decision_document, document_sha256
from app.services.decisions import DecisionView, decision_views, get_decision
from app.services.reference import Reference
from app.services.settings import get_setting, setting_value, write_setting

SIGNATURE_FORMAT = "mdir-desk/signature/1"
MATRIX_KEY = "signoff_roles"
COMPONENTS = "username+password"
MAX_REASON = 1000
# Sign-off states of a decision version.
AWAITING, APPROVED, REJECTED, REPLACED = "awaiting", "approved", "rejected", "replaced"


@dataclass(frozen=True)
class SignatureView:
    id: str
    decision_id: str
    username: str
    full_name: str
    role: str
    meaning: str
    reason: str | None
    accepted_unknown: bool
    signed_at: str
    signed_at_local: str
    workstation: str
    key_fingerprint: str
    valid: bool
    problem: str | None  # why it is not valid

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "decision_id": self.decision_id,
            "username": self.username,
            "name": self.full_name,
            "role": self.role,
            "meaning": self.meaning,
            "reason": self.reason,
            "accepted_unknown": self.accepted_unknown,
            "time": self.signed_at,
            "time_local": self.signed_at_local,
            "workstation": self.workstation,
            "key_fingerprint": self.key_fingerprint,
            "valid": self.valid,
            "problem": self.problem,
        }


# --- the matrix -----------------------------------------------------------------------------


def signoff_matrix(db: Database, reference: Reference) -> dict[int, tuple[str, ...]]:
    """Roles that may approve each class: the data file's defaults, then this installation's."""
    matrix = {number: entry.roles for number, entry in reference.signoff.classes.items()}
    stored = get_setting(db, MATRIX_KEY)
    if stored:
        for number, roles in json.loads(stored).items():
            matrix[int(number)] = tuple(roles)
    return matrix


def set_signoff_roles(
    db: Database,
    reference: Reference,
    ir_class: int,
    roles: list[str],
    *,
    by: AuthenticatedUser,
) -> dict[int, tuple[str, ...]]:
    role = require(db, by, "configure")
    if ir_class not in CLASSES:
        raise BadInputError(Message("signoff.there_no_class_classes", ir_class=ir_class))
    codes = tuple(r.strip() for item in roles for r in item.split(",") if r.strip())
    known = reference.roles.codes()
    for code in codes:
        if code not in known:
            raise BadInputError(
                Message("signoff.unknown_role_roles", code=code, roles=Listing(known))
            )
    try:
        check_roles(codes, f"class {ir_class}")
    except ValueError as exc:
        raise BadInputError(str(exc)) from None  # english-only: check_roles's data-file text
    matrix = signoff_matrix(db, reference)
    matrix[ir_class] = codes
    defaults = {n: e.roles for n, e in reference.signoff.classes.items()}
    changed = {str(n): list(r) for n, r in sorted(matrix.items()) if r != defaults[n]}
    write_setting(db, MATRIX_KEY, canonical_json(changed), by=by, role=role)
    return matrix


# --- signing --------------------------------------------------------------------------------


def sign_decision(
    db: Database,
    reference: Reference,
    decision_id: str,
    *,
    username: str,
    password: str,
    meaning: str,
    reason: str | None = None,
    accept_unknown: bool = False,
    lang: str = "en",
) -> SignatureView:
    """Sign one decision version. User name and password are checked every time (both
    components); the refusal of a signature by an unauthorised role is logged."""
    if meaning not in MEANINGS:
        raise BadInputError(
            Message("signoff.unknown_meaning_meanings", meaning=meaning, meanings=Listing(MEANINGS))
        )
    clean_reason = _reason(reason)
    user = authenticate(db, username, password, purpose="sign")
    decision = get_decision(db, decision_id)
    _check_sequence(decision, meaning, clean_reason, accept_unknown)
    role = signing_role(
        reference.signoff, signoff_matrix(db, reference), decision.ir_class, meaning, user.roles
    )
    if role is None:
        _log_refusal(db, user, decision.id, meaning)
        raise AccessDeniedError(_not_allowed(db, reference, user, decision, meaning))
    if setting_value(db, "signoff_requires_training") == "yes" and not _has_training(db, user):
        raise AccessDeniedError(
            Message("signoff.no_training_record_administrator", username=user.username)
        )
    key, pair = open_signing_key(db, user, password)
    now = datetime.now().astimezone()
    signature_id = str(uuid.uuid4())
    row = Signature(
        id=signature_id,
        decision_id=decision.id,
        decision_sha256="",
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=role,
        meaning=meaning,
        reason=clean_reason,
        accepted_unknown=accept_unknown,
        signed_at=utc_now_iso(),
        signed_at_local=now.isoformat(timespec="seconds"),
        components=COMPONENTS,
        statement=reference.signoff.statement.get(lang),
        workstation=workstation_id(),
        key_id=key.id,
        signature="",
    )
    try:
        with db.write() as session:
            document = decision_document(session, decision.id)
            assert document is not None
            row.decision_sha256 = document_sha256(document)
            row.signature = signing_keys.sign(pair, signed_bytes(document, row))
            session.add(row)
            session.flush()
            append_event(
                session,
                at=row.signed_at,
                kind="decision.signed",
                entity="decision",
                entity_id=decision.id,
                actor=user.username,
                workstation=row.workstation,
                payload={
                    "signature_id": signature_id,
                    "meaning": meaning,
                    "reason": clean_reason,
                    "accepted_unknown": accept_unknown,
                    "decision_sha256": row.decision_sha256,
                    "signature_sha256": _sha(row.signature),
                    "key_id": key.id,
                },
                role=role,
                authenticated=True,
            )
    except IntegrityError:
        raise BadInputError(
            Message(
                "signoff.already_signed_decision",
                username=user.username,
                decision_id=decision.id,
                meaning=meaning,
            )
        ) from None
    return signatures_of(db, decision.id)[-1]


def _check_sequence(
    decision: DecisionView, meaning: str, reason: str | None, accept_unknown: bool
) -> None:
    """Part 11 §11.10(f): the steps in the permitted order."""
    if decision.superseded_by:
        raise BadInputError(
            Message(
                "signoff.decision_replaced_sign_newest",
                decision_id=decision.id,
                superseded_by=decision.superseded_by,
            )
        )
    if meaning == "rejected" and not reason:
        raise BadInputError(Message("signoff.rejection_needs_reason"))
    if accept_unknown:
        if not decision.provisional:
            raise BadInputError(Message("signoff.decision_no_unknown_answer"))
        if meaning != "approved":
            raise BadInputError(Message("signoff.accepted_unknown_goes_approval"))
        if not reason:
            raise BadInputError(Message("signoff.accepting_unknown_answer_needs"))
    elif decision.provisional and meaning == "approved":
        raise BadInputError(Message("signoff.decision_provisional_answer_unknown"))


def _not_allowed(
    db: Database,
    reference: Reference,
    user: AuthenticatedUser,
    decision: DecisionView,
    meaning: str,
) -> Message:
    if meaning in DECIDING:
        allowed = signoff_matrix(db, reference)[decision.ir_class]
        code = {"approved": "signoff.what_approve", "rejected": "signoff.what_reject"}[meaning]
        what = Message(code, ir_class=decision.ir_class)
    else:
        allowed = reference.signoff.meanings[meaning].roles or ()
        what = Message("signoff.what_sign_as", meaning=meaning)
    return Message(
        "signoff.not_allowed",
        username=user.username,
        roles=user.role_text(),
        what=what,
        allowed=Listing(allowed, en_separator=" or "),
    )


def _log_refusal(db: Database, user: AuthenticatedUser, decision_id: str, meaning: str) -> None:
    with db.write() as session:
        append_event(
            session,
            at=utc_now_iso(),
            kind="decision.signoff_refused",
            entity="decision",
            entity_id=decision_id,
            actor=user.username,
            workstation=workstation_id(),
            payload={"meaning": meaning, "reason": "role not allowed"},
            role=user.role_text(),
            authenticated=True,
        )


def _has_training(db: Database, user: AuthenticatedUser) -> bool:
    row = (
        db.raw_reader()
        .execute("SELECT training FROM user_account WHERE id = ?", (user.id,))
        .fetchone()
    )
    return bool(row and row[0])


def signed_bytes(document: dict[str, Any], row: Signature) -> bytes:
    """Exactly what the Ed25519 signature covers."""
    content = {
        "format": SIGNATURE_FORMAT,
        "signature_id": row.id,
        "decision": document,
        "decision_sha256": row.decision_sha256,
        "signer": {
            "user_id": row.user_id,
            "username": row.username,
            "full_name": row.full_name,
            "role": row.role,
        },
        "meaning": row.meaning,
        "reason": row.reason,
        "accepted_unknown": bool(row.accepted_unknown),
        "signed_at": row.signed_at,
        "signed_at_local": row.signed_at_local,
        "components": row.components,
        "statement": row.statement,
        "workstation": row.workstation,
        "key_id": row.key_id,
    }
    return canonical_json(content).encode("utf-8")


# --- reading signatures back ----------------------------------------------------------------


def signatures_of(db: Database, decision_id: str) -> list[SignatureView]:
    """The signatures on one decision version, oldest first, each checked."""
    with db.read() as session:
        rows = session.exec(
            select(Signature)
            .where(Signature.decision_id == decision_id)
            .order_by(col(Signature.signed_at), col(Signature.id))
        ).all()
        document = decision_document(session, decision_id)
        return [_signature_view(session, row, document) for row in rows]


def check_signature(
    session: Session, row: Signature, document: dict[str, Any] | None
) -> str | None:
    """Why ``row`` is not a valid signature on ``document``, or None when it is."""
    if document is None:
        return "the signed decision is missing"
    if document_sha256(document) != row.decision_sha256:
        return "the decision was changed after it was signed"
    key = session.get(UserKey, row.key_id)
    if key is None or key.user_id != row.user_id:
        return "the signer's key is missing or belongs to someone else"
    public = base64.b64decode(key.public_key)
    if signing_keys.fingerprint(public) != key.fingerprint:
        return "the signer's key record was altered"
    if not signing_keys.verify(public, signed_bytes(document, row), row.signature):
        return "the signature does not match the record"
    return None


def _signature_view(
    session: Session, row: Signature, document: dict[str, Any] | None
) -> SignatureView:
    problem = check_signature(session, row, document)
    key = session.get(UserKey, row.key_id)
    return SignatureView(
        id=row.id,
        decision_id=row.decision_id,
        username=row.username,
        full_name=row.full_name,
        role=row.role,
        meaning=row.meaning,
        reason=row.reason,
        accepted_unknown=bool(row.accepted_unknown),
        signed_at=row.signed_at,
        signed_at_local=row.signed_at_local,
        workstation=row.workstation,
        key_fingerprint=key.fingerprint if key else "",
        valid=problem is None,
        problem=problem,
    )


def signoff_state(
    db: Database,
    reference: Reference,
    decision: DecisionView,
    signatures: list[SignatureView] | None = None,
) -> str:
    """awaiting, approved, rejected (needs a new version) or replaced. Only valid signatures by a
    role of the class count; one rejection stands until a new version is recorded."""
    if decision.superseded_by:
        return REPLACED
    allowed = signoff_matrix(db, reference)[decision.ir_class]
    counted = [
        s
        for s in (signatures if signatures is not None else signatures_of(db, decision.id))
        if s.valid and s.meaning in DECIDING and s.role in allowed
    ]
    if any(s.meaning == "rejected" for s in counted):
        return REJECTED
    if any(s.meaning == "approved" for s in counted):
        return APPROVED
    return AWAITING


def signoff_queue(
    db: Database, reference: Reference, user: AuthenticatedUser, order: str = "oldest"
) -> list[DecisionView]:
    """Decisions awaiting a role ``user`` has: oldest first, or highest class first."""
    matrix = signoff_matrix(db, reference)
    waiting = awaiting_signoff(
        db, reference, [n for n, roles in matrix.items() if set(roles) & set(user.roles)]
    )
    if order == "class":
        return sorted(waiting, key=lambda d: (-d.ir_class, d.created_at))
    return waiting


def awaiting_signoff(
    db: Database, reference: Reference, classes: list[int] | None = None
) -> list[DecisionView]:
    """Current decision versions (of ``classes``) without a valid approval or rejection by a
    role of their class, oldest first. Signatures are checked only where one could count."""
    matrix = signoff_matrix(db, reference)
    wanted = list(CLASSES) if classes is None else classes
    with db.read() as session:
        replaced = select(Decision.supersedes_id).where(col(Decision.supersedes_id).is_not(None))
        rows = list(
            session.exec(
                select(Decision)
                .where(col(Decision.ir_class).in_(wanted), col(Decision.id).not_in(replaced))
                .order_by(col(Decision.created_at), col(Decision.id))
            ).all()
        )
        by_id = {row.id: row for row in rows}
        settled: set[str] = set()
        for signature in session.exec(
            select(Signature).where(col(Signature.meaning).in_(DECIDING))
        ):
            row = by_id.get(signature.decision_id)
            if (
                row is not None
                and row.id not in settled
                and signature.role in matrix[row.ir_class]
                and check_signature(session, signature, decision_document(session, row.id)) is None
            ):
                settled.add(row.id)
        return decision_views(session, [row for row in rows if row.id not in settled])


def version_history(db: Database, decision_id: str) -> list[DecisionView]:
    """Every version of a decision, oldest first (following ``supersedes`` both ways)."""
    current = get_decision(db, decision_id)
    while current.supersedes:
        current = get_decision(db, current.supersedes)
    chain = [current]
    while chain[-1].superseded_by:
        chain.append(get_decision(db, chain[-1].superseded_by))
    return chain


def _reason(reason: str | None) -> str | None:
    cleaned = " ".join((reason or "").split())
    if len(cleaned) > MAX_REASON:
        raise BadInputError(Message("signoff.reason_too_long_most", max_reason=MAX_REASON))
    return cleaned or None


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("ascii")).hexdigest()
