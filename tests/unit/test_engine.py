"""The shipped tree's exact semantics (issue: walking skeleton), pinned through the pure engine."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.catalog import load_worked_examples
from app.domain.engine import classify
from app.errors import BadInputError
from app.paths import data_dir
from app.services.reference import load_reference

TREE = load_reference().tree
ORDER = [
    "harm_now",
    "implanted",
    "offsite",
    "patient_connected",
    "removal",
    "multi_patient",
    "network_clinical_impact",
]
YNU = ["yes", "no", "unknown"]
BASE = {"harm_now": "no", "implanted": "no", "offsite": "no"}


def run(**answers: str):
    return classify(TREE, answers)


def test_question_ids_and_first_question_order():
    assert [q.id for q in TREE.questions] == ORDER
    asked = []
    answers: dict[str, str] = {}
    fill = {"patient_connected": "yes", "removal": "later_ok"}
    while (result := classify(TREE, answers)).next_question:
        asked.append(result.next_question)
        answers[result.next_question] = fill.get(result.next_question, "no")
    assert asked == ORDER
    assert result.ir_class == 2


def test_answer_values():
    for qid in ORDER:
        expected = ["now_ok", "later_ok", "dependent", "unknown"] if qid == "removal" else YNU
        assert sorted(TREE.question(qid).values) == sorted(expected)


@pytest.mark.parametrize(
    "example",
    load_worked_examples(data_dir() / "worked_examples.yaml").examples,
    ids=lambda e: e.id,
)
def test_worked_examples_of_domain_4_7(example):
    result = classify(TREE, example.answers)
    assert result.ir_class == example.expect.ir_class
    assert result.provisional == example.expect.provisional
    assert result.next_question is None


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"implanted": "yes"}, 6),
        ({"offsite": "yes"}, 7),
        ({"patient_connected": "yes", "removal": "dependent"}, 5),
        ({"patient_connected": "no", "multi_patient": "yes"}, 4),
        ({"patient_connected": "no", "multi_patient": "no", "network_clinical_impact": "yes"}, 3),
        (
            {
                "patient_connected": "yes",
                "removal": "later_ok",
                "multi_patient": "no",
                "network_clinical_impact": "no",
            },
            2,
        ),
        ({"patient_connected": "no", "multi_patient": "no", "network_clinical_impact": "no"}, 1),
    ],
)
def test_every_class_is_reachable(answers, expected):
    result = classify(TREE, {**BASE, **answers})
    assert result.ir_class == expected
    assert not result.provisional


def test_class_1_when_connected_but_removable_now():
    result = run(
        **BASE,
        patient_connected="yes",
        removal="now_ok",
        multi_patient="no",
        network_clinical_impact="no",
    )
    assert result.ir_class == 1


def test_class_2_needs_later_ok_even_when_connection_unknown():
    result = run(
        **BASE,
        patient_connected="unknown",
        removal="later_ok",
        multi_patient="no",
        network_clinical_impact="no",
    )
    assert result.ir_class == 2
    assert result.provisional


@pytest.mark.parametrize(
    ("question", "prefix", "klass"),
    [
        ("implanted", {"harm_now": "no"}, 6),
        ("offsite", {"harm_now": "no", "implanted": "no"}, 7),
        ("multi_patient", {**BASE, "patient_connected": "no"}, 4),
        ("network_clinical_impact", {**BASE, "patient_connected": "no", "multi_patient": "no"}, 3),
    ],
)
def test_unknown_takes_the_yes_branch_and_is_provisional(question, prefix, klass):
    as_yes = classify(TREE, {**prefix, question: "yes"})
    as_unknown = classify(TREE, {**prefix, question: "unknown"})
    assert as_yes.ir_class == as_unknown.ir_class == klass
    assert not as_yes.provisional
    assert as_unknown.provisional


def test_removal_unknown_is_treated_as_dependent():
    result = run(**BASE, patient_connected="yes", removal="unknown")
    assert result.ir_class == 5
    assert result.provisional


def test_patient_connected_unknown_is_treated_as_connected():
    result = run(**BASE, patient_connected="unknown")
    assert result.next_question == "removal"
    assert result.provisional
    assert run(**BASE, patient_connected="unknown", removal="dependent").ir_class == 5


def test_removal_is_not_asked_when_not_connected():
    result = run(**BASE, patient_connected="no")
    assert result.next_question == "multi_patient"


def test_harm_now_yes_raises_safety_override_without_provisional():
    result = run(harm_now="yes", implanted="yes")
    assert result.safety_override
    assert not result.provisional
    assert result.ir_class == 6


def test_harm_now_unknown_raises_override_and_provisional():
    result = run(harm_now="unknown", implanted="no", offsite="yes")
    assert result.safety_override
    assert result.provisional
    assert result.ir_class == 7


def test_harm_now_no_raises_nothing():
    result = run(**BASE, patient_connected="no", multi_patient="no", network_clinical_impact="no")
    assert not result.safety_override
    assert not result.provisional


def test_first_deciding_answer_wins_and_others_show_as_also_matches():
    result = run(
        harm_now="no",
        implanted="yes",
        offsite="yes",
        patient_connected="yes",
        removal="dependent",
        multi_patient="yes",
        network_clinical_impact="yes",
    )
    assert result.ir_class == 6
    assert result.also_matches == (3, 4, 5, 7)
    assert [s.question for s in result.path] == ["harm_now", "implanted"]


def test_also_matches_ignores_unknown_answers_and_the_primary():
    result = run(
        **BASE, patient_connected="no", multi_patient="yes", network_clinical_impact="unknown"
    )
    assert result.ir_class == 4
    assert result.also_matches == ()


def test_dependent_counts_for_class_5_only_with_explicit_connection():
    common = {"harm_now": "no", "implanted": "no", "offsite": "yes", "removal": "dependent"}
    assert classify(TREE, {**common, "patient_connected": "yes"}).also_matches == (5,)
    assert classify(TREE, {**common, "patient_connected": "unknown"}).also_matches == ()
    assert classify(TREE, {**common, "patient_connected": "no"}).also_matches == ()


def test_off_path_unknown_does_not_make_result_provisional():
    result = run(**BASE, patient_connected="no", removal="unknown", multi_patient="yes")
    assert result.ir_class == 4
    assert not result.provisional
    assert "removal" not in [s.question for s in result.path]


def test_incomplete_answers_name_the_next_question():
    result = classify(TREE, {})
    assert result.ir_class is None
    assert result.next_question == "harm_now"
    assert not result.complete
    partial = run(harm_now="unknown", implanted="no")
    assert partial.next_question == "offsite"
    assert partial.safety_override and partial.provisional
    assert partial.also_matches == ()


def test_result_carries_tree_version_and_hash():
    result = classify(TREE, {})
    assert result.tree_version == TREE.version
    assert len(result.tree_sha256) == 64


@pytest.mark.parametrize(
    ("answers", "fragment"),
    [
        ({"harm_now": "maybe"}, "'maybe' is not an answer to 'harm_now'"),
        ({"removal": "yes"}, "'yes' is not an answer to 'removal'"),
        ({"colour": "red"}, "unknown question 'colour'"),
    ],
)
def test_bad_answers_are_refused(answers, fragment):
    with pytest.raises(BadInputError, match=fragment):
        classify(TREE, answers)


def _options(qid: str) -> list[str]:
    return list(TREE.question(qid).values)


def test_exhaustively_every_complete_answer_set_yields_exactly_one_class():
    for combo in itertools.product(*(_options(q) for q in ORDER)):
        result = classify(TREE, dict(zip(ORDER, combo, strict=True)))
        assert result.ir_class in range(1, 8)
        assert result.next_question is None
        assert result.provisional == any(s.answer == "unknown" for s in result.path)


answer_sets = st.fixed_dictionaries({}, optional={q: st.sampled_from(_options(q)) for q in ORDER})


@settings(max_examples=400, deadline=None)
@given(answer_sets)
def test_property_result_or_an_unanswered_next_question(answers):
    result = classify(TREE, answers)
    assert (result.ir_class is None) == (result.next_question is not None)
    if result.next_question is not None:
        assert result.next_question not in answers
    assert all(answers[s.question] == s.answer for s in result.path)
    assert result.ir_class not in result.also_matches


@settings(max_examples=300, deadline=None)
@given(answer_sets)
def test_property_answering_an_unknown_never_relaxes_the_class(answers):
    """Replacing an on-path 'unknown' by the real answer may change the class, but the unknown
    result is never less restrictive than the 'yes'/'dependent' answer it stands for."""
    result = classify(TREE, answers)
    for step in result.path:
        if step.answer != "unknown" or step.question in ("harm_now", "patient_connected"):
            continue
        worst = "dependent" if step.question == "removal" else "yes"
        assert classify(TREE, {**answers, step.question: worst}).ir_class == result.ir_class
