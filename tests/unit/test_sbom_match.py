"""Finding a component by purl, ``group/name`` or bare name, in hand-made and real SBOMs."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import BadInputError
from app.services.sbom import Component, component_key, match_terms, matches, parse_sbom

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "shared" / "sbom"

FRAMEWORK = Component(
    name="framework",
    group="laravel",
    version="v7.30.6",
    purl="pkg:composer/laravel/framework@v7.30.6",
)
LODASH = Component(name="lodash", version="4.17.20", purl="pkg:npm/lodash@4.17.20?arch=x#lib")
LANG3 = Component(
    name="commons-lang3",
    group="org.apache.commons",
    version="3.12.0",
    purl="pkg:maven/org.apache.commons/commons-lang3@3.12.0?type=jar",
)
GO_NET = Component(
    name="golang.org/x/net",
    version="v0.0.0-20210405180319-a5a99cb37ef4",
    purl="pkg:golang/golang.org/x/net@v0.0.0-20210405180319-a5a99cb37ef4",
)
NO_PURL = Component(name="framework", group="laravel", version="7.30.6")
LOG4J = Component(name="Apache Log4j Core")


def test_query_forms():
    assert component_key(" pkg:npm/lodash ").kind == "purl"
    assert component_key("PKG:npm/lodash@1").version == "1"
    assert component_key("laravel/framework").kind == "group/name"
    assert component_key("lodash").kind == "name"
    assert component_key("lodash").version is None
    assert component_key("  lodash ").text == "lodash"


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_query(query):
    with pytest.raises(BadInputError, match="no component given"):
        component_key(query)


def test_malformed_purl_query():
    with pytest.raises(BadInputError, match="not a valid package URL 'pkg:npm/lodash@'"):
        component_key("pkg:npm/lodash@")


@pytest.mark.parametrize(
    ("query", "component"),
    [
        ("pkg:composer/laravel/framework", FRAMEWORK),
        ("PKG:Composer/Laravel/Framework", FRAMEWORK),
        ("pkg:composer/laravel/framework@v7.30.6", FRAMEWORK),
        ("pkg:composer/laravel/framework@7.30.6", FRAMEWORK),  # the "v" is ignored
        ("pkg:composer/laravel/framework?foo=bar#src", FRAMEWORK),
        ("pkg:npm/lodash", LODASH),
        ("pkg:npm/lodash@4.17.20", LODASH),
        ("pkg:maven/org.apache.commons/commons-lang3", LANG3),
        ("pkg:maven/org.apache.commons/commons-lang3@3.12.0?type=pom", LANG3),
        ("pkg:golang/golang.org/x/net", GO_NET),
        ("pkg:composer/laravel/framework", NO_PURL),  # no purl: namespace/name
        ("pkg:composer/laravel/framework@7.30.6", NO_PURL),
        ("laravel/framework", FRAMEWORK),
        ("Laravel/Framework", FRAMEWORK),
        ("laravel/framework", NO_PURL),
        ("org.apache.commons/commons-lang3", LANG3),
        ("golang.org/x/net", GO_NET),
        ("framework", FRAMEWORK),
        ("LODASH", LODASH),
        ("net", GO_NET),  # the purl's bare name
        ("commons-lang3", LANG3),
        ("apache log4j core", LOG4J),
    ],
)
def test_matches(query, component):
    assert matches(query, component)
    assert matches(component_key(query), component)


@pytest.mark.parametrize(
    ("query", "component"),
    [
        ("pkg:npm/lodash@4.17.21", LODASH),  # pinned version differs
        ("pkg:composer/laravel/framework@7.30.5", FRAMEWORK),
        ("pkg:npm/laravel/framework", FRAMEWORK),  # other type
        ("pkg:composer/other/framework", FRAMEWORK),  # other namespace
        ("pkg:composer/framework", FRAMEWORK),  # namespace missing
        ("pkg:composer/laravel/frame", FRAMEWORK),
        ("pkg:npm/lodash@4.17.20", Component("lodash", purl="pkg:npm/lodash")),  # version unknown
        ("pkg:composer/other/framework", NO_PURL),
        ("symfony/framework", FRAMEWORK),
        ("laravel", FRAMEWORK),  # a group alone is not a name
        ("frame", FRAMEWORK),  # no substring matching
        ("x/net", GO_NET),
        ("log4j", LOG4J),
    ],
)
def test_does_not_match(query, component):
    assert not matches(query, component)


def test_pypi_names_compare_like_pip_does():
    django = Component("Django_REST", purl="pkg:pypi/django-rest@1.0")
    assert matches("pkg:pypi/Django.Rest", django)
    assert not matches("pkg:npm/django_rest", Component("x", purl="pkg:npm/django-rest"))


def test_a_broken_purl_in_the_sbom_falls_back_to_names():
    broken = Component("openssl", group="openssl", version="1.1.1k", purl="openssl 1.1.1k")
    assert matches("pkg:generic/openssl/openssl@1.1.1k", broken)
    assert matches("openssl", broken)
    assert match_terms(broken) == {"openssl", "openssl/openssl"}


def test_match_terms():
    assert match_terms(FRAMEWORK) == {"framework", "laravel/framework"}
    assert match_terms(GO_NET) == {"golang.org/x/net", "net"}
    assert match_terms(LOG4J) == {"apache log4j core"}


def find(doc_name: str, query: str) -> list[tuple[str, str | None]]:
    doc = parse_sbom(FIXTURES / doc_name)
    return [(c.name, c.version) for c in doc.components if matches(query, c)]


def test_in_the_real_sboms():
    laravel = "cyclonedx-laravel-7.12.0.bom.1.4.json"
    assert find(laravel, "pkg:composer/laravel/framework") == [("framework", "v7.30.6")]
    assert find(laravel, "laravel/framework") == [("framework", "v7.30.6")]
    assert find(laravel, "symfony/polyfill-php80") == [("polyfill-php80", "v1.27.0")]
    assert len(find(laravel, "pkg:composer/laravel/laravel@7.12.0")) == 1
    assert find(laravel, "pkg:composer/laravel/laravel@7.12.1") == []
    proton = "cyclonedx-proton-bridge-1.8.0.bom.json"
    assert find(proton, "golang.org/x/net") == [
        ("golang.org/x/net", "v0.0.0-20210405180319-a5a99cb37ef4")
    ]
    assert find(proton, "pkg:golang/github.com/emersion/go-smtp@0.14.0") == [
        ("github.com/emersion/go-smtp", "v0.14.0")
    ]
    assert find("spdx23-example11.spdx.json", "pkg:cargo/tokio") == [("tokio", "1.19.2")]
    assert find("spdx23-examplemaven-enriched.spdx.json", "junit") == [("JUnit", "3.8.1")]
