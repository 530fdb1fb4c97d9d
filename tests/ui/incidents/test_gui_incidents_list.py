"""The Incidents tab: opening an incident through the dialog with the keyboard, refusals shown in
the dialog, the list (open ones first), and going into an incident and back with the keys."""

from __future__ import annotations

from datetime import datetime, timedelta

from gui_accounts import make_accounts
from PySide6.QtCore import QDateTime, Qt

from app.services.incident_checklist import close_incident
from app.services.incidents import get_incident, list_incidents
from ui.dialogs.new_incident_dialog import NewIncidentDialog, t0_iso


def test_new_incident_through_the_dialog_with_keys(qtbot, view, db):
    assert view.empty_label.isVisible() and not view.table.isVisible()
    dialog = view.new_incident()
    assert isinstance(dialog, NewIncidentDialog)
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.name_input
    # T0 defaults to now (to the minute), in local time.
    t0 = datetime.fromisoformat(t0_iso(dialog.t0_input))
    assert abs((t0 - datetime.now().astimezone()).total_seconds()) < 120

    qtbot.keyClicks(dialog.name_input, "Infusion pumps lose the drug library")
    dialog.source_combo.setFocus()
    qtbot.keyClicks(dialog.source_combo.lineEdit(), "Clinician report, ICU")
    dialog.severity_combo.setFocus()
    qtbot.keyClick(dialog.severity_combo, Qt.Key.Key_Down)  # Not set yet -> Low
    qtbot.keyClick(dialog.severity_combo, Qt.Key.Key_Down)  # -> Moderate
    units = dialog.units.list
    units.setFocus()
    icu = units.findItems("ICU", Qt.MatchFlag.MatchExactly)[0]
    units.setCurrentItem(icu)
    qtbot.keyClick(units, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.units.other, "Pharmacy")
    qtbot.keyClicks(dialog.actor_field.name_input, "Mari Ito")
    with qtbot.waitSignal(dialog.created):
        qtbot.keyClick(dialog.actor_field.name_input, Qt.Key.Key_Return)

    [incident] = list_incidents(db)
    assert incident.name == "Infusion pumps lose the drug library"
    assert incident.source == "Clinician report, ICU"
    assert incident.severity == "moderate"
    assert incident.units == ("ICU", "Pharmacy")
    assert incident.created_by == "Mari Ito" and not incident.exercise
    # The new incident opens at once.
    assert view.stack.currentWidget() is view.workspace
    assert view.workspace.title.text() == f"{incident.ref} · {incident.name}"
    assert not view.workspace.banner.isVisible()


def test_refusals_are_shown_and_the_form_kept(qtbot, view, db):
    dialog = view.new_incident()
    qtbot.keyClicks(dialog.name_input, "CT ransomware")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "Enter your name first" in dialog.message.text()
    assert dialog.focusWidget() is dialog.actor_field.name_input

    qtbot.keyClicks(dialog.actor_field.name_input, "Ken")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "NOT saved: the detection source is required" in dialog.message.text()

    dialog.source_combo.setEditText("SOC alert")
    dialog.t0_input.setDateTime(QDateTime.currentDateTime().addDays(2))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "is in the future" in dialog.message.text()
    assert list_incidents(db) == [] and dialog.isVisible()
    assert dialog.name_input.text() == "CT ransomware"  # nothing typed is lost

    dialog.t0_input.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    [incident] = list_incidents(db)
    t0 = datetime.fromisoformat(incident.t0)
    assert timedelta(minutes=58) < datetime.now().astimezone() - t0 < timedelta(minutes=62)


def test_list_open_first_and_opened_with_enter(
    qtbot, view, db, reference, playbook, make_incident, mark_required_done
):
    first = make_incident("Old outage", hours_ago=48)
    mark_required_done(first)
    lead = make_accounts(db, "lead")["lead"]
    close_incident(db, reference, playbook.checklists, first.id, by=lead)
    second = make_incident("Monitors offline", severity="high")
    view.refresh()
    refs = [view.model.incident(r).ref for r in range(view.model.rowCount())]
    assert refs == [second.ref, first.ref]  # open ones first
    texts = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert texts[0] == second.ref and "Monitors offline" in texts and "Open" in texts
    assert "High" in texts and texts[-1] == "0"  # no decisions yet
    assert view.model.index(1, 3).data() == "Closed"

    view.table.setFocus()
    view.table.selectRow(1)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    workspace = view.workspace
    assert view.stack.currentWidget() is workspace and workspace.incident.id == first.id
    assert workspace.closed_label.isVisible() and "Closed" in workspace.closed_label.text()
    assert not workspace.close_button.isEnabled()

    # Back with the keyboard (Alt+A; offscreen Qt has no focus window for shortcuts: Space).
    assert workspace.back_button.text().replace("&", "").endswith("All incidents")
    workspace.back_button.setFocus()
    qtbot.keyClick(workspace.back_button, Qt.Key.Key_Space)
    assert view.stack.currentWidget() is view.list_page
    assert view.selected_incident().id == first.id  # the selection stays
    assert get_incident(db, first.ref).status == "closed"
