"""Checking what people type into incident records: names, texts, times, the person acting.

Shared by the incident, checklist, timeline, evidence and lessons services so that each refuses
bad input with the same plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from app.errors import BadInputError, Message
from app.services.authority import AuthenticatedUser
from app.services.output_log import os_account

MAX_LINE = 300  # a name, a source, a location
MAX_TEXT = 4000  # a note, a timeline entry, a lessons-learned answer
# A time "in the future" by more than this is a typing mistake (clocks differ by a little).
FUTURE_TOLERANCE = timedelta(minutes=5)


@dataclass(frozen=True)
class Actor:
    """Who is acting, as recorded: a signed-in user (authenticated) or a typed name."""

    name: str
    role: str | None
    authenticated: bool


PERSON = Message("field.name_person")


def actor_of(by: str | AuthenticatedUser | None, what: Message = PERSON) -> Actor:
    """A signed-in user, a typed name, or None for the operating-system account."""
    if isinstance(by, AuthenticatedUser):
        return Actor(by.username, by.role_text(), True)
    if by is None:
        return Actor(os_account(), None, False)
    return Actor(line(by, what, required=True) or "", None, False)


def line(
    text: str | None, what: Message, *, required: bool = False, limit: int = MAX_LINE
) -> str | None:
    """One line of text: spaces collapsed; None when empty (BadInputError when ``required``)."""
    if text is None:
        cleaned = ""
    else:
        _no_controls(text, what)
        cleaned = " ".join(text.split())
    return _sized(cleaned, what, required, limit)


def lookup_key(value: str | None, what: Message) -> str:
    """A reference or id someone typed to find a record: one line, no control characters."""
    return line(value, what, required=True, limit=200) or ""


def by_id_prefix(session: Session, model: Any, wanted: str, plural: Message) -> Any:
    """The row of ``model`` whose id is ``wanted`` or, for 8 or more characters, the one row whose
    id starts with it; None when there is none. Several rows: BadInputError asking for more."""
    row = session.get(model, wanted)
    if row is not None or len(wanted) < 8:
        return row
    rows = session.exec(select(model).where(col(model.id).startswith(wanted))).all()
    if len(rows) > 1:
        raise BadInputError(
            Message(
                "incident_input.matches_give_more_id",
                prefix=shown(wanted),
                count=len(rows),
                plural=plural,
            )
        )
    return rows[0] if rows else None


def text(
    text: str | None, what: Message, *, required: bool = False, limit: int = MAX_TEXT
) -> str | None:
    """Free text that may hold line breaks (a note, an answer): trimmed, controls refused."""
    cleaned = "" if text is None else text.replace("\r\n", "\n").strip()
    _no_controls(cleaned, what)
    return _sized(cleaned, what, required, limit)


def parse_time(value: str, what: Message, *, now: datetime | None = None) -> datetime:
    """An ISO 8601 time. Without an offset it is this computer's local time (and gets its offset);
    a time more than a few minutes in the future is refused as a mistake."""
    raw = (value or "").strip()
    if not raw:
        raise BadInputError(Message("incident_input.required_iso_8601_2026", what=what))
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        raise BadInputError(
            Message("incident_input.not_iso_8601_time", what=what, raw=shown(raw))
        ) from None
    if when.year < 1990:
        raise BadInputError(
            Message(
                "incident_input.before_1990_check_date", what=what, when=when.date().isoformat()
            )
        )
    if when.tzinfo is None:
        when = when.astimezone()  # the local time zone of this computer
    current = now or datetime.now(UTC)
    if when - current > FUTURE_TOLERANCE:
        raise BadInputError(
            Message("incident_input.future_check_date_time", what=what, when=when.isoformat())
        )
    return when


def iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds") if when.microsecond == 0 else when.isoformat()


def _no_controls(value: str, what: Message) -> None:
    """Line breaks and tabs are allowed (one-line fields fold them into spaces); other control
    characters, and halves of surrogate pairs (not text at all), are refused."""
    if any((ord(ch) < 32 or ord(ch) == 127) and ch not in "\t\n\r" for ch in value):
        raise BadInputError(Message("common.contains_control_characters", what=what))
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        raise BadInputError(Message("incident_input.contains_characters_not_valid", what=what))


def shown(value: object, limit: int = 40) -> str:
    """Something a person typed, quoted for a message: one line, cut short, never raw controls."""
    text = " ".join(str(value).split())
    text = "".join(
        ch if ch.isprintable() and not "\ud800" <= ch <= "\udfff" else "?" for ch in text
    )
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _sized(cleaned: str, what: Message, required: bool, limit: int) -> str | None:
    if not cleaned:
        if required:
            raise BadInputError(Message("common.required", what=what))
        return None
    if len(cleaned) > limit:
        raise BadInputError(
            Message(
                "incident_input.too_long_characters_most",
                what=what,
                count=len(cleaned),
                limit=limit,
            )
        )
    return cleaned
