"""Paper: builds the inputs of the printed documents from the database and has app.reports render
them (contact sheets, decision records, device cards, the downtime binder).

Every ``print_*`` function records the finished file in the audit trail (``output_log``): ``by`` is
the person printing (a signed-in user, a name, or None for the operating-system account). A render
that fails records nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from app.database.db import Database
from app.errors import BadInputError, Message
from app.reports import model as paper
from app.services.contacts import ContactView, list_contacts
from app.services.decision_document import decision_document, document_sha256
from app.services.decisions import DecisionDraft, DecisionView, get_decision
from app.services.devices import DeviceFilter, list_devices, list_units
from app.services.escalation import escalation_for
from app.services.incidents import exercise_decision_ids
from app.services.output_log import Actor, audit_head, logged_output
from app.services.reference import Reference
from app.services.settings import get_setting
from app.services.signoff import SignatureView, signatures_of, signoff_matrix, signoff_state

MAX_CARDS = 20_000
_OTHER_ROLES = {
    "vendor": {"en": "Vendor", "ja": "メーカー"},
    "regulator": {"en": "Regulator", "ja": "規制当局"},
}
_PURPOSES = {
    "triage": {"en": "Triage of a live situation", "ja": "その場のトリアージ"},
    "preclassification": {
        "en": "Pre-classification (default class)",
        "ja": "事前分類（既定の分類）",
    },
}


def facility(db: Database) -> str:
    return get_setting(db, "facility") or ""


def role_label(reference: Reference, role: str, lang: str) -> str:
    for known in reference.roles.roles:
        if known.code == role:
            return known.name.get(lang)
    return _OTHER_ROLES.get(role, {}).get(lang, role)


def paper_contact(reference: Reference, contact: ContactView, lang: str) -> paper.Contact:
    return paper.Contact(
        name=contact.name,
        role=contact.role,
        role_label=role_label(reference, contact.role, lang),
        organization=contact.organization,
        hics_position=contact.hics_position or "",
        methods=contact.methods,
        hours=contact.hours or "",
        authority=contact.authority or "",
        notes=contact.notes or "",
        last_verified=date.fromisoformat(contact.last_verified) if contact.last_verified else None,
        models_covered=contact.vendor.get("models_covered") or "",
        contract_number=contact.vendor.get("contract_number") or "",
        service_desk=contact.vendor.get("service_desk") or "",
        psirt=contact.vendor.get("psirt") or "",
    )


def contact_sheet(
    db: Database, reference: Reference, unit: str | None, lang: str, now: datetime | None = None
) -> paper.ContactSheet:
    """The escalation contact sheet of ``unit`` (None: contacts for all units)."""
    tiers = []
    shown: list[ContactView] = []
    for tier in escalation_for(db, reference, unit, None):
        people = [c for c in tier.contacts if c.role not in _OTHER_ROLES]
        shown += people
        if people:
            tiers.append(
                paper.EscalationTier(
                    number=tier.tier,
                    wait_minutes=tier.wait_minutes,
                    contacts=[paper_contact(reference, c, lang) for c in people],
                    triggers=[reference.escalation.trigger_text(t, lang) for t in tier.triggers],
                )
            )
    others = list_contacts(db, unit)
    vendors = [c for c in others if c.role == "vendor"]
    regulators = [c for c in others if c.role == "regulator"]
    shown += vendors
    verified = [c.last_verified for c in shown]
    last_verified = date.fromisoformat(min(verified)) if verified and all(verified) else None
    return paper.ContactSheet(
        facility=facility(db),
        unit=unit,
        generated_at=now or datetime.now(UTC).astimezone(),
        last_verified=last_verified,
        tiers=tiers,
        vendors=[paper_contact(reference, c, lang) for c in vendors],
        regulators=[paper.Regulator(c.name, _channel(c), c.notes or "") for c in regulators],
    )


def print_contact_sheet(
    db: Database,
    reference: Reference,
    unit: str | None,
    lang: str,
    paper_size: str,
    out: Path,
    *,
    by: Actor = None,
    log: bool = True,
) -> int:
    from app.reports.contact_sheet import render_contact_sheet

    pages = render_contact_sheet(
        contact_sheet(db, reference, unit, lang),
        reference.classes,
        reference.tree,
        lang,
        paper_size,
        out,
    )
    if log:  # False for a preview: the GUI logs the print or save that follows, not the render
        logged_output(
            db,
            Path(out),
            kind="print.contact_sheet",
            entity="contact",
            entity_id=unit or "*",
            by=by,
            details=_print_details(pages, lang, paper_size, unit=unit),
        )
    return pages


def decision_record(
    db: Database, reference: Reference, decision_id: str, lang: str
) -> paper.DecisionRecord:
    decision = get_decision(db, decision_id)
    answers = _answer_lines(
        reference,
        decision.answers,
        {step.question for step in decision.path},
        decision.answer_sources,
        lang,
    )
    category = ""
    if decision.category:
        try:
            category = reference.categories.get(decision.category).name.get(lang)
        except KeyError:
            category = decision.category
    signatures = signatures_of(db, decision.id)
    state = signoff_state(db, reference, decision, signatures)
    roles = signoff_matrix(db, reference)[decision.ir_class]
    head = audit_head(db)
    return paper.DecisionRecord(
        id=decision.id,
        created_at=datetime.fromisoformat(decision.created_at).astimezone(),  # local, with zone
        recorded_by=decision.recorded_by,
        role_label=role_label(reference, decision.role, lang),
        device_tag=decision.device_tag or "",
        category_name=category,
        unit=decision.unit or "",
        location=decision.location or "",
        note=decision.note or "",
        ir_class=decision.ir_class,
        provisional=decision.provisional,
        safety_override=decision.safety_override,
        also_matches=decision.also_matches,
        answers=answers,
        tree_version=decision.tree_version,
        tree_sha256=decision.tree_sha256,
        purpose=_PURPOSES.get(decision.purpose, {}).get(lang, decision.purpose),
        signoff_state=state,
        signers=[role_label(reference, r, lang) for r in roles],
        signatures=[signature_line(reference, s, lang) for s in signatures],
        statement=reference.signoff.statement.get(lang),
        supersedes=decision.supersedes or "",
        superseded_by=decision.superseded_by or "",
        content_sha256=content_sha256(db, decision),
        audit_head=paper.TrailHead(*head) if head else None,
        exercise=decision.id in exercise_decision_ids(db),
    )


def _answer_lines(
    reference: Reference,
    answers: dict[str, str],
    on_path: set[str],
    sources: dict[str, str],
    lang: str,
) -> list[paper.RecordedAnswer]:
    lines = []
    for question_id, value in answers.items():
        question = reference.tree.question(question_id)
        try:
            label = question.option(value).label.get(lang)
        except KeyError:
            label = value
        lines.append(
            paper.RecordedAnswer(
                question.text.get(lang),
                label,
                question_id in on_path,
                sources.get(question_id) == "inventory",
            )
        )
    return lines


# Printed where a saved decision has its id, on a decision that could not be saved.
NOT_SAVED_ID = {"en": "NOT SAVED — paper copy", "ja": "未保存 — 紙の控え"}


def unsaved_record(reference: Reference, draft: DecisionDraft, lang: str) -> paper.DecisionRecord:
    """A decision that could not be saved (the database is unwritable or unreachable), for paper:
    classified here, marked NOT SAVED, with blank lines for handwritten signatures. Needs no
    database, so it prints during the very outage that stopped the save."""
    result = reference.classify(draft.answers)
    if not result.complete or result.ir_class is None:
        raise BadInputError(Message("printing.answers_incomplete_nothing_print"))
    category = ""
    if draft.category:
        try:
            category = reference.categories.get(draft.category).name.get(lang)
        except KeyError:
            category = draft.category
    return paper.DecisionRecord(
        id=NOT_SAVED_ID.get(lang, NOT_SAVED_ID["en"]),
        created_at=datetime.now().astimezone(),
        recorded_by=" ".join(draft.recorded_by.split()),
        role_label=role_label(reference, draft.role, lang),
        device_tag=draft.device_tag or "",
        category_name=category,
        unit=draft.unit or "",
        location=draft.location or "",
        note=draft.note or "",
        ir_class=result.ir_class,
        provisional=result.provisional,
        safety_override=result.safety_override,
        also_matches=result.also_matches,
        answers=_answer_lines(
            reference,
            draft.answers,
            {step.question for step in result.path},
            draft.answer_sources,
            lang,
        ),
        tree_version=result.tree_version,
        tree_sha256=result.tree_sha256,
        purpose=_PURPOSES["triage"].get(lang, "triage"),
    )


def print_unsaved_decision(
    reference: Reference, draft: DecisionDraft, lang: str, paper_size: str, out: Path
) -> int:
    """Print a decision that could not be saved (see ``unsaved_record``); nothing is logged, as
    the database could not be written. Enter it once the database works again."""
    from app.reports.decision_record import render_decision_record

    record = unsaved_record(reference, draft, lang)
    return render_decision_record(record, reference.classes, reference.tree, lang, paper_size, out)


def content_sha256(db: Database, decision: DecisionView) -> str:
    """The SHA-256 of the decision version's canonical content (what signatures cover)."""
    with db.read() as session:
        document = decision_document(session, decision.id)
    return document_sha256(document) if document is not None else ""


# Why a signature is not valid (app.services.signoff.check_signature), for Japanese documents.
_PROBLEMS_JA = {
    "the signed decision is missing": "署名された判定記録がありません",
    "the decision was changed after it was signed": "署名後に判定記録が変更されています",
    "the signer's key is missing or belongs to someone else": "署名者の鍵がないか、別人の鍵です",
    "the signer's key record was altered": "署名者の鍵の記録が改変されています",
    "the signature does not match the record": "署名が記録と一致しません",
}


def signature_line(reference: Reference, view: SignatureView, lang: str) -> paper.SignatureLine:
    try:
        meaning = reference.signoff.meaning_label(view.meaning, lang)
    except KeyError:
        meaning = view.meaning
    problem = view.problem or ""
    if lang == "ja":
        problem = _PROBLEMS_JA.get(problem, problem)
    return paper.SignatureLine(
        full_name=view.full_name,
        role_label=role_label(reference, view.role, lang),
        meaning=view.meaning,
        meaning_label=meaning,
        signed_at=datetime.fromisoformat(view.signed_at_local),
        signed_at_utc=datetime.fromisoformat(view.signed_at),
        reason=view.reason or "",
        accepted_unknown=view.accepted_unknown,
        key_fingerprint=view.key_fingerprint,
        valid=view.valid,
        problem=problem,
    )


def print_decision(
    db: Database,
    reference: Reference,
    decision_id: str,
    lang: str,
    paper_size: str,
    out: Path,
    *,
    by: Actor = None,
    log: bool = True,
) -> int:
    """Print one decision version with its sign-off; the event names the state, the audit head
    and the content SHA-256 printed on it."""
    from app.reports.decision_record import render_decision_record

    record = decision_record(db, reference, decision_id, lang)
    pages = render_decision_record(record, reference.classes, reference.tree, lang, paper_size, out)
    details = _print_details(pages, lang, paper_size)
    details.update(
        signoff_state=record.signoff_state,
        signatures=len(record.signatures),
        content_sha256=record.content_sha256,
        audit_head_seq=record.audit_head.seq if record.audit_head else 0,
    )
    if log:  # False for a preview: the GUI logs the print or save that follows, not the render
        logged_output(
            db,
            Path(out),
            kind="print.decision",
            entity="decision",
            entity_id=record.id,
            by=by,
            details=details,
        )
    return pages


def device_cards(
    db: Database, reference: Reference, unit: str, lang: str
) -> list[paper.DeviceCard]:
    """One card per device of ``unit``, by asset tag, with the first contact for its class."""
    first: dict[int | None, paper.FirstContact | None] = {}
    cards = []
    for device in list_devices(db, DeviceFilter(unit=unit), limit=MAX_CARDS):
        if device.default_class not in first:
            first[device.default_class] = _first_contact(db, reference, unit, device.default_class)
        category = ""
        if device.category:
            category = reference.categories.get(device.category).name.get(lang)
        cards.append(
            paper.DeviceCard(
                asset_tag=device.asset_tag,
                category_name=category or device.record["category_text"] or "",
                model=" ".join(p for p in (device.manufacturer, device.model) if p),
                unit=device.unit or "",
                location=device.location or "",
                ir_class=device.default_class,
                first_contact=first[device.default_class],
            )
        )
    return cards


def print_cards(
    db: Database,
    reference: Reference,
    unit: str,
    lang: str,
    paper_size: str,
    out: Path,
    *,
    by: Actor = None,
    log: bool = True,
) -> int:
    from app.reports.device_cards import render_device_cards

    cards = device_cards(db, reference, unit, lang)
    pages = render_device_cards(
        cards,
        reference.classes,
        lang,
        paper_size,
        out,
        facility=facility(db),
    )
    details = _print_details(pages, lang, paper_size, unit=unit)
    details["cards"] = len(cards)
    if log:  # False for a preview: the GUI logs the print or save that follows, not the render
        logged_output(
            db,
            Path(out),
            kind="print.cards",
            entity="device",
            entity_id=unit,
            by=by,
            details=details,
        )
    return pages


def print_binder(
    db: Database,
    reference: Reference,
    unit: str | None,
    lang: str,
    paper_size: str,
    out: Path,
    *,
    by: Actor = None,
    log: bool = True,
) -> int:
    from app.reports.binder import render_binder

    units = [unit] if unit else [None, *list_units(db)]
    now = datetime.now(UTC).astimezone()
    binder = paper.Binder(
        facility=facility(db),
        unit=unit,
        generated_at=now,
        sheets=tuple(contact_sheet(db, reference, u, lang, now) for u in units),
    )
    pages = render_binder(binder, reference.classes, reference.tree, lang, paper_size, out)
    if log:  # False for a preview: the GUI logs the print or save that follows, not the render
        logged_output(
            db,
            Path(out),
            kind="print.binder",
            entity="contact",
            entity_id=unit or "*",
            by=by,
            details=_print_details(pages, lang, paper_size, unit=unit),
        )
    return pages


def _print_details(pages: int, lang: str, paper_size: str, **more: object) -> dict[str, object]:
    return {"pages": pages, "lang": lang, "paper": paper_size, **more}


def _first_contact(
    db: Database, reference: Reference, unit: str, ir_class: int | None
) -> paper.FirstContact | None:
    for tier in escalation_for(db, reference, unit, ir_class):
        for contact in tier.contacts:
            numbers = [v for k, v in contact.methods if k != "email"]
            if numbers:
                return paper.FirstContact(contact.name, numbers[0])
    return None


def _channel(contact: ContactView) -> str:
    reach = ", ".join(v for _, v in contact.methods)
    return " · ".join(p for p in (contact.organization, reach) if p)
