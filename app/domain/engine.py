"""The classification engine: a pure function from answers to a result or the next question.

Walks the tree from its start node. Each node asks one question; its answer picks an edge, which either
goes on or ends in an IR class. The first edge that ends decides the class. Answers to questions the walk
never reaches are ignored, except that an explicit deciding answer still shows in ``also_matches``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.domain.tree import DecisionTree
from app.errors import BadInputError, Message


@dataclass(frozen=True)
class Step:
    question: str
    answer: str


@dataclass(frozen=True)
class Classification:
    """What the tree says for one set of answers.

    ``ir_class`` is None and ``next_question`` names the question to ask while the answers are incomplete.
    """

    ir_class: int | None
    provisional: bool
    safety_override: bool
    also_matches: tuple[int, ...]
    next_question: str | None
    path: tuple[Step, ...]
    tree_version: str
    tree_sha256: str

    @property
    def complete(self) -> bool:
        return self.ir_class is not None


def check_answers(tree: DecisionTree, answers: Mapping[str, str]) -> None:
    """Refuse answers to questions the tree does not have, or values a question does not offer."""
    for question_id, value in answers.items():
        try:
            question = tree.question(question_id)
        except KeyError:
            known = ", ".join(q.id for q in tree.questions)
            raise BadInputError(
                Message("engine.unknown_question_questions", question_id=question_id, known=known)
            ) from None
        if value not in question.values:
            allowed = "|".join(question.values)
            raise BadInputError(
                Message(
                    "engine.not_answer_allowed",
                    value=value,
                    question_id=question_id,
                    allowed=allowed,
                )
            )


def classify(tree: DecisionTree, answers: Mapping[str, str]) -> Classification:
    """Classify ``answers`` (question id -> answer value) with ``tree``."""
    check_answers(tree, answers)
    node = tree.node(tree.start)
    path: list[Step] = []
    provisional = False
    safety_override = False
    while True:
        value = answers.get(node.question)
        if value is None:
            return Classification(
                ir_class=None,
                provisional=provisional,
                safety_override=safety_override,
                also_matches=(),
                next_question=node.question,
                path=tuple(path),
                tree_version=tree.version,
                tree_sha256=tree.sha256,
            )
        edge = node.edges[value]
        path.append(Step(node.question, value))
        provisional = provisional or edge.provisional
        safety_override = safety_override or edge.safety_override
        if edge.outcome is not None:
            return Classification(
                ir_class=edge.outcome,
                provisional=provisional,
                safety_override=safety_override,
                also_matches=_also_matches(tree, answers, edge.outcome),
                next_question=None,
                path=tuple(path),
                tree_version=tree.version,
                tree_sha256=tree.sha256,
            )
        assert edge.next is not None  # guaranteed by the tree's validation
        node = tree.node(edge.next)


def _also_matches(tree: DecisionTree, answers: Mapping[str, str], primary: int) -> tuple[int, ...]:
    matches: set[int] = set()
    for question in tree.questions:
        rule = question.also_match
        if rule is None or answers.get(question.id) != rule.answer:
            continue
        if all(answers.get(other) == value for other, value in rule.requires.items()):
            matches.add(rule.ir_class)
    matches.discard(primary)
    return tuple(sorted(matches))
