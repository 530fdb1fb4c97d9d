"""Printable documents rendered with reportlab: escalation contact sheet, decision record, device cards
and the unit's downtime binder.

Qt-free; sits beside app.database in the layers and may use app.domain only (plus app.paths, app.errors,
app.version). Inputs are the plain frozen dataclasses of ``app.reports.model``; every render function takes
``lang`` ("en"/"ja") and ``paper`` ("a4"/"letter"), writes the PDF atomically and returns the page count.
"""

from app.reports.binder import render_binder
from app.reports.contact_sheet import render_contact_sheet
from app.reports.decision_record import render_decision_record
from app.reports.device_cards import render_device_cards
from app.reports.model import (
    Binder,
    Contact,
    ContactMethod,
    ContactSheet,
    DecisionRecord,
    DeviceCard,
    EscalationTier,
    FirstContact,
    RecordedAnswer,
    Regulator,
)

__all__ = [
    "Binder",
    "Contact",
    "ContactMethod",
    "ContactSheet",
    "DecisionRecord",
    "DeviceCard",
    "EscalationTier",
    "FirstContact",
    "RecordedAnswer",
    "Regulator",
    "render_binder",
    "render_contact_sheet",
    "render_decision_record",
    "render_device_cards",
]
