"""Escalation: who is called, in which order, when — defaults as data, timing as pure functions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from pydantic import Field, StrictInt, StrictStr, field_validator

from app.domain.datafile import read_yaml, validate
from app.domain.localized import LocalizedText, Strict

TRIGGER_CODES = (
    "any_decision",
    "class_at_least",
    "provisional_overdue",
    "patient_harm",
    "phi_exposure",
)
METHOD_KINDS = ("mobile", "pager", "radio", "desk", "email")


def check_trigger(code: str) -> str:
    name, _, value = code.partition(":")
    if name not in TRIGGER_CODES:
        raise ValueError(f"unknown trigger '{code}' (triggers: {', '.join(TRIGGER_CODES)})")
    if name == "class_at_least":
        if not value.isdigit() or not 1 <= int(value) <= 7:
            raise ValueError(f"trigger '{code}' needs a class 1-7, e.g. class_at_least:3")
    elif value:
        raise ValueError(f"trigger '{name}' takes no value")
    return code


class TierDefault(Strict):
    tier: StrictInt = Field(ge=1, le=9)
    wait_minutes: StrictInt = Field(ge=1, le=24 * 60)
    triggers: tuple[StrictStr, ...]

    @field_validator("triggers")
    @classmethod
    def _known(cls, triggers: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(check_trigger(t) for t in triggers)


class EscalationDefaults(Strict):
    kind: StrictStr
    version: StrictStr
    recheck_minutes: StrictInt = Field(ge=1, le=24 * 60)
    contact_methods: tuple[StrictStr, ...]
    tiers: tuple[TierDefault, ...]
    triggers: dict[StrictStr, LocalizedText]
    method_labels: dict[StrictStr, LocalizedText]

    @field_validator("contact_methods")
    @classmethod
    def _methods(cls, methods: tuple[str, ...]) -> tuple[str, ...]:
        if sorted(methods) != sorted(METHOD_KINDS):
            raise ValueError(f"contact_methods must list {', '.join(METHOD_KINDS)} once each")
        return methods

    def trigger_text(self, code: str, lang: str) -> str:
        name, _, value = code.partition(":")
        return self.triggers[name].get(lang).format(n=value)

    def tier_default(self, tier: int) -> TierDefault:
        for default in self.tiers:
            if default.tier == tier:
                return default
        last = self.tiers[-1]
        return TierDefault(tier=tier, wait_minutes=last.wait_minutes, triggers=last.triggers)


def load_escalation_defaults(path: Path) -> EscalationDefaults:
    return validate(EscalationDefaults, read_yaml(path, "mdir-desk/escalation"))


@dataclass(frozen=True)
class Recheck:
    """Where a provisional result stands against its re-check time."""

    deadline: datetime
    remaining: timedelta  # negative once overdue
    overdue: bool


def recheck(created_at: datetime, now: datetime, minutes: int) -> Recheck:
    deadline = created_at + timedelta(minutes=minutes)
    remaining = deadline - now
    return Recheck(deadline, remaining, remaining <= timedelta(0))


def tier_to_call(waits: list[int], elapsed: timedelta, provisional_overdue: bool = False) -> int:
    """Index of the tier to call now: each tier's wait must pass before the next is called; a
    provisional result past its re-check time moves on to at least the second tier."""
    index = 0
    budget = elapsed
    while index < len(waits) - 1 and budget >= timedelta(minutes=waits[index]):
        budget -= timedelta(minutes=waits[index])
        index += 1
    if provisional_overdue and len(waits) > 1:
        index = max(index, 1)
    return index
