"""The file layer of the device-inventory import and export (no database, no Qt).

Import: ``read_table`` → ``resolve_mapping`` → ``validate_rows`` → (caller stores ``plan.records``)
and optionally ``write_rejects``. Export: ``write_export``.
"""

from __future__ import annotations

from app.services.inventory_io.export import write_export
from app.services.inventory_io.mapping import (
    AUTO,
    ColumnMapping,
    IgnoredColumn,
    MappingProfiles,
    header_key,
    load_mapping_profiles,
    resolve_mapping,
)
from app.services.inventory_io.reader import SourceRow, Table, read_table
from app.services.inventory_io.rejects import write_rejects
from app.services.inventory_io.validate import (
    ImportPlan,
    RejectedRow,
    RowProblem,
    tag_key,
    validate_rows,
)

__all__ = [
    "AUTO",
    "ColumnMapping",
    "IgnoredColumn",
    "ImportPlan",
    "MappingProfiles",
    "RejectedRow",
    "RowProblem",
    "SourceRow",
    "Table",
    "header_key",
    "load_mapping_profiles",
    "read_table",
    "resolve_mapping",
    "tag_key",
    "validate_rows",
    "write_export",
    "write_rejects",
]
