"""``mdir-desk dev ...``: tools for developers and testers (not for clinical use)."""

from __future__ import annotations

import argparse
import itertools
import sys

from app.database.db import Database
from app.services.decisions import DecisionDraft, record_decision
from app.services.reference import Reference

# A few complete answer sets (final and provisional results of several classes).
_ANSWER_SETS = (
    {"harm_now": "no", "implanted": "yes"},
    {"harm_now": "no", "implanted": "no", "offsite": "yes"},
    {"harm_now": "no", "implanted": "no", "offsite": "no", "patient_connected": "yes",
     "removal": "dependent"},
    {"harm_now": "no", "implanted": "no", "offsite": "no", "patient_connected": "no",
     "multi_patient": "unknown"},
    {"harm_now": "no", "implanted": "no", "offsite": "no", "patient_connected": "no",
     "multi_patient": "no", "network_clinical_impact": "yes"},
)  # fmt: skip


def add_dev_parser(commands: object, parser_class: type[argparse.ArgumentParser]) -> None:
    dev = commands.add_parser("dev", help="developer tools (not for clinical use)")  # type: ignore[attr-defined]
    sub = dev.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    stress = sub.add_parser(
        "stress", help="record decisions as fast as possible; print each id once committed"
    )
    stress.add_argument("--decisions", type=int, required=True, metavar="N")


def run_dev(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    if args.decisions < 1:
        from app.errors import BadInputError

        raise BadInputError(f"--decisions must be at least 1, got {args.decisions}")
    answers = itertools.cycle(_ANSWER_SETS)
    for number in range(args.decisions):
        saved = record_decision(
            db,
            reference,
            DecisionDraft(answers=next(answers), recorded_by=f"stress {number}", role="biomed"),
        )
        # Printed only after the commit: a printed id is a promise that the decision is saved.
        sys.stdout.write(saved.id + "\n")
        sys.stdout.flush()
    return 0
