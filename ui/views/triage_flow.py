"""Where a triage stands: the answers given so far and the question to ask next (no Qt here).

The engine decides what comes next: after every change the flow asks
``reference.classify(answers)`` and keeps only the answers on the path it returns. When someone goes
back to an earlier question, the later answers are *held*; once the changed answer is given, held
answers still on the new path are put back (nobody answers the same question twice), and those off
the new path are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.engine import Classification
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

    # --- state ----------------------------------------------------------------------------------
    def result(self) -> Classification:
        return self.reference.classify(self.answers)

    def current_question(self) -> str | None:
        return self.result().next_question

    def held_answer(self, question_id: str) -> str | None:
        """The earlier answer to a question being asked again (shown as "your earlier answer")."""
        return self._held.get(question_id)

    # --- changes --------------------------------------------------------------------------------
    def reset(self, subject: Subject | None = None) -> None:
        self.subject = subject or Subject()
        self.answers = {}
        self._held = {}

    def answer(self, question_id: str, value: str) -> Classification:
        """Answer the question being asked; returns the new classification."""
        if question_id != self.current_question():
            raise ValueError(f"'{question_id}' is not the question being asked")
        self.answers[question_id] = value
        self._held.pop(question_id, None)
        result = self.result()
        while result.next_question is not None and result.next_question in self._held:
            self.answers[result.next_question] = self._held.pop(result.next_question)
            result = self.result()
        self._prune(result)
        if result.complete:
            self._held = {}
        return result

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

    def _prune(self, result: Classification) -> None:
        on_path = {step.question for step in result.path}
        for question_id in list(self.answers):
            if question_id not in on_path:
                del self.answers[question_id]
