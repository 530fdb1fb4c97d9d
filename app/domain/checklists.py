"""The phase checklist of an incident (data/checklists.yaml): items per CSA phase, some per IR class."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pydantic import Field, StrictBool, StrictInt, StrictStr, field_validator, model_validator

from app.domain.datafile import read_yaml, validate
from app.domain.ir_classes import IR_CLASS_NUMBERS
from app.domain.localized import LocalizedText, Strict

# The five CSA phases in order, and the id prefix of each phase's items.
PHASES = ("prepare", "detect", "contain", "post_incident", "share")
PREFIXES = {
    "PREP": "prepare",
    "DET": "detect",
    "CER": "contain",
    "PIR": "post_incident",
    "SHR": "share",
}


class Phase(Strict):
    id: StrictStr
    label: LocalizedText


class ChecklistItem(Strict):
    id: StrictStr
    phase: StrictStr
    action: LocalizedText
    owner: LocalizedText
    evidence: LocalizedText
    classes: tuple[StrictInt, ...]  # empty: every incident
    required_to_close: StrictBool = False
    closes_incident: StrictBool = False

    @field_validator("phase")
    @classmethod
    def _known_phase(cls, phase: str) -> str:
        if phase not in PHASES:
            raise ValueError(f"unknown phase '{phase}' (phases: {', '.join(PHASES)})")
        return phase

    @field_validator("classes")
    @classmethod
    def _classes(cls, classes: tuple[int, ...]) -> tuple[int, ...]:
        seen: set[int] = set()
        for number in classes:
            if number not in IR_CLASS_NUMBERS:
                raise ValueError(f"class {number} is not one of 1-7")
            if number in seen:
                raise ValueError(f"class {number} is listed twice")
            seen.add(number)
        return classes

    @model_validator(mode="after")
    def _prefix_matches_phase(self) -> ChecklistItem:
        prefix = self.id.partition("-")[0]
        if prefix not in PREFIXES or not self.id.partition("-")[2]:
            known = ", ".join(f"{p}-" for p in PREFIXES)
            raise ValueError(f"id '{self.id}' must start with one of {known} and a number")
        if PREFIXES[prefix] != self.phase:
            raise ValueError(
                f"id '{self.id}' belongs to phase '{PREFIXES[prefix]}', not '{self.phase}'"
            )
        if self.closes_incident and self.required_to_close:
            raise ValueError(
                "the item that closes the incident cannot also be required to close it"
            )
        return self

    def applies_to(self, classes: Iterable[int]) -> bool:
        """True for a general item, or when the incident has one of this item's classes."""
        return not self.classes or not set(self.classes).isdisjoint(classes)


class ChecklistCatalog(Strict):
    kind: StrictStr
    version: StrictStr
    phase_entries: tuple[Phase, ...] = Field(alias="phases")
    items: tuple[ChecklistItem, ...]

    @model_validator(mode="after")
    def _consistent(self) -> ChecklistCatalog:
        if tuple(p.id for p in self.phase_entries) != PHASES:
            raise ValueError(f"phases must be {', '.join(PHASES)}, once each and in this order")
        seen: set[str] = set()
        for item in self.items:
            if item.id in seen:
                raise ValueError(f"item id '{item.id}' is used twice")
            seen.add(item.id)
        closing = [item for item in self.items if item.closes_incident]
        if len(closing) != 1:
            found = ", ".join(item.id for item in closing) or "none"
            raise ValueError(f"exactly one item must have closes_incident (found: {found})")
        if closing[0].phase != "post_incident":
            raise ValueError(f"the closing item '{closing[0].id}' must be in phase 'post_incident'")
        return self

    @property
    def phases(self) -> tuple[str, ...]:
        """The phase ids in order."""
        return tuple(phase.id for phase in self.phase_entries)

    def phase_label(self, phase: str, lang: str) -> str:
        for entry in self.phase_entries:
            if entry.id == phase:
                return entry.label.get(lang)
        raise KeyError(phase)

    def get(self, item_id: str) -> ChecklistItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def items_for(self, classes: Iterable[int]) -> list[ChecklistItem]:
        """The items of an incident with these IR classes: the general items and those of its
        classes, by phase order and then by their position in the file."""
        wanted = set(classes)
        order = {phase: index for index, phase in enumerate(PHASES)}
        chosen = [(n, item) for n, item in enumerate(self.items) if item.applies_to(wanted)]
        chosen.sort(key=lambda pair: (order[pair[1].phase], pair[0]))
        return [item for _, item in chosen]


def load_checklists(path: Path) -> ChecklistCatalog:
    return validate(ChecklistCatalog, read_yaml(path, "mdir-desk/checklists"))
