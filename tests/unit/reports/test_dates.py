"""Dates and times on paper: the document's language, a month name or 年月日, the zone always shown."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.reports.dates import fmt_datetime, fmt_day, fmt_utc, fmt_zone

JST = timezone(timedelta(hours=9), "JST")
GMT = timezone(timedelta(0), "GMT")
NO_NAME = timezone(timedelta(hours=4))  # Python names it "UTC+04:00"
DUBAI = timezone(timedelta(hours=4), "+04")  # what the tz database calls a zone without a name


@pytest.mark.parametrize(
    ("when", "lang", "expected"),
    [
        (datetime(2026, 11, 8, 14, 3, tzinfo=GMT), "en", "8 Nov 2026 14:03 GMT (UTC+00:00)"),
        (datetime(2026, 11, 8, 14, 3, tzinfo=JST), "ja", "2026年11月8日 14:03 JST (UTC+09:00)"),
        (datetime(2026, 1, 31, 9, 5, tzinfo=JST), "en", "31 Jan 2026 09:05 JST (UTC+09:00)"),
        (datetime(2026, 11, 8, 14, 3, tzinfo=NO_NAME), "en", "8 Nov 2026 14:03 UTC+04:00"),
        (datetime(2026, 11, 8, 14, 3, tzinfo=DUBAI), "ja", "2026年11月8日 14:03 UTC+04:00"),
        (datetime(2026, 11, 8, 5, 3, tzinfo=UTC), "en", "8 Nov 2026 05:03 UTC+00:00"),
    ],
)
def test_date_time_per_language_with_the_zone(when, lang, expected) -> None:
    assert fmt_datetime(when, lang) == expected


def test_dates_seconds_and_utc() -> None:
    assert fmt_day(date(2026, 12, 1), "en") == "1 Dec 2026"
    assert fmt_day(date(2026, 12, 1), "ja") == "2026年12月1日"
    when = datetime(2026, 11, 8, 0, 3, 22, tzinfo=JST)
    assert fmt_datetime(when, "en", seconds=True) == "8 Nov 2026 00:03:22 JST (UTC+09:00)"
    assert fmt_utc(when, "en") == "7 Nov 2026 15:03:22"
    assert fmt_utc(when, "ja") == "2026年11月7日 15:03:22"
    assert fmt_zone(datetime(2026, 11, 8)) == "UTC?"  # never silently without a zone
