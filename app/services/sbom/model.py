"""What an imported SBOM holds: the document and its software components."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SbomFormat = Literal["cyclonedx", "spdx"]


@dataclass(frozen=True)
class Component:
    """One software component listed in an SBOM.

    ``version`` is None when the SBOM gives none (absent or NOASSERTION) and the purl has none
    either; ``group`` is CycloneDX's group, or for SPDX the purl's namespace; ``supplier`` is
    CycloneDX's supplier/manufacturer/publisher/author or SPDX's supplier/originator, without
    the ``Organization:``/``Person:`` prefix.
    """

    name: str
    group: str | None = None
    version: str | None = None
    purl: str | None = None
    supplier: str | None = None
    cpe: str | None = None


@dataclass(frozen=True)
class SbomDocument:
    """A parsed SBOM file.

    ``spec_version`` is the bare number (``"1.4"``, ``"2.3"``); ``name`` is the CycloneDX
    ``metadata.component`` name or the SPDX document name; ``sha256`` is of the file's bytes.
    """

    format: SbomFormat
    spec_version: str
    name: str | None
    components: tuple[Component, ...]
    sha256: str
