"""The shipped data files validate, and each kind of broken file is refused with a clear message."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from app.domain.catalog import load_categories, load_roles, load_worked_examples
from app.domain.ir_classes import load_ir_classes
from app.domain.tree import load_tree
from app.errors import DataFileError
from app.paths import data_dir

TREE_FILE = data_dir() / "decision_tree.yaml"
CLASSES_FILE = data_dir() / "ir_classes.yaml"
SHIPPED = yaml.safe_load(TREE_FILE.read_text(encoding="utf-8"))


def write(tmp_path: Path, content: object, name: str = "tree.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    return path


def node(tree: dict, node_id: str) -> dict:
    return next(n for n in tree["nodes"] if n["id"] == node_id)


def test_shipped_tree_validates_and_reaches_all_seven_classes():
    tree = load_tree(TREE_FILE)
    assert tree.reachable_outcomes() == set(range(1, 8))
    assert tree.version
    for question in tree.questions:
        assert question.text.en and question.text.ja and question.help.ja
        assert all(option.label.ja and option.key for option in question.options)


def test_tree_hash_is_the_sha256_of_the_file_bytes(tmp_path):
    import hashlib

    assert load_tree(TREE_FILE).sha256 == hashlib.sha256(TREE_FILE.read_bytes()).hexdigest()
    changed = tmp_path / "tree.yaml"
    changed.write_bytes(TREE_FILE.read_bytes() + b"\n# a comment changes the hash\n")
    assert load_tree(changed).sha256 != load_tree(TREE_FILE).sha256


def test_shipped_classes_are_one_to_seven_in_both_languages():
    catalog = load_ir_classes(CLASSES_FILE)
    assert [c.number for c in catalog.classes] == list(range(1, 8))
    assert catalog.get(5).name.en == "Devices that cannot be safely removed from the patient"
    assert catalog.get(1).name.en == "Safe to disconnect device from patient and network"
    for ir_class in catalog.classes:
        for text in (ir_class.name, ir_class.containment, ir_class.who_decides):
            assert text.en and text.ja and text.ja != text.en


def test_other_shipped_files_validate():
    assert "charge_nurse" in load_roles(data_dir() / "roles.yaml").codes()
    assert load_categories(data_dir() / "device_categories.yaml").get("ventilator")
    assert len(load_worked_examples(data_dir() / "worked_examples.yaml").examples) == 11


def _broken(mutate) -> dict:
    tree = copy.deepcopy(SHIPPED)
    mutate(tree)
    return tree


BROKEN_TREES = {
    "unknown next id": (
        lambda t: node(t, "offsite")["edges"]["no"].update(next="patient_conected"),
        "next node 'patient_conected' does not exist",
    ),
    "unknown question id": (
        lambda t: node(t, "removal").update(question="removal_now"),
        "asks unknown question 'removal_now'",
    ),
    "unknown start": (lambda t: t.update(start="begin"), "start node 'begin' does not exist"),
    "unreachable node": (
        lambda t: node(t, "offsite")["edges"].update({"no": {"outcome": 1}}),
        "can never be reached",
    ),
    "cycle": (
        lambda t: node(t, "network_clinical_impact")["edges"].update({"no": {"next": "harm_now"}}),
        "the flow has a cycle",
    ),
    "path ends in no class": (
        lambda t: node(t, "multi_patient")["edges"].pop("no"),
        "answer 'no' leads nowhere",
    ),
    "edge with neither next nor outcome": (
        lambda t: node(t, "implanted")["edges"].update({"yes": {"provisional": False}}),
        "exactly one of 'next' or 'outcome'",
    ),
    "outcome that is not a class": (
        lambda t: node(t, "implanted")["edges"].update({"yes": {"outcome": 8}}),
        "outcome 8 is not an IR class",
    ),
    "unknown not provisional": (
        lambda t: node(t, "multi_patient")["edges"]["unknown"].update(provisional=False),
        "unknown is never 'no'",
    ),
    "question text missing japanese": (
        lambda t: t["questions"][2]["text"].pop("ja"),
        "questions[id=offsite].text: missing the 'ja' text",
    ),
    "blank english help": (lambda t: t["questions"][0]["help"].update(en="  "), "text is blank"),
    "missing option label language": (
        lambda t: t["questions"][4]["options"][0]["label"].pop("en"),
        "missing the 'en' text",
    ),
    "duplicate node id": (
        lambda t: t["nodes"].append(copy.deepcopy(t["nodes"][0])),
        "node id 'harm_now' is used twice",
    ),
    "misspelled key": (lambda t: t["nodes"][0].update(edgez={}), "unknown key 'edgez'"),
    "yaml boolean instead of text": (
        lambda t: t["questions"][0]["options"][0].update(value=True),
        "write it in quotes",
    ),
    "edge for an answer the question lacks": (
        lambda t: node(t, "implanted")["edges"].update({"maybe": {"outcome": 6}}),
        "'maybe' is not an answer option",
    ),
    "also_match with an answer that is no option": (
        lambda t: t["questions"][1]["also_match"].update(answer="sure"),
        "also_match answer 'sure' is not an option",
    ),
    "written sha256": (lambda t: t.update(sha256="abc"), "computed from the file"),
}


@pytest.mark.parametrize("case", BROKEN_TREES, ids=str)
def test_broken_tree_is_refused_with_a_clear_message(tmp_path, case):
    mutate, fragment = BROKEN_TREES[case]
    path = write(tmp_path, _broken(mutate))
    with pytest.raises(DataFileError) as info:
        load_tree(path)
    assert fragment in info.value.message
    assert str(path) in info.value.message
    assert "\n" not in info.value.message


def test_not_yaml_is_refused_with_the_line(tmp_path):
    path = tmp_path / "tree.yaml"
    path.write_text("kind: mdir-desk/decision-tree\nnodes: [\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not valid YAML at line"):
        load_tree(path)


def test_wrong_kind_and_missing_file(tmp_path):
    with pytest.raises(DataFileError, match="expected kind 'mdir-desk/decision-tree'"):
        load_tree(CLASSES_FILE)
    with pytest.raises(DataFileError, match="cannot be read"):
        load_tree(tmp_path / "absent.yaml")


def test_classes_file_must_hold_exactly_seven(tmp_path):
    content = yaml.safe_load(CLASSES_FILE.read_text(encoding="utf-8"))
    content["classes"] = content["classes"][:6]
    with pytest.raises(DataFileError, match="exactly 1-7"):
        load_ir_classes(write(tmp_path, content, "classes.yaml"))
    content = yaml.safe_load(CLASSES_FILE.read_text(encoding="utf-8"))
    content["classes"][0]["colour"] = "green"
    with pytest.raises(DataFileError, match="is not a colour"):
        load_ir_classes(write(tmp_path, content, "classes.yaml"))
    content = yaml.safe_load(CLASSES_FILE.read_text(encoding="utf-8"))
    del content["classes"][3]["containment"]["ja"]
    with pytest.raises(
        DataFileError, match=r"classes\[number=4\].containment: missing the 'ja' text"
    ):
        load_ir_classes(write(tmp_path, content, "classes.yaml"))


CJK = r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]"


def _all_japanese_texts(value, where="") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        found = [(where, value["ja"])] if isinstance(value.get("ja"), str) else []
        for key, item in value.items():
            found += _all_japanese_texts(item, f"{where}.{key}")
        return found
    if isinstance(value, list):
        return [
            t for n, item in enumerate(value) for t in _all_japanese_texts(item, f"{where}[{n}]")
        ]
    return []


@pytest.mark.parametrize(
    "path",
    sorted(data_dir().rglob("*.yaml")),  # data/exercises/*.yaml too
    ids=lambda p: p.relative_to(data_dir()).as_posix(),
)
def test_japanese_texts_have_no_stray_spaces(path):
    """YAML folding joins lines with a space, which is wrong between Japanese characters."""
    import re

    texts = _all_japanese_texts(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert texts, f"{path.name} has no Japanese text"
    stray = [(where, text) for where, text in texts if re.search(f"{CJK} +|  +{CJK}| {CJK}", text)]
    assert stray == []
