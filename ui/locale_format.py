"""Dates and times in the GUI language's locale format, with the time zone shown.

A clinical record must not be ambiguous, so the date is never the short numeric form (is 08/11 the
8th of November or the 11th of August?): it is the locale's own long date format without the
weekday and with the abbreviated month name — "Nov 8, 2026" (en_US), "8 Nov 2026" (en_GB),
"2026年11月8日" (ja_JP) — with a 4-digit year. The time is the locale's short time ("2:03 PM" in
en_US, "14:03" in en_GB and ja_JP), followed by the zone's abbreviation ("JST"), or "UTC+09:00"
when the operating system has none.

The locale follows the GUI language, set with ``set_language`` when the language is chosen or
switched (default "en"): English uses the operating system's locale when it is an English one
(en_US, en_GB, en_AU...), else en_US; Japanese uses ja_JP.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from app.domain.time_zones import utc_offset, zone_abbreviation

_language = "en"

_WEEKDAY = re.compile(r"d{3,}")  # "ddd" / "dddd": the weekday name ("d" and "dd" are the day)
_MONTH_NAME = re.compile(r"M{4,}")
_SHORT_YEAR = re.compile(r"(?<!y)yy(?!y)")
_EDGE = " ,.-/\u3000\u202f"  # separators a removed weekday leaves at either end


def set_language(lang: str) -> None:
    """The GUI language ("en" or "ja"); later formatting uses its locale."""
    global _language
    _language = "ja" if lang == "ja" else "en"


def current_language() -> str:
    return _language


def _system_locale() -> QLocale:
    return QLocale.system()


def current_locale() -> QLocale:
    """ja_JP for Japanese; for English the system locale when it is English, else en_US."""
    if _language == "ja":
        return QLocale("ja_JP")
    system = _system_locale()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale("en_US")


def _outside_quotes(pattern: str, change) -> str:
    """Apply ``change`` to the parts of a Qt date pattern that are not 'quoted literal text'."""
    parts = pattern.split("'")
    return "'".join(change(part) if i % 2 == 0 else part for i, part in enumerate(parts))


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's long date pattern without the weekday, MMMM→MMM and a 4-digit year."""
    locale = locale or current_locale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)

    def change(part: str) -> str:
        part = _WEEKDAY.sub("", part)
        part = _MONTH_NAME.sub("MMM", part)
        return _SHORT_YEAR.sub("yyyy", part)

    pattern = _outside_quotes(pattern, change)
    pattern = re.sub(r"(, )+", ", ", pattern)  # "dddd, d MMMM" leaves ", d MMM"
    return pattern.strip(_EDGE) or "yyyy-MM-dd"


def time_pattern(with_seconds: bool = False, locale: QLocale | None = None) -> str:
    """The locale's short time pattern (12-hour with AM/PM where the locale uses it)."""
    locale = locale or current_locale()
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if with_seconds and "s" not in pattern:
        pattern = re.sub(r"mm", "mm:ss", pattern, count=1)
    return pattern


def edit_format(with_seconds: bool = False, with_zone: bool = False) -> str:
    """The display format of a QDateTimeEdit: the same date and time as everywhere else."""
    text = f"{date_pattern()} {time_pattern(with_seconds)}"
    return f"{text} t" if with_zone else text


def zone_name(moment: datetime) -> str:
    """The zone abbreviation of an aware time ("JST", "GMT"), else its offset as "UTC+09:00"."""
    return zone_abbreviation(moment) or utc_offset(moment) or "UTC"


def format_date(day: date) -> str:
    """A calendar date: "Nov 8, 2026" / "8 Nov 2026" / "2026年11月8日"."""
    locale = current_locale()
    return locale.toString(QDate(day.year, day.month, day.day), date_pattern(locale))


def format_wall_clock(moment: datetime, with_seconds: bool = False) -> str:
    """The date and time of ``moment`` as they read, without converting it or naming its zone."""
    locale = current_locale()
    day = locale.toString(QDate(moment.year, moment.month, moment.day), date_pattern(locale))
    clock = locale.toString(
        QTime(moment.hour, moment.minute, moment.second), time_pattern(with_seconds, locale)
    )
    return f"{day} {clock}"


def format_datetime(moment: datetime, with_seconds: bool = False) -> str:
    """A time in the workstation's zone: "Nov 8, 2026 2:03 PM EST", "2026年11月8日 14:03 JST"."""
    local = moment.astimezone()
    return f"{format_wall_clock(local, with_seconds)} {zone_name(local)}"
