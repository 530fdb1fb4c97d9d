"""Arguments of ``bundle export|import`` and ``trust add|list|remove|export-key``."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.accounts_parser import add_admin, add_password_stdin


def add_bundle_parsers(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    bundle = commands.add_parser(
        "bundle", help="signed data bundles carried between installations (USB, no network)"
    )
    sub = bundle.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    export = sub.add_parser("export", help="write a bundle signed with an administrator's key")
    export.add_argument("out", metavar="OUT", help="the bundle file to write (never overwritten)")
    export.add_argument(
        "--include",
        metavar="LIST",
        help="comma-separated: inventory,contacts,escalation,tree,users-public (default: "
        "inventory,contacts,escalation), or decisions alone (laptop -> central)",
    )
    add_admin(export)
    add_password_stdin(export, "the administrator's password")
    export.add_argument(
        "--write-key",
        action="store_true",
        help="also write the signing key's public key file next to the bundle (OUT.key.json)",
    )
    export.add_argument("--json", action="store_true")
    imp = sub.add_parser(
        "import", help="verify a bundle, show what would change, apply it (all or nothing)"
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="only show what would change")
    imp.add_argument("--by", metavar="NAME", help="who imports (default: the OS account)")
    imp.add_argument("--json", action="store_true")

    trust = commands.add_parser("trust", help="publisher keys this installation trusts")
    tsub = trust.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    add = tsub.add_parser("add", help="trust a publisher's public key file")
    add.add_argument("keyfile", metavar="KEYFILE")
    add.add_argument("--name", metavar="LABEL", help="a label (default: the publisher's name)")
    add_admin(add)
    add_password_stdin(add, "the administrator's password")
    listing = tsub.add_parser("list", help="trusted and revoked keys")
    listing.add_argument("--json", action="store_true")
    remove = tsub.add_parser("remove", help="revoke a key (kept as revoked, never trusted again)")
    remove.add_argument("fingerprint", metavar="FINGERPRINT")
    add_admin(remove)
    add_password_stdin(remove, "the administrator's password")
    key = tsub.add_parser("export-key", help="write a user's public key file")
    key.add_argument("username", metavar="USER")
    key.add_argument("out", metavar="OUT")
