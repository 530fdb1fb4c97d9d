"""``mdir-desk inventory import|export|mapping|sbom|affected``: files in and out of the inventory."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.inventory_command import device_summary
from app.cli.output import print_json
from app.database.db import Database
from app.services.composition import affected_devices, import_sbom
from app.services.reference import Reference


def run_inventory_files(
    args: argparse.Namespace, db: Database, reference: Reference, lang: str
) -> int:
    if args.action == "sbom":
        return _sbom_import(args, db)
    if args.action == "affected":
        return _affected(args, db, reference, lang)
    from app.cli.inventory_import_command import run_import_export

    return run_import_export(args, db, reference, lang)


def _sbom_import(args: argparse.Namespace, db: Database) -> int:
    done = import_sbom(db, Path(args.file), model=args.model, firmware=args.firmware, by=args.by)
    report = {
        "sbom_id": done.sbom_id,
        "format": done.format,
        "spec_version": done.spec_version,
        "components": done.components,
        "model": args.model,
        "firmware": args.firmware,
        "devices": done.devices,
    }
    if args.json:
        print_json(report)
    else:
        which = f"{args.model}" + (f" firmware {args.firmware}" if args.firmware else "")
        print(
            f"{done.components} components ({done.format} {done.spec_version}) attached to "
            f"{which}: {done.devices} device(s) in the inventory now"
        )
    return 0


def _affected(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    found = affected_devices(db, args.component, args.version)
    if args.json:
        print_json(
            [
                {
                    **device_summary(a.device, reference, lang),
                    "firmware_version": a.device.record["firmware_version"],
                    "component": {
                        "name": a.component.name,
                        "group": a.component.group,
                        "version": a.component.version,
                        "purl": a.component.purl,
                    },
                    "version_status": a.version_status,
                    "sbom_id": a.sbom_id,
                }
                for a in found
            ]
        )
        return 0
    for a in found:
        flag = "  (version unknown: may be affected)" if a.version_status == "unknown" else ""
        print(
            f"{a.device.asset_tag}  {a.device.model or ''} fw {a.device.record['firmware_version']}"
            f"  {a.device.unit or '-'}  {a.component.name} {a.component.version or '?'}{flag}"
        )
    if not found:
        print("no device in the inventory carries it (as far as the imported SBOMs tell)")
    return 0
