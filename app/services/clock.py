"""Time and workstation identity for records."""

from __future__ import annotations

import socket
from datetime import UTC, datetime


def utc_now_iso() -> str:
    """Now, in UTC, ISO 8601 with microseconds and an explicit offset."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def workstation_id() -> str:
    """This machine's host name (a local call; no network involved)."""
    return socket.gethostname() or "unknown-host"
