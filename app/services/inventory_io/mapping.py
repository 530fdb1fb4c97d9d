"""Matching a file's header to device fields: the "auto" mapping, shipped profiles and users' own.

The shipped mappings live in ``data/import_mappings.yaml`` (validated strictly, like every data file).
A user's own profile is a plain ``{field: header}`` dict (stored by the caller); every header it names
must be in the file. Headers are compared with ``header_key``: NFKC (full-width → half-width), case,
spaces, underscores, hyphens, dots, slashes, colons and "・" ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping as AbcMapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import StrictStr, field_validator, model_validator

from app.domain.datafile import read_yaml, validate
from app.domain.device_fields import FIELD_NAMES
from app.domain.localized import LocalizedText, Strict
from app.errors import BadInputError, Listing, Message
from app.paths import data_dir

AUTO = "auto"
MAPPINGS_KIND = "mdir-desk/import-mappings"
_IGNORED_IN_KEYS = re.compile(r"[\s_\-./:・]+")


def header_key(header: str) -> str:
    """The form in which two headers are compared: "Asset_Tag", "ａｓｓｅｔ ｔａｇ" → "assettag"."""
    return _IGNORED_IN_KEYS.sub("", unicodedata.normalize("NFKC", header).casefold())


def _check_fields(columns: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    unknown = [name for name in columns if name not in FIELD_NAMES]
    if unknown:
        raise ValueError(f"unknown device field '{unknown[0]}'")
    owner: dict[str, str] = {}
    for name, headers in columns.items():
        if not headers:
            raise ValueError(f"'{name}' lists no header")
        for header in headers:
            key = header_key(header)
            if not key:
                raise ValueError(f"'{name}' lists a blank header")
            if owner.setdefault(key, name) != name:
                raise ValueError(
                    f"header '{header}' is listed for both '{owner[key]}' and '{name}'"
                )
    return columns


class AutoMapping(Strict):
    name: LocalizedText
    description: LocalizedText
    synonyms: dict[StrictStr, tuple[StrictStr, ...]]

    @field_validator("synonyms")
    @classmethod
    def _fields_known(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        return _check_fields(value)


class MappingProfile(Strict):
    id: StrictStr
    name: LocalizedText
    description: LocalizedText
    columns: dict[StrictStr, tuple[StrictStr, ...]]

    @field_validator("columns")
    @classmethod
    def _fields_known(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        value = _check_fields(value)
        if "asset_tag" not in value:
            raise ValueError("a profile must say where the asset tag is (asset_tag)")
        return value


class MappingProfiles(Strict):
    """The contents of ``data/import_mappings.yaml``."""

    kind: StrictStr
    version: StrictStr
    auto: AutoMapping
    profiles: tuple[MappingProfile, ...]

    @model_validator(mode="after")
    def _ids_unique(self) -> MappingProfiles:
        seen = {AUTO}
        for profile in self.profiles:
            if profile.id in seen:
                raise ValueError(
                    f"profile id '{profile.id}' is used twice (or is the reserved 'auto')"
                )
            seen.add(profile.id)
        return self

    def names(self) -> tuple[str, ...]:
        """Every shipped profile name, "auto" first."""
        return (AUTO, *(profile.id for profile in self.profiles))

    def alternatives(self, name: str) -> dict[str, tuple[str, ...]]:
        """The headers each field is read from under profile ``name`` (in order of preference)."""
        if name == AUTO:
            synonyms = self.auto.synonyms
            return {f: (f, *synonyms.get(f, ())) for f in FIELD_NAMES}
        for profile in self.profiles:
            if profile.id == name:
                return dict(profile.columns)
        raise BadInputError(
            Message(
                "inventory_io.mapping.unknown_mapping_known", name=name, names=Listing(self.names())
            )
        )


def load_mapping_profiles(path: Path | None = None) -> MappingProfiles:
    """Load and validate the mapping file (default: the bundled ``data/import_mappings.yaml``)."""
    return _load(Path(path) if path else data_dir() / "import_mappings.yaml")


@cache
def _load(path: Path) -> MappingProfiles:
    return validate(MappingProfiles, read_yaml(path, MAPPINGS_KIND))


@dataclass(frozen=True)
class IgnoredColumn:
    """A column that feeds no field: ``reason`` is "unknown", "duplicate" or "blank" (no header)."""

    index: int
    header: str
    reason: Literal["unknown", "duplicate", "blank"]

    @property
    def label(self) -> str:
        """The header, or "column 5 (no header)" for a blank one."""
        return self.header or f"column {self.index + 1} (no header)"


@dataclass(frozen=True)
class ColumnMapping:
    """Which column feeds each field (0-based ``columns[field]``), and the columns that feed none."""

    headers: list[str]
    columns: dict[str, int]
    ignored_columns: list[IgnoredColumn] = field(default_factory=list)
    profile: str = AUTO

    def header_of(self, name: str) -> str:
        """The header text (as in the file) of the column mapped to field ``name``."""
        return self.headers[self.columns[name]]


def resolve_mapping(
    headers: list[str],
    profile: str | AbcMapping[str, str] = AUTO,
    *,
    profiles: MappingProfiles | None = None,
) -> ColumnMapping:
    """Map ``headers`` to fields with a shipped profile name ("auto", "snipe-it") or a user's dict.

    The first column matching a field is used; later columns for the same field are ignored as
    duplicates, and columns matching no field as unknown (both listed in file order). Raises
    ``BadInputError`` for an unknown profile or field, a header a user's profile names but the file
    lacks, or when no column holds the asset tag.
    """
    if isinstance(profile, str):
        shipped = profiles or load_mapping_profiles()
        alternatives = shipped.alternatives(profile)
        strict, label = False, profile
    else:
        alternatives, strict, label = _user_alternatives(profile), True, "custom"
    first_column: dict[str, int] = {}
    for index, header in enumerate(headers):
        first_column.setdefault(header_key(header), index)
    columns: dict[str, int] = {}
    for name, wanted in alternatives.items():
        found = next((first_column[k] for k in map(header_key, wanted) if k in first_column), None)
        if found is not None:
            columns[name] = found
        elif strict:
            raise BadInputError(
                Message(
                    "inventory_io.mapping.mapping_reads_column_file",
                    name=name,
                    wanted=wanted[0],
                    headers=_listing(headers),
                )
            )
    if "asset_tag" not in columns:
        raise BadInputError(
            Message("inventory_io.mapping.no_asset_tag_column", headers=_listing(headers))
        )
    return ColumnMapping(
        headers=list(headers),
        columns=columns,
        ignored_columns=_ignored(headers, columns, alternatives),
        profile=label,
    )


def _user_alternatives(profile: AbcMapping[str, str]) -> dict[str, tuple[str, ...]]:
    alternatives: dict[str, tuple[str, ...]] = {}
    for name, header in profile.items():
        if name not in FIELD_NAMES:
            raise BadInputError(
                Message(
                    "inventory_io.mapping.mapping_names_unknown_field",
                    name=name,
                    field_names=Listing(FIELD_NAMES),
                )
            )
        if not isinstance(header, str) or not header_key(header):
            raise BadInputError(Message("inventory_io.mapping.mapping_gives_no_column", name=name))
        alternatives[name] = (header,)
    return alternatives


def _ignored(
    headers: list[str], columns: dict[str, int], alternatives: dict[str, tuple[str, ...]]
) -> list[IgnoredColumn]:
    """Unused columns: "duplicate" when an earlier column has the same header or feeds the same field."""
    used = set(columns.values())
    recognised = {header_key(h) for wanted in alternatives.values() for h in wanted}
    seen: set[str] = set()
    ignored = []
    for index, header in enumerate(headers):
        key = header_key(header)
        if index not in used:
            reason: Literal["unknown", "duplicate", "blank"] = "unknown"
            if not key:
                reason = "blank"
            elif key in seen or key in recognised:
                reason = "duplicate"
            ignored.append(IgnoredColumn(index, header, reason))
        seen.add(key)
    return ignored


def _listing(headers: list[str], at_most: int = 40) -> str:
    """The headers for a one-line message (a quoted header cell may span lines; long ones are cut)."""
    shown = ", ".join(f'"{_one_line(h)}"' for h in headers[:at_most] if h)
    more = len(headers) - at_most
    return (shown or "none") + (f" and {more} more" if more > 0 else "")


def _one_line(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."
