"""The checklist tab: items by phase, status changes with a note, needed-to-close marking, the
closing item, the open-only filter, closed incidents read-only, Japanese item texts."""

from __future__ import annotations

import pytest
from incident_helpers import closed_incident, load_test_playbook, new_incident, shoot, show
from PySide6.QtCore import Qt

from app.services.incident_checklist import checklist
from ui import dialog_service
from ui.session import SignInSession
from ui.views.incidents.checklist_tab import ChecklistTab


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


def make_tab(qtbot, db, reference, playbook, session, lang="en") -> ChecklistTab:
    return show(qtbot, ChecklistTab(db, reference, playbook, lang, session))


def cell(tab: ChecklistTab, column: int) -> str:
    """What the selected row shows in ``column``."""
    return tab.model.index(tab.table.currentIndex().row(), column).data()


def check_of(db, playbook, incident, item_id):
    return next(c for c in checklist(db, playbook.checklists, incident.id) if c.item.id == item_id)


def test_mark_cer01_done_with_a_note(qtbot, gui, db, reference, playbook, session):
    incident = new_incident(db)
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    phases = [r for r in tab.model._rows if isinstance(r, str)]
    assert phases[0].startswith("Prepare") and any(p.startswith("Contain") for p in phases)
    assert tab.select_item("CER-01")
    assert "CER-01" in tab.detail.text() and "Evidence to capture" in tab.detail.text()

    # Without a name (nobody signed in) nothing is saved and the name is asked for.
    qtbot.keyClicks(tab.note_input, "Sign-offs obtained by phone")
    tab.status_buttons["done"].click()
    assert "Enter your name" in tab.message.text()
    assert check_of(db, playbook, incident, "CER-01").status == "open"
    assert tab.note_input.text() == "Sign-offs obtained by phone"  # kept

    qtbot.keyClicks(tab.actor_field.name_input, "Carl Charge")
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tab.note_input, Qt.Key.Key_Return)  # Enter in the note: Done
    saved = check_of(db, playbook, incident, "CER-01")
    assert (saved.status, saved.by, saved.note) == (
        "done",
        "Carl Charge",
        "Sign-offs obtained by phone",
    )
    assert tab.selected_id() == "CER-01"
    assert "Done" in cell(tab, 3)
    assert "Carl Charge" in cell(tab, 4)
    assert tab.note_input.text() == ""
    assert "1 of" in tab.count_label.text()
    assert not tab.status_buttons["done"].isEnabled() and tab.status_buttons["open"].isEnabled()

    # Keyboard only: arrow keys go from item to item over the phase headings; Alt+O reopens.
    assert tab.select_item("DET-10")
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.selected_id() == "CER-01"
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tab.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert check_of(db, playbook, incident, "CER-01").status == "open"
    shoot(tab, "checklist_en")


def test_required_to_close_and_closing_item(qtbot, gui, db, reference, playbook, session):
    incident = new_incident(db)
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    checks = checklist(db, playbook.checklists, incident.id)
    required = [c.item.id for c in checks if c.item.required_to_close]
    closing = next(c.item.id for c in checks if c.item.closes_incident)
    assert required and closing == "PIR-08"
    assert f"{len(required)} still needed to close" in tab.count_label.text()
    assert tab.select_item(required[0])
    assert "needed to close" in cell(tab, 3)
    assert tab.select_item("CER-01")
    assert "needed to close" not in cell(tab, 3)

    assert tab.select_item(closing)
    assert cell(tab, 3) == "Done by closing the incident"
    assert "cannot be set here" in tab.detail.text()
    assert not any(b.isEnabled() for b in tab.status_buttons.values())

    # Not applicable on a required item: one fewer needed to close.
    tab.actor_field.name_input.setText("Bea Biomed")
    assert tab.select_item(required[0])
    with qtbot.waitSignal(tab.changed):
        tab.status_buttons["na"].click()
    assert check_of(db, playbook, incident, required[0]).status == "na"
    assert f"{len(required) - 1} still needed to close" in tab.count_label.text()


def test_open_only_filter_moves_on_to_the_next_item(qtbot, gui, db, reference, playbook, session):
    incident = new_incident(db)
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    total = len(tab.shown_ids())
    tab.actor_field.name_input.setText("Carl Charge")
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData("open"))
    assert "PIR-08" not in tab.shown_ids()  # the closing item is not "open work"
    assert tab.select_item("DET-01")
    following = tab.shown_ids()[tab.shown_ids().index("DET-01") + 1]
    with qtbot.waitSignal(tab.changed):
        tab.status_buttons["done"].click()
    assert "DET-01" not in tab.shown_ids()
    assert tab.selected_id() == following
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData("all"))
    assert len(tab.shown_ids()) == total


def test_closed_incident_is_read_only(qtbot, gui, db, reference, playbook, session):
    incident = closed_incident(db, reference, playbook)
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    assert tab.closed_label.isVisible()
    assert tab.select_item("CER-01")
    assert not any(b.isEnabled() for b in tab.status_buttons.values())
    assert not tab.note_input.isEnabled()
    assert tab.set_status("done") is None
    assert check_of(db, playbook, incident, "CER-01").status == "open"
    assert tab.select_item("PIR-08")
    assert "by closing the incident" in cell(tab, 3)
    assert "Done" in cell(tab, 3)


def test_japanese_item_texts(qtbot, gui, db, reference, playbook, session):
    incident = new_incident(db)
    tab = make_tab(qtbot, db, reference, playbook, session, lang="ja")
    tab.show_incident(incident)
    assert tab.model._rows[0].startswith("準備")
    assert tab.select_item("PREP-01")
    item = playbook.checklists.get("PREP-01")
    assert cell(tab, 1) == item.action.ja
    assert cell(tab, 2) == item.owner.ja
    assert cell(tab, 3) == "未完了"
    shoot(tab, "checklist_ja")
