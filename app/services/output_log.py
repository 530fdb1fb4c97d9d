"""Every print and export leaves an event in the audit trail: who, what, which file, when, where.

``log_output`` is called by the printing and export services once the file is complete (renamed
into place), never before and never for a failed write. ``by`` is the person: a signed-in user
(authenticated), a typed name, or None for the operating-system account (unauthenticated).

``audit_head`` is the trail's newest event (seq and hash); printed records carry it so that a
paper copy can later be checked against the trail.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from app.database.db import Database
from app.database.events import append_event
from app.database.tables import Event
from app.errors import BadInputError, Message
from app.services.authority import AuthenticatedUser
from app.services.clock import utc_now_iso, workstation_id

OUTPUT_KINDS = (
    "print.decision",
    "print.contact_sheet",
    "print.cards",
    "print.binder",
    "print.incident_report",
    "print.after_action_report",
    "print.activity_log",
    "export.contacts",
    "export.inventory",
    "export.incident_share",
)
Actor = str | AuthenticatedUser | None


def os_account() -> str:
    """The operating-system account running the program ("unknown" when it cannot be told)."""
    try:
        name = getpass.getuser()
    except Exception:  # getpass raises OSError, KeyError or ImportError depending on the system
        return "unknown"
    return " ".join((name or "").split()) or "unknown"


def log_output(
    db: Database,
    *,
    kind: str,
    entity: str,
    entity_id: str,
    file_name: str,
    by: Actor = None,
    authenticated: bool = False,
    role: str | None = None,
    details: dict[str, Any] | None = None,
) -> int:
    """Append one output event in its own write transaction; return its seq.

    ``by``: a signed-in user (recorded as authenticated, with their roles unless ``role`` is
    given), a name (``authenticated`` as the caller says), or None: the operating-system account,
    unauthenticated. The payload holds the file name, the OS account and ``details``.
    """
    if not kind.startswith(("print.", "export.")) or kind.count(".") != 1:
        raise BadInputError(Message("output_log.not_output_event_kind", kind=kind))
    account = os_account()
    if isinstance(by, AuthenticatedUser):
        actor, authenticated, role = by.username, True, role or by.role_text()
    else:
        actor = " ".join((by or "").split())
        if not actor:
            actor, authenticated, role = account, False, None
    payload: dict[str, Any] = {**(details or {}), "file": file_name, "os_account": account}
    with db.write() as session:
        event = append_event(
            session,
            at=utc_now_iso(),
            kind=kind,
            entity=entity,
            entity_id=entity_id,
            actor=actor,
            workstation=workstation_id(),
            payload=payload,
            role=role,
            authenticated=authenticated,
        )
        session.flush()
        return event.seq or 0


# The record each printed document is about (entity of its event).
PRINT_ENTITIES = {
    "decision": "decision",
    "contact_sheet": "contact",
    "cards": "device",
    "binder": "contact",
    "incident_report": "incident",
    "after_action_report": "incident",
    "activity_log": "incident",
}


def log_print(
    db: Database,
    document: str,
    detail: str,
    file_name: str,
    *,
    by: Actor = None,
    details: dict[str, Any] | None = None,
) -> int:
    """Log a document printed or saved from a preview (the preview's own render is not logged).
    ``document``: decision, contact_sheet, cards, binder, incident_report or activity_log;
    ``detail``: the decision id, the unit or the incident id."""
    return log_output(
        db,
        kind=f"print.{document}",
        entity=PRINT_ENTITIES[document],
        entity_id=detail or "*",
        file_name=file_name,
        by=by,
        details=details,
    )


def logged_output(
    db: Database,
    out: Path,
    *,
    kind: str,
    entity: str,
    entity_id: str,
    by: Actor,
    details: dict[str, Any] | None = None,
) -> int:
    """``log_output`` for a file just written to ``out``. When the event cannot be written the
    file is removed again (an output that the trail does not show must not exist) and the error
    is raised."""
    try:
        return log_output(
            db,
            kind=kind,
            entity=entity,
            entity_id=entity_id,
            file_name=out.name,
            by=by,
            details={**(details or {}), "path": str(out.resolve())},
        )
    except BaseException:
        out.unlink(missing_ok=True)
        raise


def audit_head(db: Database) -> tuple[int, str] | None:
    """The newest event's (seq, hash), or None when the trail is empty."""
    with db.read() as session:
        last = session.exec(select(Event).order_by(col(Event.seq).desc()).limit(1)).first()
        return (last.seq or 0, last.hash) if last else None
