"""The package-URL parser, on the purls in the real SBOMs and on the spec's edge cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import BadInputError
from app.services.sbom import Purl, parse_purl, parse_purl_or_none

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "shared" / "sbom"


def fixture_purls() -> list[str]:
    found = []
    for path in sorted(FIXTURES.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        found += [c["purl"] for c in doc.get("components", []) if "purl" in c]
        for package in doc.get("packages", []):
            refs = package.get("externalRefs", [])
            found += [r["referenceLocator"] for r in refs if r["referenceType"] == "purl"]
    return found


def test_every_purl_in_the_fixtures_parses_and_keeps_its_version():
    purls = fixture_purls()
    assert len(purls) == 62 + 201 + 4  # examplemaven has no purls
    for text in purls:
        parsed = parse_purl(text)
        assert parsed.type in {"composer", "golang", "cargo", "deb"}
        assert text.startswith(f"pkg:{parsed.type}/")
        assert parsed.version == text.rpartition("@")[2].partition("?")[0]
        assert parsed.path == text.partition("/")[2].rpartition("@")[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "pkg:composer/laravel/framework@v7.30.6",
            Purl("composer", "laravel", "framework", "v7.30.6"),
        ),
        (
            "pkg:golang/golang.org/x/net@v0.0.0-20210405180319-a5a99cb37ef4",
            Purl("golang", "golang.org/x", "net", "v0.0.0-20210405180319-a5a99cb37ef4"),
        ),
        ("pkg:cargo/tokio@1.19.2", Purl("cargo", None, "tokio", "1.19.2")),
        (
            "pkg:deb/debian/libselinux1-dev@3.1-3?arch=s390x",
            Purl("deb", "debian", "libselinux1-dev", "3.1-3", (("arch", "s390x"),)),
        ),
    ],
)
def test_fixture_purls(text, expected):
    assert parse_purl(text) == expected


def test_percent_encoding_is_decoded_in_every_part():
    parsed = parse_purl(
        "pkg:npm/%40angular/an%20imation@12.3.1%2Bb1"
        "?download_url=https%3A%2F%2Fex.org%2Fa%20b#src/my%20dir"
    )
    assert parsed == Purl(
        type="npm",
        namespace="@angular",
        name="an imation",
        version="12.3.1+b1",
        qualifiers=(("download_url", "https://ex.org/a b"),),
        subpath="src/my dir",
    )


def test_plus_is_not_a_space():
    assert parse_purl("pkg:generic/gtk+@3.0").name == "gtk+"


def test_qualifiers_sorted_lowercase_keys_empty_values_dropped():
    parsed = parse_purl("pkg:maven/org.apache/x@1?Type=jar&classifier=&Arch=x86")
    assert parsed.qualifiers == (("arch", "x86"), ("type", "jar"))


def test_subpath_drops_dots_and_slashes():
    assert parse_purl("pkg:golang/x/y@1#/./a/../b//c/").subpath == "a/b/c"
    assert parse_purl("pkg:golang/x/y@1#").subpath is None


def test_uppercase_scheme_and_type_and_slashes_after_scheme():
    parsed = parse_purl("PKG://Maven/Org.Apache.Commons/Commons-Lang3@3.12.0")
    assert parsed.type == "maven"
    assert (parsed.namespace, parsed.name) == ("Org.Apache.Commons", "Commons-Lang3")


def test_missing_namespace_and_missing_version():
    assert parse_purl("pkg:pypi/django") == Purl("pypi", None, "django")


def test_long_namespace_and_unencoded_npm_scope():
    assert parse_purl("pkg:golang/github.com/0xAX/notificator").namespace == "github.com/0xAX"
    assert parse_purl("pkg:npm/@angular/core") == Purl("npm", "@angular", "core")
    assert parse_purl("pkg:npm/@angular/core@17.0.1").version == "17.0.1"


def test_path_property():
    assert parse_purl("pkg:maven/org.a/b@1").path == "org.a/b"
    assert parse_purl("pkg:cargo/hyper").path == "hyper"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("npm/lodash", "it must start with 'pkg:'"),
        ("http://x/y", "it must start with 'pkg:'"),
        ("pkg:", "missing or malformed package type"),
        ("pkg:1abc/x", "missing or malformed package type"),
        ("pkg:np m/x", "missing or malformed package type"),
        ("pkg:npm", "no package name"),
        ("pkg:npm/", "no package name"),
        ("pkg:npm/@1.0", "no package name"),
        ("pkg:npm/lodash@", "empty version after '@'"),
        ("pkg:npm/lodash?arch", "bad qualifier 'arch'"),
        ("pkg:npm/lodash?a=1&A=2", "qualifier 'a' given twice"),
    ],
)
def test_malformed(text, problem):
    with pytest.raises(BadInputError) as caught:
        parse_purl(text)
    assert caught.value.message == f"not a valid package URL {text!r}: {problem}"
    assert parse_purl_or_none(text) is None


def test_parse_or_none_of_nothing():
    assert parse_purl_or_none(None) is None
    assert parse_purl_or_none("pkg:cargo/hyper@0.14") == Purl("cargo", None, "hyper", "0.14")
