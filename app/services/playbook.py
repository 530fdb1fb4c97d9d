"""The incident playbook data (phase checklist, regulatory clocks, tabletop exercises), loaded once
per folder and checked against the reference data: every exercise's expected decision names a known
device category, and its answers give that class with the shipped question tree."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.domain.checklists import ChecklistCatalog, load_checklists
from app.domain.clocks import ClockCatalog, load_clocks
from app.domain.exercises import Scenario, load_scenarios
from app.errors import BadInputError, DataFileError, Listing, Message
from app.paths import data_dir
from app.services.reference import Reference, load_reference

EXERCISES_FOLDER = "exercises"


@dataclass(frozen=True)
class Playbook:
    checklists: ChecklistCatalog
    clocks: ClockCatalog
    scenarios: dict[str, Scenario]  # by id, ordered by use case


def load_playbook(folder: Path | None = None) -> Playbook:
    """Load the playbook files from ``folder`` (default: the bundled ``data/``)."""
    return _load(Path(folder) if folder else data_dir())


@cache
def _load(folder: Path) -> Playbook:
    reference = load_reference(folder)
    exercises = folder / EXERCISES_FOLDER
    scenarios = load_scenarios(exercises)
    for scenario in scenarios.values():
        _check_scenario(scenario, exercises / f"{scenario.id}.yaml", reference)
    return Playbook(
        checklists=load_checklists(folder / "checklists.yaml"),
        clocks=load_clocks(folder / "clocks.yaml"),
        scenarios=scenarios,
    )


def _check_scenario(scenario: Scenario, path: Path, reference: Reference) -> None:
    known = [category.code for category in reference.categories.categories]
    for decision in scenario.expected_decisions:
        where = f"expected_decisions[id={_clip(decision.id)}]"
        if decision.category not in known:
            raise DataFileError(
                str(path),
                Message(
                    "playbook.unknown_device_category_categories",
                    where=where,
                    category=_clip(decision.category),
                    categories=Listing(known),
                ),
            )
        try:
            result = reference.classify(decision.answers)
        except BadInputError as error:
            raise DataFileError(
                str(path),
                Message("playbook.answers", where=where, message=_clip(error.message, 200)),
            ) from None
        if not result.complete:
            raise DataFileError(
                str(path),
                Message(
                    "playbook.answers_answers_end_before",
                    where=where,
                    next_question=result.next_question,
                ),
            )
        if result.provisional:
            raise DataFileError(
                str(path),
                Message("playbook.answers_answers_give_provisional", where=where),
            )
        if result.ir_class != decision.expected_class:
            raise DataFileError(
                str(path),
                Message(
                    "playbook.answers_answers_give_class",
                    where=where,
                    ir_class=result.ir_class,
                    expected_class=decision.expected_class,
                ),
            )


def _clip(text: str, limit: int = 60) -> str:
    """Text from the file for a one-line message: whitespace collapsed, cut short."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."
