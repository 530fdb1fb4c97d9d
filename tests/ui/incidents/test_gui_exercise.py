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
