"""The incident playbook data: phase checklist, regulatory clocks and tabletop exercises load, say
what DOMAIN.md says, and each kind of broken copy is refused with a message naming the place."""

from __future__ import annotations

import copy
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.domain.checklists import PHASES, load_checklists
from app.domain.clocks import load_clocks
from app.domain.exercises import load_scenario, load_scenarios
from app.errors import DataFileError
from app.paths import data_dir
from app.services.playbook import load_playbook
from app.services.reference import load_reference

CHECKLISTS = data_dir() / "checklists.yaml"
CLOCKS = data_dir() / "clocks.yaml"
EXERCISES = data_dir() / "exercises"
FILES = [CHECKLISTS, CLOCKS, *sorted(EXERCISES.glob("*.yaml"))]
PLAYBOOK = load_playbook()
CATALOG = PLAYBOOK.checklists

DOMAIN_IDS = (
    [f"PREP-{n:02}" for n in range(1, 21)]
    + [f"DET-{n:02}" for n in range(1, 11)]
    + [f"CER-{n:02}" for n in range(1, 14)]
    + [f"PIR-{n:02}" for n in range(1, 9)]
    + [f"SHR-{n:02}" for n in range(1, 6)]
)
CLASS_IDS = [f"{p}-C{n}" for p in ("DET", "CER", "PIR", "SHR") for n in range(1, 8)]


def ids(items) -> list[str]:
    return [item.id for item in items]


# --- the shipped checklist ----------------------------------------------------------------------


def test_every_domain_item_and_class_item_is_there_once():
    assert sorted(ids(CATALOG.items)) == sorted(DOMAIN_IDS + CLASS_IDS)
    assert CATALOG.version == "2026.11-1"


def test_phases_in_order_with_labels():
    assert CATALOG.phases == PHASES == (
        "prepare", "detect", "contain", "post_incident", "share"
    )  # fmt: skip
    assert CATALOG.phase_label("detect", "en") == "Detect / Analyze / Contextualize"
    assert CATALOG.phase_label("contain", "ja") == "封じ込め・根絶・復旧"
    assert CATALOG.phase_label("share", "en") == "Share and Update"
    with pytest.raises(KeyError):
        CATALOG.phase_label("recover", "en")


def test_item_phases_follow_their_prefix():
    prefix = {"PREP": "prepare", "DET": "detect", "CER": "contain", "PIR": "post_incident"}
    for item in CATALOG.items:
        assert item.phase == prefix.get(item.id.split("-")[0], "share"), item.id


def test_class_restricted_items_from_domain():
    assert CATALOG.get("CER-02").classes == (3, 4, 5)
    assert CATALOG.get("CER-05").classes == (4, 5, 6)
    assert CATALOG.get("CER-12").classes == (6, 7)
    for n in range(1, 8):
        for prefix in ("DET", "CER", "PIR", "SHR"):
            assert CATALOG.get(f"{prefix}-C{n}").classes == (n,)
    restricted = {"CER-02", "CER-05", "CER-12", *CLASS_IDS}
    assert {item.id for item in CATALOG.items if item.classes} == restricted
    with pytest.raises(KeyError):
        CATALOG.get("CER-14")


def test_items_for_class_3_and_class_6():
    three = ids(CATALOG.items_for({3}))
    six = ids(CATALOG.items_for({6}))
    assert {"CER-02", "DET-C3", "CER-C3", "PIR-C3", "SHR-C3"} <= set(three)
    assert not {"CER-05", "CER-12", "DET-C6"} & set(three)
    assert {"CER-05", "CER-12", "DET-C6", "CER-C6", "PIR-C6", "SHR-C6"} <= set(six)
    assert not {"CER-02", "DET-C3"} & set(six)
    general = ids(CATALOG.items_for(()))
    assert len(general) == len(DOMAIN_IDS) - 3  # all but CER-02, CER-05, CER-12
    assert set(general) < set(three) and set(general) < set(six)
    both = ids(CATALOG.items_for([3, 6]))
    assert set(both) == set(three) | set(six)
    assert len(ids(CATALOG.items_for(range(1, 8)))) == len(CATALOG.items)


def test_items_for_is_in_phase_order_then_file_order():
    chosen = CATALOG.items_for({4, 7})
    phases = [PHASES.index(item.phase) for item in chosen]
    assert phases == sorted(phases)
    assert ids(chosen)[:2] == ["PREP-01", "PREP-02"]
    detect = [i for i in ids(chosen) if i.startswith("DET")]
    assert detect == [*(f"DET-{n:02}" for n in range(1, 11)), "DET-C4", "DET-C7"]


def test_items_for_sorts_by_phase_even_when_the_file_does_not(tmp_path):
    content = yaml.safe_load(CHECKLISTS.read_text(encoding="utf-8"))
    first = content["items"].pop(0)  # PREP-01 moved to the very end
    content["items"].append(first)
    catalog = load_checklists(write(tmp_path, content))
    chosen = ids(catalog.items_for(()))
    assert chosen[0] == "PREP-02" and chosen[19] == "PREP-01" and chosen[20] == "DET-01"


def test_post_incident_items_gate_the_close():
    for item in CATALOG.items:
        if item.id == "PIR-08":
            assert item.closes_incident and not item.required_to_close
        elif item.phase == "post_incident":
            assert item.required_to_close and not item.closes_incident, item.id
        else:
            assert not item.required_to_close and not item.closes_incident, item.id


def test_cer_12_covers_implant_and_telehealth():
    action = CATALOG.get("CER-12").action
    assert "implant" in action.en and "telehealth" in action.en
    assert "植込み" in action.ja and "遠隔医療" in action.ja


# --- the shipped exercises ------------------------------------------------------------------------

COVERED = {"imaging": {1, 3, 4}, "implant": {6, 7, 1}, "infusion-pump": {2, 3, 4}}


def test_three_scenarios_ordered_by_use_case():
    assert list(PLAYBOOK.scenarios) == ["imaging", "implant", "infusion-pump"]
    assert [s.use_case for s in PLAYBOOK.scenarios.values()] == [1, 2, 3]
    assert load_scenarios(EXERCISES) == PLAYBOOK.scenarios


@pytest.mark.parametrize("scenario_id", sorted(COVERED))
def test_scenario_shape(scenario_id):
    scenario = PLAYBOOK.scenarios[scenario_id]
    assert 5 <= len(scenario.injects) <= 8
    assert 4 <= len(scenario.discussion_questions) <= 6
    times = [inject.at_minutes for inject in scenario.injects]
    assert times == sorted(times) and times[0] == 0 and times[-1] <= scenario.duration_minutes
    assert {d.expected_class for d in scenario.expected_decisions} == COVERED[scenario_id]
    for decision in scenario.expected_decisions:
        assert decision.inject is not None
        assert scenario.inject(decision.inject)
        assert scenario.decision(decision.id) is decision
    assert "fictional" in scenario.background.en and "架空" in scenario.background.ja


@pytest.mark.parametrize("scenario_id", sorted(COVERED))
def test_expected_answers_classify_to_the_expected_class(scenario_id):
    reference = load_reference()
    for decision in PLAYBOOK.scenarios[scenario_id].expected_decisions:
        assert reference.categories.get(decision.category)
        result = reference.classify(decision.answers)
        assert result.complete and not result.provisional, decision.id
        assert result.ir_class == decision.expected_class, decision.id
        assert not result.safety_override


# --- both languages everywhere ---------------------------------------------------------------------

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def localized(value: Any, where: str = "") -> list[tuple[str, dict]]:
    if isinstance(value, dict):
        found = [(where, value)] if {"en", "ja"} & set(value) else []
        for key, item in value.items():
            found += localized(item, f"{where}.{key}")
        return found
    if isinstance(value, list):
        return [t for n, item in enumerate(value) for t in localized(item, f"{where}[{n}]")]
    return []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(data_dir()).as_posix())
def test_every_text_in_both_languages(path):
    texts = localized(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert len(texts) > 10
    for where, text in texts:
        assert set(text) == {"en", "ja"}, where
        assert text["en"].strip() and text["ja"].strip(), where
        assert CJK.search(text["ja"]), f"{where}: the Japanese text has no Japanese in it"
        assert text["en"] != text["ja"], where


# --- broken copies ---------------------------------------------------------------------------------


def write(folder: Path, content: object, name: str = "checklists.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def item(content: dict, item_id: str) -> dict:
    return next(i for i in content["items"] if i["id"] == item_id)


def clock(content: dict, clock_id: str) -> dict:
    return next(c for c in content["clocks"] if c["id"] == clock_id)


Mutation = Callable[[dict], object]

BROKEN_CHECKLISTS: dict[str, tuple[Mutation, str]] = {
    "duplicate id": (
        lambda c: item(c, "DET-02").update(id="DET-01"),
        "item id 'DET-01' is used twice",
    ),
    "wrong prefix": (
        lambda c: item(c, "CER-03").update(phase="detect"),
        "items[id=CER-03]: id 'CER-03' belongs to phase 'contain', not 'detect'",
    ),
    "unknown prefix": (
        lambda c: item(c, "CER-03").update(id="XYZ-03"),
        "items[id=XYZ-03]: id 'XYZ-03' must start with one of PREP-, DET-, CER-, PIR-, SHR-",
    ),
    "unknown phase": (
        lambda c: item(c, "SHR-01").update(phase="sharing"),
        "items[id=SHR-01].phase: unknown phase 'sharing'",
    ),
    "class 8": (
        lambda c: item(c, "CER-02").update(classes=[3, 8]),
        "items[id=CER-02].classes: class 8 is not one of 1-7",
    ),
    "class listed twice": (
        lambda c: item(c, "CER-05").update(classes=[4, 4]),
        "items[id=CER-05].classes: class 4 is listed twice",
    ),
    "class as text": (
        lambda c: item(c, "CER-05").update(classes=["4"]),
        "items[id=CER-05].classes[0]",
    ),
    "missing ja": (
        lambda c: item(c, "PIR-03")["action"].pop("ja"),
        "items[id=PIR-03].action: missing the 'ja' text",
    ),
    "blank owner": (
        lambda c: item(c, "PREP-07")["owner"].update(en=" "),
        "items[id=PREP-07].owner.en: text is blank",
    ),
    "missing classes": (
        lambda c: item(c, "DET-05").pop("classes"),
        "items[id=DET-05]: missing 'classes'",
    ),
    "no closing item": (
        lambda c: item(c, "PIR-08").update(closes_incident=False),
        "exactly one item must have closes_incident (found: none)",
    ),
    "two closing items": (
        lambda c: item(c, "PIR-07").update(closes_incident=True, required_to_close=False),
        "exactly one item must have closes_incident (found: PIR-07, PIR-08)",
    ),
    "closing item outside post-incident": (
        lambda c: (
            item(c, "PIR-08").update(closes_incident=False),
            item(c, "SHR-05").update(closes_incident=True),
        ),
        "the closing item 'SHR-05' must be in phase 'post_incident'",
    ),
    "closing and required": (
        lambda c: item(c, "PIR-08").update(required_to_close=True),
        "items[id=PIR-08]: the item that closes the incident cannot also be required",
    ),
    "phases out of order": (
        lambda c: c["phases"].reverse(),
        "phases must be prepare, detect, contain, post_incident, share",
    ),
    "misspelled key": (lambda c: item(c, "DET-01").update(evidense={}), "unknown key 'evidense'"),
    "yes/no instead of true": (
        lambda c: item(c, "PIR-01").update(required_to_close="yes"),
        "items[id=PIR-01].required_to_close",
    ),
}


@pytest.mark.parametrize("case", BROKEN_CHECKLISTS, ids=str)
def test_broken_checklist_is_refused_naming_the_place(tmp_path, case):
    mutate, fragment = BROKEN_CHECKLISTS[case]
    content = yaml.safe_load(CHECKLISTS.read_text(encoding="utf-8"))
    mutate(content)
    path = write(tmp_path, content)
    assert_refused(load_checklists, path, fragment)


BROKEN_CLOCKS: dict[str, tuple[Mutation, str]] = {
    "duplicate id": (
        lambda c: clock(c, "us-hipaa-media").update(id="us-hipaa-individuals"),
        "clock id 'us-hipaa-individuals' is used twice",
    ),
    "unknown jurisdiction": (
        lambda c: clock(c, "jp-ppc-final").update(jurisdiction="eu"),
        "clock 'jp-ppc-final': unknown jurisdiction 'eu' (jurisdictions: jp, us)",
    ),
    "jurisdiction twice": (
        lambda c: c["jurisdictions"].append(copy.deepcopy(c["jurisdictions"][0])),
        "jurisdiction 'us' is listed twice",
    ),
    "unknown rule": (
        lambda c: clock(c, "us-mdr-death")["deadline"].update(rule="business_days"),
        "clocks[id=us-mdr-death].deadline.rule: unknown deadline rule 'business_days'",
    ),
    "missing amount": (
        lambda c: clock(c, "jp-ppc-final")["deadline"].pop("amount"),
        "clocks[id=jp-ppc-final].deadline: rule 'calendar_days' needs an amount",
    ),
    "zero amount": (
        lambda c: clock(c, "us-circia-ransom")["deadline"].update(amount=0),
        "clocks[id=us-circia-ransom].deadline: rule 'hours' needs an amount",
    ),
    "amount for immediately": (
        lambda c: clock(c, "jp-vendor-contact")["deadline"].update(amount=1),
        "clocks[id=jp-vendor-contact].deadline: rule 'immediately' takes no amount",
    ),
    "annual on 30 February": (
        lambda c: clock(c, "us-mdr-annual")["deadline"].update(month=2, day=30),
        "clocks[id=us-mdr-annual].deadline: month 2, day 30 is not a date that every year has",
    ),
    "month on a day count": (
        lambda c: clock(c, "us-hipaa-hhs")["deadline"].update(month=3),
        "month and day are only for rule 'annual'",
    ),
    "unknown tag": (
        lambda c: clock(c, "us-sec-8k").update(tag="K"),
        "clocks[id=us-sec-8k].tag: unknown tag 'K'",
    ),
    "missing ja": (
        lambda c: clock(c, "jp-pmda-defect")["recipient"].pop("ja"),
        "clocks[id=jp-pmda-defect].recipient: missing the 'ja' text",
    ),
    "missing disclaimer": (lambda c: c.pop("disclaimer"), "missing 'disclaimer'"),
    "blank source": (
        lambda c: clock(c, "us-hipaa-media").update(source="  "),
        "clocks[id=us-hipaa-media].source: the source is blank",
    ),
}


@pytest.mark.parametrize("case", BROKEN_CLOCKS, ids=str)
def test_broken_clocks_are_refused_naming_the_place(tmp_path, case):
    mutate, fragment = BROKEN_CLOCKS[case]
    content = yaml.safe_load(CLOCKS.read_text(encoding="utf-8"))
    mutate(content)
    assert_refused(load_clocks, write(tmp_path, content, "clocks.yaml"), fragment)


def inject(content: dict, inject_id: str) -> dict:
    return next(i for i in content["injects"] if i["id"] == inject_id)


def decision(content: dict, decision_id: str) -> dict:
    return next(d for d in content["expected_decisions"] if d["id"] == decision_id)


BROKEN_SCENARIOS: dict[str, tuple[Mutation, str]] = {
    "unsorted injects": (
        lambda c: inject(c, "I3").update(at_minutes=5),
        "inject 'I3' at 5 minutes comes before the one above it (10 minutes)",
    ),
    "inject after the end": (
        lambda c: inject(c, "I8").update(at_minutes=500),
        "inject 'I8' at 500 minutes is after the end of the exercise (120 minutes)",
    ),
    "negative time": (
        lambda c: inject(c, "I1").update(at_minutes=-1),
        "injects[id=I1].at_minutes: Input should be greater than or equal to 0",
    ),
    "duplicate inject id": (
        lambda c: inject(c, "I2").update(id="I1"),
        "inject id 'I1' is used twice",
    ),
    "duplicate decision id": (
        lambda c: decision(c, "D2").update(id="D1"),
        "decision id 'D1' is used twice",
    ),
    "class 8": (
        lambda c: decision(c, "D2").update(expected_class=8),
        "expected_decisions[id=D2].expected_class: expected class 8 is not one of 1-7",
    ),
    "unknown inject": (
        lambda c: decision(c, "D3").update(inject="I99"),
        "decision 'D3' refers to inject 'I99', which does not exist",
    ),
    "no answers": (
        lambda c: decision(c, "D1").update(answers={}),
        "expected_decisions[id=D1].answers: give the answers",
    ),
    "yes unquoted": (
        lambda c: decision(c, "D1")["answers"].update(harm_now=False),
        "expected_decisions[id=D1].answers.harm_now: expected text but found a yes/no value",
    ),
    "missing ja": (
        lambda c: inject(c, "I4")["text"].pop("ja"),
        "injects[id=I4].text: missing the 'ja' text",
    ),
    "missing ja in a question": (
        lambda c: c["discussion_questions"][1].pop("ja"),
        "discussion_questions[1]: missing the 'ja' text",
    ),
    "use case 4": (
        lambda c: c.update(use_case=4),
        "use_case: use_case 4 is not one of the playbook's use cases 1, 2, 3",
    ),
    "id is not the file name": (
        lambda c: c.update(id="imaging-2"),
        "id 'imaging-2' must be the file name ('imaging')",
    ),
    "no injects": (lambda c: c.update(injects=[]), "injects: give at least one"),
}


@pytest.mark.parametrize("case", BROKEN_SCENARIOS, ids=str)
def test_broken_scenario_is_refused_naming_the_place(tmp_path, case):
    mutate, fragment = BROKEN_SCENARIOS[case]
    content = yaml.safe_load((EXERCISES / "imaging.yaml").read_text(encoding="utf-8"))
    mutate(content)
    path = write(tmp_path, content, "imaging.yaml")
    assert_refused(load_scenario, path, fragment)
    assert_refused(load_scenarios, tmp_path, fragment)


def test_a_missing_exercises_folder_is_refused(tmp_path):
    assert_refused(load_scenarios, tmp_path / "absent", "is not a folder of exercise files")


# --- cross-checks against the reference data (load_playbook over a copied data folder) --------------

BROKEN_DECISIONS: dict[str, tuple[str, str, Mutation, str]] = {
    "answers give another class": (
        "infusion-pump",
        "D2",
        lambda d: d["answers"].update(network_clinical_impact="no"),
        "expected_decisions[id=D2].answers: the answers give class 2, not the expected class 3",
    ),
    "expected class changed": (
        "imaging",
        "D3",
        lambda d: d.update(expected_class=3),
        "expected_decisions[id=D3].answers: the answers give class 4, not the expected class 3",
    ),
    "unknown category": (
        "implant",
        "D2",
        lambda d: d.update(category="pacemaker"),
        "expected_decisions[id=D2]: unknown device category 'pacemaker'",
    ),
    "unknown question": (
        "implant",
        "D1",
        lambda d: d["answers"].update(implant="yes"),
        "expected_decisions[id=D1].answers: unknown question 'implant'",
    ),
    "unknown answer value": (
        "imaging",
        "D2",
        lambda d: d["answers"].update(removal="maybe"),
        "expected_decisions[id=D2].answers: 'maybe' is not an answer to 'removal'",
    ),
    "answers stop early": (
        "imaging",
        "D1",
        lambda d: d["answers"].pop("network_clinical_impact"),
        "the answers end before a class (question 'network_clinical_impact' is not answered)",
    ),
    "provisional": (
        "implant",
        "D1",
        lambda d: d["answers"].update(implanted="unknown"),
        "expected_decisions[id=D1].answers: the answers give a provisional result",
    ),
}


def copied_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    return folder


def test_a_copied_data_folder_loads(tmp_path):
    playbook = load_playbook(copied_data(tmp_path))
    assert list(playbook.scenarios) == list(PLAYBOOK.scenarios)
    assert playbook == load_playbook(tmp_path / "data")  # cached per folder
    assert load_playbook() is PLAYBOOK


@pytest.mark.parametrize("case", BROKEN_DECISIONS, ids=str)
def test_expected_decisions_are_checked_against_the_reference(tmp_path, case):
    scenario_id, decision_id, mutate, fragment = BROKEN_DECISIONS[case]
    folder = copied_data(tmp_path)
    path = folder / "exercises" / f"{scenario_id}.yaml"
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    mutate(decision(content, decision_id))
    write(path.parent, content, path.name)
    message = assert_refused(load_playbook, folder, fragment)
    assert message.startswith(f"{path}: ")


@pytest.mark.parametrize("name", ["checklists.yaml", "clocks.yaml", "exercises/implant.yaml"])
def test_load_playbook_names_the_broken_file(tmp_path, name):
    folder = copied_data(tmp_path)
    (folder / name).write_text("kind: mdir-desk/roles\n", encoding="utf-8")
    message = assert_refused(load_playbook, folder, "expected kind 'mdir-desk/")
    assert message.startswith(f"{folder / name}: ")


def assert_refused(load: Callable[[Path], object], path: Path, fragment: str) -> str:
    with pytest.raises(DataFileError) as info:
        load(path)
    message = info.value.message
    assert fragment in message, message
    assert str(path) in message or str(path.parent) in message
    assert "\n" not in message
    return message
