"""``--version V`` filters: exact by default, ``<``/``<=``/``>``/``>=`` with tolerant ordering."""

from __future__ import annotations

import pytest

from app.errors import BadInputError
from app.services.sbom import (
    VersionFilter,
    compare_versions,
    is_comparable,
    parse_version_filter,
    version_matches,
    version_status,
)


@pytest.mark.parametrize(
    ("lower", "higher"),
    [
        ("1.9", "1.10"),
        ("1.2.3", "1.2.4"),
        ("1.8.0-rc1", "1.8.0"),
        ("1.8.0rc1", "1.8.0"),
        ("1.8.0-rc2", "1.8.0-rc10"),
        ("1.8.0-alpha", "1.8.0-beta"),
        ("1.0.0-alpha", "1.0.0-alpha.1"),
        ("1.0.0-1", "1.0.0-alpha"),  # numbers before words
        ("1.0.0-beta.11", "1.0.0-rc.1"),
        ("1.1.1", "1.1.1k"),  # OpenSSL letter releases come after the plain one
        ("1.1.1k", "1.1.1w"),
        ("1.1.1w", "1.1.2"),
        ("1.0.2", "1.0.2a"),
        ("9.3", "9.3p1"),  # OpenSSH portable
        ("9.3p1", "9.3p2"),
        ("9.3p2", "9.4"),
        ("1.0a1", "1.0"),  # PEP 440 alpha
        ("1.0b2", "1.0rc1"),
        ("2.0beta", "2.0"),
        ("1.0-SNAPSHOT", "1.0"),
        ("1.0.0-rc1", "1.0.0-rc1.post"),
        ("v0.0.0-20191016112426-3962a5ea8da1", "v0.0.0-20200101000000-abc"),
        ("v0.0.0-20210405180319-a5a99cb37ef4", "0.1.0"),  # Go pseudo-version
        ("2", "10.0"),
    ],
)
def test_order(lower, higher):
    assert compare_versions(lower, higher) == -1
    assert compare_versions(higher, lower) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("1.8", "1.8.0"),
        ("v1.8.0", "1.8.0"),
        ("V2.0", "2"),
        ("2.0+build7", "2.0"),
        ("1.0-RC1", "1.0rc1"),
        ("2.5.2.RELEASE", "2.5.2"),
        ("5.0.Final", "5"),
    ],
)
def test_equal(a, b):
    assert compare_versions(a, b) == 0


@pytest.mark.parametrize("text", ["dev-master", "latest", "v", "", "vx1.0", "1:2.30-3"])
def test_not_comparable(text):
    assert not is_comparable(text)
    assert compare_versions(text, "1.0") is None
    assert compare_versions("1.0", text) is None


def test_exact_by_default():
    assert version_matches("v7.30.6", "7.30.6")
    assert version_matches("7.30.6", "v7.30.6")
    assert version_matches("1.8.0", "1.8")
    assert not version_matches("7.30.5", "7.30.6")
    assert not version_matches("1.8.0-rc1", "1.8.0")
    assert version_matches("dev-master", "DEV-MASTER")  # not orderable, same text
    assert version_matches("7.30.6", "=7.30.6")
    assert version_matches("7.30.6", "== 7.30.6")


@pytest.mark.parametrize(
    ("version", "wanted", "expected"),
    [
        ("1.8.0", "<=1.8.0", True),
        ("1.8.0", "<1.8.0", False),
        ("1.8.0-rc1", "<1.8.0", True),
        ("1.7.9", "< 1.8", True),
        ("1.10.0", "<=1.9.9", False),
        ("v2.0.0", ">=2.0", True),
        ("2.0.0", ">2.0", False),
        ("2.0.1", ">v2.0", True),
        ("v5.4.16", "<v5.4.20", True),
    ],
)
def test_comparisons(version, wanted, expected):
    assert version_matches(version, wanted) is expected


def test_unknown_version_never_matches_but_is_reported_unknown():
    for wanted in ("1.0", "<=1.0", ">0"):
        assert not version_matches(None, wanted)
        assert version_status(None, wanted) == "unknown"
        assert version_status("  ", wanted) == "unknown"
    assert version_status("dev-master", "<=7.0") == "unknown"
    assert version_status("dev-master", "7.0") == "unknown"
    assert version_status("7.1", "<=7.0") == "no-match"
    assert version_status("6.9", "<=7.0") == "match"


def test_filter_parsing():
    assert parse_version_filter(" <= 1.2 ") == VersionFilter("<=", "1.2")
    assert parse_version_filter("1.2") == VersionFilter("=", "1.2")
    assert parse_version_filter(">v3") == VersionFilter(">", "v3")
    assert parse_version_filter("dev-master") == VersionFilter("=", "dev-master")
    assert version_matches("1.1", VersionFilter("<", "1.2"))


@pytest.mark.parametrize(
    ("wanted", "problem"),
    [
        ("", "names no version"),
        ("  ", "names no version"),
        ("<=", "names no version"),
        ("<dev-master", "'dev-master' cannot be compared (it must start with a digit)"),
    ],
)
def test_bad_filters(wanted, problem):
    with pytest.raises(BadInputError) as caught:
        parse_version_filter(wanted)
    assert caught.value.message == f"version filter {wanted!r}" + (
        f" {problem}" if problem.startswith("names") else f": {problem}"
    )
    with pytest.raises(BadInputError):
        version_matches("1.0", wanted)
