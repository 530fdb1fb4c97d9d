"""Reading CycloneDX and SPDX JSON files into an ``SbomDocument``; anything else is refused."""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from app.errors import BadInputError, Message
from app.services.sbom.model import Component, SbomDocument, SbomFormat
from app.services.sbom.purl import parse_purl_or_none

MAX_SBOM_BYTES = 100 * 1024 * 1024
MAX_TEXT_CHARS = 10_000  # a name, version, purl, CPE or supplier; real ones are far shorter
# JSON exists for CycloneDX from 1.2 on; 1.2-1.6 read the same way for the fields used here.
CYCLONEDX_VERSIONS = ("1.2", "1.3", "1.4", "1.5", "1.6")
SPDX_VERSIONS = ("SPDX-2.2", "SPDX-2.3")
_NO_VALUE = frozenset({"NOASSERTION", "NONE"})
_PARTY_PREFIX = re.compile(r"\A(?:Organization|Person|Tool)\s*:\s*", re.IGNORECASE)
_TAG_VALUE = re.compile(r"^\s*SPDXVersion\s*:", re.MULTILINE)
_YAML_SPDX = re.compile(r"^\s*spdxVersion\s*:", re.MULTILINE)

Parsed = tuple[str, str | None, list[Component]]


class _Refused(Exception):
    """Why the file is not a usable SBOM; ``parse_sbom`` prefixes the file name."""


def parse_sbom(path: Path) -> SbomDocument:
    """Read a CycloneDX (1.2-1.6) or SPDX (2.2/2.3) JSON SBOM.

    Raises ``BadInputError`` with one line naming the file and the problem for anything else:
    a missing, unreadable, empty, oversized or non-UTF-8 file, text that is not JSON, XML or
    SPDX tag-value, JSON that is neither format, an unsupported version, a nameless component.
    """
    path = Path(path)
    try:
        data = _read(path)
        document = _load_json(_decode(data))
        sbom_format = _detect(document)
        spec_version, name, components = _PARSERS[sbom_format](document)
    except _Refused as problem:
        raise BadInputError(Message("sbom.parsing.message", path=path, problem=problem)) from None
    return SbomDocument(
        format=sbom_format,
        spec_version=spec_version,
        name=name,
        components=tuple(dict.fromkeys(components)),
        sha256=hashlib.sha256(data).hexdigest(),
    )


# --- the file -------------------------------------------------------------------------------


def _read(path: Path) -> bytes:
    limit_mb = MAX_SBOM_BYTES // (1024 * 1024)
    too_big = f"is larger than {limit_mb} MB, the most an SBOM file may be"
    try:
        if not path.exists():
            raise _Refused("no such file")
        if path.is_dir():
            raise _Refused("is a folder, not an SBOM file")
        if not path.is_file():
            raise _Refused("is not a regular file")
        if path.stat().st_size > MAX_SBOM_BYTES:
            raise _Refused(too_big)
        with path.open("rb") as stream:
            data = stream.read(MAX_SBOM_BYTES + 1)
    except OSError as error:
        raise _Refused(f"cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_SBOM_BYTES:
        raise _Refused(too_big)
    return data


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _Refused("is UTF-16 text; save it as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _Refused(
            f"is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None
    if not text.strip():
        raise _Refused("is empty")
    return text


def _load_json(text: str) -> Any:
    start = text.lstrip()
    if start.startswith("<"):
        raise _Refused(_xml_problem(text))
    if not start.startswith(("{", "[")):
        if _TAG_VALUE.search(text):
            raise _Refused("SPDX tag-value is not supported; export SPDX JSON")
        if _YAML_SPDX.search(text):
            raise _Refused("SPDX YAML is not supported; export SPDX JSON")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        first_line = start.partition("\n")[0]
        hint = " - it looks like a CSV file" if "," in first_line and start[0] not in "{[" else ""
        raise _Refused(
            f"is not JSON{hint} (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise _Refused("is JSON nested too deeply to be an SBOM") from None
    except ValueError as error:  # e.g. an integer of more than 4300 digits
        raise _Refused(f"is not usable JSON ({_show(error)})") from None


def _xml_problem(text: str) -> str:
    if "cyclonedx.org/schema/bom" in text:
        return "CycloneDX XML is not supported; export JSON"
    if "spdx.org" in text.lower():
        return "SPDX RDF/XML is not supported; export SPDX JSON"
    return "is XML, not a CycloneDX or SPDX JSON SBOM"


def _detect(document: Any) -> SbomFormat:
    if not isinstance(document, dict):
        raise _Refused(f"is JSON but not an SBOM (the top level is {_kind(document)})")
    if "bomFormat" in document:
        if str(document["bomFormat"]).casefold() != "cyclonedx":
            raise _Refused(f"bomFormat is {_show(document['bomFormat'])}, not 'CycloneDX'")
        return "cyclonedx"
    if "spdxVersion" in document:
        return "spdx"
    if "spdx" in json.dumps(document.get("@context", "")).lower():
        raise _Refused("SPDX 3 (JSON-LD) is not supported; export SPDX 2.3 JSON")
    hint = ""
    if "name" in document and {"dependencies", "devDependencies", "require"} & document.keys():
        hint = " - it looks like a package manifest (package.json, composer.json)"
    raise _Refused(
        f"is JSON but neither CycloneDX (no 'bomFormat') nor SPDX (no 'spdxVersion'){hint}"
    )


# --- CycloneDX ------------------------------------------------------------------------------


def _cyclonedx(document: dict[str, Any]) -> Parsed:
    spec = document.get("specVersion")
    if not isinstance(spec, str):
        raise _Refused("CycloneDX file without a specVersion text")
    if spec.strip() not in CYCLONEDX_VERSIONS:
        raise _Refused(
            f"CycloneDX specVersion {_show(spec)} is not supported (versions "
            f"{CYCLONEDX_VERSIONS[0]} to "
            f"{CYCLONEDX_VERSIONS[-1]} are)"
        )
    metadata = _object(document.get("metadata"), "metadata")
    main = _object(metadata.get("component"), "metadata.component")
    name = _text(main, "name", "metadata.component")
    components = [
        _cyclonedx_component(entry, where) for where, entry in _cyclonedx_entries(document, main)
    ]
    return spec.strip(), name, components


def _cyclonedx_entries(
    document: dict[str, Any], main: dict[str, Any]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every component, nested ones right after their parent, without recursion."""
    stack: list[tuple[str, Any]] = []

    def push(where: str, entries: Any) -> None:
        if entries is None:
            return
        if not isinstance(entries, list):
            raise _Refused(f"'{where}' is {_kind(entries)}, not a list")
        stack.extend(reversed([(f"{where}[{i}]", entry) for i, entry in enumerate(entries)]))

    push("metadata.component.components", main.get("components"))
    push("components", document.get("components"))
    while stack:
        where, entry = stack.pop()
        if not isinstance(entry, dict):
            raise _Refused(f"{where} is {_kind(entry)}, not a component object")
        yield where, entry
        push(f"{where}.components", entry.get("components"))


def _cyclonedx_component(entry: dict[str, Any], where: str) -> Component:
    purl = _text(entry, "purl", where)
    label = entry.get("bom-ref") or purl
    return _component(
        name=_name(entry, "name", where, label),
        group=_text(entry, "group", where),
        version=_text(entry, "version", where),
        purl=purl,
        supplier=_first_party(
            entry.get("supplier"),
            entry.get("manufacturer"),
            entry.get("publisher"),
            entry.get("author"),
            *(entry.get("authors") if isinstance(entry.get("authors"), list) else ()),
        ),
        cpe=_text(entry, "cpe", where),
    )


# --- SPDX -----------------------------------------------------------------------------------


def _spdx(document: dict[str, Any]) -> Parsed:
    spec = document.get("spdxVersion")
    if not isinstance(spec, str):
        raise _Refused(f"spdxVersion is {_kind(spec)}, not text like 'SPDX-2.3'")
    spec = spec.strip()
    if spec not in SPDX_VERSIONS:
        raise _Refused(
            f"spdxVersion {_show(spec)} is not supported (only {' and '.join(SPDX_VERSIONS)} JSON)"
        )
    name = _text(document, "name", "document")
    described = _spdx_described(document)
    packages = document.get("packages")
    packages = [] if packages is None else packages
    if not isinstance(packages, list):
        raise _Refused(f"'packages' is {_kind(packages)}, not a list")
    components = []
    for i, package in enumerate(packages):
        where = f"packages[{i}]"
        if not isinstance(package, dict):
            raise _Refused(f"{where} is {_kind(package)}, not a package object")
        component = _spdx_component(package, where)
        if not _is_the_document_itself(package, component, name, described):
            components.append(component)
    return spec.removeprefix("SPDX-"), name, components


def _spdx_component(package: dict[str, Any], where: str) -> Component:
    refs = package.get("externalRefs")
    refs = [] if refs is None else refs
    if not isinstance(refs, list):
        raise _Refused(f"{where}.externalRefs is {_kind(refs)}, not a list")
    locators: dict[str, str] = {}
    for ref in refs:
        if isinstance(ref, dict) and isinstance(ref.get("referenceLocator"), str):
            locators.setdefault(str(ref.get("referenceType")).casefold(), ref["referenceLocator"])
    purl = _clean(locators.get("purl"))
    parsed = parse_purl_or_none(purl)
    return _component(
        name=_name(package, "name", where, package.get("SPDXID")),
        group=parsed.namespace if parsed else None,
        version=_text(package, "versionInfo", where),
        purl=purl,
        supplier=_first_party(package.get("supplier"), package.get("originator")),
        cpe=_clean(locators.get("cpe23type") or locators.get("cpe22type")),
    )


def _spdx_described(document: dict[str, Any]) -> set[str]:
    """SPDX ids of the elements the document says it describes."""
    own_id = document.get("SPDXID") or "SPDXRef-DOCUMENT"
    described = document.get("documentDescribes")
    ids = {i for i in described if isinstance(i, str)} if isinstance(described, list) else set()
    relationships = document.get("relationships")
    for rel in relationships if isinstance(relationships, list) else ():
        if not isinstance(rel, dict):
            continue
        kind, subject, target = (
            rel.get("relationshipType"),
            rel.get("spdxElementId"),
            rel.get("relatedSpdxElement"),
        )
        if kind == "DESCRIBES" and subject == own_id and isinstance(target, str):
            ids.add(target)
        elif kind == "DESCRIBED_BY" and target == own_id and isinstance(subject, str):
            ids.add(subject)
    return ids


def _is_the_document_itself(
    package: dict[str, Any], component: Component, doc_name: str | None, described: set[str]
) -> bool:
    """A package the document describes *and* that bears the document's own name.

    That is the product the SBOM is about (like CycloneDX's ``metadata.component``), not one of
    its parts. A described package with another name may be a real part, so it is kept.
    """
    spdx_id = package.get("SPDXID")
    return (
        isinstance(spdx_id, str)
        and spdx_id in described
        and doc_name is not None
        and component.name.casefold() == doc_name.casefold()
    )


# --- shared helpers -------------------------------------------------------------------------


def _component(
    name: str,
    group: str | None,
    version: str | None,
    purl: str | None,
    supplier: str | None,
    cpe: str | None,
) -> Component:
    """A component; a missing version is taken from the purl when that has one."""
    version = _asserted(version)
    if version is None:
        parsed = parse_purl_or_none(purl)
        version = parsed.version if parsed else None
    return Component(name, _clean(group), version, purl, supplier, cpe)


def _clean(value: str | None, what: str = "") -> str | None:
    """Trimmed text; None for blanks. Refused: text longer than ``MAX_TEXT_CHARS``, and a lone
    UTF-16 surrogate (JSON can write ``"\\ud800"``; it is not text and cannot be stored)."""
    if value is None:
        return None
    if len(value) > MAX_TEXT_CHARS:
        raise _Refused(
            f"{what or f'text {_show(value)}'} is {len(value):,} characters long "
            f"(at most {MAX_TEXT_CHARS:,})"
        )
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            lone = ord(value[error.start])
            raise _Refused(
                f"{what or f'text {_show(value)}'} holds a lone surrogate \\u{lone:04x}, "
                "not Unicode text"
            ) from None
    return value.strip() or None


def _asserted(value: str | None) -> str | None:
    """Trimmed text; None for blanks and SPDX's NOASSERTION/NONE."""
    value = _clean(value)
    return None if value is None or value.upper() in _NO_VALUE else value


def _text(entry: dict[str, Any], key: str, where: str) -> str | None:
    value = entry.get(key)
    if value is None or isinstance(value, str):
        return _clean(value, f"{where}: '{key}'")
    raise _Refused(f"{where}: '{key}' is {_kind(value)}, not text")


def _name(entry: dict[str, Any], key: str, where: str, label: Any) -> str:
    name = _text(entry, key, where)
    if name is None:
        known_as = f" ({_show(label)})" if isinstance(label, str) and label.strip() else ""
        raise _Refused(f"{where}{known_as} has no name")
    return name


def _first_party(*candidates: Any) -> str | None:
    """The first usable organisation or person: text, or an object with a ``name``."""
    for candidate in candidates:
        value = candidate.get("name") if isinstance(candidate, dict) else candidate
        if isinstance(value, str):
            value = _asserted(_PARTY_PREFIX.sub("", value.strip(), count=1))
            if value:
                return value
    return None


def _object(value: Any, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _Refused(f"'{where}' is {_kind(value)}, not an object")
    return value


def _show(value: Any, limit: int = 60) -> str:
    """User-supplied text for a message: one line, not too long, quoted."""
    text = " ".join(str(value).split())
    return repr(text if len(text) <= limit else text[:limit] + "...")


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number")


_PARSERS: dict[SbomFormat, Callable[[dict[str, Any]], Parsed]] = {
    "cyclonedx": _cyclonedx,
    "spdx": _spdx,
}
