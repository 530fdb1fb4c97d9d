"""The decisions list: newest first, detail of the selected one, refresh after a save."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from app.services.decisions import DecisionDraft, list_decisions, record_decision
from ui.main_window import MainWindow
from ui.models.decision_table_model import COLUMNS, DecisionTableModel
from ui.strings import local_time
from ui.views.decisions_view import DecisionsView
from ui.views.triage_flow import Subject

CLASS_1 = {
    "harm_now": "no",
    "implanted": "no",
    "offsite": "no",
    "patient_connected": "no",
    "multi_patient": "no",
    "network_clinical_impact": "no",
}
PROVISIONAL_4 = {
    "harm_now": "no",
    "implanted": "no",
    "offsite": "no",
    "patient_connected": "no",
    "multi_patient": "unknown",
}


def save(db, reference, answers, **fields):
    draft = DecisionDraft(
        answers=answers, recorded_by=fields.pop("by", "Aiko"), role="charge_nurse", **fields
    )
    return record_decision(db, reference, draft)


def test_model_passes_qtmodeltester(qtmodeltester, gui, db, reference) -> None:
    save(db, reference, CLASS_1, device_tag="MD-00003")
    save(db, reference, PROVISIONAL_4, category="pacs", note="server room")
    model = DecisionTableModel(db, reference, "en")
    model.refresh()
    assert model.rowCount() == 2 and model.columnCount() == len(COLUMNS)
    qtmodeltester.check(model)


def test_lists_newest_first_with_readable_columns(qtbot, gui, db, reference) -> None:
    first = save(db, reference, CLASS_1, device_tag="MD-00003", by="First")
    second = save(db, reference, PROVISIONAL_4, category="pacs", by="Second")
    view = DecisionsView(db, reference, "en")
    qtbot.addWidget(view)
    view.show()  # showing refreshes
    model = view.model
    assert [model.decision(r).id for r in range(model.rowCount())] == [second.id, first.id]

    def cell(row: int, column: str) -> str:
        return model.data(model.index(row, COLUMNS.index(column)), Qt.ItemDataRole.DisplayRole)

    assert cell(0, "class") == "4 · " + reference.ir_class(4).short.get("en")
    assert cell(0, "provisional") == "PROVISIONAL" and cell(1, "provisional") == ""
    assert cell(0, "subject") == "PACS / VNA / RIS"
    assert cell(1, "subject").startswith("MD-00003 (")
    assert cell(0, "recorded_by") == "Second" and cell(0, "role") == "Charge nurse"
    assert cell(0, "time") == local_time(second.created_at)  # the locale's date, time and zone
    assert str(datetime.fromisoformat(second.created_at).astimezone().year) in cell(0, "time")

    assert view.selected_decision().id == second.id
    detail = view.detail.toPlainText()
    assert second.id in detail and second.tree_sha256[:12] in detail
    assert "PROVISIONAL" in detail and "Many patients affected?" in detail

    view.table.selectRow(1)
    assert first.id in view.detail.toPlainText()


def test_saving_in_triage_refreshes_the_list(qtbot, gui, db, reference) -> None:
    window = MainWindow(db, reference, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "MDIR Desk"
    assert window.triage_ready()
    window.tabs.setCurrentWidget(window.decisions_view)
    assert window.decisions_view.model.rowCount() == 0
    assert window.decisions_view.empty_label.isVisible()
    window.tabs.setCurrentWidget(window.triage_view)

    triage = window.triage_view
    triage.start(Subject(category="ventilator"))
    for value in ["no", "no", "no", "yes", "dependent"]:
        triage.question_page.answer_buttons[value].click()
    triage.result_page.record_button.click()
    qtbot.keyClicks(triage.record_page.name_input, "Yuki")
    triage.record_page.role_combo.setCurrentIndex(0)
    with qtbot.waitSignal(triage.decision_saved):
        triage.record_page.save_button.click()

    model = window.decisions_view.model
    assert model.rowCount() == 1  # refreshed without switching tabs
    assert model.decision(0).id == list_decisions(db)[0].id
    assert model.decision(0).ir_class == 5


def test_exercise_decisions_are_marked_in_the_list_and_the_detail(
    qtbot, gui, db, reference
) -> None:
    from app.services.incidents import create_incident, record_in_incident

    drill = create_incident(
        db, name="Drill", t0="2026-11-20T08:00+09:00", source="tabletop", by="F", exercise=True
    )
    real = save(db, reference, CLASS_1, device_tag="MD-00003")
    draft = DecisionDraft(
        answers=CLASS_1, recorded_by="Player", role="biomed", category="pacs", incident_id=drill.ref
    )
    played = record_in_incident(db, reference, draft)
    view = DecisionsView(db, reference, "en")
    qtbot.addWidget(view)
    view.show()
    model = view.model
    subjects = {
        model.decision(r).id: model.data(model.index(r, COLUMNS.index("subject")))
        for r in range(model.rowCount())
    }
    assert subjects[played.id] == "EXERCISE · PACS / VNA / RIS"
    assert "EXERCISE" not in subjects[real.id]
    assert "EXERCISE" in view.detail_html(played) and "EXERCISE" not in view.detail_html(real)
