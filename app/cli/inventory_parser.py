"""Arguments of ``mdir-desk inventory ...``."""

from __future__ import annotations

import argparse
from typing import Any


def add_inventory_parser(
    commands: Any, parser_class: type[argparse.ArgumentParser], whole_number: Any
) -> None:
    inventory = commands.add_parser("inventory", help="the device inventory (biomed)")
    sub = inventory.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )

    imp = sub.add_parser("import", help="import devices from CSV (UTF-8, Shift_JIS) or XLSX")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--mapping",
        default="auto",
        metavar="auto|snipe-it|NAME",
        help="how columns map to fields (default: recognise common headers)",
    )
    imp.add_argument(
        "--encoding",
        metavar="CODEC",
        help="force the text encoding of a CSV that is neither UTF-8 nor Shift_JIS (e.g. cp1252)",
    )
    imp.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows; write the rejected ones to --rejects",
    )
    imp.add_argument("--rejects", metavar="OUT.csv")
    imp.add_argument("--by", default="mdir-desk import", metavar="NAME", help="who imports")
    imp.add_argument("--json", action="store_true")

    exp = sub.add_parser("export", help="every field of every device, to CSV or XLSX")
    exp.add_argument("out", metavar="OUT.csv|OUT.xlsx")

    search = sub.add_parser("search", help="full-text search (prefix; Japanese of any length)")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=whole_number, default=50, metavar="N")
    search.add_argument("--unit")
    search.add_argument("--category")
    search.add_argument("--json", action="store_true")

    show = sub.add_parser("show", help="one device in full")
    show.add_argument("tag", metavar="TAG")
    show.add_argument("--json", action="store_true")

    mapping = sub.add_parser("mapping", help="saved import mappings")
    mapping_sub = mapping.add_subparsers(
        dest="mapping_action", metavar="ACTION", required=True, parser_class=parser_class
    )
    save = mapping_sub.add_parser("save", help="save a mapping: FIELD=HEADER ...")
    save.add_argument("name", metavar="NAME")
    save.add_argument("pairs", nargs="+", metavar="FIELD=HEADER")
    save.add_argument("--by", default="mdir-desk", metavar="NAME")
    listing = mapping_sub.add_parser("list", help="shipped and saved mappings")
    listing.add_argument("--json", action="store_true")

    sbom = sub.add_parser("sbom", help="software bills of materials")
    sbom_sub = sbom.add_subparsers(
        dest="sbom_action", metavar="ACTION", required=True, parser_class=parser_class
    )
    sbom_import = sbom_sub.add_parser(
        "import", help="attach an SBOM (CycloneDX/SPDX JSON) to a model"
    )
    sbom_import.add_argument("file", metavar="FILE")
    sbom_import.add_argument("--model", required=True)
    sbom_import.add_argument("--firmware", metavar="VERSION")
    sbom_import.add_argument("--by", default="mdir-desk", metavar="NAME")
    sbom_import.add_argument("--json", action="store_true")

    affected = sub.add_parser("affected", help="devices that carry a software component")
    affected.add_argument(
        "component", metavar="COMPONENT", help="a purl without version, group/name, or a bare name"
    )
    affected.add_argument("--version", metavar="V", help="e.g. 1.2.3, <=1.2.3, <2.0")
    affected.add_argument("--json", action="store_true")

    pre = sub.add_parser("preclassify", help="set the default class of a device or a category")
    pre.add_argument("--answer", action="append", default=[], metavar="ID=VALUE", required=True)
    target = pre.add_mutually_exclusive_group(required=True)
    target.add_argument("--device", metavar="TAG")
    target.add_argument("--category", metavar="CAT")
    pre.add_argument("--unit", help="with --category: only this unit")
    pre.add_argument("--by", required=True, metavar="NAME")
    pre.add_argument("--role", required=True)
    pre.add_argument("--json", action="store_true")

    overview = sub.add_parser("overview", help="devices per default class per unit")
    overview.add_argument("--json", action="store_true")
