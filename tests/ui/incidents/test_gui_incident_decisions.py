"""The Decisions & devices tab: adding an earlier decision, a device by its scanned tag, the
devices sharing a model in one step (scope by composition), device states; and recording a
decision on the Triage tab straight into an incident."""

from __future__ import annotations

import pytest
from gui_accounts import make_accounts, record
from PySide6.QtCore import Qt

from app.services.incident_checklist import close_incident
from app.services.incident_devices import incident_devices
from app.services.incidents import incident_decisions, incidents_of_decisions
from ui import dialog_service
from ui.views.triage_flow import Subject


@pytest.fixture
def tab(view, make_incident):
    incident = make_incident("Syringe pumps alarm")
    view.refresh()
    view.show_incident(incident)
    workspace = view.workspace
    workspace.tabs.setCurrentWidget(workspace.decisions_tab)
    return workspace.decisions_tab


def states(db, incident_id):
    return {d.device.asset_tag: (d.state, d.reason) for d in incident_devices(db, incident_id)}


def test_add_an_earlier_decision_from_the_recent_list(qtbot, tab, db, reference):
    earlier = record(db, reference, device_tag="MD-00008", by="Nora")
    other = record(db, reference, device_tag="MD-00003", by="Nora")
    incident = tab.incident
    assert "choose " + incident.ref + " in the Incident field" in tab.hint.text()

    tab.add_decision_button.click()
    assert "Enter your name first" in tab.message.text() and tab.dialog is None
    qtbot.keyClicks(tab.actor_field.name_input, "Ines IC")
    tab.add_decision_button.click()
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    offered = [dialog.recent[r].id for r in range(len(dialog.recent))]
    assert offered == [other.id, earlier.id]  # newest first
    dialog.table.setFocus()
    dialog.table.selectRow(1)
    assert dialog.id_input.text() == earlier.id
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert [d.id for d in incident_decisions(db, incident.id)] == [earlier.id]
    assert tab.decision_table.rowCount() == 1
    row = [tab.decision_table.item(0, c).text() for c in range(6)]
    assert row[0].startswith("MD-00008") and row[2].startswith("3 · ")
    assert row[3] == "Awaiting" and row[4] == "no"
    assert states(db, incident.id) == {"MD-00008": ("under_review", "decision")}

    # By id (the first 8 characters); the one already in the incident is no longer offered.
    tab.add_decision_button.click()
    dialog = tab.dialog
    assert [d.id for d in dialog.recent] == [other.id]
    qtbot.keyClicks(dialog.id_input, "zzzzzzzz")
    qtbot.keyClick(dialog.id_input, Qt.Key.Key_Return)
    assert "NOT saved: no decision with id 'zzzzzzzz'" in dialog.message.text()
    dialog.id_input.setText(other.id[:8])
    qtbot.keyClick(dialog.id_input, Qt.Key.Key_Return)
    assert incidents_of_decisions(db, [other.id])[other.id].id == incident.id


def test_scanned_tag_then_scope_by_model_then_set_state(qtbot, view, tab, db):
    incident = tab.incident
    qtbot.keyClicks(tab.actor_field.name_input, "Bea Biomed")
    tab.tag_input.setFocus()
    qtbot.keyClicks(tab.tag_input, "md-00008")  # a scanner types the tag, then Enter
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tab.tag_input, Qt.Key.Key_Return)
    assert states(db, incident.id) == {"MD-00008": ("under_review", "manual")}
    assert tab.tag_input.text() == "" and tab.tag_input.hasFocus()
    qtbot.keyClicks(tab.tag_input, "NOPE-1")
    qtbot.keyClick(tab.tag_input, Qt.Key.Key_Return)
    assert "NOT saved" in tab.message.text() and tab.tag_input.text() == "NOPE-1"

    tab.device_table.selectRow(0)
    dialog = tab.scope()
    qtbot.waitExposed(dialog)
    assert dialog.device_combo.currentData() == "MD-00008" and dialog.by() == "model"
    found = dialog.find()
    tags = [d.asset_tag for d in found]
    assert len(tags) == 6 and "MD-00008" not in tags  # the other Syringe S2 pumps
    assert dialog.ticked() == tags  # all ticked
    assert "same model Syringe S2" in dialog.reason_label.text()
    assert dialog.add_button.text() == "Add 6 devices"
    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # untick one
    assert dialog.add_button.text() == "Add 5 devices"
    with qtbot.waitSignal(dialog.added):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    now = states(db, incident.id)
    assert len(now) == 6 and tags[0] not in now
    assert all(now[t] == ("under_review", "same model Syringe S2") for t in tags[1:])
    assert tab.device_table.rowCount() == 6 and "5 device(s) added." in tab.message.text()

    # Two devices selected (Shift+Down), then their state with a note.
    tab.device_table.setFocus()
    tab.device_table.selectRow(0)
    qtbot.keyClick(tab.device_table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    first, second = (member.device.asset_tag for member in tab.devices[:2])
    assert tab.selected_tags() == [first, second]
    dialog = tab.set_state()
    dialog.choose("isolated")
    qtbot.keyClicks(dialog.note_input, "Unplugged from LAN, still infusing")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    now = {d.device.asset_tag: d for d in incident_devices(db, incident.id)}
    assert now[first].state == now[second].state == "isolated"
    assert now[first].state_by == "Bea Biomed"
    assert {m.state for m in incident_devices(db, incident.id)} == {"isolated", "under_review"}
    assert "State saved for 2 device(s)." in tab.message.text()
    labels = {
        tab.device_table.item(r, 0).text(): tab.device_table.item(r, 4).text()
        for r in range(tab.device_table.rowCount())
    }
    assert labels[first] == "Isolated"
    # The overview's roll-up followed the change (the other tabs are refreshed).
    rollup = view.workspace.overview_tab.rollup_table
    header = [rollup.horizontalHeaderItem(c).text() for c in range(rollup.columnCount())]
    column = header.index("Isolated")
    counts = [rollup.item(r, column).text() for r in range(rollup.rowCount())]
    assert sum(int(c) for c in counts if c.isdigit()) == 2


def test_component_scope_needs_a_component(qtbot, tab, db):
    qtbot.keyClicks(tab.actor_field.name_input, "Bea Biomed")
    tab.tag_input.setText("MD-00001")
    tab.add_device()
    dialog = tab.scope()
    dialog.choose_by("component")
    assert dialog.component_combo.isEnabled() and dialog.version_input.isEnabled()
    assert dialog.find() == []
    assert "Nothing found: the component is required" in dialog.message.text()
    assert not dialog.add_button.isEnabled()
    dialog.component_combo.setEditText("openssl")
    assert dialog.find() == []  # the demo has no SBOMs
    assert "No other devices found (carries component openssl)" in dialog.reason_label.text()


def test_record_a_decision_into_an_incident_from_triage(qtbot, triage, db, make_incident):
    incident = make_incident("Syringe pumps alarm")
    exercise = make_incident("Drill", exercise=True)
    triage.start(Subject(device=None, category="infusion_pump"))
    for value in ("no", "no", "no", "no", "no", "no"):
        triage.question_page.answer_buttons[value].click()
    triage.result_page.record_button.click()
    page = triage.record_page
    combo = page.incident_combo
    assert combo.isVisibleTo(page) and combo.currentData() is None  # "None" by default
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0] == "None"
    assert f"{exercise.ref} · Drill (EXERCISE)" in texts
    page.choose_incident(incident.id)
    qtbot.keyClicks(page.name_input, "Nora Nurse")
    page.role_combo.setCurrentIndex(0)
    with qtbot.waitSignal(triage.decision_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [saved] = incident_decisions(db, incident.id)
    assert saved.recorded_by == "Nora Nurse" and saved.incident_id == incident.ref
    assert incident_decisions(db, exercise.id) == []
    shown = triage.saved_page
    assert f"Incident: {incident.ref}" in shown.details.text()
    assert not shown.exercise_banner.isVisibleTo(shown)

    # Recorded into the exercise: the saved screen says EXERCISE.
    triage.start(Subject(device=None, category="infusion_pump"))
    for value in ("no", "no", "no", "no", "no", "no"):
        triage.question_page.answer_buttons[value].click()
    triage.result_page.record_button.click()
    page.choose_incident(exercise.id)
    qtbot.keyClicks(page.name_input, "Nora Nurse")
    page.role_combo.setCurrentIndex(0)
    with qtbot.waitSignal(triage.decision_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(incident_decisions(db, exercise.id)) == 1
    assert shown.exercise_banner.isVisibleTo(shown) and "EXERCISE" in shown.exercise_banner.text()


def test_incident_closed_meanwhile_the_decision_is_saved_unlinked(
    qtbot, triage, db, reference, playbook, make_incident, mark_required_done, monkeypatch
):
    incident = make_incident("Syringe pumps alarm")
    triage.start(Subject(device=None, category="infusion_pump"))
    for value in ("no", "no", "no", "no", "no", "no"):
        triage.question_page.answer_buttons[value].click()
    triage.result_page.record_button.click()
    page = triage.record_page
    page.choose_incident(incident.id)
    mark_required_done(incident)
    lead = make_accounts(db, "lead")["lead"]
    close_incident(db, reference, playbook.checklists, incident.id, by=lead)  # meanwhile
    told = []
    monkeypatch.setattr(dialog_service, "show_info", lambda _p, title, text: told.append(text))
    qtbot.keyClicks(page.name_input, "Nora Nurse")
    page.role_combo.setCurrentIndex(0)
    with qtbot.waitSignal(triage.decision_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert incident_decisions(db, incident.id) == []  # saved, never blocked, not linked
    assert told and "is closed" in told[0]
