"""Stop-gap reads for the SBOM dialog that the core has no service for yet.

STOP-GAP: the GUI should not read tables directly. These two queries stand in for the wanted core
services ``list_models(db) -> list[str]`` (app/services/devices.py) and
``list_sboms(db) -> list[SbomSummary]`` (app/services/composition.py); replace them when those exist.
Both are read-only and go through ``db.raw_reader()`` like the core's own reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.database.db import Database


@dataclass(frozen=True)
class AttachedSbom:
    model: str
    firmware: str | None
    format: str
    spec_version: str
    file_name: str
    components: int
    imported_at: str
    imported_by: str


def inventory_models(db: Database) -> list[str]:
    """Distinct device models in the inventory, sorted (stop-gap for a core ``list_models``)."""
    rows = db.raw_reader().execute(
        "SELECT DISTINCT model FROM device WHERE model IS NOT NULL AND model != '' ORDER BY model"
    )
    return [str(model) for (model,) in rows.fetchall()]


def attached_sboms(db: Database) -> list[AttachedSbom]:
    """SBOMs attached so far, newest first (stop-gap for a core ``list_sboms``)."""
    rows = db.raw_reader().execute(
        "SELECT s.model, s.firmware, s.format, s.spec_version, s.file_name, "
        "(SELECT count(*) FROM sbom_component c WHERE c.sbom_id = s.id), "
        "s.imported_at, s.imported_by FROM sbom s ORDER BY s.imported_at DESC"
    )
    return [AttachedSbom(*row) for row in rows.fetchall()]
