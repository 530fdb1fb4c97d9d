"""Software bills of materials: read CycloneDX/SPDX JSON, find components by purl or name.

Used to answer "which devices carry component X (at version Y)?" (DOMAIN.md §8.3, DET-04).
"""

from __future__ import annotations

from app.services.sbom.matching import ComponentQuery, component_key, match_terms, matches
from app.services.sbom.model import Component, SbomDocument, SbomFormat
from app.services.sbom.parsing import (
    CYCLONEDX_VERSIONS,
    MAX_SBOM_BYTES,
    SPDX_VERSIONS,
    parse_sbom,
)
from app.services.sbom.purl import Purl, parse_purl, parse_purl_or_none
from app.services.sbom.versions import (
    VersionFilter,
    VersionStatus,
    compare_versions,
    is_comparable,
    parse_version_filter,
    version_matches,
    version_status,
)

__all__ = [
    "CYCLONEDX_VERSIONS",
    "MAX_SBOM_BYTES",
    "SPDX_VERSIONS",
    "Component",
    "ComponentQuery",
    "Purl",
    "SbomDocument",
    "SbomFormat",
    "VersionFilter",
    "VersionStatus",
    "compare_versions",
    "component_key",
    "is_comparable",
    "match_terms",
    "matches",
    "parse_purl",
    "parse_purl_or_none",
    "parse_sbom",
    "parse_version_filter",
    "version_matches",
    "version_status",
]
