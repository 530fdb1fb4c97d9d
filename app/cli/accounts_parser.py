"""Arguments of ``users``, ``signoff``, ``signoff-matrix`` and ``audit``."""

from __future__ import annotations

import argparse
from typing import Any

MEANINGS = ("approved", "rejected", "reviewed", "verified")


def add_password_stdin(parser: argparse.ArgumentParser, lines: str) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=f"read {lines} from standard input, one per line",
    )


def add_admin(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument(
        "--as",
        dest="as_user",
        required=required,
        metavar="USER",
        help="the signed-in user doing this (asked for their password)",
    )


def add_accounts_parsers(
    commands: Any, parser_class: type[argparse.ArgumentParser], whole_number: Any
) -> None:
    users = commands.add_parser("users", help="local accounts")
    sub = users.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    add = sub.add_parser("add", help="create an account (the first one: an administrator)")
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--name", required=True, metavar="FULL_NAME")
    add.add_argument(
        "--role", action="append", required=True, metavar="ROLE", help="repeat for several roles"
    )
    add_admin(add, required=False)
    add.add_argument("--training", metavar="TEXT", help="training attestation (course, date)")
    add.add_argument(
        "--identity-verified", metavar="TEXT", help="who verified the person's identity, and how"
    )
    add_password_stdin(add, "the administrator's password (with --as), then the new password")
    add.add_argument("--json", action="store_true")

    listing = sub.add_parser("list", help="all accounts (deactivated ones too)")
    listing.add_argument("--json", action="store_true")

    for name, help_text, lines in (
        ("deactivate", "deactivate an account (never deleted)", "the administrator's password"),
        (
            "unlock",
            "unlock an account locked after failed sign-ins",
            "the administrator's password",
        ),
        (
            "reset-password",
            "set a temporary password the person must change before signing",
            "the administrator's password, then the temporary password",
        ),
    ):
        action = sub.add_parser(name, help=help_text)
        action.add_argument("username", metavar="USERNAME")
        add_admin(action)
        add_password_stdin(action, lines)

    update = sub.add_parser("update", help="change an account's name, roles or records")
    update.add_argument("username", metavar="USERNAME")
    update.add_argument("--name", metavar="FULL_NAME")
    update.add_argument("--role", action="append", metavar="ROLE", help="replaces all roles")
    update.add_argument("--training", metavar="TEXT")
    update.add_argument("--identity-verified", metavar="TEXT")
    add_admin(update)
    add_password_stdin(update, "the administrator's password")

    change = sub.add_parser("change-password", help="choose a new password (your own account)")
    change.add_argument("username", metavar="USERNAME")
    add_password_stdin(change, "the current (or temporary) password, then the new one")

    signoff = commands.add_parser("signoff", help="sign a decision (asks for the password)")
    signoff.add_argument("decision_id", metavar="DECISION_ID")
    signoff.add_argument("--user", required=True, metavar="USER")
    signoff.add_argument("--meaning", required=True, choices=MEANINGS)
    signoff.add_argument("--reason", metavar="TEXT", help="required to reject or accept unknown")
    signoff.add_argument(
        "--accept-unknown",
        action="store_true",
        help="approve a provisional decision, accepting its unknown answer (needs --reason)",
    )
    add_password_stdin(signoff, "the signer's password")
    signoff.add_argument("--json", action="store_true")

    matrix = commands.add_parser("signoff-matrix", help="which roles sign off which class")
    mx = matrix.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    mx_show = mx.add_parser("show", help="the roles per class")
    mx_show.add_argument("--json", action="store_true")
    mx_set = mx.add_parser("set", help="the roles that may approve one class")
    mx_set.add_argument("ir_class", type=whole_number, metavar="CLASS")
    mx_set.add_argument("roles", metavar="ROLE[,ROLE...]")
    add_admin(mx_set)
    add_password_stdin(mx_set, "the password of the user given by --as")

    audit = commands.add_parser("audit", help="the audit trail")
    au = audit.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=parser_class
    )
    verify = au.add_parser("verify", help="check chain, seals, signatures; exit 1 if broken")
    verify.add_argument("--json", action="store_true")
    export = au.add_parser("export", help="the whole trail to OUT.csv or OUT.json")
    export.add_argument("out", metavar="OUT")
    export.add_argument("--by", metavar="NAME", help="who exports (default: the OS account)")
    show = au.add_parser("list", help="events, oldest first")
    show.add_argument("--record", metavar="ID", help="events of one record")
    show.add_argument("--actor", metavar="NAME")
    show.add_argument("--since", metavar="ISO_TIME")
    show.add_argument("--until", metavar="ISO_TIME")
    show.add_argument("--json", action="store_true")
