"""``mdir-desk classify``: answers in, classification out (exit 0 complete, 3 incomplete, 2 bad input)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from app.cli.output import print_json
from app.errors import BadInputError
from app.services.reference import Reference
from app.services.triage import answers_from_json, classification_json, parse_answer_args

EXIT_INCOMPLETE = 3


def run_classify(args: argparse.Namespace, reference: Reference, lang: str) -> int:
    if args.batch is not None:
        if args.answer:
            raise BadInputError("give either --answer or --batch, not both")
        return _run_batch(args.batch, reference, lang)
    answers = parse_answer_args(args.answer)
    result = classification_json(reference.classify(answers), reference, lang)
    if args.json:
        print_json(result)
    else:
        print(_describe(result, reference, lang))
    return 0 if result["ir_class"] is not None else EXIT_INCOMPLETE


def _run_batch(source: str, reference: Reference, lang: str) -> int:
    """Validate every line first, so bad input prints nothing but the one error line."""
    lines = _read_lines(source)
    results = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadInputError(f"{where}: not valid JSON ({exc.msg})") from None
        try:
            answers = answers_from_json(obj, where)
            results.append(classification_json(reference.classify(answers), reference, lang))
        except BadInputError as exc:
            message = exc.message if exc.message.startswith(where) else f"{where}: {exc.message}"
            raise BadInputError(message) from None
    for result in results:
        print_json(result, indent=None)
    return 0 if all(r["ir_class"] is not None for r in results) else EXIT_INCOMPLETE


def _read_lines(source: str) -> list[str]:
    stream: TextIO
    try:
        if source == "-":
            return sys.stdin.read().splitlines()
        with open(source, encoding="utf-8") as stream:
            return stream.read().splitlines()
    except UnicodeDecodeError:
        raise BadInputError(f"{source}: not UTF-8 text") from None
    except OSError as exc:
        raise BadInputError(f"cannot read {source}: {exc.strerror or exc}") from None


def _describe(result: dict[str, Any], reference: Reference, lang: str) -> str:
    if result["ir_class"] is None:
        question = reference.tree.question(result["next_question"])
        return f"incomplete: next question '{question.id}': {question.text.get(lang)}"
    flags = [
        name
        for name, on in (
            ("PROVISIONAL", result["provisional"]),
            ("SAFETY OVERRIDE", result["safety_override"]),
        )
        if on
    ]
    line = f"class {result['ir_class']}: {result['ir_class_name']}"
    if flags:
        line += f" [{', '.join(flags)}]"
    if result["also_matches"]:
        line += f" (also matches: {', '.join(map(str, result['also_matches']))})"
    return line
