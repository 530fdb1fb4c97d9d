"""Hostile YAML for the incident playbook data: the phase checklist, the regulatory clocks, the
tabletop exercises, and ``load_playbook`` over a copied data folder. Each test works on copies in
tmp_path.

Random bytes, cut files and random byte edits of these files are covered with every other data
file in test_hostile_datafiles.py. Covered here: the parsed files with a random value put anywhere
(wrong types, huge numbers, long and odd text, empty and nested containers) or a key removed; alias
bombs; a 10 MB id or category; a folder where an exercise file should be. Every bad file gives a
``DataFileError`` with one readable line that starts with the file's path; nothing else escapes.
(tests/unit/test_incident_data.py covers the well-formed-but-invalid files.)
"""

from __future__ import annotations

import copy
import itertools
import shutil
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hostile_helpers import FUZZ, HOSTILE, one_line, refusal
from hypothesis import given
from hypothesis import strategies as st

from app.domain.checklists import load_checklists
from app.domain.clocks import due_at, load_clocks
from app.domain.exercises import load_scenario, load_scenarios
from app.errors import DataFileError
from app.paths import data_dir
from app.services.playbook import load_playbook

LOADERS: dict[str, Callable[[Path], Any]] = {
    "checklists.yaml": load_checklists,
    "clocks.yaml": load_clocks,
    "imaging.yaml": load_scenario,
    "implant.yaml": load_scenario,
    "infusion-pump.yaml": load_scenario,
}
SOURCES = {
    "checklists.yaml": data_dir() / "checklists.yaml",
    "clocks.yaml": data_dir() / "clocks.yaml",
    **{p.name: p for p in (data_dir() / "exercises").glob("*.yaml")},
}
SHIPPED = {name: SOURCES[name].read_bytes() for name in LOADERS}
PARSED = {name: yaml.safe_load(data) for name, data in SHIPPED.items()}
_folders = itertools.count()


def write(folder: Path, name: str, data: bytes) -> Path:
    """``data`` as ``name`` in a fresh sub-folder (an exercise's id must be its file name)."""
    path = folder / f"f{next(_folders)}" / name
    path.parent.mkdir()
    path.write_bytes(data)
    return path


def loads_or_refuses(name: str, path: Path) -> None:
    try:
        LOADERS[name](path)
    except DataFileError as error:
        one_line(error.message)
        assert error.message.startswith(f"{path}: ")


def refused(name: str, path: Path, fragment: str = "") -> str:
    message = refusal(LOADERS[name], path, error=DataFileError)
    assert message.startswith(f"{path}: ")
    assert fragment in message, message
    return message


# --- structural mutations: a random value anywhere in the parsed file ---------------------------------

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.sampled_from([0, -1, 8, 3661, 10**400, 2**63]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["", " ", "\n", "yes", "unknown", "1e9", "PIR-08", "annual", "post_incident"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


def _places(node: Any, path: tuple = ()) -> list[tuple]:
    """Every place in a parsed file: a key of a mapping or an index of a list."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((*path, key))
            found += _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.append((*path, index))
            found += _places(value, (*path, index))
    return found


def _changed(content: Any, place: tuple, value: Any, remove: bool) -> Any:
    result = copy.deepcopy(content)
    parent = result
    for step in place[:-1]:
        parent = parent[step]
    if remove:
        del parent[place[-1]]
    else:
        parent[place[-1]] = value
    return result


def _dump(content: Any) -> bytes:
    try:
        return yaml.safe_dump(content, allow_unicode=True, sort_keys=False).encode("utf-8")
    except (yaml.YAMLError, UnicodeEncodeError):  # e.g. a lone surrogate from st.text()
        return yaml.safe_dump(content, allow_unicode=False, sort_keys=False).encode("utf-8")


@FUZZ
@given(
    name=st.sampled_from(sorted(LOADERS)),
    choice=st.integers(0, 10**6),
    value=VALUES,
    remove=st.booleans(),
)
def test_a_random_value_anywhere_loads_or_is_refused(tmp_path, name, choice, value, remove):
    places = _places(PARSED[name])
    place = places[choice % len(places)]
    path = write(tmp_path, name, _dump(_changed(PARSED[name], place, value, remove)))
    loads_or_refuses(name, path)


@FUZZ
@given(
    deadline=st.fixed_dictionaries(
        {"rule": st.sampled_from(["calendar_days", "work_days", "hours", "annual", "immediately"])},
        optional={"amount": SCALARS, "month": SCALARS, "day": SCALARS},
    ),
    t0=st.datetimes(datetime(1900, 1, 1), datetime(2200, 1, 1), timezones=st.timezones()),
)
def test_any_deadline_the_loader_accepts_gives_a_due_time(tmp_path, deadline, t0):
    content = _changed(PARSED["clocks.yaml"], ("clocks", 0, "deadline"), deadline, False)
    path = write(tmp_path, "clocks.yaml", _dump(content))
    try:
        catalog = load_clocks(path)
    except DataFileError as error:
        one_line(error.message)
        return
    assert due_at(catalog.clocks[0].deadline, t0) >= t0


@FUZZ
@given(
    scenario=st.sampled_from(["imaging.yaml", "implant.yaml", "infusion-pump.yaml"]),
    index=st.integers(0, 2),
    answers=st.one_of(
        st.dictionaries(
            st.sampled_from(
                [
                    "harm_now",
                    "implanted",
                    "offsite",
                    "patient_connected",
                    "removal",
                    "multi_patient",
                    "network_clinical_impact",
                    "x",
                    "",
                    "Removal",
                ]
            ),
            st.sampled_from(["yes", "no", "unknown", "now_ok", "later_ok", "dependent", "", "Yes"]),
            max_size=8,
        ),
        VALUES,
    ),
    category=st.one_of(st.sampled_from(["implant", "pacs", "infusion_pump"]), st.text(max_size=30)),
)
def test_random_expected_decisions_in_a_data_folder_load_or_are_refused(
    tmp_path, scenario, index, answers, category
):
    folder = tmp_path / f"data{next(_folders)}"
    shutil.copytree(data_dir(), folder)
    content = PARSED[scenario]
    content = _changed(content, ("expected_decisions", index, "answers"), answers, False)
    content = _changed(content, ("expected_decisions", index, "category"), category, False)
    path = folder / "exercises" / scenario
    path.write_bytes(_dump(content))
    try:
        playbook = load_playbook(folder)
    except DataFileError as error:
        one_line(error.message)
        assert error.message.startswith(f"{path}: ")
        return
    assert playbook.scenarios[path.stem].expected_decisions[index].category == category


# --- particular shapes ---------------------------------------------------------------------------------


def test_alias_bomb_is_refused_at_once(tmp_path):
    started = time.perf_counter()
    for name in LOADERS:
        path = write(tmp_path, name, (HOSTILE / "yaml-alias-bomb.yaml").read_bytes())
        assert refused(name, path, "expected kind").endswith("found a list")
    assert time.perf_counter() - started < 2


def test_a_10_mb_id_gives_a_short_message(tmp_path):
    text = SHIPPED["imaging.yaml"].decode()
    assert text.count("\nid: imaging\n") == 1
    path = write(
        tmp_path, "imaging.yaml", text.replace("\nid: imaging\n", f"\nid: {'x' * 10**7}\n").encode()
    )
    started = time.perf_counter()
    message = refused("imaging.yaml", path, "must be the file name ('imaging')")
    assert time.perf_counter() - started < 5
    assert len(message) < 300 + len(str(path))


def test_a_10_mb_category_or_decision_id_gives_a_short_message(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    path = folder / "exercises" / "implant.yaml"
    text = SHIPPED["implant.yaml"].decode()
    assert text.count("    category: home_telehealth\n") == 1
    path.write_text(
        text.replace("    category: home_telehealth\n", f"    category: {'c' * 10**7}\n"), "utf-8"
    )
    message = refusal(load_playbook, folder, error=DataFileError)
    assert "expected_decisions[id=D2]: unknown device category 'cccc" in message
    assert len(message) < 600 + len(str(path))
    assert text.count("    expected_class: 7\n") == 1
    text = text.replace("    expected_class: 7\n", "    expected_class: 6\n")
    path.write_text(text.replace("  - id: D2\n", f"  - id: {'d' * 10**7}\n"), "utf-8")
    message = refusal(load_playbook, folder, error=DataFileError)  # a failure is not cached
    assert message.startswith(f"{path}: expected_decisions[id=dddd")
    assert "the answers give class 7, not the expected class 6" in message
    assert len(message) < 600 + len(str(path))


def test_a_folder_named_like_an_exercise_is_refused(tmp_path):
    folder = tmp_path / "exercises"
    folder.mkdir()
    (folder / "imaging.yaml").mkdir()
    (folder / "notes.txt").write_text("not an exercise", encoding="utf-8")
    message = refusal(load_scenarios, folder, error=DataFileError)
    assert message.startswith(f"{folder / 'imaging.yaml'}: cannot be read")


def test_an_empty_exercises_folder_gives_no_scenarios(tmp_path):
    (tmp_path / "exercises").mkdir()
    assert load_scenarios(tmp_path / "exercises") == {}


@pytest.mark.parametrize(
    ("codec", "fragment"),
    [
        ("shift_jis", "not valid YAML text"),
        ("euc_jp", "not valid YAML text"),
        ("utf-16-le", "not valid YAML"),
    ],
)
def test_japanese_text_in_another_encoding_is_refused(tmp_path, codec, fragment):
    text = SHIPPED["checklists.yaml"].decode("utf-8")
    refused("checklists.yaml", write(tmp_path, "checklists.yaml", text.encode(codec)), fragment)
