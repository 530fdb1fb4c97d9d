"""Arguments of ``mdir-desk contacts ...`` and ``mdir-desk escalation ...``."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.accounts_parser import add_admin, add_password_stdin


def add_contacts_parsers(
    commands: Any, parser_class: type[argparse.ArgumentParser], whole_number: Any
) -> None:
    contacts = commands.add_parser("contacts", help="escalation contacts")
    sub = contacts.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    imp = sub.add_parser("import", help="import contacts from CSV or vCard (.vcf)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--unit", help="unit for rows that name none (default: all units)")
    imp.add_argument("--tier", type=whole_number, metavar="N", help="tier for rows that name none")
    imp.add_argument("--skip-invalid", action="store_true", help="import the valid rows")
    imp.add_argument("--by", default="mdir-desk import", metavar="NAME")
    imp.add_argument("--json", action="store_true")
    listing = sub.add_parser("list", help="contacts, by name")
    listing.add_argument("--unit")
    listing.add_argument("--json", action="store_true")
    exp = sub.add_parser("export", help="contacts to CSV (the import format)")
    exp.add_argument("out", metavar="OUT.csv")

    escalation = commands.add_parser("escalation", help="whom to call, tier by tier")
    esc = escalation.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    show = esc.add_parser("show", help="the ordered list of whom to call for a unit and class")
    show.add_argument("--unit", required=True)
    show.add_argument("--class", dest="ir_class", type=whole_number, required=True, metavar="N")
    show.add_argument("--json", action="store_true")
    tier = esc.add_parser("set-tier", help="a unit's wait time and triggers for one tier")
    tier.add_argument("--unit", default="", help="default: all units")
    tier.add_argument("--tier", type=whole_number, required=True, metavar="N")
    tier.add_argument("--wait", type=whole_number, required=True, metavar="MINUTES")
    tier.add_argument(
        "--trigger",
        action="append",
        default=[],
        metavar="CODE",
        help="any_decision, class_at_least:N, provisional_overdue, patient_harm, phi_exposure",
    )
    add_admin(tier)
    add_password_stdin(tier, "the password of the user given by --as")

    settings = commands.add_parser("settings", help="settings of this installation")
    st = settings.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    st_show = st.add_parser("show", help="all settings")
    st_show.add_argument("--json", action="store_true")
    st_set = st.add_parser("set", help="change a setting (see settings show)")
    st_set.add_argument("key", metavar="KEY")
    st_set.add_argument("value", metavar="VALUE")
    add_admin(st_set)
    add_password_stdin(st_set, "the password of the user given by --as")

    printing = commands.add_parser(
        "print", help="PDFs: contact sheet, decision, cards, binder, incident report, HICS 214"
    )
    pr = printing.add_subparsers(
        dest="action", metavar="DOCUMENT", required=True, parser_class=parser_class
    )
    for name, help_text in (
        ("contact-sheet", "the escalation contact sheet of a unit"),
        ("decision", "one decision record"),
        ("cards", "downtime cards for every device of a unit"),
        ("binder", "the downtime binder (all units, or one)"),
    ):
        doc = pr.add_parser(name, help=help_text)
        if name == "decision":
            doc.add_argument("id", metavar="ID")
        elif name == "binder":
            doc.add_argument("--unit")
        else:
            doc.add_argument("--unit", required=(name == "cards"))
        doc.add_argument("--paper", choices=["a4", "letter"], default="a4")
        doc.add_argument("--out", required=True, metavar="FILE.pdf")
    report = pr.add_parser(
        "incident-report",
        help="an incident's report (an exercise's after-action report)",
    )
    report.add_argument("incident", metavar="INCIDENT")
    report.add_argument("--jurisdiction", choices=["us", "jp"], help="clocks (default: setting)")
    activity = pr.add_parser("ics214", help="HICS 214 activity log of an incident or one person")
    activity.add_argument("incident", metavar="INCIDENT")
    activity.add_argument("--person", metavar="NAME", help="only this person's activities")
    for doc in (report, activity):
        doc.add_argument("--paper", choices=["a4", "letter"], default="a4")
        doc.add_argument("--out", required=True, metavar="FILE.pdf")
        doc.add_argument("--by", metavar="NAME", help="who prints (default: the OS account)")
