"""Where a triage stands: the answers given so far and the question to ask next (no Qt here).

The engine decides what comes next: after every change the flow asks
``reference.classify(answers)`` and keeps only the answers on the path it returns. When someone goes
back to an earlier question, the later answers are *held*; once the changed answer is given, held
answers still on the new path are put back (nobody answers the same question twice), and those off
the new path are dropped.

A device from the inventory brings *pre-filled* answers (``DeviceView.prefill()``: facts about its
nature, never its situation). Each is applied when its question comes up, and marked as coming from
the inventory. A pre-filled answer can be changed like any other; once a person answers that question
themselves, the inventory no longer answers it in this triage.

A provisional decision is *resumed* to resolve its unknown answers: its known answers come back as
held answers (put back as their questions come up), the unknown ones are asked again, and the
decision recorded at the end is a new version of it (``supersedes``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.domain.engine import Classification
from app.domain.tree import UNKNOWN
from app.services.devices import DeviceView
from app.services.reference import Reference


@dataclass(frozen=True)
class Subject:
    """What the decision is about: a device from the inventory, a category, or an unknown device."""

    device: DeviceView | None = None
    category: str | None = None

    @property
    def unknown(self) -> bool:
        return self.device is None and self.category is None


class TriageFlow:
    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self.subject = Subject()
        self.answers: dict[str, str] = {}
        self._held: dict[str, str] = {}
        self._prefill: dict[str, str] = {}  # inventory answers still to use in this triage
        self._from_inventory: set[str] = (
            set()
        )  # questions whose answer (given or held) is pre-filled
        self.supersedes: str | None = None  # the decision this triage records a new version of

    # --- state ----------------------------------------------------------------------------------
    def result(self) -> Classification:
        return self.reference.classify(self.answers)

    def current_question(self) -> str | None:
        return self.result().next_question

    def held_answer(self, question_id: str) -> str | None:
        """The earlier answer to a question being asked again (shown as "your earlier answer")."""
        return self._held.get(question_id)

    def is_prefilled(self, question_id: str) -> bool:
        """Whether the answer given (or held) for ``question_id`` came from the inventory."""
        return question_id in self._from_inventory and (
            question_id in self.answers or question_id in self._held
        )

    def prefilled(self) -> frozenset[str]:
        """The questions on the current path answered from the inventory."""
        return frozenset(q for q in self.answers if q in self._from_inventory)

    # --- changes --------------------------------------------------------------------------------
    def reset(self, subject: Subject | None = None) -> None:
        """Start over with ``subject``; a device from the inventory brings its pre-filled answers."""
        self._start(subject)
        self._advance()

    def _start(self, subject: Subject | None) -> None:
        self.subject = subject or Subject()
        self.answers = {}
        self._held = {}
        device = self.subject.device
        self._prefill = device.prefill() if device is not None else {}
        self._from_inventory = set()
        self.supersedes = None

    def resume(
        self,
        subject: Subject,
        answers: Mapping[str, str],
        sources: Mapping[str, str],
        supersedes: str,
    ) -> Classification:
        """Triage again from an earlier decision, to resolve its unknown answers.

        Its known answers are held and put back as their questions come up; its unknown answers are
        asked again. An answer that came from the inventory is taken from the device record as it is
        now (when the record still gives one). Recording the result replaces ``supersedes``.
        """
        self._start(subject)
        self.supersedes = supersedes
        self._held = {
            question: value
            for question, value in answers.items()
            if value != UNKNOWN
            and not (sources.get(question) == "inventory" and question in self._prefill)
        }
        return self._advance()

    def answer(self, question_id: str, value: str) -> Classification:
        """Answer the question being asked; returns the new classification."""
        if question_id != self.current_question():
            raise ValueError(f"'{question_id}' is not the question being asked")
        self.answers[question_id] = value
        self._held.pop(question_id, None)
        self._prefill.pop(question_id, None)  # a person answered it: the inventory no longer does
        self._from_inventory.discard(question_id)
        return self._advance()

    def go_back(self) -> bool:
        """Take back the last answer on the path; False when there is nothing to take back."""
        path = self.result().path
        if not path:
            return False
        last = path[-1].question
        self._held[last] = self.answers.pop(last)
        return True

    def change(self, question_id: str) -> None:
        """Go back to ``question_id`` (on the path) to answer it again; later answers are held."""
        path = [step.question for step in self.result().path]
        if question_id not in path:
            raise ValueError(f"'{question_id}' is not on the current path")
        for later in path[path.index(question_id) :]:
            self._held[later] = self.answers.pop(later)

    def _advance(self) -> Classification:
        """Put back held answers and apply pre-filled ones while they answer the next question."""
        result = self.result()
        while result.next_question is not None:
            question_id = result.next_question
            if question_id in self._held:
                self.answers[question_id] = self._held.pop(question_id)
            elif question_id in self._prefill:
                self.answers[question_id] = self._prefill[question_id]
                self._from_inventory.add(question_id)
            else:
                break
            result = self.result()
        self._prune(result)
        if result.complete:
            self._held = {}
        self._from_inventory &= set(self.answers) | set(self._held)
        return result

    def _prune(self, result: Classification) -> None:
        on_path = {step.question for step in result.path}
        for question_id in list(self.answers):
            if question_id not in on_path:
                del self.answers[question_id]
