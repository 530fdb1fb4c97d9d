"""Regulatory clocks: the shipped file, and the due-time arithmetic (pure, timezone-aware)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.clocks import Deadline, due_at, load_clocks, rule_text
from app.paths import data_dir

JST = timezone(timedelta(hours=9))
EST = timezone(timedelta(hours=-5))
CLOCKS = load_clocks(data_dir() / "clocks.yaml")


def days(n: int) -> Deadline:
    return Deadline(rule="calendar_days", amount=n)


def work(n: int) -> Deadline:
    return Deadline(rule="work_days", amount=n)


def hours(n: int) -> Deadline:
    return Deadline(rule="hours", amount=n)


ANNUAL_JAN_1 = Deadline(rule="annual", month=1, day=1)


def at(*parts: int, tz: timezone = JST) -> datetime:
    return datetime(*parts, tzinfo=tz)


# --- the shipped file ---------------------------------------------------------------------------


def test_shipped_clocks_cover_both_jurisdictions_in_file_order():
    assert [j.code for j in CLOCKS.jurisdictions] == ["us", "jp"]
    us = [c.id for c in CLOCKS.for_jurisdiction("us")]
    jp = [c.id for c in CLOCKS.for_jurisdiction("jp")]
    assert us[:3] == ["us-mdr-death", "us-mdr-serious-injury", "us-mdr-annual"]
    assert {"us-hipaa-individuals", "us-hipaa-media", "us-hipaa-hhs"} <= set(us)
    assert {"us-circia-incident", "us-circia-ransom", "us-sec-8k"} <= set(us)
    assert {"jp-vendor-contact", "jp-mhlw-contact", "jp-pmda-defect"} <= set(jp)
    assert {"jp-ppc-preliminary", "jp-ppc-final", "jp-ppc-final-malicious"} <= set(jp)
    assert len(us) + len(jp) == len(CLOCKS.clocks)
    with pytest.raises(KeyError):
        CLOCKS.for_jurisdiction("de")


def test_shipped_deadlines_match_the_domain_tables():
    expected = {
        "us-mdr-death": ("work_days", 10),
        "us-mdr-serious-injury": ("work_days", 10),
        "us-hipaa-individuals": ("calendar_days", 60),
        "us-circia-incident": ("hours", 72),
        "us-circia-ransom": ("hours", 24),
        "jp-vendor-contact": ("immediately", None),
        "jp-ppc-preliminary": ("work_days", 3),
        "jp-ppc-final": ("calendar_days", 30),
        "jp-ppc-final-malicious": ("calendar_days", 60),
        "jp-pmda-defect": ("calendar_days", 15),
    }
    for clock_id, (rule, amount) in expected.items():
        deadline = CLOCKS.get(clock_id).deadline
        assert (deadline.rule, deadline.amount) == (rule, amount), clock_id
    annual = CLOCKS.get("us-mdr-annual").deadline
    assert (annual.rule, annual.month, annual.day) == ("annual", 1, 1)
    assert "3–5" in CLOCKS.get("jp-ppc-preliminary").note.en
    assert "not final" in CLOCKS.get("us-circia-incident").note.en
    assert "manufacturer" in CLOCKS.get("jp-pmda-defect").recipient.en


def test_disclaimer_says_reminders_not_legal_advice_and_holidays_not_counted():
    text = CLOCKS.disclaimer
    assert "not legal advice" in text.en and "holidays" in text.en and "[K]" in text.en
    assert "法的助言ではありません" in text.ja and "祝日" in text.ja


def test_every_clock_has_a_source_and_a_known_tag():
    for clock in CLOCKS.clocks:
        assert clock.source and clock.tag in ("[S]", "[K]", "[P]", "[S/K]", "[P/K]")
        assert CLOCKS.jurisdiction(clock.jurisdiction).label.get("ja")


def test_rule_text_in_both_languages():
    assert rule_text(work(10), "en") == "within 10 work days"
    assert rule_text(work(10), "ja") == "10営業日以内"
    assert rule_text(days(60), "ja") == "60日以内"
    assert rule_text(hours(72), "en") == "within 72 hours"
    assert rule_text(ANNUAL_JAN_1, "en") == "by 1 January each year"
    assert rule_text(ANNUAL_JAN_1, "ja") == "毎年1月1日まで"
    assert rule_text(Deadline(rule="immediately"), "ja") == "直ちに"


# --- calendar days ------------------------------------------------------------------------------


def test_calendar_days_across_month_and_year_ends():
    assert due_at(days(30), at(2027, 1, 31, 9, 30)) == at(2027, 3, 2, 9, 30)  # February has 28
    assert due_at(days(30), at(2028, 1, 31, 9, 30)) == at(2028, 3, 1, 9, 30)  # leap year: 29
    assert due_at(days(1), at(2028, 2, 28, 23, 59)) == at(2028, 2, 29, 23, 59)
    assert due_at(days(15), at(2026, 12, 20, 8, 0)) == at(2027, 1, 4, 8, 0)


def test_the_hipaa_60_day_example():
    """Breach discovered 10 March 2026 14:00 in New York (EST): individuals by 9 May 2026 14:00."""
    t0 = at(2026, 3, 10, 14, 0, tz=EST)
    due = due_at(CLOCKS.get("us-hipaa-individuals").deadline, t0)
    assert due == at(2026, 5, 9, 14, 0, tz=EST)
    assert due - t0 == timedelta(days=60)


def test_calendar_days_keep_the_wall_clock_time_across_daylight_saving():
    t0 = datetime(2026, 3, 1, 9, 0, tzinfo=ZoneInfo("America/New_York"))  # EST; DST from 8 March
    due = due_at(days(30), t0)
    assert (due.hour, due.minute, due.day, due.month) == (9, 0, 31, 3)
    assert due.utcoffset() == timedelta(hours=-4)


# --- work days ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("t0", "n", "due"),
    [
        (at(2026, 11, 27, 17, 0), 1, at(2026, 11, 30, 17, 0)),  # Friday -> Monday
        (at(2026, 11, 28, 10, 0), 1, at(2026, 11, 30, 10, 0)),  # Saturday -> Monday
        (at(2026, 11, 29, 10, 0), 1, at(2026, 11, 30, 10, 0)),  # Sunday -> Monday
        (at(2026, 11, 30, 10, 0), 1, at(2026, 12, 1, 10, 0)),  # Monday -> Tuesday
        (at(2026, 11, 27, 10, 0), 3, at(2026, 12, 2, 10, 0)),  # Friday -> Wednesday
        (at(2026, 11, 28, 10, 0), 5, at(2026, 12, 4, 10, 0)),  # Saturday -> Friday
        (at(2026, 11, 30, 10, 0), 10, at(2026, 12, 14, 10, 0)),  # Monday -> Monday, 2 weeks on
        (at(2026, 11, 27, 10, 0), 10, at(2026, 12, 11, 10, 0)),  # Friday: spans two weekends
        (at(2026, 12, 25, 10, 0), 10, at(2027, 1, 8, 10, 0)),  # across the year end
    ],
    ids=str,
)
def test_work_days_skip_saturday_and_sunday(t0, n, due):
    assert due_at(work(n), t0) == due
    assert due_at(work(n), t0).weekday() < 5


def test_ten_work_days_from_a_wednesday_cross_two_weekends():
    t0 = at(2026, 12, 2, 11, 15)  # Wednesday
    due = due_at(work(10), t0)
    assert due == at(2026, 12, 16, 11, 15)
    weekend_days = [
        t0.date() + timedelta(days=i)
        for i in range(1, (due.date() - t0.date()).days + 1)
        if (t0.date() + timedelta(days=i)).weekday() >= 5
    ]
    assert len(weekend_days) == 4


def test_work_days_are_counted_in_t0s_own_time_zone():
    """Friday 23:00 in Tokyo is still Friday there, though it is Friday 14:00 UTC."""
    t0 = at(2026, 11, 27, 23, 0)
    assert due_at(work(1), t0) == at(2026, 11, 30, 23, 0)
    t0_utc = datetime(2026, 11, 28, 0, 30, tzinfo=UTC)  # Saturday in UTC, Saturday 09:30 in Tokyo
    assert due_at(work(1), t0_utc.astimezone(JST)) == at(2026, 11, 30, 9, 30)


# --- hours ---------------------------------------------------------------------------------------


def test_hours_across_midnight_month_and_year():
    assert due_at(hours(24), at(2026, 11, 27, 22, 30)) == at(2026, 11, 28, 22, 30)
    assert due_at(hours(72), at(2026, 11, 30, 21, 0)) == at(2026, 12, 3, 21, 0)
    assert due_at(hours(5), at(2026, 12, 31, 22, 0)) == at(2027, 1, 1, 3, 0)


def test_hours_are_elapsed_time_across_daylight_saving():
    t0 = datetime(2026, 3, 7, 12, 0, tzinfo=ZoneInfo("America/New_York"))  # the day before DST
    due = due_at(hours(24), t0)
    assert due.astimezone(UTC) - t0.astimezone(UTC) == timedelta(hours=24)
    assert due.hour == 13  # an hour of wall clock is skipped that night


# --- offsets -------------------------------------------------------------------------------------


@pytest.mark.parametrize("tz", [JST, EST, UTC], ids=["+09:00", "-05:00", "UTC"])
@pytest.mark.parametrize(
    "deadline",
    [days(60), work(10), hours(72), ANNUAL_JAN_1, Deadline(rule="immediately")],
    ids=lambda d: d.rule,
)
def test_offsets_are_preserved(tz, deadline):
    t0 = at(2026, 11, 27, 16, 45, tz=tz)
    assert due_at(deadline, t0).utcoffset() == t0.utcoffset()


def test_naive_t0_is_refused():
    for deadline in (days(1), work(1), hours(1), ANNUAL_JAN_1, Deadline(rule="immediately")):
        with pytest.raises(ValueError, match="timezone-aware"):
            due_at(deadline, datetime(2026, 11, 27, 9, 0))


# --- annual and immediately ----------------------------------------------------------------------


def test_annual_is_the_next_date_strictly_after_t0s_date_at_midnight():
    assert due_at(ANNUAL_JAN_1, at(2026, 11, 27, 9, 0)) == at(2027, 1, 1, 0, 0)
    assert due_at(ANNUAL_JAN_1, at(2026, 12, 31, 23, 59)) == at(2027, 1, 1, 0, 0)
    assert due_at(ANNUAL_JAN_1, at(2027, 1, 1, 0, 0)) == at(
        2028, 1, 1, 0, 0
    )  # on the day: next year
    assert due_at(ANNUAL_JAN_1, at(2027, 1, 2, 8, 0)) == at(2028, 1, 1, 0, 0)
    mid_year = Deadline(rule="annual", month=6, day=30)
    assert due_at(mid_year, at(2027, 6, 29, 8, 0)) == at(2027, 6, 30, 0, 0)
    assert due_at(mid_year, at(2027, 6, 30, 8, 0)) == at(2028, 6, 30, 0, 0)


def test_immediately_is_t0():
    t0 = at(2026, 11, 27, 3, 14, tz=EST)
    assert due_at(Deadline(rule="immediately"), t0) == t0


# --- the deadline model ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({"rule": "fortnights", "amount": 2}, "unknown deadline rule 'fortnights'"),
        ({"rule": "calendar_days"}, "needs an amount"),
        ({"rule": "work_days", "amount": 0}, "needs an amount"),
        ({"rule": "hours", "amount": -1}, "needs an amount"),
        ({"rule": "hours", "amount": 10**9}, "needs an amount from 1 to 3660"),
        ({"rule": "immediately", "amount": 1}, "takes no amount"),
        ({"rule": "annual", "amount": 1, "month": 1, "day": 1}, "takes no amount"),
        ({"rule": "calendar_days", "amount": 5, "month": 1}, "only for rule 'annual'"),
        ({"rule": "annual", "month": 1}, "needs a month and a day"),
        ({"rule": "annual", "month": 13, "day": 1}, "not a date that every year has"),
        ({"rule": "annual", "month": 2, "day": 29}, "not a date that every year has"),
        ({"rule": "annual", "month": 4, "day": 31}, "not a date that every year has"),
    ],
)
def test_deadline_fields_must_fit_the_rule(fields, fragment):
    with pytest.raises(ValueError, match=fragment):
        Deadline(**fields)


# --- properties ----------------------------------------------------------------------------------

DEADLINES = st.one_of(
    st.builds(
        Deadline,
        rule=st.sampled_from(["calendar_days", "work_days", "hours"]),
        amount=st.integers(1, 3660),
    ),
    st.builds(Deadline, rule=st.just("annual"), month=st.integers(1, 12), day=st.integers(1, 28)),
    st.just(Deadline(rule="immediately")),
)
OFFSETS = st.integers(-12 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))


@given(
    deadline=DEADLINES,
    t0=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31)),
    tz=OFFSETS,
)
def test_due_is_never_before_t0_and_keeps_the_offset(deadline, t0, tz):
    start = t0.replace(tzinfo=tz)
    due = due_at(deadline, start)
    assert due >= start
    assert due.utcoffset() == start.utcoffset()
    if deadline.rule == "work_days":
        assert due.weekday() < 5 and due.time() == start.time()
        assert (due - start).days <= deadline.amount * 7 // 5 + 3
    if deadline.rule == "annual":
        assert (due.month, due.day, due.hour, due.minute) == (deadline.month, deadline.day, 0, 0)
        assert 0 < (due.date() - start.date()).days <= 366
