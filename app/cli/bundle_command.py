"""``mdir-desk bundle export|import`` and ``mdir-desk trust add|list|remove|export-key``.

Exit codes of ``bundle import``: 0 applied (or a dry run, or nothing to do), 2 bad input or a
refused bundle (one line on stderr, nothing written but the ``bundle.refused`` event), 4 a
publisher this installation does not trust (or a revoked key).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.accounts_command import authenticate_as
from app.cli.output import one_line, print_json
from app.cli.passwords import read_passwords
from app.database.db import Database
from app.services import accounts
from app.services.reference import Reference

MAX_SHOWN = 20  # changed items shown field by field in the text report


def run_bundle(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    if args.action == "export":
        from app.services.bundles.export import export_bundle
        from app.services.bundles.manifest import parse_includes

        includes = parse_includes(args.include)
        (password,) = read_passwords(args.password_stdin, [f"password of {args.as_user}"])
        user = accounts.authenticate(db, args.as_user, password)
        result = export_bundle(
            db, reference, Path(args.out), includes, by=user, password=password,
            write_key=args.write_key,
        )  # fmt: skip
        if args.json:
            print_json(result.to_json())
            return 0
        counts = ", ".join(f"{n} {k}" for k, n in result.counts.items())
        print(f"{result.path}: {result.kind} bundle ({counts}), signed by {user.username}, "
              f"key {result.fingerprint[:16]}")  # fmt: skip
        if result.key_file:
            print(f"{result.key_file}: public key (fingerprint {result.fingerprint})")
        return 0
    from app.services.bundles.importer import import_bundle

    report = import_bundle(db, reference, Path(args.file), dry_run=args.dry_run, by=args.by)
    if args.json:
        print_json(report.to_json())
    else:
        _print_report(report)
    return 0


def _print_report(report: object) -> None:
    from app.services.bundles.importer import ImportReport

    assert isinstance(report, ImportReport)
    if report.same_installation:
        print(f"{one_line(report.file)} was made by this installation; nothing to import")
        return
    print(
        f"{one_line(report.file)}: {report.kind} bundle from {one_line(report.publisher)} "
        f"(trusted as {one_line(report.trusted_as)}, key {report.fingerprint[:16]}), installation "
        f"{report.source_installation[:8]}, made {report.created_at}"
    )
    for change in report.changes:
        line = f"  {change.kind}: {change.added} added, {change.changed} changed, "
        line += (
            f"{change.unchanged} {'already present' if report.kind == 'decisions' else 'unchanged'}"
        )
        print(line + (f" — {change.note}" if change.note else ""))
        shown = [c for c in change.items if c.action == "changed"][:MAX_SHOWN]
        for item in shown:
            fields = "; ".join(
                f"{name}: {_value(before)} -> {_value(after)}"
                for name, (before, after) in item.fields.items()
            )
            print(f"    {one_line(item.key)}: {one_line(fields)}")
        more = change.changed - len(shown)
        if more > 0:
            print(f"    ... and {more} more changed (--json lists every change)")
    if report.dry_run:
        print("dry run: nothing was written")
    elif report.applied:
        print("applied (one transaction; bundle.imported is in the audit trail)")
    else:
        print("nothing to change: nothing was written")


def _value(value: object) -> str:
    if value is None:
        return "(empty)"
    text = value if isinstance(value, str) else str(value)
    return f'"{text[:60]}"' if isinstance(value, str) else text[:60]


def run_trust(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    from app.services.bundles import trust

    if args.action == "list":
        views = trust.list_trust(db)
        if args.json:
            print_json([v.to_json() for v in views])
        for view in [] if args.json else views:
            print(
                f"{view.fingerprint}  {view.state:<7}  {one_line(view.label)}  "
                f"({view.publisher} @ {view.installation[:8]}) since {view.since} by {view.by}"
            )
        return 0
    if args.action == "export-key":
        key = trust.export_key(db, args.username, Path(args.out))
        print(f"{args.out}: public key of {key.username}, fingerprint {key.fingerprint}")
        return 0
    if args.action == "add":
        key = trust.read_key_file(Path(args.keyfile))
        user, _ = authenticate_as(args, db, [])
        view, added = trust.add_trust(db, key, label=args.name, by=user)
        state = "trusted" if added else "already trusted"
        print(f"{state}: {view.fingerprint} {one_line(view.label)}")
        return 0
    user, _ = authenticate_as(args, db, [])
    view = trust.remove_trust(db, args.fingerprint, by=user)
    print(f"revoked: {view.fingerprint} {one_line(view.label)} (kept as revoked)")
    return 0
