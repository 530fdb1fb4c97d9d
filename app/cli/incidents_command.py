"""``mdir-desk incidents ...`` and ``mdir-desk exercise ...``."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import Any

from app.cli.accounts_command import authenticate_as
from app.cli.output import print_json
from app.database.db import Database
from app.domain.incident_terms import label
from app.errors import BadInputError
from app.services import (
    evidence,
    exercises,
    incident_checklist,
    incident_clocks,
    incident_devices,
    incident_status,
    incident_timeline,
    incidents,
    lessons,
    sharing,
)
from app.services.playbook import Playbook, load_playbook
from app.services.reference import Reference
from app.services.signoff import signoff_state


def run_incidents(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    playbook = load_playbook()
    handler = _HANDLERS[args.action]
    return int(handler(args, db, reference, playbook, lang) or 0)


def run_exercise(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    playbook = load_playbook()
    if args.action == "list":
        scenarios = list(playbook.scenarios.values())
        if args.json:
            print_json(
                [
                    {
                        "id": s.id,
                        "title": s.title.get(lang),
                        "use_case": s.use_case,
                        "summary": s.summary.get(lang),
                        "duration_minutes": s.duration_minutes,
                    }
                    for s in scenarios
                ]
            )
        for s in [] if args.json else scenarios:
            print(f"{s.id}  use case {s.use_case}  {s.title.get(lang)} ({s.duration_minutes} min)")
    elif args.action == "start":
        incident = exercises.start_exercise(db, playbook, args.scenario, by=args.by, lang=lang)
        if args.json:
            print_json(incident.to_json())
        else:
            print(f"{incident.ref}  EXERCISE started: {incident.name}")
    elif args.action == "injects":
        views = exercises.exercise_injects(db, playbook, args.incident)
        if args.json:
            print_json(
                [
                    {
                        "id": v.inject.id,
                        "at_minutes": v.inject.at_minutes,
                        "due_at": v.due_at.isoformat(),
                        "delivered_at": v.delivered_at,
                        "text": v.inject.text.get(lang),
                    }
                    for v in views
                ]
            )
        for v in [] if args.json else views:
            done = f"delivered {v.delivered_at}" if v.delivered_at else "not delivered"
            print(f"{v.inject.id}  +{v.inject.at_minutes} min  {done}  {v.inject.text.get(lang)}")
    elif args.action == "deliver":
        view = exercises.deliver_inject(
            db, playbook, args.incident, args.inject, by=args.by, lang=lang
        )
        print(f"inject {view.inject.id} delivered at {view.delivered_at}")
    else:
        _compare(args, db, reference, playbook, lang)
    return 0


def _compare(
    args: argparse.Namespace, db: Database, reference: Reference, playbook: Playbook, lang: str
) -> None:
    lines = exercises.expected_vs_actual(db, playbook, args.incident)
    rows = [
        {
            "expected_id": line.expected.id,
            "category": line.expected.category,
            "situation": line.expected.situation.get(lang),
            "expected_class": line.expected.expected_class,
            "actual_class": line.actual.ir_class if line.actual else None,
            "decision": line.actual.id if line.actual else None,
            "matches": line.matches,
        }
        for line in lines
    ]
    if args.json:
        print_json(rows)
        return
    for row in rows:
        actual = row["actual_class"] if row["actual_class"] is not None else "none recorded"
        verdict = "as expected" if row["matches"] else "DIFFERS"
        print(
            f"{row['expected_id']}  {row['category']}  expected class {row['expected_class']}, "
            f"recorded {actual}  {verdict}"
        )


def _create(args: argparse.Namespace, db: Database, *_: Any) -> None:
    incident = incidents.create_incident(
        db,
        name=args.name,
        t0=args.t0,
        source=args.source,
        by=args.by,
        exercise=args.exercise,
        severity=args.severity,
        units=args.unit,
    )
    _show_incident(incident, args.json)


def _list(args: argparse.Namespace, db: Database, *_: Any) -> None:
    found = incidents.list_incidents(db, include_closed=not args.open)
    if args.json:
        print_json([i.to_json() for i in found])
        return
    for incident in found:
        print(_line(incident))


def _show(
    args: argparse.Namespace, db: Database, reference: Reference, playbook: Playbook, lang: str
) -> None:
    incident = incidents.get_incident(db, args.incident)
    decisions = incidents.incident_decisions(db, incident.id)
    devices = incident_devices.incident_devices(db, incident.id)
    blockers = (
        incident_checklist.close_blockers(db, reference, playbook.checklists, incident.id)
        if incident.is_open
        else []
    )
    if args.json:
        print_json(
            {
                **incident.to_json(),
                "decisions": [
                    {
                        **d.to_json(reference, lang),
                        "signoff_state": signoff_state(db, reference, d),
                    }
                    for d in decisions
                ],
                "devices": [_device_json(d) for d in devices],
                "close_blockers": blockers,
            }
        )
        return
    print(_line(incident))
    print(f"  T0 {incident.t0}  detected by: {incident.source}")
    print(f"  units: {', '.join(incident.units) or '-'}  phase: {incident.phase}")
    for decision in decisions:
        state = signoff_state(db, reference, decision)
        what = decision.device_tag or decision.category or "unknown device"
        print(
            f"  decision {decision.id[:8]}  class {decision.ir_class} "
            f"({reference.class_name(decision.ir_class, lang)})  {what}  sign-off: {state}"
        )
    print(f"  devices in scope: {len(devices)}")
    for problem in blockers:
        print(f"  before closing: {problem}")


def _update(args: argparse.Namespace, db: Database, *_: Any) -> None:
    incident = incidents.update_incident(
        db,
        args.incident,
        by=args.by,
        name=args.name,
        severity=args.severity,
        phase=args.phase,
        units=args.unit,
        source=args.source,
        t0=args.t0,
    )
    _show_incident(incident, args.json)


def _link(args: argparse.Namespace, db: Database, *_: Any) -> None:
    added = incidents.link_decision(db, args.incident, args.decision, by=args.by)
    print("decision added to the incident" if added else "the decision was already in the incident")


def _devices(args: argparse.Namespace, db: Database, *_: Any) -> None:
    devices = incident_devices.incident_devices(db, args.incident)
    if args.json:
        print_json([_device_json(d) for d in devices])
        return
    for d in devices:
        print(f"{d.device.asset_tag}  {d.device.model or '-'}  {d.device.unit or '-'}  {d.state}")


def _add_devices(args: argparse.Namespace, db: Database, *_: Any) -> None:
    count = incident_devices.add_devices(
        db, args.incident, args.tags, reason=args.reason, by=args.by
    )
    print(f"{count} device(s) added")


def _scope(args: argparse.Namespace, db: Database, *_: Any) -> None:
    if args.same != "component" and (args.component or args.version):
        raise BadInputError("--component and --version go with --same component")
    found, reason = incident_devices.scope_candidates(
        db, args.incident, args.from_tag, args.same, args.component, args.version
    )
    added = None
    if args.add and found:
        added = incident_devices.add_devices(
            db, args.incident, [d.asset_tag for d in found], reason=reason, by=args.by
        )
    if args.json:
        print_json(
            {
                "reason": reason,
                "devices": [
                    {"asset_tag": d.asset_tag, "model": d.model, "unit": d.unit} for d in found
                ],
                "added": added,
            }
        )
        return
    for d in found:
        print(f"{d.asset_tag}  {d.model or '-'}  {d.unit or '-'}")
    print(f"{len(found)} device(s) with {reason} not yet in the incident")
    if added is not None:
        print(f"{added} device(s) added")


def _state(args: argparse.Namespace, db: Database, *_: Any) -> None:
    view = incident_devices.set_device_state(
        db, args.incident, args.tag, args.state, by=args.by, note=args.note, at=args.at
    )
    print(f"{view.device.asset_tag}: {view.state} from {view.state_at}")


def _checklist(
    args: argparse.Namespace, db: Database, reference: Reference, playbook: Playbook, lang: str
) -> None:
    items = incident_checklist.checklist(db, playbook.checklists, args.incident)
    if args.json:
        print_json([_check_json(c, playbook, lang) for c in items])
        return
    for c in items:
        who = f"  {c.by} {c.at}" if c.by else ""
        need = "  (needed to close)" if c.item.required_to_close else ""
        print(f"{c.item.id:8} {c.status:5} {c.item.action.get(lang)}{need}{who}")


def _check(
    args: argparse.Namespace, db: Database, reference: Reference, playbook: Playbook, lang: str
) -> None:
    view = incident_checklist.set_check(
        db, playbook.checklists, args.incident, args.item, args.status, by=args.by, note=args.note
    )
    print(f"{view.item.id}: {view.status} ({view.by}, {view.at})")


def _clocks(
    args: argparse.Namespace, db: Database, reference: Reference, playbook: Playbook, lang: str
) -> None:
    views = incident_clocks.incident_clocks(db, playbook, args.incident, args.jurisdiction)
    disclaimer = playbook.clocks.disclaimer.get(lang)
    if args.json:
        print_json({"disclaimer": disclaimer, "clocks": [v.to_json(lang) for v in views]})
        return
    print(disclaimer)
    for v in views:
        due = v.due.isoformat(timespec="minutes") if v.due else "-"
        flag = "  OVERDUE" if v.overdue else ""
        print(
            f"{due}{flag}  {v.rule.trigger.get(lang)} → {v.rule.recipient.get(lang)} "
            f"({v.rule_text(lang)}; {v.rule.source})"
        )


def _timeline(
    args: argparse.Namespace, db: Database, reference: Reference, playbook: Playbook, lang: str
) -> None:
    items = incident_timeline.timeline(db, args.incident, args.person)
    if args.json:
        print_json([i.to_json(lang) for i in items])
        return
    for item in items:
        where = f" ({item.position})" if item.position else ""
        print(f"{item.at}  {item.who}{where}  {item.text(lang)}")


def _log(args: argparse.Namespace, db: Database, *_: Any) -> None:
    item = incident_timeline.add_entry(
        db, args.incident, args.text, by=args.by, at=args.at, position=args.position
    )
    print(f"entry written ({item.at}, {item.who})")


def _status(
    args: argparse.Namespace, db: Database, reference: Reference, playbook: Playbook, lang: str
) -> None:
    rows = incident_status.status_rollup(db, args.incident)
    if args.json:
        print_json(
            [
                {
                    "unit": r.unit,
                    "category": r.category,
                    "classes": {str(k) if k else "unclassified": v for k, v in r.classes.items()},
                    "states": dict(r.states),
                    "total": r.total,
                }
                for r in rows
            ]
        )
        return
    for r in rows:
        classes = ", ".join(
            f"class {k}: {v}" if k else f"unclassified: {v}"
            for k, v in sorted(r.classes.items(), key=lambda kv: kv[0] or 0)
        )
        states = ", ".join(f"{label('device_state', k, lang)}: {v}" for k, v in r.states.items())
        print(f"{r.unit or '-'} / {r.category or '-'}  {classes}  |  {states}")


def _metrics(args: argparse.Namespace, db: Database, *_: Any) -> None:
    metrics = incident_status.device_metrics(db, args.incident)
    if args.json:
        print_json(
            [
                {
                    "device": m.tag,
                    "ir_class": m.ir_class,
                    "minutes_to_classification": _minutes(m.to_classification),
                    "minutes_to_containment": _minutes(m.to_containment),
                    "minutes_to_recovery": _minutes(m.to_recovery),
                }
                for m in metrics
            ]
        )
        return
    for m in metrics:
        print(
            f"{m.tag}  class {m.ir_class or '-'}  classified {_span(m.to_classification)}  "
            f"contained {_span(m.to_containment)}  recovered {_span(m.to_recovery)}"
        )


def _close(
    args: argparse.Namespace, db: Database, reference: Reference, playbook: Playbook, lang: str
) -> None:
    user, _ = authenticate_as(args, db, [])
    incident = incident_checklist.close_incident(
        db, reference, playbook.checklists, args.incident, by=user, note=args.note
    )
    print(f"{incident.ref} closed by {incident.closed_by} at {incident.closed_at}")


def _evidence(args: argparse.Namespace, db: Database, *_: Any) -> int | None:
    action = args.evidence_action
    if action == "add":
        view = evidence.add_evidence(
            db,
            args.incident,
            Path(args.file),
            by=args.by,
            location=args.location,
            description=args.description,
        )
        if args.json:
            print_json(view.to_json())
        else:
            print(f"evidence {view.id}  sha256 {view.sha256}  kept at {view.location}")
    elif action == "list":
        views = evidence.list_evidence(db, args.incident)
        if args.json:
            print_json([v.to_json() for v in views])
        for v in [] if args.json else views:
            print(
                f"{v.id[:8]}  {v.file_name}  sha256 {v.sha256}  holder {v.holder}  at {v.location}"
            )
            for t in v.transfers:
                print(f"    {t.at}  {t.from_person} → {t.to_person}: {t.reason}")
    elif action == "transfer":
        view = evidence.transfer_evidence(
            db,
            args.evidence,
            from_person=args.from_person,
            to_person=args.to_person,
            reason=args.reason,
            location=args.location,
            by=args.by,
            at=args.at,
        )
        print(f"evidence {view.id[:8]} now held by {view.holder} at {view.location}")
    else:
        if not evidence.verify_evidence(db, args.evidence, Path(args.file), by=args.by):
            print(f"MISMATCH: {args.file} is not the file recorded as evidence {args.evidence}")
            return 1
        print(f"match: {args.file} has the recorded SHA-256")
    return None


def _lessons(args: argparse.Namespace, db: Database, *_: Any) -> None:
    texts = (args.what_happened, args.what_worked, args.what_did_not)
    if any(t is not None for t in texts):
        current = lessons.get_lessons(db, args.incident)
        view = lessons.save_lessons(
            db,
            args.incident,
            what_happened=_or(args.what_happened, current.what_happened),
            what_worked=_or(args.what_worked, current.what_worked),
            what_did_not=_or(args.what_did_not, current.what_did_not),
            by=args.by,
        )
    else:
        view = lessons.get_lessons(db, args.incident)
    if args.json:
        print_json(view.to_json())
        return
    print(f"what happened: {view.what_happened or '-'}")
    print(f"what worked: {view.what_worked or '-'}")
    print(f"what did not: {view.what_did_not or '-'}")
    for a in view.actions:
        print(f"  action {a.id[:8]}  {a.status}  {a.action}  owner {a.owner}  due {a.due or '-'}")


def _action(args: argparse.Namespace, db: Database, *_: Any) -> None:
    if args.action_action == "add":
        view = lessons.add_action(
            db, args.incident, action=args.text, owner=args.owner, due=args.due, by=args.by
        )
    else:
        status = "done" if args.action_action == "done" else "open"
        view = lessons.set_action_status(db, args.action_id, status, by=args.by)
    print(f"action {view.id}  {view.status}  {view.action}")


def _share(
    args: argparse.Namespace, db: Database, reference: Reference, playbook: Playbook, lang: str
) -> None:
    out = sharing.export_share(
        db, reference, args.incident, Path(args.out), tlp=args.tlp, by=args.by
    )
    print(f"{out}: sharing export written (no patient data; check it before sending)")


def _show_incident(incident: incidents.IncidentView, as_json: bool) -> None:
    if as_json:
        print_json(incident.to_json())
    else:
        print(_line(incident))


def _line(incident: incidents.IncidentView) -> str:
    mark = "  EXERCISE" if incident.exercise else ""
    severity = incident.severity or "severity not set"
    return f"{incident.ref}  {incident.status}  {severity}  T0 {incident.t0}  {incident.name}{mark}"


def _device_json(d: incident_devices.IncidentDeviceView) -> dict[str, Any]:
    return {
        "asset_tag": d.device.asset_tag,
        "model": d.device.model,
        "category": d.device.category,
        "unit": d.device.unit,
        "reason": d.reason,
        "state": d.state,
        "state_at": d.state_at,
        "state_by": d.state_by,
        "added_at": d.added_at,
        "added_by": d.added_by,
    }


def _check_json(c: incident_checklist.CheckView, playbook: Playbook, lang: str) -> dict[str, Any]:
    return {
        "id": c.item.id,
        "phase": c.item.phase,
        "phase_name": playbook.checklists.phase_label(c.item.phase, lang),
        "action": c.item.action.get(lang),
        "owner": c.item.owner.get(lang),
        "evidence": c.item.evidence.get(lang),
        "classes": list(c.item.classes),
        "required_to_close": c.item.required_to_close,
        "status": c.status,
        "by": c.by,
        "at": c.at,
        "note": c.note,
    }


def _minutes(span: timedelta | None) -> float | None:
    return None if span is None else round(span.total_seconds() / 60, 1)


def _span(span: timedelta | None) -> str:
    if span is None:
        return "-"
    minutes = int(span.total_seconds() // 60)
    return f"{minutes // 60}h{minutes % 60:02d}m" if minutes >= 0 else f"{minutes}m"


def _or(value: str | None, current: str | None) -> str:
    return value if value is not None else (current or "")


_HANDLERS: dict[str, Any] = {
    "create": _create,
    "list": _list,
    "show": _show,
    "update": _update,
    "link": _link,
    "devices": _devices,
    "add-devices": _add_devices,
    "scope": _scope,
    "state": _state,
    "checklist": _checklist,
    "check": _check,
    "clocks": _clocks,
    "timeline": _timeline,
    "log": _log,
    "status": _status,
    "metrics": _metrics,
    "close": _close,
    "evidence": _evidence,
    "lessons": _lessons,
    "action": _action,
    "share": _share,
}
