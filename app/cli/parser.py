"""The argument parser. Errors come out as one line on stderr with exit code 2.

The commands' parsers (and what their modules import) are built only when a command is given:
opening the application parses the global options alone (:func:`parse_start`).
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from app.version import __version__

PROG = "mdir-desk"


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        from app.cli.output import one_line

        print(f"{PROG}: error: {one_line(message)}", file=sys.stderr)
        raise SystemExit(2)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    return value


class _NotAStart(Exception):
    """The arguments are not a plain start of the application (see :func:`parse_start`)."""


class _StartParser(OneLineParser):
    def error(self, message: str) -> NoReturn:
        raise _NotAStart(message)


def parse_start(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a start of the application: global options only, no command.

    Parsed without building the commands' parsers, so opening the window imports none of the
    command modules. None when ``argv`` holds anything else (a command, help, the version, a
    mistake): :func:`build_parser` then parses it, and reports any error, exactly as before. With
    no leftover argument the result equals the full parser's, whose global options are the same
    (:func:`_add_global_options`); ``--version`` and ``--help`` are left to the full parser.
    """
    # A fixed width: the default formatter would measure the terminal (and import shutil for it);
    # this parser never prints help.
    parser = _StartParser(
        prog=PROG,
        add_help=False,
        formatter_class=lambda prog: argparse.HelpFormatter(prog, width=100),
    )
    _add_global_options(parser, version=False)
    try:
        args, extra = parser.parse_known_args(argv)
    except _NotAStart:
        return None
    if extra:
        return None
    args.command = None
    return args


def _add_global_options(parser: argparse.ArgumentParser, *, version: bool = True) -> None:
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: MDIR_DESK_DB or the user data folder)"
    )
    parser.add_argument(
        "--lang", choices=["en", "ja"], help="language (default: from the OS locale)"
    )
    if version:
        parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="open the application and exit 0 as soon as it is ready for input",
    )


def build_parser() -> argparse.ArgumentParser:
    from app.cli.accounts_parser import add_accounts_parsers
    from app.cli.backup_parser import add_backup_parser
    from app.cli.bundle_parser import add_bundle_parsers
    from app.cli.contacts_parser import add_contacts_parsers
    from app.cli.dev_command import add_dev_parser
    from app.cli.incidents_parser import add_incidents_parsers
    from app.cli.inventory_parser import add_inventory_parser

    parser = OneLineParser(
        prog=PROG,
        description="MDIR Desk: medical-device cyber incident triage "
        "(CSA seven-class model). Without a command, opens the application.",
    )
    _add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)

    classify = commands.add_parser("classify", help="classify a device from answers")
    classify.add_argument(
        "--answer",
        action="append",
        default=[],
        metavar="ID=VALUE",
        help="an answer, e.g. harm_now=no (repeat for each question)",
    )
    classify.add_argument(
        "--batch",
        metavar="FILE",
        help="JSON lines of answer objects ('-' for stdin); one result per line",
    )
    classify.add_argument("--json", action="store_true", help="print JSON")

    decisions = commands.add_parser("decisions", help="record and read decisions")
    sub = decisions.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=OneLineParser
    )
    record = sub.add_parser("record", help="record a decision (printed only after it is saved)")
    record.add_argument("--answer", action="append", default=[], metavar="ID=VALUE", required=True)
    record.add_argument("--by", required=True, metavar="NAME", help="who decided")
    record.add_argument("--role", required=True, help="their role, e.g. charge_nurse")
    which = record.add_mutually_exclusive_group()
    which.add_argument("--device", metavar="TAG", help="asset tag of a device in the inventory")
    which.add_argument("--category", metavar="CAT", help="device category code")
    record.add_argument("--unit")
    record.add_argument("--location")
    record.add_argument(
        "--incident", metavar="INCIDENT", help="an open incident (reference or id) to record it in"
    )
    record.add_argument("--note", metavar="TEXT")
    record.add_argument(
        "--supersedes",
        metavar="ID",
        help="the decision this one replaces (e.g. an unknown answer resolved)",
    )
    record.add_argument("--json", action="store_true")
    listing = sub.add_parser("list", help="saved decisions, newest first")
    listing.add_argument("--json", action="store_true")
    show = sub.add_parser("show", help="one decision in full, with its signatures")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    pending = sub.add_parser("pending", help="decisions awaiting sign-off, oldest first")
    pending.add_argument("--role", help="only those this role may sign off")
    pending.add_argument("--json", action="store_true")

    demo = commands.add_parser("demo", help="fill the database with a synthetic demo hospital")
    demo.add_argument("--devices", type=positive_int, default=300, metavar="N")

    add_inventory_parser(commands, OneLineParser, positive_int)
    add_contacts_parsers(commands, OneLineParser, positive_int)
    add_accounts_parsers(commands, OneLineParser, positive_int)
    add_dev_parser(commands, OneLineParser)
    add_backup_parser(commands, OneLineParser)
    add_incidents_parsers(commands, OneLineParser)
    add_bundle_parsers(commands, OneLineParser)

    commands.add_parser("selftest", help="check that this installation works; exit 0 when it does")
    return parser
