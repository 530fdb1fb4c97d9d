"""Printing an incident: the incident report (an exercise's after-action report) and the HICS 214
activity log, built from the database in the document's language and logged like every print."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from app.database.db import Database
from app.domain.incident_terms import label
from app.reports import incident_model as doc
from app.services import (
    evidence,
    exercises,
    incident_checklist,
    incident_clocks,
    incident_status,
    incident_timeline,
    incidents,
    lessons,
)
from app.services.output_log import Actor, audit_head, logged_output
from app.services.playbook import Playbook
from app.services.printing import facility, signature_line
from app.services.reference import Reference
from app.services.signoff import signatures_of, signoff_state


def incident_report(
    db: Database,
    reference: Reference,
    playbook: Playbook,
    key: str,
    lang: str,
    jurisdiction: str | None = None,
) -> doc.IncidentReport:
    incident = incidents.get_incident(db, key)
    summary = incident_summary(db, reference, playbook, incident, lang)
    clocks = incident_clocks.incident_clocks(db, playbook, incident.id, jurisdiction)
    lesson = lessons.get_lessons(db, incident.id)
    extra: dict[str, object] = {}
    if incident.exercise and incident.scenario in playbook.scenarios:
        scenario = playbook.scenarios[incident.scenario]
        extra = {
            "scenario_text": scenario.background.get(lang),
            "injects": [(i.at_minutes, i.text.get(lang)) for i in scenario.injects],
            "expected": [
                doc.ExpectedActual(
                    situation=line.expected.situation.get(lang),
                    category=_category(reference, line.expected.category, lang),
                    expected_class=line.expected.expected_class,
                    actual_class=line.actual.ir_class if line.actual else None,
                    match=line.matches,
                )
                for line in exercises.expected_vs_actual(db, playbook, incident.id)
            ],
            "questions": [q.get(lang) for q in scenario.discussion_questions],
        }
    return doc.IncidentReport(
        summary=summary,
        generated_at=datetime.now(UTC).astimezone(),
        lang=lang,
        status=[
            _status_row(reference, row, lang)
            for row in incident_status.status_rollup(db, incident.id)
        ],
        decisions=_decisions(db, reference, incident.id, lang),
        checklist=[
            doc.ChecklistLine(
                id=c.item.id,
                phase=playbook.checklists.phase_label(c.item.phase, lang),
                action=c.item.action.get(lang),
                owner=c.item.owner.get(lang),
                state="not_applicable" if c.status == "na" else c.status,
                by=c.by or "",
                at=_time(c.at),
                note=c.note or "",
            )
            for c in incident_checklist.checklist(db, playbook.checklists, incident.id)
        ],
        timeline=[
            _entry(reference, item, lang) for item in incident_timeline.timeline(db, incident.id)
        ],
        evidence=[
            doc.EvidenceLine(
                id=e.id[:8],
                file_name=e.file_name,
                sha256=e.sha256,
                size=e.size,
                description=e.description or "",
                collected_by=e.collected_by,
                collected_at=_when(e.collected_at),
                location=e.location,
                transfers=[
                    (t.from_person, t.to_person, _when(t.at), t.reason) for t in e.transfers
                ],
            )
            for e in evidence.list_evidence(db, incident.id)
        ],
        clocks=[
            doc.ClockLine(
                trigger=c.rule.trigger.get(lang),
                recipient=c.rule.recipient.get(lang),
                channel=c.rule.channel.get(lang),
                source=c.rule.source,
                rule=c.rule_text(lang),
                due=c.due,
                overdue=c.overdue,
                note=c.rule.note.get(lang) if c.rule.note else "",
            )
            for c in clocks
        ],
        clocks_disclaimer=playbook.clocks.disclaimer.get(lang),
        metrics=[
            doc.DeviceMetric(
                device=m.tag,
                ir_class=m.ir_class,
                class_name=reference.class_name(m.ir_class, lang) or "",
                to_classification=m.to_classification,
                to_containment=m.to_containment,
                to_recovery=m.to_recovery,
            )
            for m in incident_status.device_metrics(db, incident.id)
        ],
        lessons=doc.Lessons(
            what_happened=lesson.what_happened or "",
            what_worked=lesson.what_worked or "",
            what_did_not=lesson.what_did_not or "",
            actions=[
                (
                    a.action,
                    a.owner,
                    date.fromisoformat(a.due) if a.due else None,
                    label("action", a.status, lang),
                )
                for a in lesson.actions
            ],
        ),
        **extra,  # type: ignore[arg-type]
    )


def activity_log(
    db: Database,
    reference: Reference,
    playbook: Playbook,
    key: str,
    lang: str,
    person: str | None = None,
) -> doc.ActivityLog:
    """The HICS 214 of the incident (``person`` None) or of one person, over the whole incident."""
    incident = incidents.get_incident(db, key)
    summary = incident_summary(db, reference, playbook, incident, lang)
    items = incident_timeline.timeline(db, incident.id, person)
    now = datetime.now(UTC).astimezone()
    start = min([_when(incident.t0), *(i.time for i in items)])
    end = now if incident.is_open else _when(incident.closed_at or incident.updated_at)
    position = (
        next((i.position_text(reference, lang) for i in items if i.position), "") if person else ""
    )
    return doc.ActivityLog(
        incident=summary,
        period_from=start,
        period_to=max(end, start),
        generated_at=now,
        lang=lang,
        entries=[_entry(reference, item, lang) for item in items],
        person=" ".join(person.split()) if person else None,
        position=position or "",
    )


def incident_summary(
    db: Database,
    reference: Reference,
    playbook: Playbook,
    incident: incidents.IncidentView,
    lang: str,
) -> doc.IncidentSummary:
    head = audit_head(db)
    scenario = playbook.scenarios.get(incident.scenario or "")
    return doc.IncidentSummary(
        ref=incident.ref,
        name=incident.name,
        status=label("status", incident.status, lang),
        phase=playbook.checklists.phase_label(incident.phase, lang),
        severity=label("severity", incident.severity, lang),
        t0=_when(incident.t0),
        detection_source=incident.source,
        created_by=incident.created_by,
        created_at=_when(incident.created_at),
        facility=facility(db),
        units=incident.units,
        closed_at=_time(incident.closed_at),
        closed_by=incident.closed_by or "",
        exercise=incident.exercise,
        scenario=scenario.title.get(lang) if scenario else "",
        audit_head=head,
    )


def print_incident_report(
    db: Database,
    reference: Reference,
    playbook: Playbook,
    key: str,
    out: Path,
    lang: str,
    *,
    paper_size: str = "a4",
    jurisdiction: str | None = None,
    by: Actor = None,
    log: bool = True,
) -> int:
    """Print the report to ``out``; the number of pages. ``log`` False for a preview (the GUI
    logs the save or print that follows)."""
    from app.reports.incident_report import render_incident_report

    report = incident_report(db, reference, playbook, key, lang, jurisdiction)
    pages = render_incident_report(report, out, lang, paper_size)
    if log:
        incident = incidents.get_incident(db, key)
        logged_output(
            db,
            Path(out),
            kind="print.after_action_report" if incident.exercise else "print.incident_report",
            entity="incident",
            entity_id=incident.id,
            by=by,
            details={
                "lang": lang,
                "paper": paper_size,
                "pages": pages,
                "exercise": incident.exercise,
            },
        )
    return pages


def print_activity_log(
    db: Database,
    reference: Reference,
    playbook: Playbook,
    key: str,
    out: Path,
    lang: str,
    *,
    person: str | None = None,
    paper_size: str = "a4",
    by: Actor = None,
    log: bool = True,
) -> int:
    """Print the HICS 214 to ``out``; the number of pages."""
    from app.reports.activity_log import render_activity_log

    log_data = activity_log(db, reference, playbook, key, lang, person)
    pages = render_activity_log(log_data, out, lang, paper_size)
    if log:
        incident = incidents.get_incident(db, key)
        logged_output(
            db,
            Path(out),
            kind="print.activity_log",
            entity="incident",
            entity_id=incident.id,
            by=by,
            details={
                "lang": lang,
                "paper": paper_size,
                "person": person,
                "entries": len(log_data.entries),
                "pages": pages,
            },
        )
    return pages


def _decisions(
    db: Database, reference: Reference, incident_id: str, lang: str
) -> list[doc.DecisionLine]:
    lines = []
    for d in incidents.incident_decisions(db, incident_id):
        signatures = signatures_of(db, d.id)
        lines.append(
            doc.DecisionLine(
                id=d.id[:8],
                device=d.device_tag or _category(reference, d.category, lang),
                category=_category(reference, d.category, lang),
                unit=d.unit or "",
                ir_class=d.ir_class,
                class_name=reference.class_name(d.ir_class, lang) or "",
                provisional=d.provisional,
                recorded_by=d.recorded_by,
                created_at=_when(d.created_at),
                signoff_state=signoff_state(db, reference, d, signatures),
                signatures=[signature_line(reference, s, lang) for s in signatures],
                safety_override=d.safety_override,
            )
        )
    return lines


def _status_row(reference: Reference, row: incident_status.StatusRow, lang: str) -> doc.StatusRow:
    return doc.StatusRow(
        unit=row.unit,
        category=_category(reference, row.category, lang),
        by_class={k: v for k, v in row.classes.items() if k is not None},
        under_review=row.states.get("under_review", 0),
        isolated=row.states.get("isolated", 0),
        compensated=row.states.get("compensated", 0),
        restored=row.states.get("restored", 0),
        not_affected=row.states.get("not_affected", 0),
    )


def _entry(
    reference: Reference, item: incident_timeline.TimelineItem, lang: str
) -> doc.TimelineEntry:
    return doc.TimelineEntry(
        at=item.time.astimezone(),
        who=item.who,
        what=item.text(lang),
        position=item.position_text(reference, lang),
        source=item.source,
    )


def _category(reference: Reference, code: str | None, lang: str) -> str:
    if not code:
        return ""
    try:
        return reference.categories.get(code).name.get(lang)
    except KeyError:
        return code


def _when(value: str) -> datetime:
    """A stored time, in this computer's local zone for printing."""
    return datetime.fromisoformat(value).astimezone()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _time(value: str | None) -> datetime | None:
    return _when(value) if value else None
