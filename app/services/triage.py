"""Classifying answers and presenting the result as the CLI's JSON contract."""

from __future__ import annotations

from typing import Any

from app.domain.engine import Classification
from app.errors import BadInputError, Message
from app.services.reference import Reference


def parse_answer_args(items: list[str]) -> dict[str, str]:
    """Turn ``["harm_now=no", ...]`` into a dict; refuse malformed items and contradictory repeats."""
    answers: dict[str, str] = {}
    for item in items:
        question, sep, value = item.partition("=")
        question, value = question.strip(), value.strip()
        if not sep or not question or not value:
            raise BadInputError(Message("triage.malformed_answer_expected_question", item=item))
        if question in answers and answers[question] != value:
            raise BadInputError(
                Message(
                    "triage.question_answered_twice",
                    question=question,
                    first=answers[question],
                    value=value,
                )
            )
        answers[question] = value
    return answers


def answers_from_json(obj: Any, where: str) -> dict[str, str]:
    """Validate one JSON answer object (question id -> answer string)."""
    if not isinstance(obj, dict):
        raise BadInputError(Message("triage.expected_json_object_question", where=where))
    for key, value in obj.items():
        if not isinstance(value, str):
            raise BadInputError(
                Message("triage.answer_must_string_got", where=where, key=key, value=value)
            )
    return dict(obj)


def classification_json(result: Classification, reference: Reference, lang: str) -> dict[str, Any]:
    """The fields of the ``classify`` contract, in a stable order."""
    return {
        "ir_class": result.ir_class,
        "ir_class_name": reference.class_name(result.ir_class, lang),
        "provisional": result.provisional,
        "safety_override": result.safety_override,
        "also_matches": list(result.also_matches),
        "next_question": result.next_question,
        "path": [{"question": s.question, "answer": s.answer} for s in result.path],
        "tree_version": result.tree_version,
        "tree_sha256": result.tree_sha256,
    }
