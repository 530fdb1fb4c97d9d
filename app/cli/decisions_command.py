"""``mdir-desk decisions record|list|show``."""

from __future__ import annotations

import argparse
import sys

from app.cli.accounts_command import manifestation
from app.cli.output import print_json
from app.database.db import Database
from app.errors import BadInputError
from app.services import signoff
from app.services.decisions import (
    DecisionDraft,
    DecisionView,
    get_decision,
    list_decisions,
)
from app.services.incidents import (
    exercise_decision_ids,
    incident_for_recording,
    record_in_incident,
)
from app.services.reference import Reference
from app.services.triage import parse_answer_args


def run_decisions(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    if args.action == "record":
        draft = DecisionDraft(
            answers=parse_answer_args(args.answer),
            recorded_by=args.by,
            role=args.role,
            device_tag=args.device,
            category=args.category,
            unit=args.unit,
            location=args.location,
            incident_id=args.incident,
            note=args.note,
            supersedes=args.supersedes,
        )
        _, not_linked = incident_for_recording(db, args.incident)
        # Returns only after commit; with --incident the decision is linked in the same transaction.
        decision = record_in_incident(db, reference, draft)
        if not_linked:
            print(f"note: {not_linked}", file=sys.stderr)
        _print(decision, reference, lang, args.json, full=True, db=db)
    elif args.action == "list":
        decisions = list_decisions(db)
        drills = exercise_decision_ids(db)
        if args.json:
            print_json(
                [{**d.to_json(reference, lang), "exercise": d.id in drills} for d in decisions]
            )
        else:
            for decision in decisions:
                print(_summary_line(decision, reference, lang, decision.id in drills))
    elif args.action == "pending":
        _pending(args, db, reference, lang)
    else:
        _print(get_decision(db, args.id), reference, lang, args.json, full=True, db=db)
    return 0


def _pending(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> None:
    if args.role is not None and args.role not in reference.roles.codes():
        raise BadInputError(
            f"unknown role '{args.role}' (roles: {', '.join(reference.roles.codes())})"
        )
    matrix = signoff.signoff_matrix(db, reference)
    classes = [n for n, roles in matrix.items() if args.role is None or args.role in roles]
    waiting = signoff.awaiting_signoff(db, reference, classes)
    drills = exercise_decision_ids(db)
    if args.json:
        print_json(
            [
                {
                    **d.to_json(reference, lang),
                    "signoff_roles": list(matrix[d.ir_class]),
                    "exercise": d.id in drills,
                }
                for d in waiting
            ]
        )
        return
    for decision in waiting:
        line = _summary_line(decision, reference, lang, decision.id in drills)
        print(f"{line}  needs {' or '.join(matrix[decision.ir_class])}")


def _print(
    decision: DecisionView,
    reference: Reference,
    lang: str,
    as_json: bool,
    full: bool,
    db: Database | None = None,
) -> None:
    signatures = signoff.signatures_of(db, decision.id) if db is not None else None
    drill = db is not None and decision.id in exercise_decision_ids(db)
    if as_json:
        document = {**decision.to_json(reference, lang), "exercise": drill}
        if db is not None and signatures is not None:
            document["signoff_state"] = signoff.signoff_state(db, reference, decision, signatures)
            document["signatures"] = [s.to_json() for s in signatures]
        print_json(document)
        return
    print(_summary_line(decision, reference, lang, drill))
    if full:
        for step in decision.path:
            print(f"  {step.question} = {step.answer}")
        if decision.note:
            print(f"  note: {decision.note}")
        print(f"  tree {decision.tree_version} sha256 {decision.tree_sha256[:16]}")
    if db is not None and signatures is not None:
        state = signoff.signoff_state(db, reference, decision, signatures)
        print(f"  sign-off: {state}")
        for signature in signatures:
            print(f"  signed: {manifestation(signature, reference, lang)}")


def _summary_line(
    decision: DecisionView, reference: Reference, lang: str, exercise: bool = False
) -> str:
    what = decision.device_tag or decision.category or "unknown device"
    flag = (" PROVISIONAL" if decision.provisional else "") + (" EXERCISE" if exercise else "")
    name = reference.class_name(decision.ir_class, lang)
    return (
        f"{decision.id}  {decision.created_at}  class {decision.ir_class} ({name}){flag}  "
        f"{what}  by {decision.recorded_by} ({decision.role})"
    )
