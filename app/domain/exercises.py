"""Tabletop exercises (data/exercises/*.yaml): the playbook's use cases as timed scenarios.

A scenario has injects (what the facilitator reveals, at minutes from the start), expected decisions
(a device situation, the answers to the question tree and the class they should give) and discussion
questions. This module checks each file on its own; that the answers really give the expected class
with the shipped tree is checked by ``app.services.playbook``.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, StrictInt, StrictStr, field_validator, model_validator

from app.domain.datafile import read_yaml, validate
from app.domain.ir_classes import IR_CLASS_NUMBERS
from app.domain.localized import LocalizedText, Strict
from app.errors import DataFileError, Message

USE_CASES = (1, 2, 3)  # imaging, implanted devices, infusion pumps (DOMAIN.md §2.1)
MAX_DURATION_MINUTES = 7 * 24 * 60


class Inject(Strict):
    id: StrictStr
    at_minutes: StrictInt = Field(ge=0)
    text: LocalizedText


class ExpectedDecision(Strict):
    id: StrictStr
    category: StrictStr  # a code of data/device_categories.yaml
    situation: LocalizedText
    expected_class: StrictInt
    answers: dict[StrictStr, StrictStr]  # question id -> answer value of data/decision_tree.yaml
    rationale: LocalizedText
    inject: StrictStr | None = None  # the inject that calls for this decision

    @field_validator("expected_class")
    @classmethod
    def _is_class(cls, value: int) -> int:
        if value not in IR_CLASS_NUMBERS:
            raise ValueError(f"expected class {value} is not one of 1-7")
        return value

    @field_validator("answers")
    @classmethod
    def _some_answers(cls, answers: dict[str, str]) -> dict[str, str]:
        if not answers:
            raise ValueError("give the answers that lead to the expected class")
        return answers


class Scenario(Strict):
    kind: StrictStr
    version: StrictStr
    id: StrictStr
    title: LocalizedText
    use_case: StrictInt
    summary: LocalizedText
    background: LocalizedText
    duration_minutes: StrictInt = Field(ge=1, le=MAX_DURATION_MINUTES)
    injects: tuple[Inject, ...]
    expected_decisions: tuple[ExpectedDecision, ...]
    discussion_questions: tuple[LocalizedText, ...] = ()

    @field_validator("use_case")
    @classmethod
    def _known_use_case(cls, value: int) -> int:
        if value not in USE_CASES:
            raise ValueError(f"use_case {value} is not one of the playbook's use cases 1, 2, 3")
        return value

    @field_validator("injects", "expected_decisions")
    @classmethod
    def _not_empty(cls, entries: tuple[Inject, ...] | tuple[ExpectedDecision, ...]) -> tuple:
        if not entries:
            raise ValueError("give at least one")
        return entries

    @model_validator(mode="after")
    def _consistent(self) -> Scenario:
        inject_ids = _unique("inject", [inject.id for inject in self.injects])
        _unique("decision", [decision.id for decision in self.expected_decisions])
        previous = 0
        for inject in self.injects:
            if inject.at_minutes < previous:
                raise ValueError(
                    f"inject '{inject.id}' at {inject.at_minutes} minutes comes before the one "
                    f"above it ({previous} minutes): injects must be in time order"
                )
            if inject.at_minutes > self.duration_minutes:
                raise ValueError(
                    f"inject '{inject.id}' at {inject.at_minutes} minutes is after the end of the "
                    f"exercise ({self.duration_minutes} minutes)"
                )
            previous = inject.at_minutes
        for decision in self.expected_decisions:
            if decision.inject is not None and decision.inject not in inject_ids:
                raise ValueError(
                    f"decision '{decision.id}' refers to inject '{decision.inject}', "
                    "which does not exist"
                )
        return self

    def inject(self, inject_id: str) -> Inject:
        for inject in self.injects:
            if inject.id == inject_id:
                return inject
        raise KeyError(inject_id)

    def decision(self, decision_id: str) -> ExpectedDecision:
        for decision in self.expected_decisions:
            if decision.id == decision_id:
                return decision
        raise KeyError(decision_id)


def _unique(what: str, ids: list[str]) -> set[str]:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ValueError(f"{what} id '{item}' is used twice")
        seen.add(item)
    return seen


def load_scenario(path: Path) -> Scenario:
    """One scenario; its id must be the file name without ``.yaml``."""
    scenario = validate(Scenario, read_yaml(path, "mdir-desk/exercise"))
    if scenario.id != path.stem:
        shown = " ".join(scenario.id.split())
        shown = shown if len(shown) <= 60 else shown[:60] + "..."
        raise DataFileError(
            str(path), Message("exercises.id_must_file_name", id=shown, file_name=path.stem)
        )
    return scenario


def load_scenarios(folder: Path) -> dict[str, Scenario]:
    """Every ``*.yaml`` scenario in ``folder`` by id, ordered by use case and then id."""
    if not folder.is_dir():
        raise DataFileError(str(folder), Message("exercises.not_folder_exercise_files"))
    scenarios = [load_scenario(path) for path in sorted(folder.glob("*.yaml"))]
    scenarios.sort(key=lambda s: (s.use_case, s.id))
    return {scenario.id: scenario for scenario in scenarios}
