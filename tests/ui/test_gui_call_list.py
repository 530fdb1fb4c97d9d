"""Who to call now: tiers in order, the tier to call highlighted, out-of-band numbers first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from app.services.contacts import import_contacts
from app.services.devices import DeviceFilter, find_device, list_devices
from app.services.escalation import escalation_for
from ui.views.triage_flow import Subject
from ui.views.triage_view import TriageView
from ui.widgets.call_list import CallList, format_remaining

CONTACTS = Path(__file__).resolve().parents[1] / "fixtures" / "contacts" / "contacts.csv"
CLASS_5 = {
    "harm_now": "no",
    "implanted": "no",
    "offsite": "no",
    "patient_connected": "yes",
    "removal": "dependent",
    "multi_patient": "no",
    "network_clinical_impact": "no",
}


@pytest.fixture
def contacts_db(db, reference):
    report = import_contacts(db, reference, CONTACTS, by="test")
    assert report.written and report.imported == 4
    return db


def labels(widget, name: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel, name) if label.isVisibleTo(widget)]


def test_tiers_in_order_out_of_band_first_email_last(qtbot, gui, contacts_db, reference) -> None:
    call_list = CallList(reference, "en")
    qtbot.addWidget(call_list)
    call_list.set_tiers(escalation_for(contacts_db, reference, "ICU", 4))
    call_list.show()
    assert [t.tier for t in call_list.tiers] == [1, 2, 3]
    assert call_list.current_tier == 1
    assert call_list.tier_frames[1].property("current") is True
    assert call_list.tier_frames[2].property("current") is False
    assert not call_list.empty_label.isVisible()

    text = call_list.plain_text()
    # Tier 1: the ICU's own charge nurse before the biomed engineer for all units.
    assert text.index("Tier 1 — CALL NOW") < text.index("髙橋 花子") < text.index("山﨑 一郎")
    assert text.index("山﨑 一郎") < text.index("Tier 2") < text.index("渡邊 健")
    assert text.index("渡邊 健") < text.index("Tier 3") < text.index("Acme Infusion PSIRT")
    assert "Charge nurse · 看護部" in text and "Vendor · Acme Infusion" in text
    assert "Clinical leader · 病院長室 · Incident Commander" in text
    # Out-of-band numbers first and large; e-mail last and small.
    yamazaki = text[text.index("山﨑 一郎") : text.index("Tier 2")]
    assert (
        yamazaki.index("Mobile  080-2222-3333")
        < yamazaki.index("Pager  1234")
        < yamazaki.index("Email  ce@example.org")
    )
    mobile = labels(call_list, "call_method_mobile")[0]
    email = labels(call_list, "call_method_email")[0]
    assert mobile.font().pointSizeF() > email.font().pointSizeF() + 4
    assert mobile.font().bold()
    # The wait and the triggers in words.
    assert "No answer in 10 min → call tier 2." in text
    assert "Call this tier for: any decision" in text
    assert "a decision of class 3 or higher" in text
    assert "No answer in 30 min → keep trying" in text


def test_class_filters_the_chain_and_empty_points_to_paper(
    qtbot, gui, contacts_db, db, reference
) -> None:
    call_list = CallList(reference, "en")
    qtbot.addWidget(call_list)
    call_list.set_tiers(escalation_for(contacts_db, reference, "ED", 1))
    text = call_list.plain_text()
    assert "髙橋 花子" not in text  # the ICU's nurse is not called for the ED
    assert "渡邊 健" not in text  # classes 3-5 only
    assert [t.tier for t in call_list.tiers] == [1, 3]

    call_list.set_tiers([])
    call_list.show()
    assert call_list.empty_label.isVisible()
    assert "No contacts set up for this unit — see the printed contact sheet" in (
        call_list.plain_text()
    )


def test_remaining_time_format() -> None:
    from datetime import timedelta

    assert format_remaining(timedelta(minutes=14, seconds=59)) == "14:59"
    assert format_remaining(timedelta(seconds=-75)) == "01:15"
    assert format_remaining(timedelta(hours=1, seconds=5)) == "1:00:05"


def answer_all(triage: TriageView, answers: dict[str, str]) -> None:
    while triage.current_page() is triage.question_page:
        question = triage.flow.current_question()
        triage.question_page.answer_buttons[answers[question]].click()


def test_result_screen_shows_who_to_call_for_the_unit_and_class(
    triage: TriageView, contacts_db, reference
) -> None:
    [device] = list_devices(contacts_db, DeviceFilter(unit="ICU"), limit=1)
    device = find_device(contacts_db, device.asset_tag)
    triage.start(Subject(device=device))
    answer_all(triage, {**CLASS_5, **device.prefill()})
    assert triage.current_page() is triage.result_page
    ir_class = triage.flow.result().ir_class
    call_list = triage.result_page.call_list
    assert call_list.isVisible()
    text = call_list.plain_text()
    assert "Tier 1 — CALL NOW" in text and "髙橋 花子" in text and "山﨑 一郎" in text
    assert ("渡邊 健" in text) == (3 <= ir_class <= 5)
    expected = escalation_for(contacts_db, reference, "ICU", ir_class)
    assert call_list.tiers == tuple(expected)


def test_without_a_device_the_all_units_contacts_show(triage: TriageView, contacts_db) -> None:
    triage.start(Subject(category="ventilator"))
    answer_all(triage, CLASS_5)
    text = triage.result_page.call_list.plain_text()
    assert triage.flow.result().ir_class == 5
    assert "髙橋 花子" not in text  # ICU only; the unit is not known yet
    assert "山﨑 一郎" in text and "渡邊 健" in text
