"""Tabletop exercises: the launcher lists the playbook's three scenarios with their texts in the
view's language; Start opens the exercise, marked EXERCISE in its banner and in the list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.incidents import list_incidents
from ui.dialogs.exercise_dialog import ExerciseDialog


def test_start_an_exercise_from_the_launcher(qtbot, view, db, playbook):
    dialog = view.start_exercise()
    assert isinstance(dialog, ExerciseDialog)
    qtbot.waitExposed(dialog)
    titles = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert len(titles) == len(playbook.scenarios) == 3
    assert [t.split(":")[0] for t in titles] == ["Use case 1", "Use case 2", "Use case 3"]
    imaging = playbook.scenarios["imaging"]
    assert titles[0] == f"Use case 1: {imaging.title.get('en')}"
    detail = dialog.detail.toPlainText()
    assert imaging.summary.get("en") in detail and "Background" in detail
    assert imaging.background.get("en").split("\n\n")[0] in detail
    assert "Imaging device compromise" in detail

    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    second = list(playbook.scenarios.values())[1]
    assert second.summary.get("en") in dialog.detail.toPlainText()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter starts it, but a name is needed
    assert "Enter your name first" in dialog.message.text() and list_incidents(db) == []

    qtbot.keyClicks(dialog.actor_field.name_input, "Fay Facilitator")
    with qtbot.waitSignal(dialog.started):
        qtbot.keyClick(dialog.actor_field.name_input, Qt.Key.Key_Return)
    [exercise] = list_incidents(db)
    assert exercise.exercise and exercise.scenario == second.id
    assert exercise.name == f"Exercise: {second.title.get('en')}"
    assert exercise.ref.startswith("EX-") and exercise.created_by == "Fay Facilitator"

    workspace = view.workspace
    assert view.stack.currentWidget() is workspace
    assert workspace.banner.isVisible() and workspace.banner.text().startswith("EXERCISE")
    assert workspace.print_button.text() == "&Print after-action report…"
    assert (
        "Record the exercise's decisions on the Triage tab" in workspace.decisions_tab.hint.text()
    )

    workspace.back_button.click()
    mark = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert mark[0] == exercise.ref and "EXERCISE" in mark


def test_launcher_and_exercise_in_japanese(qtbot, make_view, db, playbook):
    view = make_view("ja")
    dialog = view.start_exercise()
    imaging = playbook.scenarios["imaging"]
    assert imaging.title.get("ja") in dialog.list.item(0).text()
    detail = dialog.detail.toPlainText()
    assert imaging.summary.get("ja") in detail
    assert imaging.background.get("ja").split("\n\n")[0] in detail
    dialog.actor_field.name_input.setText("山田")
    dialog.start()
    [exercise] = list_incidents(db)
    assert exercise.name == f"訓練: {imaging.title.get('ja')}"
    assert view.workspace.banner.isVisible()
    assert view.workspace.title.text().endswith(imaging.title.get("ja"))


def test_the_facilitator_delivers_injects_and_sees_expected_against_recorded(
    qtbot, view, db, reference, playbook
):
    from accounts_helpers import CLASS_ANSWERS

    from app.services.decisions import DecisionDraft
    from app.services.exercises import exercise_injects, start_exercise
    from app.services.incident_timeline import timeline
    from app.services.incidents import record_in_incident

    exercise = start_exercise(db, playbook, "imaging", by="Fay")
    view.refresh()
    view.show_incident(exercise)
    panel = view.workspace.overview_tab.exercise_panel
    assert panel.isVisible()
    scenario = playbook.scenarios["imaging"]
    assert scenario.title.get("en") in panel.scenario_label.text()
    assert panel.inject_table.rowCount() == len(scenario.injects)
    assert "0 of 3 recorded as expected" in panel.expected_title.text()
    assert not panel.deliver_button.isEnabled()  # nothing selected

    panel.inject_table.setFocus()
    panel.inject_table.selectRow(0)
    qtbot.keyClicks(panel.actor_field.name_input, "Fay")
    qtbot.mouseClick(panel.deliver_button, Qt.MouseButton.LeftButton)
    first = exercise_injects(db, playbook, exercise.id)[0]
    assert first.delivered_at is not None
    assert "delivered" in panel.message.text()
    assert any(i.kind == "exercise.inject" and i.who == "Fay" for i in timeline(db, exercise.id))
    panel.inject_table.selectRow(0)
    assert not panel.deliver_button.isEnabled()  # delivered once only

    # The players classify the idle CT as expected (class 1, decision D1).
    draft = DecisionDraft(
        answers=CLASS_ANSWERS[1], recorded_by="Player", role="biomed",
        category="imaging_modality", incident_id=exercise.ref,
    )  # fmt: skip
    record_in_incident(db, reference, draft)
    view.workspace.refresh()
    assert "1 of 3 recorded as expected" in panel.expected_title.text()
    results = [
        panel.expected_table.item(r, 4).text() for r in range(panel.expected_table.rowCount())
    ]
    assert results.count("as expected") == 1


def test_a_real_incident_has_no_exercise_panel(view, db):
    from app.services.incidents import create_incident

    incident = create_incident(db, name="Real", t0="2026-11-20T08:00+09:00", source="SOC", by="R")
    view.show_incident(incident)
    assert not view.workspace.overview_tab.exercise_panel.isVisible()
