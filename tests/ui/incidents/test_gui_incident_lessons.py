"""The lessons tab: Save enabled by a change, what was typed kept when saving fails, actions
added, done and reopened, overdue said in words, lessons after closing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from incident_helpers import (
    closed_incident,
    lead_user,
    load_test_playbook,
    new_incident,
    shoot,
    show,
)
from PySide6.QtCore import Qt

from app.services.lessons import add_action, get_lessons
from ui import dialog_service
from ui.session import SignInSession
from ui.strings import local_date
from ui.views.incidents.lessons_tab import ActionModel, LessonsTab


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    monkeypatch.setattr(dialog_service, "interactive", False)


@pytest.fixture(scope="module")
def playbook():
    return load_test_playbook()


@pytest.fixture
def session(db, reference):
    signin = SignInSession(db, reference, "en")
    yield signin
    signin.sign_out()


def make_tab(qtbot, db, reference, playbook, session, lang="en") -> LessonsTab:
    return show(qtbot, LessonsTab(db, reference, playbook, lang, session))


def test_save_lessons_add_an_action_and_mark_it_done(qtbot, gui, db, reference, playbook, session):
    incident = new_incident(db)
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    assert tab.saved_label.text() == "Not written yet."
    assert not tab.save_button.isEnabled()
    qtbot.keyClicks(tab.inputs["what_happened"], "Pump server lost; pumps ran standalone.")
    qtbot.keyClicks(tab.inputs["what_worked"], "Runners to pharmacy")
    qtbot.keyClicks(tab.inputs["what_did_not"], "Downtime cards were out of date")
    assert tab.save_button.isEnabled()
    qtbot.keyClicks(tab.actor_field.name_input, "Ian Commander")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    lessons = get_lessons(db, incident.id)
    assert lessons.what_happened == "Pump server lost; pumps ran standalone."
    assert lessons.what_worked == "Runners to pharmacy"
    assert lessons.what_did_not == "Downtime cards were out of date"
    assert lessons.updated_by == "Ian Commander"
    assert not tab.save_button.isEnabled()
    assert tab.saved_label.text().startswith("Last saved by Ian Commander")

    dialog = tab.add()
    qtbot.addWidget(dialog)
    assert dialog.actor_field.name_input.text() == "Ian Commander"
    qtbot.keyClicks(dialog.action_input, "Update the pump downtime cards")
    qtbot.keyClicks(dialog.owner_input, "Nurse manager ICU")
    qtbot.keyClicks(dialog.due_input, "2026-13-01")
    dialog.save()
    assert "not a date" in dialog.message.text() and dialog.isVisible()
    dialog.due_input.setText((date.today() + timedelta(days=14)).isoformat())
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(dialog.due_input, Qt.Key.Key_Return)
    [action] = get_lessons(db, incident.id).actions
    assert (action.action, action.owner, action.status) == (
        "Update the pump downtime cards",
        "Nurse manager ICU",
        "open",
    )
    assert tab.selected().id == action.id
    assert tab.model.index(0, 3).data() == "Open"
    assert tab.done_button.isEnabled() and not tab.reopen_button.isEnabled()

    with qtbot.waitSignal(tab.changed):
        tab.done_button.click()
    assert get_lessons(db, incident.id).actions[0].status == "done"
    assert tab.model.index(0, 3).data() == "Done"
    assert tab.actions_label.text() == "Improvement actions: 1 of 1 done"
    assert tab.reopen_button.isEnabled() and not tab.done_button.isEnabled()
    with qtbot.waitSignal(tab.changed):
        tab.reopen_button.click()
    assert get_lessons(db, incident.id).actions[0].status == "open"
    shoot(tab, "lessons_en")


def test_failed_save_keeps_what_was_typed(qtbot, gui, db, reference, playbook, session):
    incident = new_incident(db)
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    tab.actor_field.name_input.setText("Ian Commander")
    too_long = "x" * 4001
    tab.inputs["what_happened"].setPlainText(too_long)
    tab.inputs["what_worked"].setPlainText("Runners")
    assert tab.save() is None
    assert "NOT saved" in tab.message.text() and "too long" in tab.message.text()
    assert tab.inputs["what_happened"].toPlainText() == too_long
    assert tab.inputs["what_worked"].toPlainText() == "Runners"
    assert tab.save_button.isEnabled()
    assert get_lessons(db, incident.id).updated_at is None
    # A refresh of the incident (another tab saved something) keeps the unsaved text too.
    tab.show_incident(incident)
    assert tab.inputs["what_worked"].toPlainText() == "Runners" and tab.dirty()


def test_overdue_actions_say_so(qtbot, gui, db, reference, playbook, session):
    incident = new_incident(db)
    late = (date.today() - timedelta(days=3)).isoformat()
    add_action(db, incident.id, action="Re-image the workstation", owner="Biomed", due=late, by="X")
    add_action(db, incident.id, action="Share IOCs", owner="IT security", by="X")
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    assert tab.model.index(0, 3).data() == "Open — OVERDUE"
    assert tab.model.index(0, 2).data() == local_date(late)  # "Nov 23, 2026"
    assert tab.model.index(1, 2).data() == "no due date"
    assert tab.model.index(1, 3).data() == "Open"
    assert tab.actions_label.text() == "Improvement actions: 0 of 2 done, 1 OVERDUE"


def test_lessons_after_closing(qtbot, gui, db, reference, playbook, session):
    incident = closed_incident(db, reference, playbook)
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    session.sign_in(lead_user(db))
    tab.inputs["what_happened"].setPlainText("Reviewed two weeks later")
    with qtbot.waitSignal(tab.changed):
        tab.save()
    assert get_lessons(db, incident.id).updated_by == "lead"
    dialog = tab.add()
    qtbot.addWidget(dialog)
    dialog.action_input.setText("Re-exercise class 3 in spring")
    dialog.owner_input.setText("Emergency management")
    with qtbot.waitSignal(tab.changed):
        dialog.save()
    assert len(get_lessons(db, incident.id).actions) == 1


def test_japanese_status_words(qtbot, gui, db, reference, playbook, session):
    incident = new_incident(db)
    add_action(db, incident.id, action="手順書を更新", owner="看護部", by="X")
    tab = make_tab(qtbot, db, reference, playbook, session, lang="ja")
    tab.show_incident(incident)
    assert tab.model.index(0, 3).data() == "未完了"
    shoot(tab, "lessons_ja")


def test_model_passes_qtmodeltester(qtmodeltester, gui, db):
    incident = new_incident(db)
    add_action(db, incident.id, action="A", owner="B", due="2020-01-01", by="X")
    model = ActionModel("en")
    model.set_rows(get_lessons(db, incident.id).actions)
    qtmodeltester.check(model)
