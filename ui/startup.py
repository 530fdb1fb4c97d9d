"""Opening the application: the window first, then the database.

What a person waits for, step by step:

1. Qt, the bundled font and the language; the database file is checked with plain sqlite3
   (:func:`ui.app.check_database`): a file that cannot be used (damaged, not ours, a folder...) is
   refused here, before any window, with the offer to restore its latest good backup. A file of
   an older schema is upgraded here too (after a copy), as before.
2. The main window shows: the tab bar and the first Triage screen, its tag field focused and
   taking typing, saying "Opening the database…". This is the *first screen ready* point:
   ``--quit-when-ready`` exits 0 here (1 if the tag field cannot take input).
3. From the event loop, on a worker thread (no Qt there): SQLAlchemy, pydantic and the services
   are imported, the database opened (created and migrated when new) and the reference data
   loaded.
4. Back on the GUI thread: the Triage view is built around the first screen (what was typed stays;
   a tag entered with Enter meanwhile is looked up now), then the other tabs, one per turn of the
   event loop (a tab chosen meanwhile is built at once); the daily backup starts.

``--quit-when-ready`` on a database that does not exist yet waits for steps 3 and 4 before it exits,
so that the file is created and migrated (and a broken data file still gives exit code 2).
``MDIR_DESK_STARTUP_TRACE=1`` prints each step's time (``t=`` seconds since the epoch) and, at the
first screen, the packages imported so far, on stderr; ``--quit-when-ready`` then waits for every
step (the start-up benchmark and ``tests/unit/test_startup_imports.py`` use it).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ui import app as ui_app

if TYPE_CHECKING:
    from app.database.db import Database
    from app.services.reference import Reference
    from ui.main_window import MainWindow

    Opened = tuple[Database, Reference]

TRACE_ENV = "MDIR_DESK_STARTUP_TRACE"
PAINT_TIMEOUT_MS = 3000  # the first screen counts as ready then, even if never painted
# The core modules the views use, imported on the worker thread with the database (so the GUI
# thread, building the views afterwards, finds them loaded). One missing here is only imported
# later, on the GUI thread: slower, never wrong.
PRELOAD = (
    "app.domain.checklists",
    "app.domain.device_fields",
    "app.domain.incident_terms",
    "app.services.accounts",
    "app.services.audit",
    "app.services.authority",
    "app.services.backup",
    "app.services.clock",
    "app.services.composition",
    "app.services.contacts",
    "app.services.decisions",
    "app.services.devices",
    "app.services.escalation",
    "app.services.evidence",
    "app.services.exercises",
    "app.services.incident_checklist",
    "app.services.incident_clocks",
    "app.services.incident_devices",
    "app.services.incident_printing",
    "app.services.incident_status",
    "app.services.incident_timeline",
    "app.services.incidents",
    "app.services.inventory",
    "app.services.inventory_import",
    "app.services.lessons",
    "app.services.output_log",
    "app.services.playbook",
    "app.services.printing",
    "app.services.sbom",
    "app.services.settings",
    "app.services.signoff",
)


def tracing() -> bool:
    return bool(os.environ.get(TRACE_ENV))


def trace(step: str) -> None:
    """With MDIR_DESK_STARTUP_TRACE set: "mdir-desk: startup: <step> t=<epoch seconds>"."""
    if tracing():
        print(f"mdir-desk: startup: {step} t={time.time():.6f}", file=sys.stderr, flush=True)


def trace_modules() -> None:
    if tracing():
        packages = sorted({name.split(".")[0] for name in list(sys.modules)})
        print(f"mdir-desk: startup: modules {' '.join(packages)}", file=sys.stderr, flush=True)


class DatabaseOpener(QObject):
    """Opens the database and loads the reference data on a worker thread.

    Signals:
    done(object): (Database, Reference), or the exception raised (delivered on the GUI thread).
    """

    done = Signal(object)

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self.thread: threading.Thread | None = None
        self.outcome: object = None
        self.taken = False  # the GUI thread received the outcome

    def start(self) -> None:
        self.thread = threading.Thread(target=self._work, name="mdir-desk-open", daemon=True)
        self.thread.start()

    def _work(self) -> None:
        import importlib

        outcome: object
        try:
            db = ui_app.open_store(self.db_path)
            try:
                outcome = (db, ui_app.open_rest(db))
                for name in PRELOAD:
                    importlib.import_module(name)
            except BaseException:
                db.close()
                raise
        except BaseException as exc:  # told on the GUI thread
            outcome = exc
        self.outcome = outcome
        with contextlib.suppress(RuntimeError):  # the application ended meanwhile
            self.done.emit(outcome)

    def finish(self) -> None:
        """Wait for the worker (a database being created is never cut off); close a database it
        opened that nobody took."""
        if self.thread is not None:
            self.thread.join()
        if not self.taken and isinstance(self.outcome, tuple):
            self.outcome[0].close()


class _FirstPaint(QObject):
    """Calls ``then`` once, on the turn of the event loop after ``widget`` is first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.then = then
        self.called = False
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_TIMEOUT_MS, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        if not self.called:
            self.called = True
            self.then()


class Startup:
    """One start of the GUI on a database file (see the module's docstring)."""

    def __init__(
        self,
        app: QApplication,
        db_path: Path,
        lang: str,
        *,
        quit_when_ready: bool,
        configure_log: Callable[[], None] | None = None,
    ) -> None:
        """``configure_log``: sets up the log file, called when the first screen shows."""
        self.app = app
        self.configure_log = configure_log
        self.db_path = db_path
        self.lang = lang
        self.quit_when_ready = quit_when_ready
        self.window: MainWindow | None = None
        self.opener: DatabaseOpener | None = None
        self.daily: ui_app.DailyBackup | None = None
        self.db: Database | None = None
        self.ready = False
        self.wait_for_all = False
        self.code: int | None = None
        self.failure: BaseException | None = None

    def run(self) -> int:
        from ui.main_window import MainWindow

        checked = ui_app.check_database(self.db_path)
        if isinstance(checked, int):
            return checked
        if isinstance(checked, tuple):  # opened before the window (restored, or upgraded)
            self.db = checked[0]
            self.window = MainWindow(*checked, self.lang)
        else:
            self.window = MainWindow(None, None, self.lang)
        # Wait for the start-up work before quitting: a new file is created and migrated.
        self.wait_for_all = checked == "new" or tracing()
        ui_app.install_excepthook(self.window)
        self.window.show()
        _FirstPaint(self.window.device_page.tag_input, self._first_screen_shown)
        if self.db is not None:
            self._start_daily()
        code = self.app.exec()
        if self.opener is not None:
            self.opener.finish()
        if self.daily is not None:
            self.daily.stop()
        if self.db is not None:
            self.db.close()
        if self.failure is not None:
            raise self.failure
        return self.code if self.code is not None else code

    def _first_screen_shown(self) -> None:
        assert self.window is not None
        self.ready = self.window.triage_ready()
        trace("first screen ready" if self.ready else "first screen NOT ready")
        trace_modules()
        if self.quit_when_ready and (self.window.attached or not self.wait_for_all):
            self._exit(0 if self.ready else 1)
            return
        self._after_first_screen()
        if self.window.attached:  # opened before the window (restored, or upgraded)
            self._all_done()
            return
        from PySide6.QtCore import Qt  # not before the first screen (see ui.style)

        self.window.views_built.connect(self._all_done)
        self.opener = DatabaseOpener(self.db_path)
        self.opener.done.connect(self._opened, Qt.ConnectionType.QueuedConnection)
        self.opener.start()

    def _after_first_screen(self) -> None:
        """What waited for the first screen: the log file, and the bundled font in English."""
        if self.configure_log is not None:
            self.configure_log()
        if self.lang == "en":
            ui_app.load_fonts()

    def _opened(self, outcome: object) -> None:
        assert self.window is not None and self.opener is not None
        self.opener.taken = True
        try:
            result = ui_app.settle_opening(self.db_path, cast("Opened | BaseException", outcome))
        except BaseException as exc:  # a bug: ends the start as an error, as it always did
            self.failure = exc
            self._exit(1)
            return
        if isinstance(result, int):
            self._exit(result)
            return
        self.db = result[0]
        trace("database open")
        try:
            self.window.attach(*result, staged=True)
        except BaseException as exc:  # a bug: as above
            self.failure = exc
            self._exit(1)
            return
        trace("look-ups ready")
        self._start_daily()

    def _start_daily(self) -> None:
        assert self.window is not None and self.db is not None
        self.daily = ui_app.DailyBackup(self.db, self.window)
        if not self.quit_when_ready:
            self.daily.start()

    def _all_done(self) -> None:
        assert self.window is not None
        trace("all tabs built")
        if self.quit_when_ready:  # a view that failed to build fails the start
            self._exit(0 if self.ready and not self.window.failed else 1)

    def _exit(self, code: int) -> None:
        # exit(), not quit(): QGuiApplication.quit() finishes asynchronously and can leave the
        # thread's "quit now" flag set after exec() returns, so that every later event loop in
        # this process (a test's wait) would return at once.
        self.code = code
        self.app.exit(code)
