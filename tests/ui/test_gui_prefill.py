"""Triage pre-fill: the inventory answers what it knows about a device's nature; the nurse the rest."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QPushButton
from test_gui_triage import answer_by_mouse, asked, click, fill_record_form, find_by_scan

from app.services.decisions import list_decisions
from app.services.demo import demo_devices, populate_demo
from app.services.devices import find_device
from app.services.inventory import preclassify, save_device
from ui.views.triage_flow import Subject, TriageFlow
from ui.views.triage_view import TriageView
from ui.widgets.path_chip import PathChip

IMPLANT_DEMO_SIZE = 200


def answer_until_result(qtbot, view: TriageView, answers: dict[str, str]) -> list[str]:
    """Answer each question asked from ``answers``; returns the questions asked, in order."""
    seen = []
    while view.current_page() is view.question_page:
        question = asked(view)
        assert question is not None and question not in seen
        seen.append(question)
        answer_by_mouse(qtbot, view, answers[question])
    return seen


def first_tag(db, reference, category: str) -> str:
    populate_demo(db, reference, devices=IMPLANT_DEMO_SIZE)
    return next(
        d["asset_tag"] for d in demo_devices(IMPLANT_DEMO_SIZE) if d["category"] == category
    )


def test_implant_goes_to_class_6_right_after_harm_now(qtbot, triage: TriageView, db, reference):
    tag = first_tag(db, reference, "implant")
    find_by_scan(qtbot, triage, tag)
    status = triage.device_page.status.text()
    assert "Answered from the inventory:" in status and "Implant? Yes" in status
    click(qtbot, triage.device_page.continue_button)

    assert answer_until_result(qtbot, triage, {"harm_now": "no"}) == ["harm_now"]
    page = triage.result_page
    assert page.badge.number_label.text() == "Class 6"
    assert "Implant?  Yes  (from inventory)" in page.why_label.text()
    assert "Harming the patient now?  No" in page.why_label.text()
    assert "Harming the patient now?  No  (from" not in page.why_label.text()

    click(qtbot, page.record_button)
    fill_record_form(qtbot, triage)
    with qtbot.waitSignal(triage.decision_saved):
        click(qtbot, triage.record_page.save_button)
    stored = list_decisions(db)[0]
    assert stored.ir_class == 6 and stored.device_tag == tag
    assert stored.answers == {"harm_now": "no", "implanted": "yes"}  # the answers used
    assert stored.answer_sources == {"harm_now": "person", "implanted": "inventory"}


def test_central_station_skips_the_multi_patient_question(qtbot, triage: TriageView):
    find_by_scan(qtbot, triage, "MD-00002")  # central station: role "central", used on a ward
    click(qtbot, triage.device_page.continue_button)
    answers = {"harm_now": "no", "implanted": "no", "patient_connected": "no"}
    assert answer_until_result(qtbot, triage, answers) == [
        "harm_now",
        "implanted",
        "patient_connected",
    ]
    assert triage.result_page.badge.number_label.text() == "Class 4"
    assert triage.flow.prefilled() == {"offsite", "multi_patient"}
    why = triage.result_page.why_label.text()
    assert "Many patients affected?  Yes  (from inventory)" in why


def test_pre_filled_answers_show_in_the_path_with_a_tag(qtbot, triage: TriageView):
    find_by_scan(qtbot, triage, "MD-00002")
    click(qtbot, triage.device_page.continue_button)
    answer_by_mouse(qtbot, triage, "no")  # harm_now
    answer_by_mouse(qtbot, triage, "no")  # implanted; offsite comes from the inventory
    assert asked(triage) == "patient_connected"
    chips = triage.question_page.path_buttons
    assert list(chips) == ["harm_now", "implanted", "offsite"]
    offsite = chips["offsite"]
    assert isinstance(offsite, PathChip) and offsite.isVisible()
    assert offsite.tag is not None and offsite.tag.isVisible()
    assert offsite.tag.text() == "from inventory"
    assert "inventory" in offsite.accessibleName()
    assert chips["implanted"].tag is None


def test_changing_a_pre_filled_answer(qtbot, triage: TriageView):
    find_by_scan(qtbot, triage, "MD-00002")
    click(qtbot, triage.device_page.continue_button)
    answer_by_mouse(qtbot, triage, "no")
    answer_by_mouse(qtbot, triage, "no")
    click(qtbot, triage.question_page.path_buttons["offsite"])

    assert asked(triage) == "offsite"  # asked again, the inventory's answer marked
    buttons = triage.question_page.answer_buttons
    assert buttons["no"].text().endswith("(from inventory)")
    assert buttons["no"].property("earlier") is True
    answer_by_mouse(qtbot, triage, "yes")
    assert triage.result_page.badge.number_label.text() == "Class 7"
    assert "Outside the hospital?  Yes" in triage.result_page.why_label.text()
    assert "(from inventory)" not in triage.result_page.why_label.text()

    # Back from the result: the person's own answer, no longer the inventory's.
    click(qtbot, triage.result_page.change_button)
    assert asked(triage) == "offsite"
    assert buttons is not triage.question_page.answer_buttons
    assert triage.question_page.answer_buttons["yes"].text().endswith("(earlier answer)")
    answer_by_mouse(qtbot, triage, "no")
    assert asked(triage) == "patient_connected"
    assert triage.question_page.path_buttons["offsite"].tag is None
    answer_by_mouse(qtbot, triage, "no")
    # multi_patient is still known from the inventory.
    assert triage.result_page.badge.number_label.text() == "Class 4"

    # The pre-filled multi_patient answer can be changed from the result too.
    click(qtbot, triage.result_page.change_button)
    assert asked(triage) == "multi_patient"
    assert triage.question_page.answer_buttons["yes"].text().endswith("(from inventory)")
    answer_by_mouse(qtbot, triage, "no")
    assert asked(triage) == "network_clinical_impact"
    answer_by_mouse(qtbot, triage, "no")
    assert triage.result_page.badge.number_label.text() == "Class 1"
    assert triage.flow.answers["multi_patient"] == "no"


def test_a_device_with_nothing_known_asks_everything(qtbot, triage: TriageView, db, reference):
    save_device(db, reference, {"asset_tag": "NEW-1", "category": "infusion_pump"}, by="Biomed")
    assert find_device(db, "NEW-1").prefill() == {}
    find_by_scan(qtbot, triage, "NEW-1")
    assert "from the inventory" not in triage.device_page.status.text()
    assert "Default class" not in triage.device_page.status.text()
    click(qtbot, triage.device_page.continue_button)
    answers = dict.fromkeys(
        [
            "harm_now",
            "implanted",
            "offsite",
            "patient_connected",
            "multi_patient",
            "network_clinical_impact",
        ],
        "no",
    )
    assert answer_until_result(qtbot, triage, answers) == list(answers)
    assert triage.flow.prefilled() == frozenset()


@pytest.mark.parametrize("how", ["category", "unknown"])
def test_category_or_unknown_device_gets_no_pre_fill(qtbot, triage: TriageView, how):
    if how == "category":
        click(qtbot, triage.device_page.category_buttons["central_station"])
    else:
        click(qtbot, triage.device_page.findChild(QPushButton, "device_unknown"))
    answers = {
        "harm_now": "no",
        "implanted": "no",
        "offsite": "no",
        "patient_connected": "no",
        "multi_patient": "yes",
    }
    assert answer_until_result(qtbot, triage, answers) == list(answers)
    assert triage.result_page.badge.number_label.text() == "Class 4"
    assert "(from inventory)" not in triage.result_page.why_label.text()


def test_device_page_shows_the_default_class_and_its_approval(
    qtbot, triage: TriageView, db, reference
):
    answers = {
        "harm_now": "no",
        "implanted": "no",
        "offsite": "no",
        "patient_connected": "yes",
        "removal": "later_ok",
        "multi_patient": "no",
        "network_clinical_impact": "no",
    }
    preclassify(db, reference, answers, by="Hana Biomed", role="biomed", device_tag="MD-00001")
    find_by_scan(qtbot, triage, "MD-00001")
    status = triage.device_page.status.text()
    assert "Default class (pre-approved): Class 2 — Safe to disconnect from network" in status
    approved = next(line for line in status.splitlines() if line.startswith("Approved by"))
    assert approved.startswith("Approved by Hana Biomed on ")
    assert str(datetime.now().year) in approved  # the date, in the locale's format


def test_flow_pre_fill_is_applied_only_when_its_question_comes_up(reference, db):
    flow = TriageFlow(reference)
    flow.reset(Subject(device=find_device(db, "MD-00002")))
    assert flow.answers == {} and flow.current_question() == "harm_now"
    flow.answer("harm_now", "yes")
    assert flow.current_question() == "implanted"  # implanted is unknown: never pre-filled
    flow.answer("implanted", "no")
    assert flow.answers["offsite"] == "no" and flow.is_prefilled("offsite")
    assert flow.current_question() == "patient_connected"
    assert not flow.is_prefilled("implanted")
