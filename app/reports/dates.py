"""Dates and times on paper, in the document's language, never ambiguous.

English "8 Nov 2026 14:03 JST (UTC+09:00)", Japanese "2026年11月8日 14:03 JST (UTC+09:00)": a 4-digit
year and a month name (or 年月日), 24-hour time, and the time's zone — its abbreviation with the UTC
offset beside it (an abbreviation alone is ambiguous once paper leaves the building: IST, CST), or
the offset alone when the zone has no abbreviation. The same date order as the GUI's (ui.locale_format)
for en_GB and ja_JP; paper does not follow the workstation's locale, so English is always day-month-year.
Standard library only (app/ never imports Qt); month names are fixed here, not taken from the C
locale, so a document reads the same on every computer. CSV/JSON exports stay ISO 8601.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.domain.time_zones import utc_offset, zone_abbreviation

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_day(day: date, lang: str) -> str:
    """ "8 Nov 2026" / "2026年11月8日"."""
    if lang == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year:04d}"


def fmt_clock(when: datetime, seconds: bool = False) -> str:
    """ "14:03" or "14:03:22" (24-hour in both languages, as hospital forms write it)."""
    return f"{when:%H:%M:%S}" if seconds else f"{when:%H:%M}"


def offset_text(when: datetime) -> str:
    """ "UTC+09:00" ("UTC?" for a time without a zone)."""
    return utc_offset(when) or "UTC?"


def fmt_zone(when: datetime) -> str:
    """ "JST (UTC+09:00)", or "UTC+04:00" when the zone has no abbreviation ("+04", "UTC+04:00")."""
    offset = offset_text(when)
    name = zone_abbreviation(when)
    if name and name != "UTC":  # "UTC (UTC+00:00)" would say it twice
        return f"{name} ({offset})"
    return offset


def fmt_datetime(when: datetime, lang: str, seconds: bool = False) -> str:
    """ "8 Nov 2026 14:03 JST (UTC+09:00)" / "2026年11月8日 14:03 JST (UTC+09:00)"."""
    return f"{fmt_day(when, lang)} {fmt_clock(when, seconds)} {fmt_zone(when)}"


def fmt_utc(when: datetime, lang: str) -> str:
    """The same moment in UTC with seconds, without the zone (the label says UTC)."""
    moment = when.astimezone(UTC)
    return f"{fmt_day(moment, lang)} {fmt_clock(moment, seconds=True)}"
