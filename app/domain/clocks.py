"""Regulatory clocks (data/clocks.yaml) and the pure arithmetic of their due times.

Reminders only, not legal advice: the file's disclaimer goes with every list of clocks shown.

Due times are counted from T0, the awareness time, and keep T0's time zone:

- ``calendar_days``: the same wall-clock time N days later.
- ``work_days``: the same wall-clock time on the Nth weekday after T0's date. T0's own day never
  counts; each following Monday to Friday counts one, Saturdays and Sundays are skipped. So one work
  day from a Friday, Saturday or Sunday is the next Monday, and ten from a Monday is the Monday two
  weeks later. Public holidays are not known here (they count as work days): the due time can only be
  early, never late.
- ``hours``: N hours of elapsed time later.
- ``annual``: 00:00 (start of the day) on the next month/day strictly after T0's date.
- ``immediately``: T0 itself.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from pydantic import StrictInt, StrictStr, field_validator, model_validator

from app.domain.datafile import read_yaml, validate
from app.domain.localized import LocalizedText, Strict

RULES = ("calendar_days", "work_days", "hours", "annual", "immediately")
COUNTED = ("calendar_days", "work_days", "hours")  # the rules that take an amount
MAX_AMOUNT = 3660  # ten years of days: anything larger is a typing mistake
TAGS = ("[S]", "[K]", "[P]", "[S/K]", "[P/K]")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Deadline(Strict):
    rule: StrictStr
    amount: StrictInt | None = None
    month: StrictInt | None = None
    day: StrictInt | None = None

    @field_validator("rule")
    @classmethod
    def _known_rule(cls, rule: str) -> str:
        if rule not in RULES:
            raise ValueError(f"unknown deadline rule '{rule}' (rules: {', '.join(RULES)})")
        return rule

    @model_validator(mode="after")
    def _fields_fit_the_rule(self) -> Deadline:
        if self.rule in COUNTED:
            if self.amount is None or not 1 <= self.amount <= MAX_AMOUNT:
                raise ValueError(f"rule '{self.rule}' needs an amount from 1 to {MAX_AMOUNT}")
        elif self.amount is not None:
            raise ValueError(f"rule '{self.rule}' takes no amount")
        if self.rule != "annual":
            if self.month is not None or self.day is not None:
                raise ValueError("month and day are only for rule 'annual'")
            return self
        if self.month is None or self.day is None:
            raise ValueError("rule 'annual' needs a month and a day")
        try:
            date(2001, self.month, self.day)  # not a leap year: 29 February is refused
        except (ValueError, OverflowError):
            raise ValueError(
                f"month {self.month}, day {self.day} is not a date that every year has"
            ) from None
        return self


class Jurisdiction(Strict):
    code: StrictStr
    label: LocalizedText


class ClockRule(Strict):
    id: StrictStr
    jurisdiction: StrictStr
    trigger: LocalizedText
    recipient: LocalizedText
    channel: LocalizedText
    source: StrictStr
    tag: StrictStr
    deadline: Deadline
    note: LocalizedText | None = None

    @field_validator("tag")
    @classmethod
    def _known_tag(cls, tag: str) -> str:
        if tag not in TAGS:
            raise ValueError(f"unknown tag '{tag}' (tags: {' '.join(TAGS)})")
        return tag

    @field_validator("source")
    @classmethod
    def _source_given(cls, source: str) -> str:
        if not source.strip():
            raise ValueError("the source is blank")
        return source.strip()


class ClockCatalog(Strict):
    kind: StrictStr
    version: StrictStr
    disclaimer: LocalizedText
    jurisdictions: tuple[Jurisdiction, ...]
    clocks: tuple[ClockRule, ...]

    @model_validator(mode="after")
    def _consistent(self) -> ClockCatalog:
        codes: set[str] = set()
        for jurisdiction in self.jurisdictions:
            if jurisdiction.code in codes:
                raise ValueError(f"jurisdiction '{jurisdiction.code}' is listed twice")
            codes.add(jurisdiction.code)
        ids: set[str] = set()
        for clock in self.clocks:
            if clock.id in ids:
                raise ValueError(f"clock id '{clock.id}' is used twice")
            ids.add(clock.id)
            if clock.jurisdiction not in codes:
                raise ValueError(
                    f"clock '{clock.id}': unknown jurisdiction '{clock.jurisdiction}' "
                    f"(jurisdictions: {', '.join(sorted(codes))})"
                )
        return self

    def for_jurisdiction(self, code: str) -> list[ClockRule]:
        """The clocks of one jurisdiction in file order (KeyError for an unknown code)."""
        self.jurisdiction(code)
        return [clock for clock in self.clocks if clock.jurisdiction == code]

    def jurisdiction(self, code: str) -> Jurisdiction:
        for jurisdiction in self.jurisdictions:
            if jurisdiction.code == code:
                return jurisdiction
        raise KeyError(code)

    def get(self, clock_id: str) -> ClockRule:
        for clock in self.clocks:
            if clock.id == clock_id:
                return clock
        raise KeyError(clock_id)


def load_clocks(path: Path) -> ClockCatalog:
    return validate(ClockCatalog, read_yaml(path, "mdir-desk/clocks"))


def due_at(deadline: Deadline, t0: datetime) -> datetime:
    """When a clock with ``deadline`` started at ``t0`` falls due (rules in the module docstring).

    ``t0`` must be timezone-aware (ValueError otherwise); the result is in t0's time zone.
    """
    if t0.tzinfo is None or t0.utcoffset() is None:
        raise ValueError("t0 must be timezone-aware (a time without a zone cannot start a clock)")
    rule, amount = deadline.rule, deadline.amount or 0
    if rule == "calendar_days":
        return t0 + timedelta(days=amount)
    if rule == "hours":  # elapsed time: through UTC, so a daylight-saving change does not shift it
        return (t0.astimezone(UTC) + timedelta(hours=amount)).astimezone(t0.tzinfo)
    if rule == "work_days":
        return t0 + timedelta(days=_days_to_nth_weekday(t0.date(), amount))
    if rule == "annual":
        assert deadline.month is not None and deadline.day is not None  # the model checks it
        due = date(t0.year, deadline.month, deadline.day)
        if due <= t0.date():
            due = date(t0.year + 1, deadline.month, deadline.day)
        return datetime.combine(due, time(0), tzinfo=t0.tzinfo)
    return t0  # immediately


def _days_to_nth_weekday(start: date, count: int) -> int:
    """Calendar days from ``start`` to the ``count``-th Monday-Friday after it."""
    days = 0
    day = start
    while count > 0:
        day += timedelta(days=1)
        days += 1
        if day.weekday() < 5:
            count -= 1
    return days


def rule_text(deadline: Deadline, lang: str) -> str:
    """The rule as a short phrase: "within 10 work days", "10営業日以内", "by 1 January each year"."""
    n = deadline.amount
    if lang == "ja":
        return {
            "calendar_days": f"{n}日以内",
            "work_days": f"{n}営業日以内",
            "hours": f"{n}時間以内",
            "annual": f"毎年{deadline.month}月{deadline.day}日まで",
            "immediately": "直ちに",
        }[deadline.rule]
    month = _MONTHS[(deadline.month or 1) - 1]
    return {
        "calendar_days": f"within {n} calendar days",
        "work_days": f"within {n} work days",
        "hours": f"within {n} hours",
        "annual": f"by {deadline.day} {month} each year",
        "immediately": "immediately",
    }[deadline.rule]
