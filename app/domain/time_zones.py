"""How a time's zone is named on screen and on paper: its abbreviation when the operating system
gives a real one ("JST", "GMT"), and its offset from UTC ("UTC+09:00")."""

from __future__ import annotations

from datetime import datetime

_OFFSET_LIKE = ("UTC+", "UTC-", "GMT+", "GMT-")


def zone_abbreviation(moment: datetime) -> str | None:
    """ "JST", "EST", "UTC"; None when the zone has none (no name, or a number such as "+04")."""
    name = moment.tzname() or ""
    if name and name[0].isalpha() and not name.startswith(_OFFSET_LIKE):
        return name
    return None


def utc_offset(moment: datetime) -> str | None:
    """ "UTC+09:00"; None for a time without a zone."""
    offset = moment.strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:5]}" if offset else None
