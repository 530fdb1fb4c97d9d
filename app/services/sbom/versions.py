"""Tolerant version comparison for ``--version V`` filters (``1.2``, ``<=1.2``, ``>v2.0.0-rc1``).

Rules: a leading ``v`` is ignored; the leading dotted numbers are compared as numbers, missing
parts counting as 0 (``1.8`` == ``1.8.0``); ``+build`` metadata is ignored. What follows the
numbers is a pre-release that sorts *before* the plain release (``1.8.0-rc1`` < ``1.8.0``) when
it starts with a separator (``-rc1``, ``-SNAPSHOT``, a Go pseudo-version's ``-2021...``) or a
pre-release word (``rc1``, ``beta``, ``a1``). Letters stuck to the numbers otherwise mark a later
release (OpenSSL ``1.1.1k``, OpenSSH ``9.3p1``: after ``1.1.1`` and ``9.3``); ``.RELEASE``,
``.Final`` and ``.GA`` are the release itself. Suffixes are compared piece by piece, numbers as
numbers and below words (semver's rule). Versions that do not start with a digit
(``dev-master``, ``latest``) or carry a Debian epoch (``1:2.3``) cannot be ordered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from app.errors import BadInputError, Message

Operator = Literal["=", "<", "<=", ">", ">="]
VersionStatus = Literal["match", "no-match", "unknown"]

_RELEASE = re.compile(r"(\d+(?:\.\d+)*)(.*)", re.DOTALL)
_PIECE = re.compile(r"\d+|[^\W\d_]+")  # runs of digits or of letters; separators dropped
_OPERATORS: tuple[tuple[str, Operator], ...] = (
    ("<=", "<="),
    (">=", ">="),
    ("==", "="),
    ("<", "<"),
    (">", ">"),
    ("=", "="),
)

_PRE_WORDS = frozenset({"a", "alpha", "b", "beta", "c", "cr", "dev", "ea", "m", "milestone"})
_PRE_WORDS |= {"pre", "preview", "rc", "snapshot"}
_RELEASE_WORDS = frozenset({"final", "ga", "release"})

_Piece = tuple[int, int | str]  # (0, number) sorts before (1, word)


@dataclass(frozen=True, order=True)
class _Key:
    release: tuple[int, ...]
    is_release: bool  # False for pre-releases, which sort first
    suffix: tuple[_Piece, ...]


@dataclass(frozen=True)
class VersionFilter:
    """A parsed ``--version`` value: an operator and the version it compares with."""

    operator: Operator
    version: str


def _strip(version: str) -> str:
    text = version.strip()
    if len(text) > 1 and text[0] in "vV" and text[1].isdigit():
        text = text[1:]
    return text


def _key(version: str) -> _Key | None:
    found = _RELEASE.fullmatch(_strip(version))
    if not found or found.group(2).startswith(":"):  # Debian epoch "1:2.3": not ordered here
        return None
    numbers = [int(n) for n in found.group(1).split(".")]
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    suffix = found.group(2).partition("+")[0]
    pieces = tuple(
        (0, int(p)) if p.isdigit() else (1, p.casefold()) for p in _PIECE.findall(suffix)
    )
    if len(pieces) == 1 and pieces[0][1] in _RELEASE_WORDS:
        pieces = ()
    return _Key(tuple(numbers), not _is_pre_release(suffix, pieces), pieces)


def _is_pre_release(suffix: str, pieces: tuple[_Piece, ...]) -> bool:
    """``-rc1``, ``.dev``, ``beta2``, ``a1``: yes. ``k`` (OpenSSL), ``p1`` (OpenSSH): no, those
    are later releases and sort after the plain one by their suffix."""
    if not pieces:
        return False
    if not suffix[0].isalpha():
        return True
    word = str(pieces[0][1])
    return word in _PRE_WORDS and (len(word) > 1 or len(pieces) > 1)  # "a1" yes, "a" no


def is_comparable(version: str) -> bool:
    """Whether ``version`` can be ordered (it starts with a digit, after an optional ``v``)."""
    return _key(version) is not None


def compare_versions(a: str, b: str) -> int | None:
    """-1, 0 or 1 as ``a`` sorts before, equal to or after ``b``; None if either cannot be ordered."""
    key_a, key_b = _key(a), _key(b)
    if key_a is None or key_b is None:
        return None
    return (key_a > key_b) - (key_a < key_b)


def parse_version_filter(wanted: str) -> VersionFilter:
    """Parse ``V``, ``=V``, ``<V``, ``<=V``, ``>V`` or ``>=V``; ``BadInputError`` if unusable."""
    text = wanted.strip()
    operator: Operator = "="
    for prefix, op in _OPERATORS:
        if text.startswith(prefix):
            operator, text = op, text[len(prefix) :].strip()
            break
    if not text:
        raise BadInputError(Message("sbom.versions.version_filter_names_no", wanted=wanted))
    if operator != "=" and not is_comparable(text):
        raise BadInputError(
            Message("sbom.versions.version_filter_cannot_compared", wanted=wanted, text=text)
        )
    return VersionFilter(operator, text)


def version_status(component_version: str | None, wanted: str | VersionFilter) -> VersionStatus:
    """Whether a component's version satisfies a ``--version`` filter.

    ``"unknown"`` when the component's version is missing or cannot be compared with the filter
    (``dev-master`` against ``<=2.0``): such a device may be affected and should be shown as such.
    """
    rule = wanted if isinstance(wanted, VersionFilter) else parse_version_filter(wanted)
    if component_version is None or not component_version.strip():
        return "unknown"
    order = compare_versions(component_version, rule.version)
    if order is None:
        if rule.operator == "=" and _same_text(component_version, rule.version):
            return "match"
        return "unknown"
    satisfied = {
        "=": order == 0,
        "<": order < 0,
        "<=": order <= 0,
        ">": order > 0,
        ">=": order >= 0,
    }[rule.operator]
    return "match" if satisfied else "no-match"


def version_matches(component_version: str | None, wanted: str | VersionFilter) -> bool:
    """True only when the version is known and satisfies the filter (see ``version_status``)."""
    return version_status(component_version, wanted) == "match"


def _same_text(a: str, b: str) -> bool:
    return _strip(a).casefold() == _strip(b).casefold()
