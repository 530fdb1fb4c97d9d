"""Hostile SBOM files: ``parse_sbom`` and the ``import_sbom`` service on a real database.

Covered: random bytes; the four real SBOMs (tests/fixtures/shared/sbom) cut at random points and
with random byte edits; wrong encodings (UTF-16 and UTF-32 without BOM, Latin-1, CP1252,
Shift_JIS); JSON nested 100,000 deep as objects and as a chain of components, and a chain of 400
components (800 levels, which JSON allows) read without recursion; a 10 MB component name,
version, purl, group, CPE, supplier or document name (refused) and a 10 MB field the importer does
not read (accepted); lone UTF-16 surrogates (``\\ud800``) in any text the importer stores (refused:
they crashed the database insert), while real surrogate pairs (emoji) are fine; 200,000
components; names that climb out of folders (stored as text, never used as a path). Every refusal
is one line and leaves the sbom, sbom_component and event tables unchanged.
(tests/unit/test_sbom_parse.py covers well-formed files, unsupported formats and versions,
5,000-digit numbers and random JSON shapes.)"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from hostile_files import mutated
from hostile_helpers import FUZZ, HOSTILE, SBOMS, counts, files_in, one_line, refusal
from hypothesis import given
from hypothesis import strategies as st

from app.errors import BadInputError
from app.services.composition import import_sbom, list_sboms
from app.services.sbom import SbomDocument, parse_sbom
from app.services.sbom.parsing import MAX_TEXT_CHARS

REAL = {path.name: path.read_bytes() for path in sorted(SBOMS.glob("*.json"))}


def write(folder: Path, content: Any, name: str = "sbom.json") -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(json.dumps(content), encoding="utf-8")
    return path


def parses_or_refuses(path: Path) -> SbomDocument | None:
    try:
        return parse_sbom(path)
    except BadInputError as error:
        one_line(error.message)
        return None


def refused(path: Path, fragment: str = "") -> str:
    message = refusal(parse_sbom, path)
    assert fragment in message, message
    return message


def cyclonedx(components: list[Any], **extra: Any) -> dict[str, Any]:
    return {"bomFormat": "CycloneDX", "specVersion": "1.5", "components": components, **extra}


@FUZZ
@given(data=st.binary(max_size=5000))
def test_random_bytes_are_refused(tmp_path, data):
    refused(write(tmp_path, data))


@FUZZ
@given(name=st.sampled_from(sorted(REAL)), fraction=st.floats(0, 1))
def test_a_real_sbom_cut_anywhere_is_refused_unless_only_blanks_were_cut(tmp_path, name, fraction):
    data = REAL[name]
    cut = data[: int(len(data) * fraction)]
    document = parses_or_refuses(write(tmp_path, cut))
    assert (document is not None) == (cut.rstrip() == data.rstrip())


@FUZZ
@given(
    name=st.sampled_from(sorted(REAL)),
    edits=st.lists(
        st.tuples(st.integers(0, 1 << 20), st.integers(0, 2), st.integers(0, 255)),
        min_size=1,
        max_size=10,
    ),
)
def test_a_real_sbom_with_random_byte_edits_is_read_or_refused(tmp_path, name, edits):
    document = parses_or_refuses(write(tmp_path, mutated(REAL[name], edits)))
    assert document is None or all(c.name for c in document.components)


@pytest.mark.parametrize(
    ("codec", "fragment"),
    [
        ("utf-16-le", "is not UTF-8 text (byte 0xe9"),  # no BOM
        ("utf-16-be", "is not UTF-8 text (byte 0xe9"),
        ("utf-32-le", "is not UTF-8 text (byte 0xe9"),
        ("utf-16", "is UTF-16 text; save it as UTF-8"),
        ("latin-1", "is not UTF-8 text (byte 0xe9"),
        ("cp1252", "is not UTF-8 text (byte 0xe9"),
    ],
)
def test_wrong_encodings_are_refused(tmp_path, codec, fragment):
    text = json.dumps(cyclonedx([{"name": "café"}]), ensure_ascii=False)
    refused(write(tmp_path, text.encode(codec)), fragment)


def test_shift_jis_is_refused(tmp_path):
    text = json.dumps(cyclonedx([{"name": "ライブラリ"}]), ensure_ascii=False)
    refused(write(tmp_path, text.encode("shift_jis")), "is not UTF-8 text (byte 0x83")


def test_ascii_json_in_utf16_without_bom_is_refused(tmp_path):
    text = json.dumps(cyclonedx([{"name": "zlib"}]))
    refused(write(tmp_path, text.encode("utf-16-le")), "is not JSON")


@pytest.mark.parametrize(
    "text",
    [
        '{"a": ' * 100_000 + "1" + "}" * 100_000,
        '{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": '
        + '[{"name": "n", "components": ' * 100_000
        + "[]"
        + "}]" * 100_000
        + "}",
        "[" * 100_000,
    ],
    ids=["objects", "component-chain", "unclosed"],
)
def test_json_nested_100000_deep_is_refused(tmp_path, text):
    started = time.perf_counter()
    message = refused(write(tmp_path, text.encode()))
    assert "nested too deeply" in message or "is not JSON" in message
    assert time.perf_counter() - started < 5


def test_a_component_chain_400_deep_is_read_without_recursion(tmp_path):
    text = (
        '{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": '
        + "".join(f'[{{"name": "c{i}", "components": ' for i in range(400))
        + "null"
        + "}]" * 400
        + "}"
    )
    document = parse_sbom(write(tmp_path, text.encode()))
    assert [c.name for c in document.components] == [f"c{i}" for i in range(400)]


@pytest.mark.parametrize("key", ["name", "version", "purl", "group", "cpe"])
def test_a_10_mb_text_the_importer_stores_is_refused(tmp_path, key):
    component = {"name": "zlib", key: "x" * 10_000_000}
    message = refused(write(tmp_path, cyclonedx([component])), f"components[0]: '{key}' is")
    assert f"10,000,000 characters long (at most {MAX_TEXT_CHARS:,})" in message


def test_a_10_mb_supplier_and_document_name_are_refused(tmp_path):
    supplier = cyclonedx([{"name": "zlib", "supplier": {"name": "s" * 10_000_000}}])
    assert "is 10,000,000 characters long" in refused(write(tmp_path, supplier))
    spdx = {"spdxVersion": "SPDX-2.3", "name": "d" * 10_000_000, "packages": []}
    assert "document: 'name' is 10,000,000" in refused(write(tmp_path, spdx))


def test_a_10_mb_field_the_importer_does_not_read_is_accepted(tmp_path):
    component = {"name": "zlib", "version": "1.3", "description": "d" * 10_000_000}
    document = parse_sbom(write(tmp_path, cyclonedx([component])))
    assert [(c.name, c.version) for c in document.components] == [("zlib", "1.3")]


@pytest.mark.parametrize(
    "document",
    [
        cyclonedx([{"name": "zlib\ud800"}]),
        cyclonedx([{"name": "zlib", "version": "\udfff1.3"}]),
        cyclonedx([{"name": "zlib", "purl": "pkg:generic/zlib@1.3\udc80"}]),
        cyclonedx([{"name": "zlib", "supplier": {"name": "Acme \ud83d"}}]),
        cyclonedx([], metadata={"component": {"name": "\ud800"}}),
        {
            "spdxVersion": "SPDX-2.3",
            "name": "doc",
            "packages": [{"name": "p", "versionInfo": "\ud800"}],
        },
        {
            "spdxVersion": "SPDX-2.3",
            "packages": [
                {
                    "name": "p",
                    "externalRefs": [
                        {"referenceType": "purl", "referenceLocator": "pkg:npm/p\udfff@1"}
                    ],
                }
            ],
        },
    ],
)
def test_a_lone_surrogate_in_stored_text_is_refused(db, tmp_path, document):
    path = write(tmp_path, document)  # json.dumps writes it as the escape \ud800
    before = counts(db)
    message = refusal(import_sbom, db, path, model="LVP-500", firmware=None, by="t")
    assert "lone surrogate \\u" in message
    assert counts(db) == before


def test_the_lone_surrogate_sample_is_refused(db):
    before = counts(db)
    path = HOSTILE / "sbom-lone-surrogate.cdx.json"
    message = refusal(import_sbom, db, path, model="LVP-500", firmware=None, by="t")
    assert message.endswith(
        "components[0]: 'name' holds a lone surrogate \\ud800, not Unicode text"
    )
    assert counts(db) == before


def test_a_surrogate_pair_is_a_real_character_and_is_stored(db, tmp_path):
    path = write(tmp_path, cyclonedx([{"name": "smile-\ud83d\ude00", "version": "1"}]))
    done = import_sbom(db, path, model="LVP-500", firmware="9", by="t")
    assert done.components == 1
    assert parse_sbom(path).components[0].name == "smile-😀"


def test_200000_components_are_read_in_seconds(tmp_path):
    components = [{"name": f"lib{i}", "version": "1.0"} for i in range(200_000)]
    path = write(tmp_path, cyclonedx(components))
    started = time.perf_counter()
    assert len(parse_sbom(path).components) == 200_000
    assert time.perf_counter() - started < 10


def test_a_document_name_that_climbs_out_is_only_text(db, tmp_path):
    document = cyclonedx(
        [{"name": "../../../../tmp/evil", "version": "1"}],
        metadata={"component": {"name": "/etc/passwd"}},
    )
    work = tmp_path / "work"
    work.mkdir()
    path = write(work, document, name="..%2F..%2Fsbom.json")
    before = files_in(tmp_path)
    import_sbom(db, path, model="../../LVP", firmware=None, by="t")
    assert files_in(tmp_path) == before
    assert list_sboms(db)[0].file_name == "..%2F..%2Fsbom.json"


HOSTILE_SBOMS = {
    "random bytes": b"\x00\xff" * 1000,
    "cut in half": REAL["cyclonedx-laravel-7.12.0.bom.1.4.json"][:70_000],
    "nested 100,000": b"[" * 100_000 + b"]" * 100_000,
    "10 MB name": json.dumps(cyclonedx([{"name": "n" * 10_000_000}])).encode(),
    "lone surrogate": (HOSTILE / "sbom-lone-surrogate.cdx.json").read_bytes(),
    "UTF-16": json.dumps(cyclonedx([])).encode("utf-16"),
    "empty": b"",
}


@pytest.mark.parametrize("case", sorted(HOSTILE_SBOMS))
def test_every_refused_import_changes_nothing(db, tmp_path, case):
    path = write(tmp_path, HOSTILE_SBOMS[case])
    before = counts(db)
    refusal(import_sbom, db, path, model="LVP-500", firmware=None, by="t")
    assert counts(db) == before
