"""Starting the GUI: QApplication, fonts, language, translators, database (with the offer to restore
the latest backup when the file is damaged), reference data, main window, the daily backup.

The CLI calls :func:`run` when no command is given. Importing this module loads Qt and nothing heavy:
the database layer (SQLAlchemy, Alembic), the reference data (pydantic) and the services load in
:mod:`ui.startup` after the first screen is shown (see there for the order).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFontDatabase, QFontInfo, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from app.database.db import SCHEMA_HEAD, DamagedDatabaseError, precheck_database
from app.errors import AppError, DataFileError, StorageError
from app.paths import backups_dir, resources_dir
from ui import dialog_service, style
from ui.style import BASE_POINT_SIZE

if TYPE_CHECKING:
    from datetime import timedelta

    from PySide6.QtWidgets import QMessageBox

    from app.database.db import Database
    from app.services.backup import BackupFile
    from app.services.reference import Reference
    from ui.preferences import Preferences

translate = QCoreApplication.translate

log = logging.getLogger(__name__)
SUPPORTED = ("en", "ja")
NON_INTERACTIVE = ("offscreen", "minimal")  # Qt platforms on which nobody can answer a dialog
BACKUP_CHECK_MS = 60 * 60 * 1000  # hourly: has a day passed since the last backup?
FIRST_BACKUP_CHECK_MS = 60 * 1000  # the first look, a minute after the start
_translators: list[QTranslator] = []  # kept alive as long as the application


def application() -> QApplication:
    """The running QApplication, created if there is none yet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    created = QApplication(sys.argv[:1])
    created.setApplicationName("MDIR Desk")
    created.setWindowIcon(QIcon(str(resources_dir() / "icons" / "mdir-desk.svg")))
    created.setDesktopFileName("mdir-desk")  # Wayland links the window to the .desktop file
    return created


def has_display() -> bool:
    """False on a Linux machine with no X11/Wayland display and no platform chosen: Qt would abort."""
    if QApplication.instance() is not None or not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


_font_families: list[str] = []  # the bundled font's families, once added
_default_family: list[str] = []  # the application font's family before ours was added


def load_fonts() -> list[str]:
    """Add the bundled Japanese font (no boxes instead of Japanese), once; returns its families."""
    if _font_families:
        return _font_families
    font = resources_dir() / "fonts" / "ipaexg.ttf"
    font_id = QFontDatabase.addApplicationFont(str(font))
    if font_id < 0:
        log.warning("could not load the bundled font %s; Japanese may not display", font)
        return []
    _font_families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _font_families


def choose_language(lang: str | None, preferred: str = "system") -> str:
    """``--lang`` first, then the person's preference, else the OS locale's (English unless it is
    Japanese)."""
    if lang:
        return lang if lang in SUPPORTED else "en"
    if preferred in SUPPORTED:
        return preferred
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def install_translators(app: QApplication, lang: str) -> bool:
    """Qt's own strings first, then ours; False when ours is missing (the GUI stays English)."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if lang == "en":
        return True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(QLocale(lang), "qtbase", "_", qt_dir):
        app.installTranslator(qtbase)
        _translators.append(qtbase)
    ours = QTranslator(app)
    qm = resources_dir() / "translations" / f"mdir_desk_{lang}.qm"
    if not qm.exists() or not ours.load(str(qm)):
        log.warning("no translation %s; showing English", qm)
        return False
    app.installTranslator(ours)
    _translators.append(ours)
    return True


def _error_text(exc: BaseException) -> str:
    from ui.error_text import error_text  # here: only a failure needs the message catalogue

    return error_text(exc)


def install_excepthook(parent: QWidget | None = None) -> None:
    """Log an unexpected error and show it, instead of dying silently."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.critical("unexpected error\n%s", details)
        try:
            dialog_service.show_exception(parent, details)
        except Exception:  # the dialog must never hide the original error
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook


def prepare(
    app: QApplication,
    lang: str | None,
    *,
    fonts_later: bool = False,
    preferences: Preferences | None = None,
) -> str:
    """Fonts, language, translators and look; returns the language chosen.

    ``preferences``: the person's saved ones (language when ``lang`` is None, text size, theme);
    read from their file when not given. ``fonts_later``: in English, leave adding the bundled
    Japanese font (only a fallback then, for Japanese in the data) to the caller, after the first
    screen shows (:func:`load_fonts`).
    """
    from ui.preferences import load_preferences

    chosen_preferences = preferences if preferences is not None else load_preferences()
    chosen = choose_language(lang, chosen_preferences.language)
    apply_display(app, chosen, chosen_preferences, fonts_later=fonts_later)
    return chosen


def apply_display(
    app: QApplication, lang: str, preferences: Preferences, *, fonts_later: bool = False
) -> None:
    """Install the language, theme and text size on the application: the windows built from now on
    show them (an open window rebuilds its views, see ``MainWindow.apply_display``)."""
    from ui import locale_format
    from ui.themes import THEMES

    families = [] if fonts_later and lang == "en" and not _font_families else load_fonts()
    install_translators(app, lang)
    locale_format.set_language(lang)
    style.use(THEMES[preferences.theme], preferences.text_size)
    font = app.font()
    font.setPointSizeF(style.pt(BASE_POINT_SIZE))
    # The Japanese font after the system's in Japanese only: given first place, or resolved for an
    # alias, it would draw English too (its "…" is a centred "···"). An English start leaves the
    # families alone (resolving the system's costs some milliseconds at start-up).
    if lang == "ja" or _default_family:
        if not _default_family:  # the system's own, resolved once ("Sans Serif" is an alias)
            _default_family.append(QFontInfo(font).family())
        font.setFamilies([_default_family[0], *(families if lang == "ja" else [])])
    app.setFont(font)
    app.setPalette(style.qt_palette())
    app.setStyleSheet(style.app_stylesheet())


def load_reference() -> Reference:
    """The shipped reference data (loads pydantic and the data models on first use)."""
    from app.services.reference import load_reference as load

    return load()


def open_store(db_path: Path) -> Database:
    """The database, migrated (loads SQLAlchemy, and Alembic when an upgrade is due)."""
    from app.services.store import open_store as open_migrated

    return open_migrated(db_path)


def open_all(db_path: Path) -> tuple[Database, Reference] | int:
    """The database and the reference data, or the exit code after telling the person why not.

    A damaged file (or one of a newer version) brings up the offer to restore its latest good
    backup; a backup made before upgrading the file is logged in it.
    """
    try:
        db = open_store(db_path)
    except StorageError as exc:
        return settle_opening(db_path, exc)
    return finish_opening(db)


def check_database(db_path: Path) -> str | tuple[Database, Reference] | int:
    """Before the window shows: the checks that refuse an unusable file, with plain sqlite3.

    "current" (a sound file at this program's schema) and "new" (no database yet) are opened
    after the first screen is shown (:mod:`ui.startup`). A damaged file brings up the offer to
    restore its latest good backup, and a file of another schema (an upgrade, after a copy; or a
    newer program's, refused) is opened here, before the window, as it always was: the database
    and the reference data, or the exit code after telling the person why not.
    """
    try:
        revision = precheck_database(db_path)
    except StorageError as exc:
        return settle_opening(db_path, exc)
    if revision == SCHEMA_HEAD:
        return "current"
    if revision is None:
        return "new"
    return open_all(db_path)


def settle_opening(
    db_path: Path, outcome: tuple[Database, Reference] | BaseException
) -> tuple[Database, Reference] | int:
    """What opening the database came to, told to the person: the database and the reference
    data, or the exit code (1: the database cannot be used; 2: a data file is broken)."""
    if isinstance(outcome, DamagedDatabaseError):
        restored = offer_restore(db_path, outcome)
        return 1 if restored is None else finish_opening(restored)
    if isinstance(outcome, DataFileError):
        broken_data_file(outcome)
        return 2
    if isinstance(outcome, StorageError):
        message = translate("App", "The database {path} could not be opened:\n{problem}")
        dialog_service.show_error(
            None,
            translate("App", "Cannot open the database"),
            message.format(path=db_path, problem=_error_text(outcome)),
        )
        return 1
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def finish_opening(db: Database) -> tuple[Database, Reference] | int:
    """Log the backup made before an upgrade, then load the reference data (or say it is broken)."""
    try:
        reference = open_rest(db)
    except DataFileError as exc:
        broken_data_file(exc)
        return 2
    return db, reference


def open_rest(db: Database) -> Reference:
    """After the database opened (on any thread): log its upgrade backup, load the reference
    data. Raises DataFileError (the database is then closed)."""
    from app.services import backup

    try:
        backup.log_upgrade_backup(db)
    except AppError as exc:  # the backup exists; only its record is missing
        log.error("could not log the backup made before the upgrade: %s", exc.message)
    try:
        return load_reference()
    except DataFileError:
        db.close()
        raise


def broken_data_file(exc: DataFileError) -> None:
    message = translate("App", "A data file of MDIR Desk is broken and was refused:\n{problem}")
    dialog_service.show_error(
        None, translate("App", "Broken data file"), message.format(problem=_error_text(exc))
    )


def offer_restore(db_path: Path, damage: DamagedDatabaseError) -> Database | None:
    """Show the damaged-file dialog; restore the latest good backup when asked. The database
    opened after the restore, or None (quit)."""
    from app.services import backup
    from ui.widgets.form_fields import busy_cursor

    print(f"mdir-desk: {damage.message}", file=sys.stderr, flush=True)
    with busy_cursor():
        try:
            found = backup.latest_good_backup(db_path)
        except AppError as exc:
            log.error("looking for a backup failed: %s", exc.message)
            found = None
    candidate = found[0] if found else None
    if not ask_restore(db_path, damage, candidate):
        return None
    assert candidate is not None
    try:
        with busy_cursor():
            result = backup.restore_backup(db_path, candidate.path)
            db = open_store(db_path)
    except AppError as exc:
        dialog_service.show_error(
            None,
            translate("App", "The backup could not be restored"),
            translate("App", "{file} could not be restored:\n{problem}").format(
                file=candidate.path, problem=_error_text(exc)
            ),
        )
        return None
    log.warning(
        "restored %s from %s (replaced file kept as %s)", db_path, candidate.path, result.replaced
    )
    return db


def ask_restore(db_path: Path, damage: DamagedDatabaseError, candidate: BackupFile | None) -> bool:
    """True when the person chose "Restore the latest backup" (never when nobody can answer)."""
    if candidate is not None:
        print(f"mdir-desk: latest good backup: {candidate.path}", file=sys.stderr, flush=True)
    if not dialog_service.interactive:
        return False
    from ui import locale_format
    from ui.dialogs.damaged_file_dialog import RESTORE, DamagedFileDialog

    details = damage.problem_text(locale_format.current_language())
    dialog = DamagedFileDialog(db_path, damage.kind, details, candidate, backups_dir(db_path))
    dialog.exec()
    return dialog.choice == RESTORE and candidate is not None


class DailyBackup(QObject):
    """The daily backup while the GUI runs: every ``interval_ms`` (and ``first_ms`` after the
    start) it asks the backup service whether a day has passed since the last backup of this
    database; if so the copy is made (and older automatic ones pruned) off the GUI thread, then
    ``backup.created`` is logged. A failure is logged and shown as a warning that blocks nothing.

    Signals: done(object): the BackupFile made, None (none due), or the error.
    """

    done = Signal(object)
    _finished = Signal(object)  # from the worker thread; delivered on the GUI thread

    def __init__(
        self,
        db: Database,
        window: QMainWindow | None = None,
        *,
        interval_ms: int = BACKUP_CHECK_MS,
        first_ms: int = FIRST_BACKUP_CHECK_MS,
        every: timedelta | None = None,
    ) -> None:
        """``every``: how old the last backup may get (default: a day, ``backup.DAILY``)."""
        from PySide6.QtCore import Qt

        from app.services import backup

        super().__init__(window)
        self.db = db
        self.main_window = window
        self.every = backup.DAILY if every is None else every
        self.busy = False
        self.last_warning: str | None = None
        self.warning_box: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.first_ms = first_ms
        self._finished.connect(self._after, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(self.first_ms, self, self.check)

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        from app.services import backup

        if self.busy:
            return
        try:
            keep = backup.keep_count(self.db)
        except Exception as exc:  # a read failure must not stop the timer
            self._warn(str(exc))
            return
        self.busy = True
        worker = threading.Thread(
            target=self._work, args=(self.db.path, keep), name="mdir-desk-daily-backup"
        )
        worker.start()

    def _work(self, db_path: Path, keep: int) -> None:
        from app.services import backup

        result: object
        try:
            if backup.backup_due(db_path, every=self.every):
                result = backup.make_backup(db_path, kind="daily")
                backup.prune_backups(db_path, keep)
            else:
                result = None
        except Exception as exc:
            result = exc
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._finished.emit(result)

    def _after(self, result: object) -> None:
        from app.services import backup

        self.busy = False
        if isinstance(result, backup.BackupFile):
            try:
                backup.log_backup_created(self.db, result)
            except Exception as exc:
                log.error("daily backup %s made, but not logged: %s", result.path, exc)
            else:
                log.info("daily backup: %s", result.path)
        elif isinstance(result, Exception):
            english = result.message if isinstance(result, AppError) else repr(result)
            shown = _error_text(result) if isinstance(result, AppError) else english
            self._warn(shown, logged=english)
        self.done.emit(result)

    def _warn(self, problem: str, logged: str | None = None) -> None:
        """Say that the backup failed: ``problem`` in the GUI's language, ``logged`` (English, when
        it differs) in the log."""
        log.error("the daily backup failed: %s", logged or problem)
        text = translate(
            "App", "The daily backup of the database failed: {problem}. Tell your IT team."
        ).format(problem=problem)
        self.last_warning = text
        print(f"mdir-desk: {' '.join(text.split())}", file=sys.stderr, flush=True)
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(text)
        if dialog_service.interactive:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("App", "Backup failed"),
                text,
                QMessageBox.StandardButton.Ok,
                self.main_window,
            )
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.show()  # never exec(): nothing waits for it
            self.warning_box = box


def run(
    db_path: Path,
    lang: str | None,
    quit_when_ready: bool,
    *,
    configure_log: Callable[[], None] | None = None,
) -> int:
    """Run the GUI on ``db_path``; returns the process exit code.

    The window shows first, with the Triage screen taking typing; the database opens after that
    (:class:`ui.startup.Startup`). ``quit_when_ready``: exit as soon as that first screen takes
    input, 0 when it does (after creating and migrating the database when there was none).
    ``configure_log``: sets up the log file; called once the first screen shows.
    """
    if not has_display():
        print(
            "mdir-desk: no display to open the window on (set DISPLAY, or QT_QPA_PLATFORM=offscreen "
            "for a headless check)",
            file=sys.stderr,
            flush=True,
        )
        return 2
    from ui.startup import Startup

    app = application()
    dialog_service.interactive = not quit_when_ready and app.platformName() not in NON_INTERACTIVE
    chosen = prepare(app, lang, fonts_later=True)
    install_excepthook()
    startup = Startup(
        app, Path(db_path), chosen, quit_when_ready=quit_when_ready, configure_log=configure_log
    )
    return startup.run()
