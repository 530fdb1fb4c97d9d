"""The timeline tab: audit and written entries together, adding an entry (time, position, text,
who), the person filter, entries on a closed incident, the HICS 214 print, Japanese texts."""

from __future__ import annotations

from datetime import datetime, timedelta

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

from app.services.incident_checklist import set_check
from app.services.incident_timeline import timeline
from ui import dialog_service
from ui.dialogs.print_preview import PrintPreviewDialog
from ui.session import SignInSession
from ui.views.incidents.timeline_tab import COLUMNS, TimelineModel, TimelineTab


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


def make_tab(qtbot, db, reference, playbook, session, lang="en") -> TimelineTab:
    return show(qtbot, TimelineTab(db, reference, playbook, lang, session))


def shown(tab: TimelineTab, column: str) -> list[str]:
    number = COLUMNS.index(column)
    return [tab.model.index(r, number).data() for r in range(tab.model.rowCount())]


def test_written_entry_appears_with_the_audit_entries(qtbot, gui, db, reference, playbook, session):
    incident = new_incident(db)
    set_check(db, playbook.checklists, incident.id, "DET-01", "done", by="Bea Biomed")
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    assert shown(tab, "source") == ["Audit trail", "Audit trail"]
    assert shown(tab, "who") == ["Nora Nurse", "Bea Biomed"]
    assert shown(tab, "what")[0].startswith("Incident opened: Infusion pumps offline")

    dialog = tab.add_entry()
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    # The time defaults to now; the entry happened half an hour ago (before the incident was
    # opened in the program).
    earlier = dialog.time_input.dateTime().addSecs(-30 * 60)
    dialog.time_input.setDateTime(earlier)
    qtbot.keyClicks(dialog.position_input, "Incident Commander")
    qtbot.keyClicks(dialog.text_input, "Pumps switched to standalone; runners to pharmacy")
    dialog.save()
    assert "Enter your name" in dialog.message.text() and dialog.isVisible()  # nothing saved
    assert len(timeline(db, incident.id)) == 2
    qtbot.keyClicks(dialog.actor_field.name_input, "Ian Commander")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    items = timeline(db, incident.id)
    manual = [i for i in items if i.source == "manual"]
    assert len(manual) == 1 and manual[0].who == "Ian Commander"
    assert manual[0].position == "Incident Commander"
    assert manual[0].text("en") == "Pumps switched to standalone; runners to pharmacy"
    wanted = datetime.fromtimestamp(earlier.toSecsSinceEpoch()).astimezone()
    assert abs(manual[0].time - wanted) < timedelta(seconds=1)
    # In time order: the written entry (30 min ago), opened, then the checklist change.
    assert shown(tab, "source") == ["Written entry", "Audit trail", "Audit trail"]
    assert shown(tab, "who") == ["Ian Commander", "Nora Nurse", "Bea Biomed"]
    assert tab.count_label.text() == "Entries: 3 (1 written by hand)"
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # shaded
    assert tab.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    shoot(tab, "timeline_en")


def test_filter_by_person(qtbot, gui, db, reference, playbook, session):
    incident = new_incident(db)
    set_check(db, playbook.checklists, incident.id, "DET-01", "done", by="Bea Biomed")
    set_check(db, playbook.checklists, incident.id, "DET-02", "done", by="Bea Biomed")
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    names = [tab.person_combo.itemText(i) for i in range(tab.person_combo.count())]
    assert names == ["Everyone", "Bea Biomed", "Nora Nurse"]
    assert tab.choose_person("Bea Biomed")
    assert shown(tab, "who") == ["Bea Biomed", "Bea Biomed"]
    assert tab.count_label.text() == "Entries by Bea Biomed: 2 (0 written by hand)"
    # A new entry keeps the person chosen and offers their name.
    dialog = tab.add_entry()
    qtbot.addWidget(dialog)
    assert dialog.actor_field.name_input.text() == "Bea Biomed"
    dialog.text_input.setPlainText("Vendor case 4711 opened")
    dialog.save()
    assert tab.person() == "Bea Biomed" and len(shown(tab, "who")) == 3
    tab.choose_person(None)
    assert len(shown(tab, "who")) == 4


def test_entries_can_be_added_to_a_closed_incident(qtbot, gui, db, reference, playbook, session):
    incident = closed_incident(db, reference, playbook)
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    assert any("Incident closed" in text for text in shown(tab, "what"))
    session.sign_in(lead_user(db))
    dialog = tab.add_entry()
    qtbot.addWidget(dialog)
    assert not dialog.actor_field.name_input.isVisibleTo(dialog)
    assert "Lena Leader (signed in)" in dialog.actor_field.signed_label.text()
    dialog.text_input.setPlainText("Paper records reconciled into the EHR")
    with qtbot.waitSignal(tab.changed):
        dialog.save()
    last = [i for i in timeline(db, incident.id) if i.source == "manual"][-1]
    assert last.who == "lead" and last.text("en") == "Paper records reconciled into the EHR"


def test_print_hics_214_for_a_person(qtbot, gui, db, reference, playbook, session, monkeypatch):
    opened: list[PrintPreviewDialog] = []
    monkeypatch.setattr(PrintPreviewDialog, "open", lambda self: opened.append(self))
    incident = new_incident(db)
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    tab.choose_person("Nora Nurse")
    preview = tab.print_log()
    assert preview is not None and opened == [preview]
    qtbot.addWidget(preview)
    text = preview.document.getAllText(0).text()
    assert "214" in text and "Nora Nurse" in text


def test_japanese_event_texts(qtbot, gui, db, reference, playbook, session):
    incident = new_incident(db)
    set_check(db, playbook.checklists, incident.id, "DET-01", "done", by="Bea Biomed")
    tab = make_tab(qtbot, db, reference, playbook, session, lang="ja")
    tab.show_incident(incident)
    what = shown(tab, "what")
    assert what[0].startswith("インシデント登録") and "完了" in what[1]
    shoot(tab, "timeline_ja")


def test_model_passes_qtmodeltester(qtmodeltester, gui, db, reference):
    incident = new_incident(db)
    model = TimelineModel(reference, "en")
    model.set_rows(timeline(db, incident.id))
    qtmodeltester.check(model)
