"""Recording: required fields, refused input, and a failed write that must never look saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError

from app.errors import BadInputError, StorageError
from app.services.decisions import list_decisions
from ui.views import record_page
from ui.views.triage_flow import Subject
from ui.views.triage_view import TriageView


def to_record_form(triage: TriageView) -> None:
    triage.start(Subject(device=None, category="infusion_pump"))
    for question, value in [
        ("harm_now", "no"),
        ("implanted", "no"),
        ("offsite", "no"),
        ("patient_connected", "no"),
        ("multi_patient", "no"),
        ("network_clinical_impact", "no"),
    ]:
        triage.question_page.answer_buttons[value].click()
        assert question in triage.flow.answers
    triage.result_page.record_button.click()
    assert triage.current_page() is triage.record_page


def test_name_and_role_are_required(qtbot, triage: TriageView, db) -> None:
    to_record_form(triage)
    page = triage.record_page
    assert page.role_combo.currentIndex() == -1  # no role that could be saved by accident
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.isVisible() and "Enter your name" in page.message.text()
    assert triage.current_page() is page

    qtbot.keyClicks(page.name_input, "   ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Enter your name" in page.message.text()

    qtbot.keyClicks(page.name_input, "Mari Ito")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Choose your role" in page.message.text()
    assert list_decisions(db) == []

    page.role_combo.setCurrentIndex(0)
    with qtbot.waitSignal(triage.decision_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [d.recorded_by for d in list_decisions(db)] == ["Mari Ito"]


@pytest.mark.parametrize(
    "failure",
    [
        StorageError("cannot write database t.db: disk full"),
        OperationalError("INSERT INTO decision", {}, Exception("database is locked")),
    ],
)
def test_failed_write_says_not_saved_keeps_the_form_and_retry_works(
    qtbot, triage: TriageView, db, monkeypatch, failure: Exception
) -> None:
    to_record_form(triage)
    page = triage.record_page
    qtbot.keyClicks(page.name_input, "Mari Ito")
    page.role_combo.setCurrentIndex(2)
    page.unit_combo.setCurrentText("ICU")
    qtbot.keyClicks(page.location_input, "Bed 7")
    qtbot.keyClicks(page.note_input, "Alarm forwarding down")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise failure

    real = record_page.record_decision
    monkeypatch.setattr(record_page, "record_decision", broken)
    with qtbot.assertNotEmitted(triage.decision_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert triage.current_page() is page
    assert not triage.saved_page.isVisible()
    assert "NOT saved" in page.message.text() and page.message.isVisible()
    assert "Saved" not in page.message.text()
    assert page.save_button.text() == "Try again" and page.save_button.isEnabled()
    assert (
        page.name_input.text(),
        page.role_combo.currentData(),
        page.unit_combo.currentText(),
        page.location_input.text(),
        page.note_input.toPlainText(),
    ) == ("Mari Ito", "biomed", "ICU", "Bed 7", "Alarm forwarding down")
    assert list_decisions(db) == []
    assert page.paper_button.isVisible()  # the decision can go on paper meanwhile

    monkeypatch.setattr(record_page, "record_decision", real)
    with qtbot.waitSignal(triage.decision_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert triage.current_page() is triage.saved_page
    [stored] = list_decisions(db)
    assert (stored.unit, stored.location, stored.note) == ("ICU", "Bed 7", "Alarm forwarding down")


def test_refused_input_is_shown_next_to_the_form(
    qtbot, triage: TriageView, db, monkeypatch
) -> None:
    to_record_form(triage)
    page = triage.record_page
    qtbot.keyClicks(page.name_input, "Mari Ito")
    page.role_combo.setCurrentIndex(0)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise BadInputError("note is too long (2001 characters; at most 2000)")

    monkeypatch.setattr(record_page, "record_decision", refuse)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "note is too long" in page.message.text()
    assert triage.current_page() is page
    assert list_decisions(db) == []


def test_saved_only_after_the_service_returned(qtbot, triage: TriageView, monkeypatch) -> None:
    to_record_form(triage)
    page = triage.record_page
    qtbot.keyClicks(page.name_input, "Mari Ito")
    page.role_combo.setCurrentIndex(0)
    seen: list[object] = []
    real = record_page.record_decision

    def watching(*args: object, **kwargs: object) -> object:
        seen.append(triage.current_page())  # what the screen showed while the write ran
        seen.append(triage.saved_page.headline.text())
        return real(*args, **kwargs)

    monkeypatch.setattr(record_page, "record_decision", watching)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert seen == [page, ""]
    assert triage.current_page() is triage.saved_page
    assert "Saved" in triage.saved_page.headline.text()


def test_saved_page_keeps_showing_what_to_do(qtbot, triage: TriageView, db, reference) -> None:
    to_record_form(triage)
    page = triage.record_page
    qtbot.keyClicks(page.name_input, "Mari Ito")
    page.role_combo.setCurrentIndex(0)
    with qtbot.waitSignal(triage.decision_saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [stored] = list_decisions(db)
    guidance = triage.saved_page.guidance
    assert guidance.isVisible()
    assert reference.ir_class(stored.ir_class).containment.get("en") in guidance.text()
    assert reference.ir_class(stored.ir_class).who_decides.get("en") in guidance.text()


def test_an_unsaved_decision_prints_on_paper_without_the_database(
    qtbot, triage: TriageView, db, monkeypatch
) -> None:
    from ui.dialogs.print_preview import PrintPreviewDialog

    opened: list[PrintPreviewDialog] = []
    monkeypatch.setattr(PrintPreviewDialog, "open", lambda self: opened.append(self))
    to_record_form(triage)
    page = triage.record_page
    assert page.paper_button.isHidden()  # nothing failed yet
    qtbot.keyClicks(page.name_input, "Mari Ito")
    page.role_combo.setCurrentIndex(2)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise StorageError("cannot write database t.db: disk full")

    monkeypatch.setattr(record_page, "record_decision", broken)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    db.close()  # the database is gone altogether: printing must not need it
    qtbot.mouseClick(page.paper_button, Qt.MouseButton.LeftButton)
    (preview,) = opened
    qtbot.addWidget(preview)
    text = preview.document.getAllText(0).text()
    assert "NOT SAVED" in text and "Mari Ito" in text
    assert preview.record is None  # nothing to log: the database could not be written
