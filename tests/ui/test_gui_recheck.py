"""Provisional results: the re-check countdown (an injected clock, no sleeping), OVERDUE and the
next tier to call, and resolving the unknown answers as a new version of the decision."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.contacts import import_contacts
from app.services.decisions import DecisionDraft, get_decision, list_decisions, record_decision
from app.services.reference import Reference
from ui import style
from ui.main_window import MainWindow
from ui.models.decision_table_model import COLUMNS
from ui.views.decisions_view import DecisionsView
from ui.views.triage_flow import Subject, TriageFlow
from ui.views.triage_view import TriageView

CONTACTS = Path(__file__).resolve().parents[1] / "fixtures" / "contacts" / "contacts.csv"
PROVISIONAL_4 = {
    "harm_now": "no",
    "implanted": "no",
    "offsite": "no",
    "patient_connected": "no",
    "multi_patient": "unknown",
}


class Clock:
    """A clock the test moves; starts at the real time (decisions are stamped with it)."""

    def __init__(self) -> None:
        self.moment = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.moment

    def move(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def contacts_db(db, reference):
    assert import_contacts(db, reference, CONTACTS, by="test").written
    return db


def provisional(db, reference: Reference, **fields) -> object:
    draft = DecisionDraft(
        answers=PROVISIONAL_4,
        recorded_by="Aiko",
        role="charge_nurse",
        category="infusion_pump",
        unit="ICU",
        **fields,
    )
    return record_decision(db, reference, draft)


def record_in_triage(qtbot, triage: TriageView, answers: list[str], unit: str = "ICU") -> None:
    for value in answers:
        triage.question_page.answer_buttons[value].click()
    assert triage.current_page() is triage.result_page
    triage.result_page.record_button.click()
    qtbot.keyClicks(triage.record_page.name_input, "Yuki")
    triage.record_page.role_combo.setCurrentIndex(1)
    triage.record_page.unit_combo.setCurrentText(unit)
    with qtbot.waitSignal(triage.decision_saved):
        triage.record_page.save_button.click()


def test_saved_screen_counts_down_then_overdue_calls_the_next_tier(
    qtbot, gui, contacts_db, reference, clock
) -> None:
    triage = TriageView(contacts_db, reference, "en", now=clock)
    qtbot.addWidget(triage)
    triage.resize(1100, 900)
    triage.show()
    triage.start(Subject(category="infusion_pump"))
    record_in_triage(qtbot, triage, ["no", "no", "no", "no", "unknown"])
    page = triage.saved_page
    assert triage.current_page() is page
    assert page.decision.provisional and page.resolve_button.isVisible()
    assert page.countdown.isVisible()
    assert "PROVISIONAL — re-check in 1" in page.countdown.text()  # 15:00 or 14:59

    clock.moment = datetime.fromisoformat(page.decision.created_at)  # to the second from here on
    timer = page.call_panel.timer  # ticks every second while the page shows
    assert timer.isActive() and timer.interval() == 1000
    clock.move(minutes=5)
    timer.timeout.emit()  # one tick (the event loop of a shared test QApplication may be stopped)
    assert "re-check in 10:00" in page.countdown.text()
    panel = page.call_panel
    assert panel.call_list.current_tier == 1 and not panel.overdue()
    assert "Tier 1 — CALL NOW" in panel.call_list.plain_text()
    assert "Unit: ICU" in page.details.text()

    clock.move(minutes=10, seconds=30)  # 15:30 after saving: the re-check time has passed
    timer.timeout.emit()
    assert "OVERDUE" in page.countdown.text()
    assert "(00:30 ago)" in page.countdown.text()
    assert panel.overdue() and panel.call_list.current_tier == 2
    text = panel.call_list.plain_text()
    assert "Tier 2 — CALL NOW" in text and "渡邊 健" in text
    assert "Tier 1 — CALL NOW" not in text
    assert triage.current_page() is page  # nothing changed screens by itself
    assert triage.isVisible() and len(list_decisions(contacts_db)) == 1


def test_decisions_view_flags_an_overdue_decision(qtbot, gui, contacts_db, reference, clock):
    decision = provisional(contacts_db, reference)
    view = DecisionsView(contacts_db, reference, "en", now=clock)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    model = view.model

    def recheck_cell() -> str:
        return model.data(model.index(0, COLUMNS.index("recheck")), Qt.ItemDataRole.DisplayRole)

    assert recheck_cell().endswith("left")
    assert view.call_panel.recheck_label.isVisible()
    assert view.call_panel.call_list.current_tier == 1
    assert view.resolve_button.isVisible()

    clock.move(minutes=16)
    view.tick()
    assert recheck_cell() == "OVERDUE"
    background = model.data(
        model.index(0, COLUMNS.index("recheck")), Qt.ItemDataRole.BackgroundRole
    )
    assert background is not None and background.color().name().upper() == "#B71C1C"
    assert "OVERDUE" in view.call_panel.recheck_label.text()
    assert view.call_panel.call_list.current_tier == 2
    assert view.selected_decision().id == decision.id


def test_resolving_unknown_answers_records_a_new_version(qtbot, gui, contacts_db, reference, clock):
    earlier = provisional(contacts_db, reference, location="Bed 3")
    window = MainWindow(contacts_db, reference, "en", now=clock)
    qtbot.addWidget(window)
    window.resize(1100, 800)
    window.show()
    window.tabs.setCurrentWidget(window.decisions_view)
    decisions = window.decisions_view
    assert decisions.selected_decision().id == earlier.id
    decisions.resolve_button.click()

    triage = window.triage_view
    assert window.tabs.currentWidget() is triage
    assert triage.current_page() is triage.question_page
    # The known answers came back; only the unknown one is asked again.
    assert triage.flow.current_question() == "multi_patient"
    assert triage.flow.answers == {k: v for k, v in PROVISIONAL_4.items() if v != "unknown"}
    assert "resolving the unknown answers" in triage.subject_text()
    triage.question_page.answer_buttons["no"].click()
    triage.question_page.answer_buttons["no"].click()  # network_clinical_impact
    assert triage.current_page() is triage.result_page
    assert "髙橋 花子" in triage.result_page.call_list.plain_text()  # the earlier decision's unit
    triage.result_page.record_button.click()
    record = triage.record_page
    assert "A new version of the decision of" in record.title.text()
    assert record.unit_combo.currentText() == "ICU" and record.location_input.text() == "Bed 3"
    qtbot.keyClicks(record.name_input, "Ken")
    record.role_combo.setCurrentIndex(2)
    with qtbot.waitSignal(triage.decision_saved):
        record.save_button.click()

    newer = triage.saved_page.decision
    assert newer.supersedes == earlier.id and not newer.provisional and newer.ir_class == 1
    assert get_decision(contacts_db, earlier.id).superseded_by == newer.id
    assert triage.saved_page.headline.text() == "✔  Saved as a new version"
    assert not triage.saved_page.resolve_button.isVisible()
    assert not triage.saved_page.countdown.isVisible()

    window.tabs.setCurrentWidget(decisions)
    model = decisions.model
    assert [model.decision(r).id for r in range(model.rowCount())] == [newer.id, earlier.id]
    recheck = COLUMNS.index("recheck")
    assert model.data(model.index(1, recheck), Qt.ItemDataRole.DisplayRole) == "Replaced"
    grey = model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole)
    assert grey.color().name().upper() == style.theme.replaced_fg
    decisions.table.selectRow(1)
    assert f"REPLACED by a newer version ({newer.id})" in decisions.detail.toPlainText()
    assert not decisions.call_panel.recheck_label.isVisible()  # no countdown when replaced
    assert not decisions.resolve_button.isVisible()
    assert decisions.call_panel.replaced_label.isVisible()
    clock.move(minutes=30)
    decisions.tick()
    assert not decisions.call_panel.recheck_label.isVisible()
    decisions.table.selectRow(0)
    assert "Replaces" in decisions.detail.toPlainText()


def test_resume_holds_known_answers_and_asks_the_unknown_again(reference) -> None:
    flow = TriageFlow(reference)
    flow.resume(Subject(category="pacs"), PROVISIONAL_4, {}, "earlier-id")
    assert flow.supersedes == "earlier-id"
    assert flow.current_question() == "multi_patient"
    assert flow.held_answer("multi_patient") is None
    flow.reset()
    assert flow.supersedes is None
