"""Reading real and hand-made SBOM files; everything that is not a usable SBOM is refused calmly."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import BadInputError
from app.services import sbom
from app.services.sbom import Component, parse_sbom

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "shared" / "sbom"
LARAVEL = FIXTURES / "cyclonedx-laravel-7.12.0.bom.1.4.json"
PROTON = FIXTURES / "cyclonedx-proton-bridge-1.8.0.bom.json"
EXAMPLE11 = FIXTURES / "spdx23-example11.spdx.json"
MAVEN = FIXTURES / "spdx23-examplemaven-enriched.spdx.json"
SNIPEIT = FIXTURES.parent / "snipeit"


def write(tmp_path: Path, content: Any, name: str = "sbom.json") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_text(json.dumps(content), encoding="utf-8")
    return path


def cyclonedx(components: list[Any], spec: str = "1.5", **extra: Any) -> dict[str, Any]:
    return {"bomFormat": "CycloneDX", "specVersion": spec, "components": components, **extra}


def spdx(packages: list[Any], spec: str = "SPDX-2.3", **extra: Any) -> dict[str, Any]:
    return {"spdxVersion": spec, "SPDXID": "SPDXRef-DOCUMENT", "packages": packages, **extra}


def refusal(path: Path) -> str:
    with pytest.raises(BadInputError) as caught:
        parse_sbom(path)
    message = caught.value.message
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message
    return message


def by_name(components: tuple[Component, ...], name: str) -> Component:
    (found,) = [c for c in components if c.name == name]
    return found


# --- the real files -------------------------------------------------------------------------


def test_laravel_cyclonedx_1_4():
    doc = parse_sbom(LARAVEL)
    assert (doc.format, doc.spec_version) == ("cyclonedx", "1.4")
    assert doc.name == "cyclonedx-php-composer-demo"
    assert len(doc.components) == 62
    assert sum(c.group == "symfony" for c in doc.components) == 27
    assert by_name(doc.components, "framework") == Component(
        name="framework",
        group="laravel",
        version="v7.30.6",
        purl="pkg:composer/laravel/framework@v7.30.6",
        supplier="Taylor Otwell",
    )
    assert by_name(doc.components, "carbon").version == "2.63.0"
    assert by_name(doc.components, "stack-cors").purl == "pkg:composer/asm89/stack-cors@1.3.0"
    assert doc.sha256 == hashlib.sha256(LARAVEL.read_bytes()).hexdigest()


def test_proton_bridge_cyclonedx_file_is_really_1_2_and_is_read():
    # The fixtures README calls both CycloneDX files 1.4; this one declares specVersion 1.2.
    doc = parse_sbom(PROTON)
    assert (doc.format, doc.spec_version) == ("cyclonedx", "1.2")
    assert doc.name == "github.com/ProtonMail/proton-bridge"
    assert len(doc.components) == 201
    net = by_name(doc.components, "golang.org/x/net")
    assert net.version == "v0.0.0-20210405180319-a5a99cb37ef4"
    assert net.purl == "pkg:golang/golang.org/x/net@v0.0.0-20210405180319-a5a99cb37ef4"
    assert net.group is None
    assert by_name(doc.components, "github.com/emersion/go-smtp").version == "v0.14.0"
    assert all(c.name != doc.name for c in doc.components)  # metadata.component is not a part


def test_spdx_example11():
    doc = parse_sbom(EXAMPLE11)
    assert (doc.format, doc.spec_version) == ("spdx", "2.3")
    assert doc.name == "SBOM-SPDX-2d85f548-12fa-46d5-87ce-5e78e5e111f4"
    assert [c.name for c in doc.components] == [
        "hello-server-src",  # described, but not named like the document: kept
        "hyper",
        "tokio",
        "pretty_env_logger",
    ]
    assert by_name(doc.components, "tokio") == Component(
        name="tokio", version="1.19.2", purl="pkg:cargo/tokio@1.19.2"
    )
    hello = by_name(doc.components, "hello-server-src")
    assert hello.purl == "pkg:deb/debian/libselinux1-dev@3.1-3?arch=s390x"
    assert (hello.group, hello.version) == ("debian", "0.1.0")


def test_spdx_examplemaven_skips_the_package_that_is_the_document():
    doc = parse_sbom(MAVEN)
    assert doc.name == "examplemaven"
    assert [c.name for c in doc.components] == [
        "JUnit",
        "Apache Log4j SLF4J Binding",
        "SLF4J API Module",
        "Apache Log4j API",
        "Apache Log4j Core",
    ]
    assert by_name(doc.components, "JUnit") == Component(
        name="JUnit", version="3.8.1", supplier="JUnit"
    )
    assert by_name(doc.components, "Apache Log4j Core").version is None  # no versionInfo


# --- CycloneDX details ----------------------------------------------------------------------


def test_nested_components_follow_their_parent_and_metadata_parts_come_last(tmp_path):
    bom = cyclonedx(
        [
            {
                "name": "firmware",
                "version": "3.2",
                "components": [
                    {"name": "openssl", "version": "1.1.1k", "components": [{"name": "zlib"}]}
                ],
            },
            {"name": "busybox", "version": "1.36.1"},
        ],
        metadata={
            "component": {
                "name": "Infusion pump X",
                "components": [{"name": "bootloader", "version": "2"}],
            }
        },
    )
    doc = parse_sbom(write(tmp_path, bom))
    assert doc.name == "Infusion pump X"
    assert [c.name for c in doc.components] == [
        "firmware",
        "openssl",
        "zlib",
        "busybox",
        "bootloader",
    ]


def test_identical_entries_are_kept_once_but_different_versions_twice(tmp_path):
    lib = {"group": "acme", "name": "lib", "version": "1.0", "purl": "pkg:generic/acme/lib@1.0"}
    bom = cyclonedx([lib, {**lib, "components": [lib]}, {**lib, "version": "1.1"}])
    doc = parse_sbom(write(tmp_path, bom))
    assert [(c.name, c.version) for c in doc.components] == [("lib", "1.0"), ("lib", "1.1")]


def test_cyclonedx_supplier_cpe_and_version_from_purl(tmp_path):
    bom = cyclonedx(
        [
            {
                "name": "a",
                "supplier": {"name": "Acme Medical"},
                "publisher": "P",
                "cpe": "cpe:2.3:a:acme:a:1:*:*:*:*:*:*:*",
            },
            {"name": "b", "publisher": "Pub", "author": "Au"},
            {"name": "c", "author": "Au"},
            {"name": "d", "authors": [{"name": "First"}, {"name": "Second"}]},
            {"name": "e", "purl": "pkg:npm/e@2.0.1", "version": " "},
            {"name": "f", "purl": "not a purl", "supplier": {"url": ["https://x"]}},
        ],
        spec="1.6",
    )
    got = {c.name: c for c in parse_sbom(write(tmp_path, bom)).components}
    assert got["a"].supplier == "Acme Medical"
    assert got["a"].cpe == "cpe:2.3:a:acme:a:1:*:*:*:*:*:*:*"
    assert (got["b"].supplier, got["c"].supplier, got["d"].supplier) == ("Pub", "Au", "First")
    assert got["e"].version == "2.0.1"
    assert (got["f"].purl, got["f"].version, got["f"].supplier) == ("not a purl", None, None)


@pytest.mark.parametrize("spec", ["1.2", "1.3", "1.4", "1.5", "1.6"])
def test_cyclonedx_json_versions_read(tmp_path, spec):
    doc = parse_sbom(write(tmp_path, cyclonedx([{"name": "x"}], spec=spec)))
    assert doc.spec_version == spec
    assert doc.components == (Component("x"),)


def test_cyclonedx_without_components_is_an_empty_sbom(tmp_path):
    doc = parse_sbom(write(tmp_path, {"bomFormat": "CycloneDX", "specVersion": "1.4"}))
    assert (doc.components, doc.name) == ((), None)


# --- SPDX details ---------------------------------------------------------------------------


def package(spdx_id: str, name: str, **extra: Any) -> dict[str, Any]:
    return {"SPDXID": spdx_id, "name": name, **extra}


def test_spdx_fields(tmp_path):
    packages = [
        package(
            "SPDXRef-a",
            "commons-lang3",
            versionInfo="3.12.0",
            supplier="Organization: Apache Software Foundation",
            originator="Person: Someone",
            externalRefs=[
                {
                    "referenceCategory": "SECURITY",
                    "referenceType": "cpe23Type",
                    "referenceLocator": "cpe:2.3:a:apache:commons_lang:3.12.0:*:*:*:*:*:*:*",
                },
                {
                    "referenceCategory": "PACKAGE-MANAGER",
                    "referenceType": "purl",
                    "referenceLocator": "pkg:maven/org.apache.commons/commons-lang3@3.12.0",
                },
            ],
        ),
        package("SPDXRef-b", "b", versionInfo="NOASSERTION", supplier="NOASSERTION"),
        package("SPDXRef-c", "c", originator="Person: Jane Doe (jane@example.org)"),
        package("SPDXRef-d", "none", versionInfo="NONE", supplier="Organization: NOASSERTION"),
    ]
    got = {c.name: c for c in parse_sbom(write(tmp_path, spdx(packages))).components}
    assert got["commons-lang3"] == Component(
        name="commons-lang3",
        group="org.apache.commons",
        version="3.12.0",
        purl="pkg:maven/org.apache.commons/commons-lang3@3.12.0",
        supplier="Apache Software Foundation",
        cpe="cpe:2.3:a:apache:commons_lang:3.12.0:*:*:*:*:*:*:*",
    )
    assert got["b"] == Component("b")
    assert got["c"].supplier == "Jane Doe (jane@example.org)"
    assert got["none"] == Component("none")  # a package may be called "none"


def test_spdx_2_2_reads(tmp_path):
    doc = parse_sbom(write(tmp_path, spdx([package("SPDXRef-a", "a")], spec="SPDX-2.2")))
    assert (doc.format, doc.spec_version, len(doc.components)) == ("spdx", "2.2", 1)


@pytest.mark.parametrize(
    "how",
    [
        {"documentDescribes": ["SPDXRef-root"]},
        {
            "relationships": [
                {
                    "spdxElementId": "SPDXRef-DOCUMENT",
                    "relationshipType": "DESCRIBES",
                    "relatedSpdxElement": "SPDXRef-root",
                }
            ]
        },
        {
            "relationships": [
                {
                    "spdxElementId": "SPDXRef-root",
                    "relationshipType": "DESCRIBED_BY",
                    "relatedSpdxElement": "SPDXRef-DOCUMENT",
                }
            ]
        },
    ],
)
def test_spdx_described_package_named_like_the_document_is_skipped(tmp_path, how):
    packages = [package("SPDXRef-root", "Pump-Firmware", versionInfo="3.2"), package("x", "zlib")]
    doc = parse_sbom(write(tmp_path, spdx(packages, name="pump-firmware", **how)))
    assert [c.name for c in doc.components] == ["zlib"]


def test_spdx_package_is_kept_when_it_is_not_clearly_the_document(tmp_path):
    packages = [
        package("SPDXRef-root", "pump-app"),  # described, other name
        package("SPDXRef-same", "pump-firmware"),  # same name, not described
        package("SPDXRef-other", "zlib"),
    ]
    doc = parse_sbom(
        write(
            tmp_path,
            spdx(packages, name="pump-firmware", documentDescribes=["SPDXRef-root"]),
        )
    )
    assert [c.name for c in doc.components] == ["pump-app", "pump-firmware", "zlib"]


def test_spdx_without_document_name_keeps_everything(tmp_path):
    packages = [package("SPDXRef-root", "pump")]
    doc = parse_sbom(write(tmp_path, spdx(packages, documentDescribes=["SPDXRef-root"])))
    assert doc.name is None
    assert [c.name for c in doc.components] == ["pump"]


# --- refusals -------------------------------------------------------------------------------


def test_missing_file(tmp_path):
    assert refusal(tmp_path / "nope.json").endswith(": no such file")


def test_folder(tmp_path):
    assert "is a folder" in refusal(tmp_path)


def test_empty_and_blank_files(tmp_path):
    assert refusal(write(tmp_path, b"", "a.json")).endswith("is empty")
    assert refusal(write(tmp_path, b" \n\t\n", "b.json")).endswith("is empty")


def test_huge_file(tmp_path, monkeypatch):
    monkeypatch.setattr(sbom.parsing, "MAX_SBOM_BYTES", 1024 * 1024)
    path = write(tmp_path, json.dumps(cyclonedx([{"name": "x" * (1024 * 1024)}])))
    assert "larger than 1 MB" in refusal(path)


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, cyclonedx([]))

    def denied(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    assert "cannot be read (Permission denied)" in refusal(path)


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0,
    reason="as root (CI) every file is readable, so no unreadable file can be made; "
    "test_unreadable_file covers the refusal with a simulated PermissionError",
)
def test_unreadable_file_for_real(tmp_path):
    """The same refusal on a real chmod-000 file, where the operating system allows one."""
    path = write(tmp_path, cyclonedx([]))
    path.chmod(0)
    assert "cannot be read" in refusal(path)


def test_not_utf8(tmp_path):
    assert "is not UTF-8 text (byte 0xe9 at offset 22)" in refusal(
        write(tmp_path, b'{"bomFormat": "Cyclone\xe9DX"}')
    )


def test_utf16_is_named(tmp_path):
    path = write(tmp_path, json.dumps(cyclonedx([])).encode("utf-16"))
    assert "UTF-16" in refusal(path)


def test_utf8_byte_order_mark_is_fine(tmp_path):
    path = write(tmp_path, b"\xef\xbb\xbf" + json.dumps(cyclonedx([{"name": "x"}])).encode())
    assert len(parse_sbom(path).components) == 1


def test_not_json_says_where(tmp_path):
    message = refusal(write(tmp_path, '{\n  "bomFormat": "CycloneDX",\n  oops\n}'))
    assert "is not JSON (line 3, column 3:" in message


def test_snipeit_csv_is_not_an_sbom():
    message = refusal(SNIPEIT / "assets-sample.csv")
    assert "is not JSON - it looks like a CSV file (line 1, column 1" in message


def test_non_utf8_csv_is_refused():
    assert "is not UTF-8 text" in refusal(SNIPEIT / "assets-sample-BAD.csv")


def test_cyclonedx_xml(tmp_path):
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1"><components/></bom>'
    )
    assert refusal(write(tmp_path, xml, "bom.xml")).endswith(
        "CycloneDX XML is not supported; export JSON"
    )


def test_other_xml(tmp_path):
    assert "is XML" in refusal(write(tmp_path, "<html></html>", "x.xml"))
    rdf = '<rdf:RDF xmlns:spdx="http://spdx.org/rdf/terms#"></rdf:RDF>'
    assert "SPDX RDF/XML is not supported" in refusal(write(tmp_path, rdf, "y.xml"))


def test_spdx_tag_value(tmp_path):
    text = "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\n"
    assert refusal(write(tmp_path, text, "x.spdx")).endswith(
        "SPDX tag-value is not supported; export SPDX JSON"
    )


def test_spdx_yaml(tmp_path):
    text = "spdxVersion: SPDX-2.3\ndataLicense: CC0-1.0\n"
    assert "SPDX YAML is not supported" in refusal(write(tmp_path, text, "x.yaml"))


def test_package_json(tmp_path):
    manifest = {"name": "app", "version": "1.0.0", "dependencies": {"lodash": "^4.17.20"}}
    message = refusal(write(tmp_path, manifest, "package.json"))
    assert "neither CycloneDX (no 'bomFormat') nor SPDX (no 'spdxVersion')" in message
    assert "package manifest" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ([1, 2], "the top level is a list"),
        ({"hello": "world"}, "neither CycloneDX"),
        ({"bomFormat": "SWID"}, "bomFormat is 'SWID', not 'CycloneDX'"),
        ({"bomFormat": "x\ny" * 50}, "bomFormat is 'x yx yx y"),
        ({"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"}, "SPDX 3 (JSON-LD)"),
    ],
)
def test_json_that_is_no_supported_sbom(tmp_path, content, expected):
    assert expected in refusal(write(tmp_path, content))


@pytest.mark.parametrize("spec", ["1.0", "1.1", "1.7", "2.0", "", "1.\n5"])
def test_unsupported_cyclonedx_versions(tmp_path, spec):
    message = refusal(write(tmp_path, cyclonedx([], spec=spec)))
    shown = " ".join(spec.split())
    assert f"CycloneDX specVersion '{shown}' is not supported (versions 1.2 to 1.6 are)" in message


def test_cyclonedx_without_spec_version(tmp_path):
    assert "without a specVersion" in refusal(write(tmp_path, {"bomFormat": "CycloneDX"}))


@pytest.mark.parametrize("spec", ["SPDX-2.1", "SPDX-3.0", "2.3"])
def test_unsupported_spdx_versions(tmp_path, spec):
    message = refusal(write(tmp_path, spdx([], spec=spec)))
    assert f"spdxVersion '{spec}' is not supported (only SPDX-2.2 and SPDX-2.3 JSON)" in message


def test_spdx_version_not_text(tmp_path):
    assert "spdxVersion is a number" in refusal(write(tmp_path, spdx([], spec=2.3)))


@pytest.mark.parametrize(
    ("components", "expected"),
    [
        ([{"version": "1"}], "components[0] has no name"),
        ([{"name": "  ", "purl": "pkg:npm/x@1"}], "components[0] ('pkg:npm/x@1') has no name"),
        ([{"name": "a"}, {"name": "b", "components": [{"bom-ref": "r1"}]}], "[1].components[0]"),
        ([{"name": "a", "version": 1.1}], "components[0]: 'version' is a number, not text"),
        (["zlib"], "components[0] is text, not a component object"),
        ({"name": "a"}, "'components' is an object, not a list"),
    ],
)
def test_bad_cyclonedx_components(tmp_path, components, expected):
    assert expected in refusal(write(tmp_path, cyclonedx(components)))


def test_bad_cyclonedx_metadata(tmp_path):
    assert "'metadata' is a list, not an object" in refusal(
        write(tmp_path, cyclonedx([], metadata=[]))
    )


@pytest.mark.parametrize(
    ("packages", "expected"),
    [
        ([{"SPDXID": "SPDXRef-a"}], "packages[0] ('SPDXRef-a') has no name"),
        ([{"SPDXID": "SPDXRef-a", "name": None}], "packages[0] ('SPDXRef-a') has no name"),
        ([{"name": "a", "externalRefs": {}}], "packages[0].externalRefs is an object"),
        ([7], "packages[0] is a number, not a package object"),
    ],
)
def test_bad_spdx_packages(tmp_path, packages, expected):
    assert expected in refusal(write(tmp_path, spdx(packages)))


def test_json_python_cannot_take(tmp_path):
    assert "is not usable JSON" in refusal(write(tmp_path, '{"version": ' + "9" * 5000 + "}"))


def test_deeply_nested_json(tmp_path):
    assert "nested too deeply" in refusal(write(tmp_path, "[" * 100_000 + "]" * 100_000))


# --- whatever the JSON holds, the answer is a document or a calm refusal -------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
KEYS = st.sampled_from(
    [
        "name",
        "version",
        "group",
        "purl",
        "supplier",
        "author",
        "authors",
        "publisher",
        "cpe",
        "components",
        "metadata",
        "component",
        "packages",
        "externalRefs",
        "referenceType",
        "referenceLocator",
        "SPDXID",
        "documentDescribes",
        "relationships",
        "versionInfo",
    ]
)
SHAPES = st.dictionaries(KEYS, JSON_VALUES | st.lists(st.dictionaries(KEYS, JSON_VALUES)))


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "sbom.json"


@settings(max_examples=100, deadline=None)
@given(base=st.sampled_from([cyclonedx([]), spdx([])]), extra=SHAPES)
def test_any_shape_is_read_or_refused_never_crashes(scratch, base, extra):
    path = scratch
    path.write_text(json.dumps({**base, **extra}), encoding="utf-8")
    try:
        doc = parse_sbom(path)
    except BadInputError as error:
        assert "\n" not in error.message
    else:
        assert all(isinstance(c.name, str) and c.name for c in doc.components)
