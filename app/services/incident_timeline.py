"""An incident's timeline (HICS 214 style): what the audit trail holds about the incident and its
decisions, plus entries people write by hand (time, who, position, what).

The trail part is read, never written, here: it is the record itself, so the timeline cannot
drift from it. Manual entries are append-only and also leave an event.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, or_, select

from app.database.db import Database
from app.database.tables import Event, IncidentEntry
from app.domain.incident_terms import label
from app.errors import Message
from app.reports.dates import fmt_datetime
from app.services.authority import AuthenticatedUser
from app.services.clock import utc_now_iso
from app.services.incident_input import actor_of, iso, line, parse_time, text
from app.services.incidents import decision_versions, find_incident_row, log_incident_event
from app.services.reference import Reference

MAX_ENTRY = 4000


@dataclass(frozen=True)
class TimelineItem:
    at: str  # ISO 8601 with offset
    who: str
    position: str | None  # HICS position or role
    kind: str  # an event kind, or "entry" for a manual entry
    payload: dict[str, Any]
    source: str  # "audit" or "manual"
    seq: int | None = None  # the event's place in the trail

    @property
    def time(self) -> datetime:
        return datetime.fromisoformat(self.at)

    def text(self, lang: str) -> str:
        return describe(self.kind, self.payload, lang)

    def position_text(self, reference: Reference, lang: str) -> str:
        """The position as people read it: role codes from the trail (``charge_nurse``, or a
        signed-in user's ``clinical_leader,admin``) by their names; typed positions as typed."""
        if not self.position:
            return ""
        if self.source == "manual":
            return self.position
        names = {role.code: role.name.get(lang) for role in reference.roles.roles}
        parts = [p for p in self.position.split(",") if p]
        if not all(p in names for p in parts):
            return self.position
        return ", ".join(names[p] for p in parts)

    def to_json(self, lang: str) -> dict[str, Any]:
        return {
            "at": self.at,
            "who": self.who,
            "position": self.position,
            "kind": self.kind,
            "source": self.source,
            "seq": self.seq,
            "text": self.text(lang),
        }


def add_entry(
    db: Database,
    key: str,
    what: str,
    *,
    by: str | AuthenticatedUser | None = None,
    at: str | None = None,
    position: str | None = None,
) -> TimelineItem:
    """Write a manual timeline entry (``at`` defaults to now). Closed incidents take entries
    too: notes after closing are normal (a late report, a reconciliation)."""
    actor = actor_of(by)
    body = text(what, Message("field.entry"), required=True, limit=MAX_ENTRY) or ""
    clean_position = line(position, Message("field.position"))
    now = utc_now_iso()
    when = iso(parse_time(at, Message("field.time"))) if at else now
    entry_id = str(uuid.uuid4())
    with db.write() as session:
        incident = find_incident_row(session, key)
        session.add(
            IncidentEntry(
                id=entry_id,
                incident_id=incident.id,
                at=when,
                recorded_at=now,
                by=actor.name,
                position=clean_position,
                text=body,
            )
        )
        log_incident_event(
            session,
            incident.id,
            "incident.entry",
            actor,
            now,
            {"entry": entry_id, "at": when, "position": clean_position, "text": body},
        )
    return TimelineItem(when, actor.name, clean_position, "entry", {"text": body}, "manual")


def timeline(db: Database, key: str, person: str | None = None) -> list[TimelineItem]:
    """Everything about the incident in time order (the trail's order for equal times); only what
    ``person`` did or wrote when given (compared ignoring letter case)."""
    with db.read() as session:
        incident = find_incident_row(session, key)
        items = _trail(session, incident.id) + _entries(session, incident.id)
    if person:
        wanted = " ".join(person.split()).casefold()
        items = [i for i in items if i.who.casefold() == wanted]
    return sorted(items, key=lambda i: (i.time, i.seq or 0))


def people(db: Database, key: str) -> list[str]:
    """Everyone who appears in the incident's timeline (for a 214 per person)."""
    return sorted({item.who for item in timeline(db, key)}, key=str.casefold)


def _trail(session: Session, incident_id: str) -> list[TimelineItem]:
    decision_ids = [row.id for row in decision_versions(session, incident_id)]
    query = select(Event).where(
        or_(
            (col(Event.entity) == "incident") & (col(Event.entity_id) == incident_id),
            (col(Event.entity) == "decision") & col(Event.entity_id).in_(decision_ids),
        )
    )
    items: list[TimelineItem] = []
    recorded: dict[str, int] = {}  # decision id -> its "recorded" item
    for event in session.exec(query.order_by(col(Event.seq))):
        if event.kind == "incident.entry":
            continue  # shown from the entry itself, at the time it happened
        payload = json.loads(event.payload)
        if event.kind == "decision.recorded":
            recorded[event.entity_id] = len(items)
        elif event.kind == "incident.decision_linked" and payload.get("decision") in recorded:
            index = recorded[payload["decision"]]
            if items[index].at == event.at:  # recorded into the incident: one line says both
                earlier = items[index]
                items[index] = replace(
                    earlier, payload={**earlier.payload, "device_tag": payload.get("device_tag")}
                )
                continue
        if event.entity == "decision":
            payload = {**payload, "decision": event.entity_id}
        items.append(
            TimelineItem(
                at=event.at,
                who=event.actor,
                position=event.actor_role,
                kind=event.kind,
                payload=payload,
                source="audit",
                seq=event.seq,
            )
        )
    return items


def _entries(session: Session, incident_id: str) -> list[TimelineItem]:
    rows = session.exec(
        select(IncidentEntry)
        .where(IncidentEntry.incident_id == incident_id)
        .order_by(col(IncidentEntry.recorded_at))
    )
    return [TimelineItem(r.at, r.by, r.position, "entry", {"text": r.text}, "manual") for r in rows]


# What each event says on a timeline, in English and Japanese ({...} from the payload).
_TEXTS: dict[str, tuple[str, str]] = {
    "incident.created": (
        "Incident opened: {name} (T0 {t0}; detected by: {source})",
        "インシデント登録: {name}(T0 {t0}、検知元: {source})",
    ),
    "incident.updated": ("Incident details changed: {fields}", "インシデント情報を変更: {fields}"),
    "incident.decision_linked": (
        "Decision on {what} added (class {ir_class})",
        "{what} の判定を追加(クラス {ir_class})",
    ),
    "incident.devices_added": (
        "{count} device(s) added to the scope ({reason}): {devices}",
        "対象機器を {count} 台追加({reason}): {devices}",
    ),
    "incident.device_state": ("{device}: {state}{note}", "{device}: {state}{note}"),
    "incident.check": (
        "Checklist {item}: {before} → {after}{note}",
        "チェックリスト {item}: {before} → {after}{note}",
    ),
    "incident.closed": ("Incident closed{note}", "インシデント終了{note}"),
    "evidence.added": (
        "Evidence recorded: {file} (SHA-256 {sha}…), kept at {location}",
        "証拠を記録: {file}(SHA-256 {sha}…)、保管場所 {location}",
    ),
    "evidence.transferred": (
        "Evidence {file} handed from {from_person} to {to_person}: {reason}",
        "証拠 {file} を {from_person} から {to_person} へ引き渡し: {reason}",
    ),
    "evidence.verified": (
        "Evidence {file} checked against its record: {result}",
        "証拠 {file} を記録と照合: {result}",
    ),
    "lessons.saved": ("Lessons learned updated", "教訓(振り返り)を更新"),
    "lesson_action.added": (
        "Action added: {action} (owner {owner})",
        "改善策を追加: {action}(担当 {owner})",
    ),
    "lesson_action.updated": ("Action {action}: {status}", "改善策 {action}: {status}"),
    "decision.recorded": (
        "Decision recorded{on}: class {ir_class}{provisional}",
        "{on}判定を記録: クラス {ir_class}{provisional}",
    ),
    "decision.signed": ("Decision signed: {meaning}", "判定に署名: {meaning}"),
    "decision.signoff_refused": ("Sign-off refused", "承認署名が拒否されました"),
    "exercise.inject": ("Inject {inject}: {text}", "状況付与 {inject}: {text}"),
}
_FIELDS = {
    "name": ("name", "名称"),
    "severity": ("severity", "重大度"),
    "phase": ("phase", "フェーズ"),
    "units": ("affected units", "影響を受けた部署"),
    "source": ("detection source", "検知経路"),
    "t0": ("T0", "T0"),
}
_MEANINGS = {
    "approved": ("approved", "承認"),
    "rejected": ("rejected", "却下"),
    "reviewed": ("reviewed", "確認済み"),
    "verified": ("verified", "検証済み"),
}


def describe(kind: str, payload: dict[str, Any], lang: str) -> str:
    """One line saying what happened, in ``lang``."""
    ja = lang == "ja"
    if kind == "entry":
        return str(payload.get("text", ""))
    if kind.startswith(("print.", "export.")):
        word = ("印刷" if kind.startswith("print.") else "書き出し") if ja else kind.split(".")[0]
        return (
            f"{word}: {payload.get('file', '')}"
            if ja
            else f"{word.capitalize()}ed: {payload.get('file', '')}"
        )
    template = _TEXTS.get(kind)
    if template is None:
        return kind
    values = _values(kind, payload, lang)
    try:
        return template[1 if ja else 0].format(**values)
    except (KeyError, IndexError):
        return kind


def _when(value: object, lang: str) -> str:
    """A stored ISO time as the documents print it, in the workstation's zone (else as stored)."""
    try:
        return fmt_datetime(datetime.fromisoformat(str(value)).astimezone(), lang)
    except ValueError:
        return "" if value is None else str(value)


def _values(kind: str, payload: dict[str, Any], lang: str) -> dict[str, Any]:
    ja = lang == "ja"
    note = payload.get("note")
    values: dict[str, Any] = {k: ("" if v is None else v) for k, v in payload.items()}
    values["note"] = f" — {note}" if note else ""
    if kind == "incident.created":
        values["t0"] = _when(payload.get("t0"), lang)
    elif kind == "incident.updated":
        names = [_FIELDS.get(f, (f, f))[1 if ja else 0] for f in sorted(payload.get("after", {}))]
        values["fields"] = ("、" if ja else ", ").join(names)
    elif kind == "incident.decision_linked":
        values["what"] = payload.get("device_tag") or str(payload.get("decision", ""))[:8]
    elif kind == "incident.devices_added":
        devices = list(payload.get("devices", []))
        values["count"] = len(devices)
        values["devices"] = ", ".join(devices[:10]) + (" …" if len(devices) > 10 else "")
    elif kind == "incident.device_state":
        values["state"] = label("device_state", payload.get("state"), lang)
    elif kind == "incident.check":
        values["before"] = label("check", payload.get("before"), lang)
        values["after"] = label("check", payload.get("after"), lang)
    elif kind == "evidence.verified":
        match = bool(payload.get("match"))
        words = ("一致", "不一致") if ja else ("matches", "DOES NOT MATCH")
        values["result"] = words[0] if match else words[1]
    elif kind == "evidence.added":
        values["sha"] = str(payload.get("sha256", ""))[:12]
    elif kind == "lesson_action.updated":
        values["status"] = label("action", payload.get("status"), lang)
    elif kind == "decision.recorded":
        tag = payload.get("device_tag")
        values["on"] = (f"{tag} の" if ja else f" on {tag}") if tag else ""
        values["provisional"] = (
            ("(暫定)" if ja else " (provisional)") if payload.get("provisional") else ""
        )
    elif kind == "decision.signed":
        pair = _MEANINGS.get(str(payload.get("meaning")), (str(payload.get("meaning")),) * 2)
        values["meaning"] = pair[1 if ja else 0]
    return values
