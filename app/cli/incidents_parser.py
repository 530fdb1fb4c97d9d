"""Arguments of ``mdir-desk incidents ...`` and ``mdir-desk exercise ...``."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.accounts_parser import add_admin, add_password_stdin

BY_HELP = "the person acting (default: the operating-system account)"


def add_incidents_parsers(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    incidents = commands.add_parser("incidents", help="incidents across the playbook's phases")
    sub = incidents.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    create = sub.add_parser("create", help="open an incident (T0 starts the regulatory clocks)")
    create.add_argument("--name", required=True)
    create.add_argument("--t0", required=True, metavar="ISO8601", help="awareness time")
    create.add_argument("--source", required=True, metavar="TEXT", help="how it was detected")
    create.add_argument("--exercise", action="store_true", help="a drill, not a real incident")
    create.add_argument("--severity", metavar="LEVEL", help="low, moderate, high or critical")
    create.add_argument("--unit", action="append", default=[], help="an affected unit (repeat)")
    _by(create)
    _json(create)

    listing = sub.add_parser("list", help="incidents, open ones first")
    listing.add_argument("--open", action="store_true", help="only open incidents")
    _json(listing)

    show = _with_incident(sub, "show", "an incident: details, decisions, devices")
    _json(show)

    update = _with_incident(sub, "update", "change an incident's details")
    update.add_argument("--name")
    update.add_argument("--severity", metavar="LEVEL")
    update.add_argument("--phase", metavar="PHASE", help="detect, contain, post_incident, share")
    update.add_argument("--unit", action="append", help="affected units (replaces the list)")
    update.add_argument("--source", metavar="TEXT")
    update.add_argument("--t0", metavar="ISO8601")
    _by(update)
    _json(update)

    link = _with_incident(sub, "link", "add a recorded decision to an incident")
    link.add_argument("decision", metavar="DECISION")
    _by(link)

    devices = _with_incident(sub, "devices", "devices in the incident's scope and their state")
    _json(devices)

    add = _with_incident(sub, "add-devices", "add devices to the scope by asset tag")
    add.add_argument("tags", nargs="+", metavar="TAG")
    add.add_argument("--reason", default="manual")
    _by(add)

    scope = _with_incident(
        sub, "scope", "devices sharing a model, firmware or component with one in scope"
    )
    scope.add_argument("--from", dest="from_tag", required=True, metavar="TAG")
    scope.add_argument("--same", required=True, choices=["model", "firmware", "component"])
    scope.add_argument("--component", metavar="NAME", help="with --same component: name or purl")
    scope.add_argument("--version", metavar="VERSION", help="with --same component")
    scope.add_argument("--add", action="store_true", help="add them all to the incident")
    _by(scope)
    _json(scope)

    state = _with_incident(sub, "state", "record a device's state in the incident")
    state.add_argument("tag", metavar="TAG")
    state.add_argument(
        "--state",
        required=True,
        choices=["under_review", "isolated", "compensated", "restored", "not_affected"],
    )
    state.add_argument("--note")
    state.add_argument("--at", metavar="ISO8601", help="when (default: now)")
    _by(state)

    checklist = _with_incident(sub, "checklist", "the incident's checklist items")
    _json(checklist)
    check = _with_incident(sub, "check", "mark a checklist item")
    check.add_argument("item", metavar="ITEM", help="e.g. CER-02")
    check.add_argument("--status", required=True, choices=["done", "na", "open"])
    check.add_argument("--by", required=True, metavar="NAME")
    check.add_argument("--note")

    clocks = _with_incident(
        sub, "clocks", "regulatory clocks from T0 (reminders, not legal advice)"
    )
    clocks.add_argument("--jurisdiction", choices=["us", "jp"], help="default: the setting")
    _json(clocks)

    timeline = _with_incident(sub, "timeline", "the incident's timeline (HICS 214 style)")
    timeline.add_argument("--person", metavar="NAME", help="only this person's entries")
    _json(timeline)
    log = _with_incident(sub, "log", "write a timeline entry")
    log.add_argument("--text", required=True)
    log.add_argument("--at", metavar="ISO8601", help="when it happened (default: now)")
    log.add_argument("--position", metavar="POSITION", help="HICS position or role")
    _by(log)

    status = _with_incident(sub, "status", "system status roll-up (HICS 251 style)")
    _json(status)
    metrics = _with_incident(
        sub, "metrics", "per device: T0 to classification, containment, recovery"
    )
    _json(metrics)

    close = _with_incident(sub, "close", "close the incident (clinical leadership sign-off)")
    close.add_argument("--note")
    add_admin(close)
    add_password_stdin(close, "the password of the user given by --as")

    _add_evidence_parsers(sub, parser_class)
    _add_lessons_parsers(sub, parser_class)

    share = _with_incident(sub, "share", "a sharing export (JSON, no patient data) for an ISAC")
    share.add_argument(
        "--tlp", required=True, metavar="MARKING", help="CLEAR, GREEN, AMBER, AMBER+STRICT or RED"
    )
    share.add_argument("--out", required=True, metavar="FILE.json")
    _by(share)

    exercise = commands.add_parser(
        "exercise", help="tabletop exercises of the playbook's use cases"
    )
    ex = exercise.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    _json(ex.add_parser("list", help="the scenarios"))
    start = ex.add_parser("start", help="start an exercise incident from a scenario")
    start.add_argument("scenario", metavar="SCENARIO", help="imaging, implant or infusion-pump")
    _by(start)
    _json(start)
    injects = _with_incident(ex, "injects", "an exercise's injects and when they are due")
    _json(injects)
    deliver = _with_incident(ex, "deliver", "note an inject as delivered (on the timeline)")
    deliver.add_argument("inject", metavar="INJECT")
    _by(deliver)
    compare = _with_incident(ex, "compare", "expected decisions against those recorded")
    _json(compare)


def _add_evidence_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    evidence = sub.add_parser("evidence", help="evidence and its chain of custody")
    ev = evidence.add_subparsers(
        dest="evidence_action", metavar="ACTION", required=True, parser_class=parser_class
    )
    add = _with_incident(ev, "add", "record a file's SHA-256 (the file stays where it is)")
    add.add_argument("--file", required=True, metavar="FILE")
    add.add_argument("--by", required=True, metavar="NAME", help="who collected it")
    add.add_argument("--location", required=True, metavar="WHERE", help="where it is kept")
    add.add_argument("--description")
    _json(add)
    listing = _with_incident(ev, "list", "the incident's evidence with its custody chain")
    _json(listing)
    transfer = ev.add_parser("transfer", help="hand evidence over (adds to the custody chain)")
    transfer.add_argument("evidence", metavar="EVIDENCE")
    transfer.add_argument("--from", dest="from_person", required=True, metavar="NAME")
    transfer.add_argument("--to", dest="to_person", required=True, metavar="NAME")
    transfer.add_argument("--reason", required=True)
    transfer.add_argument("--location", metavar="WHERE")
    transfer.add_argument("--at", metavar="ISO8601")
    _by(transfer)
    verify = ev.add_parser("verify", help="check a file against its recorded SHA-256")
    verify.add_argument("evidence", metavar="EVIDENCE")
    verify.add_argument("--file", required=True, metavar="FILE")
    _by(verify)


def _add_lessons_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    lessons = _with_incident(sub, "lessons", "show or write the lessons-learned form")
    lessons.add_argument("--what-happened", metavar="TEXT")
    lessons.add_argument("--what-worked", metavar="TEXT")
    lessons.add_argument("--what-did-not", metavar="TEXT")
    _by(lessons)
    _json(lessons)
    action = sub.add_parser("action", help="improvement actions from the lessons learned")
    act = action.add_subparsers(
        dest="action_action", metavar="ACTION", required=True, parser_class=parser_class
    )
    add = _with_incident(act, "add", "add an action with an owner and a due date")
    add.add_argument("--text", required=True, metavar="ACTION")
    add.add_argument("--owner", required=True)
    add.add_argument("--due", metavar="YYYY-MM-DD")
    _by(add)
    for name in ("done", "reopen"):
        change = act.add_parser(name, help=f"mark an action {'done' if name == 'done' else 'open'}")
        change.add_argument("action_id", metavar="ACTION_ID")
        _by(change)


def _with_incident(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    parser.add_argument("incident", metavar="INCIDENT", help="reference (INC-2026-0001) or id")
    return parser


def _by(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--by", metavar="NAME", help=BY_HELP)


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")
