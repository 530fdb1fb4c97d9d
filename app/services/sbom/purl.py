"""A small package-URL (purl) parser: ``pkg:type/namespace/name@version?qualifiers#subpath``.

Follows the parsing steps of the purl specification (github.com/package-url/purl-spec), with one
tolerance: an unencoded ``@`` in the namespace (``pkg:npm/@angular/core``, common in the wild) is
not mistaken for the version separator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from app.errors import BadInputError, Message

_TYPE = re.compile(r"[a-z.+-][a-z0-9.+-]*")
_QUALIFIER_KEY = re.compile(r"[a-z.\-_][a-z0-9.\-_]*")


@dataclass(frozen=True)
class Purl:
    """The parts of a package URL, percent-decoded; ``type`` and qualifier keys in lower case."""

    type: str
    namespace: str | None
    name: str
    version: str | None = None
    qualifiers: tuple[tuple[str, str], ...] = ()
    subpath: str | None = None

    @property
    def path(self) -> str:
        """``namespace/name``, or just ``name`` when there is no namespace."""
        return f"{self.namespace}/{self.name}" if self.namespace else self.name


def _refuse(text: str, problem: str) -> BadInputError:
    return BadInputError(Message("sbom.purl.not_valid_package_url", text=text, problem=problem))


def _segments(text: str) -> list[str]:
    return [unquote(s) for s in text.split("/") if s]


def _subpath(text: str) -> str | None:
    parts = [s for s in _segments(text.strip("/")) if s not in (".", "..")]
    return "/".join(parts) or None


def _qualifiers(text: str, purl: str) -> tuple[tuple[str, str], ...]:
    found: dict[str, str] = {}
    for pair in text.split("&"):
        if not pair:
            continue
        key, sep, value = pair.partition("=")
        key = key.lower()
        if not sep or not _QUALIFIER_KEY.fullmatch(key):
            raise _refuse(purl, f"bad qualifier {pair!r}")
        if key in found:
            raise _refuse(purl, f"qualifier {key!r} given twice")
        if value:
            found[key] = unquote(value)
    return tuple(sorted(found.items()))


def _split_right(text: str, sep: str) -> tuple[str, str, str]:
    """Like ``str.rpartition`` but the text stays on the left when ``sep`` is absent."""
    left, found, right = text.rpartition(sep)
    return (left, found, right) if found else (text, "", "")


def parse_purl(text: str) -> Purl:
    """Parse a package URL; raise ``BadInputError`` (one line) when it is not one."""
    rest, _, subpath = _split_right(text.strip(), "#")
    rest, _, qualifiers = _split_right(rest, "?")
    scheme, colon, rest = rest.partition(":")
    if not colon or scheme.lower() != "pkg":
        raise _refuse(text, "it must start with 'pkg:'")
    purl_type, slash, rest = rest.strip("/").partition("/")
    purl_type = purl_type.lower()
    if not _TYPE.fullmatch(purl_type):
        raise _refuse(text, "missing or malformed package type")
    if not slash:
        raise _refuse(text, "no package name")
    head, _, last = rest.rpartition("/")
    last, at, version = _split_right(last, "@")
    version_text = unquote(version) if at else None
    name = unquote(last)
    if not name:
        raise _refuse(text, "no package name")
    if at and not version_text:
        raise _refuse(text, "empty version after '@'")
    namespace = "/".join(_segments(head)) or None
    return Purl(
        type=purl_type,
        namespace=namespace,
        name=name,
        version=version_text,
        qualifiers=_qualifiers(qualifiers, text),
        subpath=_subpath(subpath),
    )


def parse_purl_or_none(text: str | None) -> Purl | None:
    """The parsed purl, or None when ``text`` is None or not a valid package URL."""
    if text is None:
        return None
    try:
        return parse_purl(text)
    except BadInputError:
        return None
