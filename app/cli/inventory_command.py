"""``mdir-desk inventory ...``: search, show, pre-classify and overview; import/export and SBOMs."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.output import print_json
from app.database.db import Database
from app.services.devices import DeviceFilter, DeviceView, get_device, search_devices
from app.services.inventory import class_overview, preclassify
from app.services.reference import Reference
from app.services.triage import parse_answer_args


def run_inventory(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    handlers = {
        "search": _search,
        "show": _show,
        "preclassify": _preclassify,
        "overview": _overview,
    }
    if args.action in handlers:
        return handlers[args.action](args, db, reference, lang)
    from app.cli.inventory_files_command import run_inventory_files

    return run_inventory_files(args, db, reference, lang)


def device_summary(device: DeviceView, reference: Reference, lang: str) -> dict[str, Any]:
    return {
        "id": device.id,
        "asset_tag": device.asset_tag,
        "category": device.category,
        "category_name": _category_name(reference, device.category, lang),
        "manufacturer": device.manufacturer,
        "model": device.model,
        "unit": device.unit,
        "location": device.location,
        "default_class": device.default_class,
    }


def _category_name(reference: Reference, code: str | None, lang: str) -> str | None:
    if code is None:
        return None
    try:
        return reference.categories.get(code).name.get(lang)
    except KeyError:
        return code


def _search(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    found = search_devices(
        db, args.query, args.limit, DeviceFilter(unit=args.unit, category=args.category)
    )
    if args.json:
        print_json([device_summary(d, reference, lang) for d in found])
    else:
        for device in found:
            cls = f"class {device.default_class}" if device.default_class else "no default class"
            name = (
                _category_name(reference, device.category, lang) or device.record["category_text"]
            )
            print(
                f"{device.asset_tag}  {name or '-'}  {device.manufacturer or ''} "
                f"{device.model or ''}  {device.unit or '-'}  {cls}"
            )
    return 0


def _show(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    device = get_device(db, args.tag)
    details = {
        **device_summary(device, reference, lang),
        "record": device.record,
        "prefill": device.prefill(),
    }
    if args.json:
        print_json(details)
    else:
        print(f"{device.asset_tag}  ({details['category_name'] or 'category unknown'})")
        for name, value in device.record.items():
            if value not in (None, ""):
                print(f"  {name}: {value}")
    return 0


def _preclassify(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    done = preclassify(
        db,
        reference,
        parse_answer_args(args.answer),
        by=args.by,
        role=args.role,
        device_tag=args.device,
        category=args.category,
        unit=args.unit,
    )
    result = {
        "decision_id": done.decision_id,
        "ir_class": done.ir_class,
        "ir_class_name": reference.class_name(done.ir_class, lang),
        "devices_updated": done.devices_updated,
    }
    if args.json:
        print_json(result)
    else:
        print(
            f"default class {done.ir_class} ({result['ir_class_name']}) set on "
            f"{done.devices_updated} device(s); decision {done.decision_id}"
        )
    return 0


def _overview(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    rows = class_overview(db)
    if args.json:
        print_json(
            [
                {
                    "unit": r.unit or None,
                    "total": r.total,
                    "classes": {str(k): v for k, v in r.counts.items() if k is not None},
                    "not_classified": r.counts.get(None, 0),
                }
                for r in rows
            ]
        )
        return 0
    print("unit".ljust(14) + "".join(f"{n:>7}" for n in range(1, 8)) + "   none  total")
    for row in rows:
        cells = "".join(f"{row.counts.get(n, 0):>7}" for n in range(1, 8))
        print(f"{(row.unit or '-'):<14}{cells}{row.counts.get(None, 0):>7}{row.total:>7}")
    return 0
