"""Regulatory clocks of an incident: the reminders of data/clocks.yaml (DOMAIN.md §6.5, §6.6) with
their due times computed from T0. Reminders only, not legal advice (the data file's disclaimer is
shown with them); which set applies is a setting (``clock_jurisdiction``), overridable per call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from app.database.db import Database
from app.domain.clocks import ClockRule, due_at, rule_text
from app.errors import BadInputError, Message
from app.services.incident_input import shown
from app.services.incidents import get_incident
from app.services.playbook import Playbook
from app.services.settings import setting_value

JURISDICTIONS = ("us", "jp")


@dataclass(frozen=True)
class ClockView:
    rule: ClockRule
    due: datetime | None
    overdue: bool

    def rule_text(self, lang: str) -> str:
        return rule_text(self.rule.deadline, lang)

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
        raise BadInputError(
            Message("incident_clocks.unknown_jurisdiction_us_or", jurisdiction=shown(jurisdiction))
        )
    incident = get_incident(db, key)
    t0 = datetime.fromisoformat(incident.t0)
    current = now or datetime.now(UTC)
    views = []
    for rule in playbook.clocks.for_jurisdiction(chosen):
        due = due_at(rule.deadline, t0)
        views.append(ClockView(rule, due, incident.is_open and due is not None and due < current))
    return views
