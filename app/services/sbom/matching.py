"""Does a component match what the user is looking for (a purl, ``group/name`` or a bare name)?"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from app.errors import BadInputError, Message
from app.services.sbom.model import Component
from app.services.sbom.purl import Purl, parse_purl, parse_purl_or_none
from app.services.sbom.versions import VersionFilter, version_matches

QueryKind = Literal["purl", "group/name", "name"]


@dataclass(frozen=True)
class ComponentQuery:
    """What to look for, as typed (trimmed); ``purl`` is set when it is a package URL."""

    text: str
    purl: Purl | None = None

    @property
    def kind(self) -> QueryKind:
        """Which of the three query forms this is."""
        if self.purl is not None:
            return "purl"
        return "group/name" if "/" in self.text else "name"

    @property
    def version(self) -> str | None:
        """The version a purl query pins (``pkg:npm/lodash@4.17.20``), else None."""
        return self.purl.version if self.purl else None


def component_key(query: str) -> ComponentQuery:
    """Read a component query: ``pkg:type/namespace/name[@version]``, ``group/name`` or a name.

    Raises ``BadInputError`` for an empty query or a malformed package URL.
    """
    text = query.strip()
    if not text:
        raise BadInputError(Message("sbom.matching.no_component_given_look"))
    if text[:4].lower() == "pkg:":
        return ComponentQuery(text, parse_purl(text))
    return ComponentQuery(text)


def match_terms(component: Component) -> frozenset[str]:
    """The case-folded texts a ``group/name`` or bare-name query may equal to match this component.

    Its name, ``group/name``, and its purl's ``namespace/name`` and bare name. Useful to
    pre-filter in the database; ``matches`` is the rule.
    """
    terms = {_fold(component.name)}
    if component.group:
        terms.add(_fold(f"{component.group}/{component.name}"))
    purl = parse_purl_or_none(component.purl)
    if purl is not None:
        terms |= {_fold(purl.name), _fold(purl.path)}
    return frozenset(terms)


def matches(query: ComponentQuery | str, component: Component) -> bool:
    """Whether ``component`` is what ``query`` looks for; letter case never matters.

    * purl: same type, namespace and name as the component's purl (version, qualifiers and
      subpath ignored); a component without a (valid) purl is compared by ``namespace/name``
      instead. A version in the query (``@4.17.20``) must equal the component's version, so a
      component of unknown version does not match it.
    * ``group/name`` or a bare name: equals one of ``match_terms(component)``.
    """
    if isinstance(query, str):
        query = component_key(query)
    if query.purl is None:
        return _fold(query.text) in match_terms(component)
    if not _same_package(query.purl, component):
        return False
    wanted = query.purl.version
    return wanted is None or version_matches(component.version, VersionFilter("=", wanted))


def _same_package(wanted: Purl, component: Component) -> bool:
    own = parse_purl_or_none(component.purl)
    if own is None:
        return _fold(wanted.path) in match_terms(component)
    return (
        own.type == wanted.type
        and _fold(own.namespace or "") == _fold(wanted.namespace or "")
        and _name_key(own) == _name_key(wanted)
    )


def _name_key(purl: Purl) -> str:
    """The name as compared: case-folded; for PyPI also ``-``, ``_`` and ``.`` alike (PEP 503)."""
    name = _fold(purl.name)
    return re.sub(r"[-_.]+", "-", name) if purl.type == "pypi" else name


def _fold(text: str) -> str:
    return text.strip().casefold()
