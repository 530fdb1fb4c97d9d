"""``mdir-desk users|signoff|signoff-matrix|audit``."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.output import print_json
from app.cli.passwords import read_passwords
from app.database.db import Database
from app.services import accounts, audit, signoff
from app.services.authority import AuthenticatedUser
from app.services.reference import Reference


def authenticate_as(
    args: argparse.Namespace, db: Database, extra: list[str]
) -> tuple[AuthenticatedUser, list[str]]:
    """Sign in the ``--as`` user (first password line) and return the remaining password lines."""
    lines = read_passwords(args.password_stdin, [f"password of {args.as_user}", *extra])
    return accounts.authenticate(db, args.as_user, lines[0]), lines[1:]


def run_users(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    if args.action == "list":
        users = accounts.list_users(db)
        if args.json:
            print_json([u.to_json() for u in users])
        for user in [] if args.json else users:
            state = "active" if user.active else f"deactivated {user.deactivated_at}"
            flags = (" LOCKED" if user.locked else "") + (
                " must-change-password" if user.must_change_password else ""
            )
            print(f"{user.username}  {user.full_name}  {','.join(user.roles)}  {state}{flags}")
        return 0
    if args.action == "add":
        return _add(args, db)
    if args.action == "change-password":
        old, new = read_passwords(
            args.password_stdin, ["current (or temporary) password", "new password"]
        )
        user = accounts.change_password(db, args.username, old, new)
        print(f"password changed for {user.username}")
        return 0
    admin, rest = authenticate_as(
        args, db, ["temporary password"] if args.action == "reset-password" else []
    )
    if args.action == "deactivate":
        user = accounts.deactivate_user(db, args.username, by=admin)
        print(f"{user.username} deactivated (the account and its signatures are kept)")
    elif args.action == "unlock":
        user = accounts.unlock_user(db, args.username, by=admin)
        print(f"{user.username} unlocked")
    elif args.action == "reset-password":
        user = accounts.reset_password(db, args.username, rest[0], by=admin)
        print(
            f"temporary password set for {user.username}; they must change it "
            "(users change-password) before signing"
        )
    else:
        user = accounts.update_user(
            db,
            args.username,
            by=admin,
            full_name=args.name,
            roles=args.role,
            training=args.training,
            identity_verified=args.identity_verified,
        )
        print(f"{user.username}  {user.full_name}  {','.join(user.roles)}")
    return 0


def _add(args: argparse.Namespace, db: Database) -> int:
    if args.as_user:
        admin, rest = authenticate_as(args, db, [f"password for {args.username}"])
        password = rest[0]
    else:
        admin = None
        (password,) = read_passwords(args.password_stdin, [f"password for {args.username}"])
    user = accounts.add_user(
        db,
        username=args.username,
        full_name=args.name,
        roles=args.role,
        password=password,
        by=admin,
        training=args.training,
        identity_verified=args.identity_verified,
    )
    if args.json:
        print_json(user.to_json())
    else:
        print(
            f"{user.username} added ({','.join(user.roles)}), key {(user.key_fingerprint or '')[:16]}"
        )
    return 0


def run_signoff(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    (password,) = read_passwords(args.password_stdin, [f"password of {args.user}"])
    signature = signoff.sign_decision(
        db,
        reference,
        args.decision_id,
        username=args.user,
        password=password,
        meaning=args.meaning,
        reason=args.reason,
        accept_unknown=args.accept_unknown,
        lang=lang,
    )
    if args.json:
        print_json(signature.to_json())
    else:
        print(manifestation(signature, reference, lang))
    return 0


def manifestation(signature: signoff.SignatureView, reference: Reference, lang: str) -> str:
    """The printed name, role, meaning and local time with zone of a signature (Part 11 §11.50)."""
    meaning = reference.signoff.meaning_label(signature.meaning, lang)
    role = accounts.role_names(reference, (signature.role,), lang)
    text = f"{meaning} — {signature.full_name} ({role}), {signature.signed_at_local}"
    if signature.reason:
        text += f"; reason: {signature.reason}"
    if signature.accepted_unknown:
        text += " [accepted unknown]"
    if not signature.valid:
        text += f"  NOT VALID: {signature.problem}"
    return text


def run_signoff_matrix(
    args: argparse.Namespace, db: Database, reference: Reference, lang: str
) -> int:
    if args.action == "set":
        user, _ = authenticate_as(args, db, [])
        matrix = signoff.set_signoff_roles(db, reference, args.ir_class, [args.roles], by=user)
    else:
        matrix = signoff.signoff_matrix(db, reference)
    if getattr(args, "json", False):
        print_json({str(n): list(roles) for n, roles in sorted(matrix.items())})
        return 0
    for number, roles in sorted(matrix.items()):
        print(f"class {number} ({reference.class_name(number, lang)}): {', '.join(roles)}")
    return 0


def run_audit(args: argparse.Namespace, db: Database, reference: Reference, lang: str) -> int:
    if args.action == "verify":
        report = audit.verify_audit(db)
        if args.json:
            print_json(report.to_json())
        elif report.intact:
            seals = (
                f"seals checked from event {report.sealed_since}"
                if report.seals == "checked"
                else "seals NOT checked (this computer has no key for this database)"
            )
            print(
                f"audit trail intact: {report.events} events, {report.decisions} decisions, "
                f"{report.signatures} signatures; {seals}"
            )
        else:
            print(f"audit trail BROKEN: {report.problems[0].text()}")
            for problem in report.problems[1:]:
                print(f"  also: {problem.text()}")
        return 0 if report.intact else 1
    if args.action == "export":
        out = Path(args.out)
        count = audit.export_audit(db, out, by=args.by)
        print(f"{out}: {count} events")
        return 0
    events = audit.list_events(
        db,
        audit.EventFilter(
            entity_id=args.record, actor=args.actor, since=args.since, until=args.until
        ),
    )
    if args.json:
        print_json([e.to_json() for e in events])
    else:
        for e in events:
            role = f" ({e.actor_role})" if e.actor_role else ""
            print(
                f"{e.seq:>6}  {e.at}  {e.kind:<24} {e.entity_id}  {e.actor_text}{role}  @{e.workstation}"
            )
    return 0
