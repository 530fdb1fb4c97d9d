"""Hostile YAML for every data-file loader (``app/domain/datafile.py``): the question tree, IR
classes, roles, categories, worked examples, escalation defaults, sign-off policy, import mappings,
the incident checklists, clocks and exercises (more on those in test_hostile_incident_data.py), and
``load_reference`` over a copied data folder. Each test works on copies in tmp_path.

Covered: random bytes; the shipped files cut at random points and with random byte edits; wrong
encodings (Shift_JIS, EUC-JP, UTF-16 without a byte-order mark, Latin-1, UTF-32); nesting 100,000
levels deep (flow and block, with libyaml and with the pure-Python loader); alias bombs and aliases
that refer to themselves; values YAML cannot build (2026-02-30, a 5,000-digit number); a 10 MB
scalar; a flow 3,000 nodes deep (the graph check must not recurse) and a 3,000-node cycle.
Every bad file gives a ``DataFileError`` with one readable line; nothing else escapes.
(tests/unit/test_data_files.py covers the well-formed-but-invalid trees.)
"""

from __future__ import annotations

import itertools
import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hostile_helpers import FUZZ, HOSTILE, one_line, refusal
from hypothesis import given
from hypothesis import strategies as st

from app.domain import datafile
from app.domain.catalog import load_categories, load_roles, load_worked_examples
from app.domain.checklists import load_checklists
from app.domain.clocks import load_clocks
from app.domain.escalation import load_escalation_defaults
from app.domain.exercises import load_scenario
from app.domain.ir_classes import load_ir_classes
from app.domain.messages import load_messages
from app.domain.signoff_policy import load_signoff_policy
from app.domain.tree import load_tree
from app.errors import DataFileError
from app.paths import data_dir
from app.services.inventory_io.mapping import load_mapping_profiles
from app.services.reference import load_reference

LOADERS: dict[str, Callable[[Path], Any]] = {
    "decision_tree.yaml": load_tree,
    "ir_classes.yaml": load_ir_classes,
    "roles.yaml": load_roles,
    "device_categories.yaml": load_categories,
    "worked_examples.yaml": load_worked_examples,
    "escalation.yaml": load_escalation_defaults,
    "signoff.yaml": load_signoff_policy,
    "import_mappings.yaml": load_mapping_profiles,  # cached by path: every write gets a new one
    "checklists.yaml": load_checklists,
    "clocks.yaml": load_clocks,
    "messages.yaml": load_messages,
    **{p.name: load_scenario for p in sorted((data_dir() / "exercises").glob("*.yaml"))},
}
SOURCES = {name: data_dir() / name for name in LOADERS} | {
    p.name: p for p in (data_dir() / "exercises").glob("*.yaml")
}
SHIPPED = {name: SOURCES[name].read_bytes() for name in LOADERS}
_folders = itertools.count()


def write(folder: Path, name: str, data: bytes) -> Path:
    """``data`` as ``name`` in a fresh sub-folder: a new path each time (the mapping loader caches
    by path), the file name kept (an exercise's id must be its file name)."""
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


def test_every_shipped_file_loads_from_a_copy(tmp_path):
    for name, data in SHIPPED.items():
        LOADERS[name](write(tmp_path, name, data))


@FUZZ
@given(name=st.sampled_from(sorted(LOADERS)), data=st.binary(max_size=3000))
def test_random_bytes_are_refused(tmp_path, name, data):
    refused(name, write(tmp_path, name, data))


@FUZZ
@given(name=st.sampled_from(sorted(LOADERS)), fraction=st.floats(0, 1))
def test_a_file_cut_anywhere_loads_or_is_refused(tmp_path, name, fraction):
    data = SHIPPED[name]
    loads_or_refuses(name, write(tmp_path, name, data[: int(len(data) * fraction)]))


@FUZZ
@given(
    name=st.sampled_from(sorted(LOADERS)),
    edits=st.lists(
        st.tuples(st.integers(0, 1 << 20), st.integers(0, 2), st.integers(0, 255)),
        min_size=1,
        max_size=8,
    ),
)
def test_random_byte_edits_load_or_are_refused(tmp_path, name, edits):
    from hostile_files import mutated

    loads_or_refuses(name, write(tmp_path, name, mutated(SHIPPED[name], edits)))


@pytest.mark.parametrize(
    ("codec", "fragment"),
    [
        ("shift_jis", "not valid YAML text"),
        ("euc_jp", "not valid YAML text"),
        ("utf-16-le", "not valid YAML"),  # no byte-order mark: NUL bytes between the letters
        ("utf-32", "not valid YAML"),
    ],
)
def test_japanese_text_in_another_encoding_is_refused(tmp_path, codec, fragment):
    text = SHIPPED["roles.yaml"].decode("utf-8")
    message = refused("roles.yaml", write(tmp_path, "roles.yaml", text.encode(codec)), fragment)
    assert "offset" in message or "line" in message


def test_a_byte_that_is_not_utf8_is_named_with_its_offset(tmp_path):
    data = b"kind: mdir-desk/roles\nversion: caf\xff\nroles: []\n"
    message = refused("roles.yaml", write(tmp_path, "roles.yaml", data), "0xff at offset 34")
    assert "data files are UTF-8" in message


def test_byte_order_marks_are_fine(tmp_path):
    text = SHIPPED["roles.yaml"].decode("utf-8")
    for data in (b"\xef\xbb\xbf" + SHIPPED["roles.yaml"], text.encode("utf-16")):
        assert load_roles(write(tmp_path, "roles.yaml", data)).codes()


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        "{a: " * 100_000 + "1" + "}" * 100_000,
        "- " * 100_000 + "x",
        "kind: mdir-desk/roles\nroles: " + "[" * 100_000,
    ],
    ids=["flow-lists", "flow-maps", "block-lists", "unclosed"],
)
@pytest.mark.parametrize("loader", ["libyaml", "pure-python"])
def test_nesting_100000_deep_is_refused_without_recursion_error(
    tmp_path, monkeypatch, text, loader
):
    if loader == "pure-python":  # the fallback when PyYAML comes without libyaml
        monkeypatch.setattr(datafile, "_SAFE_LOADER", yaml.SafeLoader)
    started = time.perf_counter()
    message = refused("roles.yaml", write(tmp_path, "roles.yaml", text.encode()))
    assert "not valid YAML" in message
    assert time.perf_counter() - started < 10


def test_alias_bomb_is_refused_at_once_without_expanding_it(tmp_path):
    path = HOSTILE / "yaml-alias-bomb.yaml"
    started = time.perf_counter()
    for name in LOADERS:
        message = refused(name, path, "expected kind")
        assert message.endswith("found a list")
    assert time.perf_counter() - started < 2


def test_alias_bomb_inside_a_tree_is_named_not_printed(tmp_path):
    """The message names a list item by its id; an id that is a billion-item list is not printed."""
    levels = ["&a [" + ", ".join(["x"] * 10) + "]"]
    levels += [f"&{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]" for i in range(8)]
    text = SHIPPED["decision_tree.yaml"].decode()
    assert text.count("  - id: harm_now\n") == 2  # the question first, then the node
    text = text.replace("  - id: harm_now\n", f"  - id: [{', '.join(levels)}]\n", 1)
    path = write(tmp_path, "decision_tree.yaml", text.encode())
    started = time.perf_counter()
    message = refused("decision_tree.yaml", path, "questions[id=a list].id")
    assert time.perf_counter() - started < 2, message


@pytest.mark.parametrize(
    "text",
    [
        "&a [*a]",
        "&m {kind: mdir-desk/roles, version: '1', roles: *m}",
        "kind: mdir-desk/roles\nversion: '1'\nroles: &r [*r]\n",
        "kind: mdir-desk/roles\nversion: '1'\nroles: [&c {code: x, name: *c}]\n",
    ],
)
def test_aliases_that_refer_to_themselves_are_refused(tmp_path, text):
    refused("roles.yaml", write(tmp_path, "roles.yaml", text.encode()))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (HOSTILE.joinpath("yaml-bad-date.yaml").read_text(), "day is out of range"),
        ("kind: mdir-desk/roles\nversion: 2026-13-01\nroles: []\n", "month must be in 1..12"),
        (HOSTILE.joinpath("yaml-huge-integer.yaml").read_text(), "digits"),
        ("kind: x\nv: !!float xyz\n", "could not convert"),
        ("kind: x\nv: !!timestamp 2026-02-30T25:00:00\n", "cannot be read"),
        ("kind: x\nv: !!binary '@@@'\n", "expected kind"),
        ("kind: !!python/object/apply:os.system ['echo hacked']\n", "could not determine"),
        ("kind: x\n<<: 3\n", "for merging"),
        ("{[1]: 2}\n", "unhashable"),
        ("kind: x\n\tv: 1\n", "found a tab character"),
    ],
)
def test_values_yaml_cannot_build_are_refused(tmp_path, text, fragment):
    refused("roles.yaml", write(tmp_path, "roles.yaml", text.encode()), fragment)


def test_a_10_mb_scalar_gives_a_short_message(tmp_path):
    data = b"kind: " + b"x" * 10_000_000 + b"\n"
    started = time.perf_counter()
    message = refused("roles.yaml", write(tmp_path, "roles.yaml", data), "expected kind")
    assert time.perf_counter() - started < 5
    assert len(message) < 300


def test_a_10_mb_unknown_key_and_id_give_short_messages(tmp_path):
    text = SHIPPED["decision_tree.yaml"].decode()
    node = "    question: harm_now\n"
    assert text.count(node) == 1
    path = write(
        tmp_path, "tree.yaml", text.replace(node, node + f"    {'x' * 1000}: 1\n").encode()
    )
    assert "unknown key 'xxxx" in refused("decision_tree.yaml", path)
    path = write(
        tmp_path, "tree.yaml", text.replace(node, f"    question: {'q' * 10**7}\n").encode()
    )
    assert "asks unknown question 'qqqq" in refused("decision_tree.yaml", path)


def _chain(length: int, *, cycle: bool) -> bytes:
    """The shipped tree with its flow replaced by ``length`` nodes, each 'no' going to the next."""
    tree = yaml.safe_load(SHIPPED["decision_tree.yaml"])
    last = {"next": "n0"} if cycle else {"outcome": 1}
    tree["start"] = "n0"
    tree["nodes"] = [
        {
            "id": f"n{i}",
            "question": "harm_now",
            "edges": {
                "yes": {"outcome": 6, "safety_override": True},
                "no": {"next": f"n{i + 1}"} if i + 1 < length else last,
                "unknown": {"outcome": 6, "provisional": True, "safety_override": True},
            },
        }
        for i in range(length)
    ]
    return json.dumps(tree, ensure_ascii=False).encode()  # JSON is YAML, and quick to write


def test_a_flow_3000_nodes_deep_is_checked_without_recursion(tmp_path):
    tree = load_tree(write(tmp_path, "decision_tree.yaml", _chain(3000, cycle=False)))
    assert len(tree.nodes) == 3000


def test_a_3000_node_cycle_is_refused_with_a_short_message(tmp_path):
    path = write(tmp_path, "decision_tree.yaml", _chain(3000, cycle=True))
    message = refused("decision_tree.yaml", path, "the flow has a cycle: n0 -> n1 -> n2")
    assert message.endswith("...")


def test_a_copied_data_folder_with_one_hostile_file_is_refused_naming_it(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    shutil.copy(HOSTILE / "yaml-alias-bomb.yaml", folder / "ir_classes.yaml")
    message = refusal(load_reference, folder, error=DataFileError)
    assert message.startswith(f"{folder / 'ir_classes.yaml'}: expected kind")
