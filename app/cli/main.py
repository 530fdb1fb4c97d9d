"""Entry point of ``mdir-desk`` and ``python -m app``."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from pathlib import Path

from app.cli.parser import PROG, build_parser, parse_start
from app.errors import AppError


def main(argv: list[str] | None = None) -> int:
    _utf8_stdio()
    # Opening the application parses the global options alone; a command builds the full parser.
    args = parse_start(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except AppError as exc:
        _error(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except Exception as exc:  # a bug: say so in one line; the traceback on request
        if os.environ.get("MDIR_DESK_DEBUG"):
            raise
        _error(f"internal error: {type(exc).__name__}: {exc} (set MDIR_DESK_DEBUG=1 for details)")
        return 1


def _dispatch(args: argparse.Namespace) -> int:
    lang = args.lang or _locale_language()
    db_path = Path(args.db).expanduser() if args.db else None
    if args.command is None:
        return _run_gui(db_path, args.lang, args.quit_when_ready)
    if args.command == "selftest":
        return _selftest()

    from app.services.reference import load_reference

    reference = load_reference()
    if args.command == "classify":
        from app.cli.classify_command import run_classify

        return run_classify(args, reference, lang)

    from app.cli.backup_command import open_for_command, run_backup

    if args.command == "backup":
        return run_backup(args, db_path or _default_db())
    db = open_for_command(db_path or _default_db())
    try:
        if args.command == "decisions":
            from app.cli.decisions_command import run_decisions

            return run_decisions(args, db, reference, lang)
        if args.command in ("contacts", "escalation", "settings", "print"):
            from app.cli import contacts_command

            run = getattr(contacts_command, f"run_{args.command}")
            return int(run(args, db, reference, lang))
        if args.command in ("users", "signoff", "signoff-matrix", "audit"):
            from app.cli import accounts_command

            run = getattr(accounts_command, f"run_{args.command.replace('-', '_')}")
            return int(run(args, db, reference, lang))
        if args.command in ("bundle", "trust"):
            from app.cli import bundle_command

            return int(getattr(bundle_command, f"run_{args.command}")(args, db, reference, lang))
        if args.command in ("incidents", "exercise"):
            from app.cli import incidents_command

            return int(getattr(incidents_command, f"run_{args.command}")(args, db, reference, lang))
        if args.command == "dev":
            from app.cli.dev_command import run_dev

            return run_dev(args, db, reference, lang)
        if args.command == "inventory":
            from app.cli.inventory_command import run_inventory

            return run_inventory(args, db, reference, lang)
        from app.services.demo import populate_demo

        summary = populate_demo(db, reference, args.devices)
        print(
            f"demo hospital in {db.path}: {summary.added} devices added, "
            f"{summary.already_present} already there"
        )
        return 0
    finally:
        db.close()


def _run_gui(db_path: Path | None, lang: str | None, quit_when_ready: bool) -> int:
    # app/ never imports ui/ statically (ui depends on app, not the reverse). This entry point is the
    # one place that starts the GUI, located by name only when no command was given.
    log = _EarlyLog()
    try:
        gui = importlib.import_module("ui.app")
        return int(
            gui.run(db_path or _default_db(), lang, quit_when_ready, configure_log=log.configure)
        )
    finally:
        log.finish()


class _EarlyLog(logging.Handler):
    """The log file is set up once the first screen shows (its imports are not what the window
    needs); records logged before that are kept here and written to it then (or when the program
    ends). A hard crash before it is reported on stderr."""

    def __init__(self) -> None:
        import faulthandler

        super().__init__()
        self.records: list[logging.LogRecord] = []
        self.configured = False
        faulthandler.enable()  # the log folder's crash.log takes over once configured
        root = logging.getLogger()
        root.addHandler(self)
        root.setLevel(logging.INFO)

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def configure(self) -> None:
        """Set up the log file (once) and write the records kept so far."""
        if self.configured:
            return
        from app.logging_setup import configure_logging

        self.configured = True
        root = logging.getLogger()
        root.removeHandler(self)
        configure_logging()
        for record in self.records:
            root.handle(record)
        self.records.clear()

    def finish(self) -> None:
        if self.records:
            self.configure()
        logging.getLogger().removeHandler(self)


def _selftest() -> int:
    from app.services.selftest import run_selftest

    checks = run_selftest()
    for check in checks:
        status = "ok  " if check.ok else "FAIL"
        print(f"{status} {check.name}" + (f" — {check.detail}" if check.detail else ""))
    ok = all(c.ok for c in checks)
    print("selftest passed" if ok else "selftest FAILED")
    return 0 if ok else 1


def _default_db() -> Path:
    from app.paths import default_db_path

    path = default_db_path()
    if not os.environ.get("MDIR_DESK_DB"):
        path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _locale_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    import locale

    code = locale.getlocale()[0] or ""
    return "ja" if code.lower().startswith("ja") else "en"


def _error(message: str) -> None:
    from app.cli.output import one_line

    print(f"{PROG}: {one_line(message)}", file=sys.stderr, flush=True)


def _utf8_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
