"""Paper: builds the inputs of the printed documents from the database and has app.reports render
them (contact sheets, decision records, device cards, the downtime binder)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from app.database.db import Database
from app.reports import model as paper
from app.services.contacts import ContactView, list_contacts
from app.services.decisions import get_decision
from app.services.devices import DeviceFilter, list_devices, list_units
from app.services.escalation import escalation_for
from app.services.reference import Reference
from app.services.settings import get_setting

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
    db: Database, reference: Reference, unit: str | None, lang: str, paper_size: str, out: Path
) -> int:
    from app.reports.contact_sheet import render_contact_sheet

    return render_contact_sheet(
        contact_sheet(db, reference, unit, lang),
        reference.classes,
        reference.tree,
        lang,
        paper_size,
        out,
    )


def decision_record(
    db: Database, reference: Reference, decision_id: str, lang: str
) -> paper.DecisionRecord:
    decision = get_decision(db, decision_id)
    on_path = {step.question for step in decision.path}
    answers = []
    for question_id, value in decision.answers.items():
        question = reference.tree.question(question_id)
        try:
            label = question.option(value).label.get(lang)
        except KeyError:
            label = value
        answers.append(
            paper.RecordedAnswer(
                question.text.get(lang),
                label,
                question_id in on_path,
                decision.answer_sources.get(question_id) == "inventory",
            )
        )
    category = ""
    if decision.category:
        try:
            category = reference.categories.get(decision.category).name.get(lang)
        except KeyError:
            category = decision.category
    return paper.DecisionRecord(
        id=decision.id,
        created_at=datetime.fromisoformat(decision.created_at),
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
    )


def print_decision(
    db: Database, reference: Reference, decision_id: str, lang: str, paper_size: str, out: Path
) -> int:
    from app.reports.decision_record import render_decision_record

    return render_decision_record(
        decision_record(db, reference, decision_id, lang),
        reference.classes,
        reference.tree,
        lang,
        paper_size,
        out,
    )


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
    db: Database, reference: Reference, unit: str, lang: str, paper_size: str, out: Path
) -> int:
    from app.reports.device_cards import render_device_cards

    return render_device_cards(
        device_cards(db, reference, unit, lang),
        reference.classes,
        lang,
        paper_size,
        out,
        facility=facility(db),
    )


def print_binder(
    db: Database, reference: Reference, unit: str | None, lang: str, paper_size: str, out: Path
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
    return render_binder(binder, reference.classes, reference.tree, lang, paper_size, out)


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
