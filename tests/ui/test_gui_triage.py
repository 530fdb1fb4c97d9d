"""The triage flow driven like a person would: by mouse and by keyboard, device to saved decision."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.services.decisions import list_decisions
from ui.views.triage_view import TriageView

ALL_NO = [
    "harm_now",
    "implanted",
    "offsite",
    "patient_connected",
    "multi_patient",
    "network_clinical_impact",
]


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def asked(view: TriageView) -> str | None:
    """The question on screen (None when the question page is not showing)."""
    if view.current_page() is not view.question_page:
        return None
    question = view.question_page.question
    assert question is not None
    assert view.question_page.question_label.text() == question.text.get("en")
    return question.id


def answer_by_mouse(qtbot, view: TriageView, value: str) -> None:
    click(qtbot, view.question_page.answer_buttons[value])


def find_by_scan(qtbot, view: TriageView, typed: str) -> None:
    field = view.device_page.tag_input
    assert view.window().focusWidget() is field
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def fill_record_form(
    qtbot, view: TriageView, name: str = "Aiko Tanaka", role_index: int = 1
) -> None:
    page = view.record_page
    qtbot.keyClicks(page.name_input, name)
    page.role_combo.setCurrentIndex(role_index)


def test_mouse_from_scanned_device_to_saved_decision(qtbot, triage: TriageView, db) -> None:
    find_by_scan(qtbot, triage, "MD-00001")
    status = triage.device_page.status.text()
    assert "MD-00001" in status and "Infusion / syringe pump" in status
    click(qtbot, triage.device_page.continue_button)

    # The inventory knows MD-00001 is used in the hospital: "offsite" is pre-filled, not asked.
    for question in [q for q in ALL_NO if q != "offsite"]:
        assert asked(triage) == question
        answer_by_mouse(qtbot, triage, "no")

    assert triage.current_page() is triage.result_page
    assert triage.result_page.badge.number_label.text() == "Class 1"
    assert triage.result_page.badge.name_label.text().startswith("Safe to disconnect")
    assert not triage.result_page.provisional_banner.isVisible()
    assert not triage.result_page.safety_banner.isVisible()
    click(qtbot, triage.result_page.record_button)

    assert triage.current_page() is triage.record_page
    assert triage.record_page.unit_combo.currentText() == triage.flow.subject.device.unit
    fill_record_form(qtbot, triage)
    with qtbot.waitSignal(triage.decision_saved) as saved:
        click(qtbot, triage.record_page.save_button)

    decision = saved.args[0]
    assert triage.current_page() is triage.saved_page
    assert decision.id in triage.saved_page.details.text()
    stored = list_decisions(db)
    assert [d.id for d in stored] == [decision.id]
    assert stored[0].device_tag == "MD-00001"
    assert stored[0].ir_class == 1 and stored[0].provisional is False
    assert stored[0].recorded_by == "Aiko Tanaka" and stored[0].role == "charge_nurse"

    click(qtbot, triage.saved_page.new_button)
    assert triage.current_page() is triage.device_page
    assert triage.device_page.tag_input.text() == ""
    assert triage.record_page.name_input.text() == ""


def test_keyboard_only_with_backspace(qtbot, triage: TriageView, db, press) -> None:
    find_by_scan(qtbot, triage, "MD-00001")
    press(triage, Qt.Key.Key_Return)  # the focused "Continue" button
    assert asked(triage) == "harm_now"

    press(triage, Qt.Key.Key_N, Qt.Key.Key_N)  # "offsite" comes from the inventory
    assert asked(triage) == "patient_connected"
    press(triage, Qt.Key.Key_Backspace)  # back over the pre-filled answer, marked as such
    assert asked(triage) == "offsite"
    assert [s.question for s in triage.flow.result().path] == ["harm_now", "implanted"]
    assert "from inventory" in triage.question_page.answer_buttons["no"].text()
    press(triage, Qt.Key.Key_Backspace)
    assert asked(triage) == "implanted"
    assert "earlier answer" in triage.question_page.answer_buttons["no"].text()

    press(triage, Qt.Key.Key_N, Qt.Key.Key_Y)  # the held pre-filled "offsite" is put back
    assert asked(triage) == "removal"
    press(triage, Qt.Key.Key_2)  # later_ok
    assert asked(triage) == "multi_patient"
    press(triage, Qt.Key.Key_N, Qt.Key.Key_N)
    assert triage.current_page() is triage.result_page
    assert triage.result_page.badge.number_label.text() == "Class 2"

    press(triage, Qt.Key.Key_Backspace)  # from the result: back to the last question
    assert asked(triage) == "network_clinical_impact"
    press(triage, Qt.Key.Key_Y)
    assert triage.result_page.badge.number_label.text() == "Class 3"

    press(triage, Qt.Key.Key_Return)  # "Record decision" has the focus
    assert triage.current_page() is triage.record_page
    assert triage.window().focusWidget() is triage.record_page.name_input
    qtbot.keyClicks(triage.record_page.name_input, "Kenji Sato")
    qtbot.keyClick(triage.record_page.role_combo, Qt.Key.Key_Down)  # first role
    triage.record_page.name_input.setFocus()
    with qtbot.waitSignal(triage.decision_saved):
        press(triage, Qt.Key.Key_Return)
    stored = list_decisions(db)[0]
    assert (stored.ir_class, stored.role, stored.recorded_by) == (3, "bedside_nurse", "Kenji Sato")
    assert stored.answers["removal"] == "later_ok"


def test_click_earlier_answer_asks_engines_next_question(qtbot, triage: TriageView) -> None:
    click(qtbot, triage.device_page.findChild(QPushButton, "device_unknown"))
    for _ in ALL_NO:
        answer_by_mouse(qtbot, triage, "no")
    assert triage.result_page.badge.number_label.text() == "Class 1"
    click(qtbot, triage.result_page.change_button)
    assert asked(triage) == "network_clinical_impact"

    click(qtbot, triage.question_page.path_buttons["patient_connected"])
    assert asked(triage) == "patient_connected"
    answer_by_mouse(qtbot, triage, "yes")
    assert asked(triage) == "removal"  # the engine's next question on the new branch

    answer_by_mouse(qtbot, triage, "later_ok")
    # Held answers still on the new path (multi_patient, network impact) are kept: class 2.
    assert triage.current_page() is triage.result_page
    assert triage.result_page.badge.number_label.text() == "Class 2"

    click(qtbot, triage.result_page.change_button)
    click(qtbot, triage.question_page.path_buttons["patient_connected"])
    answer_by_mouse(qtbot, triage, "no")
    assert "removal" not in triage.flow.answers  # off the new path: dropped
    assert triage.result_page.badge.number_label.text() == "Class 1"


def test_unknown_answer_is_provisional_and_saved_so(qtbot, triage: TriageView, db) -> None:
    click(qtbot, triage.device_page.category_buttons["patient_monitor"])
    assert triage.flow.subject.category == "patient_monitor"
    for value in ["no", "no", "no", "no", "no", "unknown"]:
        answer_by_mouse(qtbot, triage, value)
    page = triage.result_page
    assert page.provisional_banner.isVisible()
    assert page.provisional_banner.text().startswith("PROVISIONAL")
    assert page.badge.number_label.text() == "Class 3"
    click(qtbot, page.record_button)
    fill_record_form(qtbot, triage)
    with qtbot.waitSignal(triage.decision_saved):
        click(qtbot, triage.record_page.save_button)
    stored = list_decisions(db)[0]
    assert stored.provisional is True
    assert stored.category == "patient_monitor" and stored.device_tag is None
    assert "PROVISIONAL" in triage.saved_page.details.text()


def test_harm_now_yes_shows_the_safety_instruction_first(
    qtbot, triage: TriageView, reference
) -> None:
    click(qtbot, triage.device_page.category_buttons["infusion_pump"])
    answer_by_mouse(qtbot, triage, "yes")
    instruction = reference.tree.safety_override_instruction.get("en")
    banner = triage.question_page.safety_banner
    assert banner.isVisible() and banner.text() == instruction  # at once, before the class
    answer_by_mouse(qtbot, triage, "no")
    reminder = reference.tree.safety_override_reminder.get("en")
    assert banner.isVisible() and banner.text() == reminder  # later screens: one line, still red
    for value in ["no", "yes", "dependent"]:
        answer_by_mouse(qtbot, triage, value)
    page = triage.result_page
    assert page.badge.number_label.text() == "Class 5"
    assert page.safety_banner.isVisible() and page.safety_banner.text() == instruction
    assert page.safety_banner.y() < page.badge.y()


def test_tag_not_found_then_category(qtbot, triage: TriageView) -> None:
    find_by_scan(qtbot, triage, "NOPE-123")
    page = triage.device_page
    assert page.status.isVisible()
    assert "No device with tag “NOPE-123”" in page.status.text()
    assert not page.continue_button.isVisible()
    assert triage.current_page() is page
    click(qtbot, page.category_buttons["ventilator"])
    assert asked(triage) == "harm_now"
    assert "Ventilator" in triage.question_page.subject_label.text()


def test_scanner_input_with_spaces_and_lower_case(qtbot, triage: TriageView) -> None:
    find_by_scan(qtbot, triage, "  md-00002   ")
    page = triage.device_page
    assert page.found is not None and page.found.asset_tag == "MD-00002"
    assert page.tag_input.text() == "md-00002"
    assert page.continue_button.isVisible()
    click(qtbot, page.continue_button)
    assert triage.flow.subject.device.asset_tag == "MD-00002"
    assert "MD-00002" in triage.question_page.subject_label.text()


def test_backspace_on_first_question_returns_to_device(qtbot, triage: TriageView, press) -> None:
    click(qtbot, triage.device_page.category_buttons["pacs"])
    assert asked(triage) == "harm_now"
    press(triage, Qt.Key.Key_Backspace)
    assert triage.current_page() is triage.device_page
