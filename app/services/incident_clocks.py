"""Regulatory clocks of an incident: the reminders of data/clocks.yaml (DOMAIN.md §6.5, §6.6) with
their due times computed from T0. Reminders only, not legal advice (the data file's disclaimer is
shown with them); which set applies is a setting (``clock_jurisdiction``), overridable per call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from app.database.db import Database
from app.domain.clocks import ClockRule, due_at
from app.errors import BadInputError
from app.services.incidents import get_incident
from app.services.playbook import Playbook
from app.services.settings import setting_value

JURISDICTIONS = ("us", "jp")
_RULE_TEXT = {
    "calendar_days": ("{n} calendar days", "{n} 暦日"),
    "work_days": (
        "{n} work days (weekends skipped; holidays not counted)",
        "{n} 営業日(土日を除く。祝日は考慮しない)",
    ),
    "hours": ("{n} hours", "{n} 時間"),
    "annual": ("every year by {month:02d}-{day:02d}", "毎年 {month}月{day}日まで"),
    "immediately": ("immediately", "直ちに"),
}


@dataclass(frozen=True)
class ClockView:
    rule: ClockRule
    due: datetime | None
    overdue: bool

    def rule_text(self, lang: str) -> str:
        deadline = self.rule.deadline
        template = _RULE_TEXT[deadline.rule][1 if lang == "ja" else 0]
        return template.format(
            n=deadline.amount or 0, month=deadline.month or 1, day=deadline.day or 1
        )

    def to_json(self, lang: str) -> dict[str, object]:
        return {
            "id": self.rule.id,
            "jurisdiction": self.rule.jurisdiction,
            "trigger": self.rule.trigger.get(lang),
            "recipient": self.rule.recipient.get(lang),
            "channel": self.rule.channel.get(lang),
            "source": self.rule.source,
            "tag": self.rule.tag,
            "rule": self.rule_text(lang),
            "due": self.due.isoformat() if self.due else None,
            "overdue": self.overdue,
            "note": self.rule.note.get(lang) if self.rule.note else None,
        }


def default_jurisdiction(db: Database) -> str:
    return setting_value(db, "clock_jurisdiction") or "us"


def incident_clocks(
    db: Database,
    playbook: Playbook,
    key: str,
    jurisdiction: str | None = None,
    now: datetime | None = None,
) -> list[ClockView]:
    """The clocks of ``jurisdiction`` (default: the setting) with their due times from T0."""
    chosen = (jurisdiction or default_jurisdiction(db)).strip().lower()
    if chosen not in JURISDICTIONS:
        raise BadInputError(f"unknown jurisdiction '{jurisdiction}' (us or jp)")
    incident = get_incident(db, key)
    t0 = datetime.fromisoformat(incident.t0)
    current = now or datetime.now(UTC)
    views = []
    for rule in playbook.clocks.for_jurisdiction(chosen):
        due = due_at(rule.deadline, t0)
        views.append(ClockView(rule, due, incident.is_open and due is not None and due < current))
    return views
