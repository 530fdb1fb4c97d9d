"""Time and workstation identity for records."""

from __future__ import annotations

import socket
from datetime import UTC, datetime

from app.database.db import Database
from app.database.events import clock_went_back


def utc_now_iso() -> str:
    """Now, in UTC, ISO 8601 with microseconds and an explicit offset."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def workstation_id() -> str:
    """This machine's host name (a local call; no network involved)."""
    return socket.gethostname() or "unknown-host"


def clock_behind(db: Database) -> str | None:
    """The newest event's time when this computer's clock is behind it by more than the
    tolerance (the clock was set back, or the file came from a computer whose clock is ahead);
    None when the clock looks sane."""
    row = db.raw_reader().execute("SELECT at FROM event ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None or not clock_went_back(row[0], utc_now_iso()):
        return None
    return str(row[0])
