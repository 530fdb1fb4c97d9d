"""The Pre-classify tab driven like biomed would: target, the same questions, result, apply."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.database.db import Database
from app.services.decisions import list_decisions
from app.services.devices import DeviceFilter, count_devices, find_device, list_devices
from app.services.reference import Reference
from ui.views.preclassify_view import PreclassifyView
from ui.views.question_page import QuestionPage
from ui.views.result_page import ResultPage
from ui.views.triage_view import TriageView

# MD-00001, an infusion pump in use that runs stand-alone: class 2 (offsite comes from the inventory).
PUMP_ANSWERS = {
    "harm_now": "no",
    "implanted": "no",
    "patient_connected": "yes",
    "removal": "later_ok",
    "multi_patient": "no",
    "network_clinical_impact": "no",
}


@pytest.fixture
def view(qtbot, gui: QApplication, db: Database, reference: Reference) -> PreclassifyView:
    widget = PreclassifyView(db, reference, "en")
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot, radio) -> None:
    """Click a radio button on its text, as a person would (its centre may be empty space)."""
    assert radio.isVisible() and radio.isEnabled()
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(40, radio.height() // 2))
    assert radio.isChecked()


def answer_questions(qtbot, view: PreclassifyView, answers: dict[str, str]) -> list[str]:
    seen = []
    while view.current_page() is view.question_page:
        question = view.question_page.question
        assert question is not None
        seen.append(question.id)
        click(qtbot, view.question_page.answer_buttons[answers[question.id]])
    return seen


def apply(qtbot, view: PreclassifyView, name: str = "Hana Biomed") -> None:
    page = view.apply_page
    qtbot.keyClicks(page.name_input, name)
    page.role_combo.setCurrentIndex(page.role_combo.findData("biomed"))
    with qtbot.waitSignal(view.preclassified) as done:
        click(qtbot, page.apply_button)
    return done.args[0]


def test_reuses_the_triage_pages(view: PreclassifyView) -> None:
    assert type(view.question_page) is QuestionPage and type(view.result_page) is ResultPage
    assert view.findChild(TriageView) is None


def test_one_device_by_tag(qtbot, view: PreclassifyView, db) -> None:
    page = view.target_page
    assert page.device_radio.isChecked()
    qtbot.keyClicks(page.tag_input, "md-00001")
    qtbot.keyClick(page.tag_input, Qt.Key.Key_Return)
    assert "MD-00001" in page.device_status.text()
    assert "No default class yet." in page.device_status.text()
    click(qtbot, page.start_button)

    assert "Pre-classifying: MD-00001" in view.question_page.subject_label.text()
    assert answer_questions(qtbot, view, PUMP_ANSWERS) == list(PUMP_ANSWERS)
    assert view.current_page() is view.result_box
    assert view.result_page.badge.number_label.text() == "Class 2"
    assert view.result_page.guidance["containment"].text()  # the guidance shows
    assert not view.refusal.isVisible()
    record = view.result_page.record_button
    assert record.text().startswith("Apply as default class")
    click(qtbot, record)

    assert view.current_page() is view.apply_page
    assert "Class 2" in view.apply_page.title.text()
    assert find_device(db, "MD-00001").default_class is None  # nothing before Apply
    done = apply(qtbot, view)

    assert (done.ir_class, done.devices_updated) == (2, 1)
    assert view.current_page() is view.done_page
    assert view.done_page.headline.text() == "Default class 2 set on 1 device"
    device = find_device(db, "MD-00001")
    assert device.default_class == 2
    assert device.record["default_class_approved_by"] == "Hana Biomed"
    assert device.record["default_class_decision_id"] == done.decision_id
    decision = list_decisions(db)[0]
    assert decision.id == done.decision_id and decision.purpose == "preclassification"
    assert decision.device_tag == "MD-00001" and decision.role == "biomed"
    assert decision.answers == {**PUMP_ANSWERS, "offsite": "no"}  # the pre-filled one included

    click(qtbot, view.done_page.again_button)
    assert view.current_page() is view.target_page
    assert view.target_page.tag_input.text() == ""


def test_category_in_one_unit(qtbot, view: PreclassifyView, db) -> None:
    page = view.target_page
    choose(qtbot, page.category_radio)
    assert not page.start_button.isEnabled()
    page.category_combo.setCurrentIndex(page.category_combo.findData("patient_monitor"))
    page.unit_combo.setCurrentIndex(page.unit_combo.findData("WARD-3A"))
    expected = count_devices(db, DeviceFilter(category="patient_monitor", unit="WARD-3A"))
    everywhere = count_devices(db, DeviceFilter(category="patient_monitor"))
    assert 0 < expected < everywhere
    assert f"{expected} devices in WARD-3A will get this default class." in (
        page.category_status.text()
    )
    click(qtbot, page.start_button)
    assert view.question_page.subject_label.text() == (
        f"Pre-classifying: {expected} × Bedside patient monitor in WARD-3A"
    )
    answers = {
        "harm_now": "no",
        "implanted": "no",
        "offsite": "no",  # a category: nothing is pre-filled
        "patient_connected": "yes",
        "removal": "now_ok",
        "multi_patient": "no",
        "network_clinical_impact": "yes",
    }
    assert answer_questions(qtbot, view, answers) == list(answers)
    click(qtbot, view.result_page.record_button)
    done = apply(qtbot, view)
    assert (done.ir_class, done.devices_updated) == (3, expected)
    assert view.done_page.headline.text() == f"Default class 3 set on {expected} devices"

    in_unit = list_devices(db, DeviceFilter(category="patient_monitor", unit="WARD-3A"))
    assert {d.default_class for d in in_unit} == {3}
    elsewhere = list_devices(db, DeviceFilter(category="patient_monitor"))
    assert {d.default_class for d in elsewhere if d.unit != "WARD-3A"} == {None}
    decision = list_decisions(db)[0]
    assert decision.purpose == "preclassification"
    assert (decision.category, decision.unit, decision.ir_class) == (
        "patient_monitor",
        "WARD-3A",
        3,
    )


def test_provisional_result_cannot_be_applied(qtbot, view: PreclassifyView, db) -> None:
    page = view.target_page
    choose(qtbot, page.category_radio)
    page.category_combo.setCurrentIndex(page.category_combo.findData("infusion_pump"))
    click(qtbot, page.start_button)
    answers = {**PUMP_ANSWERS, "offsite": "no", "network_clinical_impact": "unknown"}
    answer_questions(qtbot, view, answers)

    assert view.result_page.provisional_banner.isVisible()
    assert view.result_page.badge.number_label.text() == "Class 3"
    assert view.refusal.isVisible()
    assert "Cannot be applied" in view.refusal_text.text()
    assert not view.result_page.record_button.isEnabled()
    view.show_apply()  # Enter on the disabled button, or any other way round: still refused
    assert view.current_page() is view.result_box

    fix = view.fix_unknown_button
    assert fix.text() == "Change “Network loss affects care?”"
    click(qtbot, fix)
    assert view.question_page.question.id == "network_clinical_impact"
    assert "(earlier answer)" in view.question_page.answer_buttons["unknown"].text()
    click(qtbot, view.question_page.answer_buttons["no"])
    assert view.result_page.badge.number_label.text() == "Class 2"
    assert not view.refusal.isVisible() and view.result_page.record_button.isEnabled()
    assert list_decisions(db) == []


def test_errors_are_shown_plainly_and_nothing_is_said_to_be_done(
    qtbot, view: PreclassifyView, db, monkeypatch
) -> None:
    page = view.target_page
    qtbot.keyClicks(page.tag_input, "MD-00001")
    click(qtbot, page.start_button)
    answer_questions(qtbot, view, PUMP_ANSWERS)
    click(qtbot, view.result_page.record_button)

    apply_page = view.apply_page
    click(qtbot, apply_page.apply_button)  # no name yet
    assert apply_page.message.text() == "Enter your name before applying."
    qtbot.keyClicks(apply_page.name_input, "Hana")
    click(qtbot, apply_page.apply_button)
    assert apply_page.message.text() == "Choose your role before applying."
    apply_page.role_combo.setCurrentIndex(0)

    def broken(*args, **kwargs):
        raise OSError("disk I/O error")

    monkeypatch.setattr("ui.views.preclassify_apply.preclassify", broken)
    click(qtbot, apply_page.apply_button)
    assert view.current_page() is apply_page
    assert "NOT set (disk I/O error)" in apply_page.message.text()
    assert apply_page.name_input.text() == "Hana"
    assert find_device(db, "MD-00001").default_class is None


def test_unknown_tag_and_empty_category(qtbot, view: PreclassifyView) -> None:
    page = view.target_page
    qtbot.keyClicks(page.tag_input, "NOPE-1")
    click(qtbot, page.start_button)
    assert view.current_page() is page
    assert "No device with tag “NOPE-1”" in page.device_status.text()

    choose(qtbot, page.category_radio)
    page.category_combo.setCurrentIndex(page.category_combo.findData("ecmo"))
    assert "No devices of this category in all units." in page.category_status.text()
    assert not page.start_button.isEnabled()


def test_back_from_the_first_question_returns_to_the_target(qtbot, view: PreclassifyView):
    page = view.target_page
    qtbot.keyClicks(page.tag_input, "MD-00001")
    click(qtbot, page.start_button)
    click(qtbot, view.question_page.back_button)
    assert view.current_page() is page
    assert page.tag_input.text() == "MD-00001"
