"""``mdir-desk contacts ...`` and ``mdir-desk escalation ...``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.accounts_command import authenticate_as
from app.cli.output import print_json
from app.database.db import Database
from app.services.contacts import export_contacts, import_contacts, list_contacts
from app.services.escalation import escalation_for, set_tier
from app.services.reference import Reference

EXIT_REFUSED = 2


def run_contacts(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    if args.action == "import":
        report = import_contacts(
            db,
            reference,
            Path(args.file),
            unit=args.unit,
            tier=args.tier,
            skip_invalid=args.skip_invalid,
            by=args.by,
        )
        if args.json:
            print_json(report.to_json())
        else:
            print(
                f"{report.imported} new and {report.updated} updated contact(s); "
                f"{report.rejected} row(s) rejected"
            )
            for error in report.errors[:50]:
                print(f"  row {error['row']}, {error['column']}: {error['message']}")
        if report.errors and not report.written:
            print(f"mdir-desk: nothing imported: {report.rejected} invalid row(s)", file=sys.stderr)
            return EXIT_REFUSED
        return 0
    if args.action == "export":
        count = export_contacts(db, Path(args.out))
        print(f"{count} contact row(s) written to {args.out}")
        return 0
    contacts = list_contacts(db, args.unit)
    if args.json:
        print_json([c.to_json() for c in contacts])
    else:
        for contact in contacts:
            reach = ", ".join(f"{k} {v}" for k, v in contact.methods)
            org = f", {contact.organization}" if contact.organization else ""
            print(f"{contact.name}  ({contact.role}{org})  {reach}")
    return 0


def run_escalation(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    if args.action == "set-tier":
        user, _ = authenticate_as(args, db, [])
        set_tier(
            db,
            unit=args.unit,
            tier=args.tier,
            wait_minutes=args.wait,
            triggers=args.trigger,
            by=user,
        )
        print(f"tier {args.tier} of {args.unit or 'all units'} saved")
        return 0
    tiers = escalation_for(db, reference, args.unit, args.ir_class)
    if args.json:
        print_json(
            {
                "unit": args.unit,
                "ir_class": args.ir_class,
                "tiers": [t.to_json(reference, lang) for t in tiers],
            }
        )
        return 0
    if not tiers:
        print(f"no contacts set up for {args.unit}, class {args.ir_class}")
    for tier in tiers:
        when = "; ".join(reference.escalation.trigger_text(t, lang) for t in tier.triggers)
        print(
            f"tier {tier.tier} — call when: {when}; no answer in {tier.wait_minutes} min: next tier"
        )
        for contact in tier.contacts:
            reach = ", ".join(f"{k} {v}" for k, v in contact.methods)
            print(f"  {contact.name} ({contact.role})  {reach}")
    return 0


def run_settings(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    from app.services.settings import SETTINGS, all_settings, set_setting

    if args.action == "set":
        user, _ = authenticate_as(args, db, [])
        set_setting(db, args.key, args.value, by=user)
        print(f"{args.key} = {args.value}")
        return 0
    values = all_settings(db)
    if args.json:
        print_json(values)
    else:
        for key, value in values.items():
            shown = value if value is not None else "(not set)"
            print(f"{key} = {shown}  # {SETTINGS[key].description}")
    return 0


def run_print(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    from app.services import printing

    out = Path(args.out)
    if args.action in ("incident-report", "ics214"):
        return _print_incident(args, db, reference, lang, out)
    if args.action == "contact-sheet":
        pages = printing.print_contact_sheet(db, reference, args.unit, lang, args.paper, out)
    elif args.action == "decision":
        pages = printing.print_decision(db, reference, args.id, lang, args.paper, out)
    elif args.action == "cards":
        pages = printing.print_cards(db, reference, args.unit, lang, args.paper, out)
    else:
        pages = printing.print_binder(db, reference, args.unit, lang, args.paper, out)
    print(f"{out}: {pages} page(s)")
    return 0


def _print_incident(
    args: argparse.Namespace, db: Database, reference: Reference, lang: str, out: Path
) -> int:
    from app.services import incident_printing
    from app.services.playbook import load_playbook

    playbook = load_playbook()
    if args.action == "incident-report":
        pages = incident_printing.print_incident_report(
            db,
            reference,
            playbook,
            args.incident,
            out,
            lang,
            paper_size=args.paper,
            jurisdiction=args.jurisdiction,
            by=args.by,
        )
    else:
        pages = incident_printing.print_activity_log(
            db,
            reference,
            playbook,
            args.incident,
            out,
            lang,
            person=args.person,
            paper_size=args.paper,
            by=args.by,
        )
    print(f"{out}: {pages} page(s)")
    return 0
