"""An incident's lessons learned (PIR-01, PIR-02, DOMAIN.md §5.4): three answers and the
improvement actions that come out of them, each with an owner, a due date and a status.

Post-incident work goes on after the incident is closed, so closed incidents take lessons and
actions too. Every change leaves an event on the incident's timeline; saving the form with
nothing changed leaves none.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from app.database.db import Database
from app.database.tables import LessonAction, Lessons
from app.errors import BadInputError, Message
from app.services.authority import AuthenticatedUser
from app.services.clock import utc_now_iso
from app.services.incident_input import (
    MAX_TEXT,
    actor_of,
    by_id_prefix,
    line,
    lookup_key,
    shown,
    text,
)
from app.services.incidents import find_incident_row, log_incident_event

ACTION_STATUSES = ("open", "done")
FIELDS = ("what_happened", "what_worked", "what_did_not")
_LABELS = {
    "what_happened": "what happened",
    "what_worked": "what worked",
    "what_did_not": "what did not work",
}
MAX_ACTION = 1000
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class ActionView:
    id: str
    action: str
    owner: str
    due: str | None  # ISO date
    status: str  # open, done
    created_at: str
    created_by: str
    updated_at: str

    def overdue(self, today: date) -> bool:
        """Still open after its due date."""
        return (
            self.status == "open" and self.due is not None and date.fromisoformat(self.due) < today
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "action": self.action,
            "owner": self.owner,
            "due": self.due,
            "status": self.status,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "updated_at": self.updated_at,
        }


@dataclass(frozen=True)
class LessonsView:
    what_happened: str  # "" until written
    what_worked: str
    what_did_not: str
    updated_at: str | None  # None: never saved
    updated_by: str | None
    actions: tuple[ActionView, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "what_happened": self.what_happened,
            "what_worked": self.what_worked,
            "what_did_not": self.what_did_not,
            "updated_at": self.updated_at,
            "updated_by": self.updated_by,
            "actions": [a.to_json() for a in self.actions],
        }


def get_lessons(db: Database, key: str) -> LessonsView:
    """The incident's lessons-learned form and its actions (oldest action first)."""
    with db.read() as session:
        incident = find_incident_row(session, key)
        return _lessons(session, incident.id)


def save_lessons(
    db: Database,
    key: str,
    *,
    what_happened: str | None,
    what_worked: str | None,
    what_did_not: str | None,
    by: str | AuthenticatedUser | None,
) -> LessonsView:
    """Save the three answers (at most 4000 characters each). Changed answers are logged with
    before and after ("lessons.saved"); unchanged ones are not, and an unchanged form logs
    nothing."""
    actor = actor_of(by)
    given = dict(zip(FIELDS, (what_happened, what_worked, what_did_not), strict=True))
    wanted = {f: text(v, _LABELS[f], limit=MAX_TEXT) or "" for f, v in given.items()}
    now = utc_now_iso()
    with db.write() as session:
        incident = find_incident_row(session, key)
        row = session.get(Lessons, incident.id)
        before = {f: (getattr(row, f) if row else "") for f in FIELDS}
        changed = [f for f in FIELDS if before[f] != wanted[f]]
        if changed:
            if row is None:
                row = Lessons(incident_id=incident.id, **wanted, updated_at=now, updated_by="")
            for field in changed:
                setattr(row, field, wanted[field])
            row.updated_at, row.updated_by = now, actor.name
            session.add(row)
            log_incident_event(
                session,
                incident.id,
                "lessons.saved",
                actor,
                now,
                {
                    "before": {f: before[f] for f in changed},
                    "after": {f: wanted[f] for f in changed},
                },
            )
        incident_id = incident.id
    return get_lessons(db, incident_id)


def add_action(
    db: Database,
    key: str,
    *,
    action: str,
    owner: str,
    due: str | None = None,
    by: str | AuthenticatedUser | None,
) -> ActionView:
    """Add an improvement action (open) with its owner and due date (YYYY-MM-DD, optional)."""
    actor = actor_of(by)
    clean_action = line(action, Message("field.action"), required=True, limit=MAX_ACTION) or ""
    clean_owner = line(owner, Message("field.owner_action"), required=True) or ""
    clean_due = check_due(due)
    now = utc_now_iso()
    action_id = _new_id()
    with db.write() as session:
        incident = find_incident_row(session, key)
        row = LessonAction(
            id=action_id,
            incident_id=incident.id,
            action=clean_action,
            owner=clean_owner,
            due=clean_due,
            status="open",
            created_at=now,
            created_by=actor.name,
            updated_at=now,
        )
        session.add(row)
        log_incident_event(
            session,
            incident.id,
            "lesson_action.added",
            actor,
            now,
            {
                "action_id": action_id,
                "action": clean_action,
                "owner": clean_owner,
                "due": clean_due,
            },
        )
        return _action_view(row)


def set_action_status(
    db: Database, action_id: str, status: str, *, by: str | AuthenticatedUser | None
) -> ActionView:
    """Mark an action done or open again (by its id or the first eight or more characters)."""
    actor = actor_of(by)
    wanted = (status or "").strip().lower()
    if wanted not in ACTION_STATUSES:
        raise BadInputError(
            Message("lessons.unknown_action_status_open", status=shown(status or ""))
        )
    now = utc_now_iso()
    with db.write() as session:
        row = _find_action(session, action_id)
        if row.status != wanted:
            row.status, row.updated_at = wanted, now
            session.add(row)
            log_incident_event(
                session,
                row.incident_id,
                "lesson_action.updated",
                actor,
                now,
                {"action_id": row.id, "action": row.action, "status": wanted},
            )
        return _action_view(row)


def check_due(due: str | None) -> str | None:
    """A due date as YYYY-MM-DD (None or blank: no due date)."""
    raw = (due or "").strip()
    if not raw:
        return None
    try:
        if not _DATE.fullmatch(raw):
            raise ValueError
        return date.fromisoformat(raw).isoformat()
    except ValueError:
        raise BadInputError(Message("lessons.due_date_not_date", raw=shown(raw))) from None


def _new_id() -> str:
    return str(uuid.uuid4())


def _lessons(session: Session, incident_id: str) -> LessonsView:
    row = session.get(Lessons, incident_id)
    actions = session.exec(
        select(LessonAction)
        .where(LessonAction.incident_id == incident_id)
        .order_by(col(LessonAction.created_at), col(LessonAction.id))
    ).all()
    return LessonsView(
        what_happened=row.what_happened if row else "",
        what_worked=row.what_worked if row else "",
        what_did_not=row.what_did_not if row else "",
        updated_at=row.updated_at if row else None,
        updated_by=row.updated_by if row else None,
        actions=tuple(_action_view(a) for a in actions),
    )


def _find_action(session: Session, action_id: str) -> LessonAction:
    if not (action_id or "").strip():
        raise BadInputError(Message("lessons.no_action_id_given"))
    wanted = lookup_key(action_id, Message("field.action_id")).lower()
    row = by_id_prefix(session, LessonAction, wanted, Message("field.actions"))
    if row is None:
        raise BadInputError(Message("lessons.no_action_id", wanted=shown(wanted)))
    return row


def _action_view(row: LessonAction) -> ActionView:
    return ActionView(
        id=row.id,
        action=row.action,
        owner=row.owner,
        due=row.due,
        status=row.status,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
    )
