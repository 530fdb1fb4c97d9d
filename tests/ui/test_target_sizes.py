"""Every button of the triage is a big target: at least 44 × 44 px as laid out on screen (WCAG 2.5.5),
in the default window and in a small one, on every page of the flow."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ui.main_window import DEFAULT_SIZE, MainWindow
from ui.views.triage_view import TriageView

MINIMUM = 44
SIZES = [DEFAULT_SIZE, (800, 600)]


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def triage(request, qtbot, gui, db, reference) -> TriageView:
    window = MainWindow(db, reference, "en")
    qtbot.addWidget(window)
    window.resize(*request.param)
    window.show()
    qtbot.waitExposed(window)
    return window.triage_view


def too_small(page: QWidget) -> list[str]:
    QApplication.processEvents()  # the layout of the page just shown
    buttons = [b for b in page.findChildren(QAbstractButton) if b.isVisible()]
    assert buttons, f"no button on {page.objectName()}"
    return [
        f"{b.objectName() or b.text()}: {b.width()}×{b.height()}"
        for b in buttons
        if b.width() < MINIMUM or b.height() < MINIMUM
    ]


def answer(triage: TriageView, value: str) -> None:
    triage.question_page.answer_buttons[value].click()


def test_device_page(triage: TriageView) -> None:
    page = triage.device_page
    page.tag_input.setText("MD-00001")
    page.look_up()
    assert page.continue_button.isVisible()
    assert too_small(page) == []


def test_question_pages_with_every_answer(triage: TriageView) -> None:
    triage.device_page.unknown_button.click()
    seen: set[str] = set()
    for value in ["no", "no", "no", "yes", None]:  # … patient_connected, then removal
        assert triage.current_page() is triage.question_page
        seen.update(triage.question_page.answer_buttons)
        assert too_small(triage.question_page) == []
        if value is not None:
            answer(triage, value)
    assert triage.question_page.question is not None
    assert triage.question_page.question.id == "removal"  # long labels, stacked buttons
    assert {"yes", "no", "unknown", "later_ok"} <= seen


def test_result_record_and_saved_pages(qtbot, triage: TriageView) -> None:
    triage.device_page.unknown_button.click()
    for value in ["no", "no", "no", "no", "unknown"]:
        answer(triage, value)
    assert triage.current_page() is triage.result_page
    assert too_small(triage.result_page) == []
    triage.result_page.record_button.click()
    page = triage.record_page
    assert too_small(page) == []
    page.name_input.setText("Aiko Tanaka")
    page.role_combo.setCurrentIndex(0)
    with qtbot.waitSignal(triage.decision_saved):
        page.save_button.click()
    assert triage.saved_page.resolve_button.isVisible()  # provisional: every button shows
    assert too_small(triage.saved_page) == []
