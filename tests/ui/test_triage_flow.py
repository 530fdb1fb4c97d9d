"""The flow state behind the triage screens (no widgets): back, change, held and dropped answers."""

from __future__ import annotations

import pytest

from ui.views.triage_flow import TriageFlow


def answer_all(flow: TriageFlow, *values: str) -> None:
    for value in values:
        question = flow.current_question()
        assert question is not None
        flow.answer(question, value)


def test_only_the_asked_question_can_be_answered(reference) -> None:
    flow = TriageFlow(reference)
    with pytest.raises(ValueError):
        flow.answer("implanted", "no")


def test_go_back_holds_the_answer_for_display(reference) -> None:
    flow = TriageFlow(reference)
    answer_all(flow, "no", "no")
    assert flow.go_back()
    assert flow.current_question() == "implanted"
    assert flow.held_answer("implanted") == "no"
    assert flow.go_back() and not flow.go_back()


def test_change_keeps_answers_still_on_the_path_and_drops_the_rest(reference) -> None:
    flow = TriageFlow(reference)
    answer_all(flow, "no", "no", "no", "yes", "later_ok", "no", "no")
    assert flow.result().ir_class == 2
    flow.change("patient_connected")
    assert flow.current_question() == "patient_connected"
    result = flow.answer("patient_connected", "no")
    assert result.ir_class == 1
    assert "removal" not in flow.answers
    assert flow.held_answer("removal") is None  # cleared once complete


def test_change_to_an_ending_answer_drops_everything_after(reference) -> None:
    flow = TriageFlow(reference)
    answer_all(flow, "no", "no", "no", "no", "no", "no")
    flow.change("implanted")
    result = flow.answer("implanted", "unknown")
    assert (result.ir_class, result.provisional) == (6, True)
    assert set(flow.answers) == {"harm_now", "implanted"}
