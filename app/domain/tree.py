"""The disconnect-safety question tree as validated data.

A tree has *questions* (what is asked, with answer options) and *nodes* (the flow). A node asks one
question; each answer option has an edge that goes to the next node or ends in an IR class. The loader
refuses a broken file with a message that names the problem: unknown ids, unreachable nodes, cycles,
a path that ends in no class, an "unknown" answer not marked provisional, a missing language.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, StrictBool, StrictInt, StrictStr, model_validator

from app.domain.datafile import read_yaml, validate
from app.domain.ir_classes import IR_CLASS_NUMBERS
from app.domain.localized import LocalizedText, Strict
from app.errors import DataFileError, Message

UNKNOWN = "unknown"


class AnswerOption(Strict):
    value: StrictStr
    key: StrictStr
    label: LocalizedText


class AlsoMatch(Strict):
    """Which class an explicit answer to this question also points to (shown as "also matches")."""

    answer: StrictStr
    ir_class: StrictInt
    requires: dict[StrictStr, StrictStr] = Field(default_factory=dict)


class Question(Strict):
    id: StrictStr
    short: LocalizedText
    text: LocalizedText
    help: LocalizedText
    options: tuple[AnswerOption, ...]
    also_match: AlsoMatch | None = None

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(option.value for option in self.options)

    def option(self, value: str) -> AnswerOption:
        for option in self.options:
            if option.value == value:
                return option
        raise KeyError(value)


class Edge(Strict):
    next: StrictStr | None = None
    outcome: StrictInt | None = None
    provisional: StrictBool = False
    safety_override: StrictBool = False

    @model_validator(mode="after")
    def _one_target(self) -> Edge:
        if (self.next is None) == (self.outcome is None):
            raise ValueError("an answer must lead to exactly one of 'next' or 'outcome'")
        if self.outcome is not None and self.outcome not in IR_CLASS_NUMBERS:
            raise ValueError(f"outcome {self.outcome} is not an IR class (1-7)")
        return self


class Node(Strict):
    id: StrictStr
    question: StrictStr
    edges: dict[StrictStr, Edge]


class DecisionTree(Strict):
    kind: StrictStr
    version: StrictStr
    start: StrictStr
    safety_override_instruction: LocalizedText
    safety_override_reminder: LocalizedText
    provisional_notice: LocalizedText
    questions: tuple[Question, ...]
    nodes: tuple[Node, ...]
    sha256: StrictStr = ""

    @model_validator(mode="after")
    def _check_graph(self) -> DecisionTree:
        _unique("question", [q.id for q in self.questions])
        nodes = _unique("node", [n.id for n in self.nodes])
        for question in self.questions:
            _unique(f"answer option of question '{question.id}'", list(question.values))
            _check_also_match(question, self.questions)
        if self.start not in nodes:
            raise ValueError(f"start node '{self.start}' does not exist")
        for node in self.nodes:
            _check_node(node, {q.id: q for q in self.questions}, nodes)
        _check_acyclic_and_reachable(self)
        return self

    # --- look-ups -----------------------------------------------------------------------------
    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def node(self, node_id: str) -> Node:
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)

    def reachable_outcomes(self) -> set[int]:
        return {e.outcome for n in self.nodes for e in n.edges.values() if e.outcome is not None}


def _unique(what: str, ids: list[str]) -> set[str]:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ValueError(f"{what} id '{item}' is used twice")
        seen.add(item)
    return seen


def _check_also_match(question: Question, questions: tuple[Question, ...]) -> None:
    match = question.also_match
    if match is None:
        return
    if match.answer not in question.values:
        raise ValueError(
            f"question '{question.id}': also_match answer '{match.answer}' is not an option"
        )
    if match.ir_class not in IR_CLASS_NUMBERS:
        raise ValueError(f"question '{question.id}': also_match class {match.ir_class} is not 1-7")
    by_id = {q.id: q for q in questions}
    for other, value in match.requires.items():
        if other not in by_id:
            raise ValueError(
                f"question '{question.id}': also_match requires unknown question '{other}'"
            )
        if value not in by_id[other].values:
            raise ValueError(
                f"question '{question.id}': also_match requires '{other}={value}', not an option"
            )


def _check_node(node: Node, questions: dict[str, Question], nodes: set[str]) -> None:
    question = questions.get(node.question)
    if question is None:
        raise ValueError(f"node '{node.id}' asks unknown question '{node.question}'")
    for answer, edge in node.edges.items():
        if answer not in question.values:
            raise ValueError(
                f"node '{node.id}': '{answer}' is not an answer option of '{question.id}'"
            )
        if edge.next is not None and edge.next not in nodes:
            raise ValueError(
                f"node '{node.id}', answer '{answer}': next node '{edge.next}' does not exist"
            )
        if answer == UNKNOWN and not edge.provisional:
            raise ValueError(
                f"node '{node.id}': answer 'unknown' must be marked provisional (unknown is never 'no')"
            )
    missing = [value for value in question.values if value not in node.edges]
    if missing:
        raise ValueError(
            f"node '{node.id}': answer '{missing[0]}' leads nowhere (every path must end in a class)"
        )


def _check_acyclic_and_reachable(tree: DecisionTree) -> None:
    """Depth-first from the start node, with an explicit stack: a flow thousands of nodes deep is
    checked like a short one (no recursion limit), in time linear in its size."""
    by_id = {n.id: n for n in tree.nodes}
    done: set[str] = set()
    trail: list[str] = [tree.start]  # the path from the start to the node being explored
    on_trail = {tree.start}
    pending = [iter([e.next for e in by_id[tree.start].edges.values() if e.next is not None])]
    while pending:
        node_id = next(pending[-1], None)
        if node_id is None:  # every answer of trail[-1] explored
            pending.pop()
            on_trail.discard(trail[-1])
            done.add(trail.pop())
            continue
        if node_id in on_trail:
            cycle = " -> ".join([*trail[trail.index(node_id) :], node_id])
            raise ValueError(f"the flow has a cycle: {cycle}")
        if node_id in done:
            continue
        trail.append(node_id)
        on_trail.add(node_id)
        edges = by_id[node_id].edges.values()
        pending.append(iter([e.next for e in edges if e.next is not None]))
    unreachable = [n.id for n in tree.nodes if n.id not in done]
    if unreachable:
        raise ValueError(f"node '{unreachable[0]}' can never be reached from the start node")


def load_tree(path: Path) -> DecisionTree:
    """Load and validate a tree file; the result carries the SHA-256 of the file's bytes."""
    raw = read_yaml(path, "mdir-desk/decision-tree")
    if "sha256" in raw.content:
        raise DataFileError(str(path), Message("tree.sha256_computed_file_may"))
    tree = validate(DecisionTree, raw)
    return tree.model_copy(update={"sha256": raw.sha256})
