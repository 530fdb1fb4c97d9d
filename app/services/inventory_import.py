"""Importing and exporting the inventory: plan (read, map, validate), report, apply; saved mappings.

An import is all-or-nothing by default: one invalid row and nothing is written. With
``skip_invalid`` the valid rows are imported and the rejected ones written, unchanged plus an error
column, to a rejects file. A dry run only reports. Existing asset tags are updated; a cell left
blank keeps what the inventory had.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import select

from app.database.db import Database
from app.database.events import append_event
from app.database.tables import MappingProfile
from app.domain.device_fields import FIELD_NAMES
from app.domain.row_problem import RowProblem
from app.errors import BadInputError, Listing, Message
from app.services.clock import utc_now_iso, workstation_id
from app.services.devices import DEVICE_SELECT, view_of_row
from app.services.inventory import upsert_records
from app.services.inventory_io.export import write_export
from app.services.inventory_io.mapping import ColumnMapping, load_mapping_profiles, resolve_mapping
from app.services.inventory_io.reader import Table, read_table
from app.services.inventory_io.rejects import write_rejects
from app.services.inventory_io.validate import ImportPlan, validate_rows
from app.services.output_log import Actor, logged_output
from app.services.reference import Reference

_PROFILE_NAME = re.compile(r"^[\w][\w .\-]{0,63}$")


@dataclass(frozen=True)
class PlannedImport:
    path: Path
    table: Table
    mapping: ColumnMapping
    plan: ImportPlan


@dataclass
class ImportReport:
    imported: int
    updated: int
    rejected: int
    errors: list[dict[str, Any]]  # {"row", "column", "message"} in English (the JSON)
    warnings: list[dict[str, Any]]
    ignored_columns: list[str]
    total_rows: int
    dry_run: bool
    written: bool
    rejects_file: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    encoding: str = ""
    delimiter: str = ""
    error_problems: list[RowProblem] = field(default_factory=list, repr=False)  # errors, coded
    warning_problems: list[RowProblem] = field(default_factory=list, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "rejected": self.rejected,
            "errors": self.errors,
            "warnings": self.warnings,
            "ignored_columns": self.ignored_columns,
            "total_rows": self.total_rows,
            "dry_run": self.dry_run,
            "written": self.written,
            "rejects_file": self.rejects_file,
            "mapping": self.mapping,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
        }


def plan_import(
    db: Database,
    reference: Reference,
    path: Path,
    mapping: str | dict[str, str] = "auto",
    *,
    encoding: str | None = None,
) -> PlannedImport:
    """Read, map and validate ``path``; nothing is written. ``encoding`` forces a CSV's codec."""
    table = read_table(Path(path), encoding=encoding)
    profile = mapping if isinstance(mapping, dict) else _profile(db, mapping)
    columns = resolve_mapping(table.headers, profile)
    plan = validate_rows(table, columns, reference.categories.categories)
    for record in plan.records:
        record["asset_tag"] = _tag(str(record["asset_tag"]))
    return PlannedImport(Path(path), table, columns, plan)


def apply_import(
    db: Database,
    reference: Reference,
    planned: PlannedImport,
    *,
    by: str,
    dry_run: bool = False,
    skip_invalid: bool = False,
    rejects: Path | None = None,
) -> ImportReport:
    """Carry out (or, with ``dry_run``, only count) a planned import; see the module docstring."""
    plan = planned.plan
    if skip_invalid and rejects is None:
        raise BadInputError(Message("inventory_import.skip_invalid_needs_rejects"))
    existing = _existing_tags(db, [str(r["asset_tag"]) for r in plan.records])
    updated = sum(1 for r in plan.records if str(r["asset_tag"]).casefold() in existing)
    report = ImportReport(
        imported=len(plan.records) - updated,
        updated=updated,
        rejected=len(plan.rejected),
        errors=[e.as_dict() for e in plan.errors],
        warnings=[w.as_dict() for w in plan.warnings],
        ignored_columns=[c.label for c in plan.ignored_columns],
        total_rows=plan.total_rows,
        dry_run=dry_run,
        written=False,
        mapping={name: planned.mapping.header_of(name) for name in planned.mapping.columns},
        encoding=planned.table.encoding,
        delimiter=planned.table.delimiter,
        error_problems=list(plan.errors),
        warning_problems=list(plan.warnings),
    )
    if dry_run:
        return report  # imported / updated: what the import would do
    if plan.rejected and not skip_invalid:
        report.imported = report.updated = 0  # all or nothing: nothing was written
        return report
    if plan.rejected and rejects is not None:
        write_rejects(rejects, planned.table, plan.rejected)
        report.rejects_file = str(rejects)
    now = utc_now_iso()
    records = [{k: v for k, v in r.items() if k != "row"} for r in plan.records]
    with db.write() as session:
        counts = upsert_records(session, reference, records, now=now)
        append_event(
            session,
            at=now,
            kind="inventory.imported",
            entity="device",
            entity_id="*",
            actor=by,
            workstation=workstation_id(),
            payload={
                "file": planned.path.name,
                "imported": counts.inserted,
                "updated": counts.updated,
                "rejected": len(plan.rejected),
                "mapping": report.mapping,
            },
        )
    report.imported, report.updated, report.written = counts.inserted, counts.updated, True
    return report


def export_inventory(db: Database, path: Path, *, by: Actor = None) -> int:
    """Every field of every device, ordered by asset tag, to ``.csv`` or ``.xlsx``.

    The finished file is recorded in the audit trail ("export.inventory"); ``by`` is the person
    exporting (a signed-in user, a name, or None for the operating-system account)."""
    path = Path(path)
    count = write_export(path, _all_records(db), FIELD_NAMES)
    logged_output(
        db,
        path,
        kind="export.inventory",
        entity="device",
        entity_id="*",
        by=by,
        details={"rows": count, "format": path.suffix.lower().lstrip(".")},
    )
    return count


def save_mapping_profile(db: Database, name: str, pairs: dict[str, str], *, by: str) -> None:
    """Save a user's mapping (field -> column header) under ``name``, replacing one of that name."""
    name = name.strip()
    if not _PROFILE_NAME.match(name):
        raise BadInputError(Message("inventory_import.not_usable_mapping_name", name=name))
    if name in load_mapping_profiles().names():
        raise BadInputError(Message("inventory_import.shipped_mapping_choose_another", name=name))
    unknown = [f for f in pairs if f not in FIELD_NAMES]
    if unknown:
        raise BadInputError(
            Message(
                "inventory_import.unknown_field_fields",
                unknown=unknown[0],
                field_names=Listing(FIELD_NAMES),
            )
        )
    if "asset_tag" not in pairs:
        raise BadInputError(Message("inventory_import.mapping_must_say_column"))
    with db.write() as session:
        row = session.get(MappingProfile, name)
        before = json.loads(row.mapping) if row is not None else None
        if row is None:
            row = MappingProfile(name=name, mapping="", created_at=utc_now_iso(), created_by=by)
        row.mapping = json.dumps(pairs, ensure_ascii=False, sort_keys=True)
        session.add(row)
        append_event(
            session,
            at=utc_now_iso(),
            kind="mapping.saved",
            entity="mapping_profile",
            entity_id=name,
            actor=by,
            workstation=workstation_id(),
            payload={"before": before, "after": dict(sorted(pairs.items()))},
        )


def list_mapping_profiles(db: Database) -> dict[str, dict[str, str] | None]:
    """Shipped mappings (value None: they recognise many headers) and saved ones (their pairs)."""
    profiles: dict[str, dict[str, str] | None] = dict.fromkeys(load_mapping_profiles().names())
    with db.read() as session:
        for row in session.exec(select(MappingProfile).order_by(MappingProfile.name)):
            profiles[row.name] = json.loads(row.mapping)
    return profiles


def parse_mapping_pairs(items: list[str]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for item in items:
        name, sep, header = item.partition("=")
        if not sep or not name.strip() or not header.strip():
            raise BadInputError(
                Message("inventory_import.malformed_mapping_expected_field", item=item)
            )
        pairs[name.strip()] = header.strip()
    return pairs


def _profile(db: Database, name: str) -> str | dict[str, str]:
    shipped = load_mapping_profiles().names()
    if name in shipped:
        return name
    saved = list_mapping_profiles(db)
    if saved.get(name) is None:
        raise BadInputError(
            Message("inventory_import.no_mapping_named_mappings", name=name, saved=Listing(saved))
        )
    return dict(saved[name] or {})


def _tag(text: str) -> str:
    """Asset tags as a scanner would give them: full-width forms become ASCII, spaces trimmed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _existing_tags(db: Database, tags: list[str]) -> set[str]:
    found: set[str] = set()
    conn = db.raw_reader()
    for start in range(0, len(tags), 500):
        chunk = tags[start : start + 500]
        rows = conn.execute(
            f"SELECT asset_tag FROM device WHERE asset_tag COLLATE NOCASE IN "
            f"({','.join('?' * len(chunk))})",
            chunk,
        )
        found.update(tag.casefold() for (tag,) in rows)
    return found


def _all_records(db: Database) -> Iterator[dict[str, Any]]:
    cursor = db.raw_reader().execute(f"{DEVICE_SELECT} ORDER BY d.asset_tag")
    while rows := cursor.fetchmany(1000):
        for row in rows:
            yield view_of_row(row).record
