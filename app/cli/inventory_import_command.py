"""``mdir-desk inventory import|export|mapping``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.output import print_json
from app.database.db import Database
from app.services.inventory_import import (
    ImportReport,
    apply_import,
    export_inventory,
    list_mapping_profiles,
    parse_mapping_pairs,
    plan_import,
    save_mapping_profile,
)
from app.services.reference import Reference

EXIT_REFUSED = 2


def run_import_export(
    args: argparse.Namespace, db: Database, reference: Reference, lang: str
) -> int:
    if args.action == "export":
        count = export_inventory(db, Path(args.out))
        print(f"{count} devices written to {args.out}")
        return 0
    if args.action == "mapping":
        return _mapping(args, db)
    if args.rejects and not args.skip_invalid:
        from app.errors import BadInputError

        raise BadInputError("--rejects goes with --skip-invalid")
    planned = plan_import(db, reference, Path(args.file), args.mapping, encoding=args.encoding)
    report = apply_import(
        db,
        reference,
        planned,
        by=args.by,
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        rejects=Path(args.rejects) if args.rejects else None,
    )
    if args.json:
        print_json(report.to_json())
    else:
        _print_report(report)
    if report.rejected and not args.skip_invalid and not args.dry_run:
        print(
            f"mdir-desk: nothing imported: {report.rejected} invalid row(s); fix them, or use "
            "--skip-invalid --rejects OUT.csv",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    return 0


def _print_report(report: ImportReport) -> None:
    verb = "would import" if report.dry_run else "imported"
    print(
        f"{verb} {report.imported} new and updated {report.updated} device(s); "
        f"{report.rejected} row(s) rejected of {report.total_rows}"
    )
    for error in report.errors[:50]:
        print(f"  row {error['row']}, {error['column'] or '-'}: {error['message']}")
    if len(report.errors) > 50:
        print(f"  ... and {len(report.errors) - 50} more (use --json for all)")
    for warning in report.warnings[:20]:
        print(f"  warning: row {warning['row']}, {warning['column'] or '-'}: {warning['message']}")
    if report.ignored_columns:
        print(f"  ignored columns: {', '.join(report.ignored_columns)}")
    if report.rejects_file:
        print(f"  rejected rows written to {report.rejects_file}")


def _mapping(args: argparse.Namespace, db: Database) -> int:
    if args.mapping_action == "save":
        save_mapping_profile(db, args.name, parse_mapping_pairs(args.pairs), by=args.by)
        print(f"mapping '{args.name}' saved")
        return 0
    profiles = list_mapping_profiles(db)
    if args.json:
        print_json([{"name": n, "shipped": p is None, "mapping": p} for n, p in profiles.items()])
    else:
        for name, pairs in profiles.items():
            kind = "shipped" if pairs is None else ", ".join(f"{k}={v}" for k, v in pairs.items())
            print(f"{name}: {kind}")
    return 0
