"""Starting the GUI: QApplication, fonts, language, translators, database, reference data,
main window.

The CLI calls :func:`run` when no command is given.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from app.database.db import Database
from app.errors import DataFileError, StorageError
from app.paths import resources_dir
from app.services.reference import Reference, load_reference
from app.services.store import open_store
from ui import dialog_service
from ui.style import APP_STYLESHEET, BASE_POINT_SIZE

translate = QCoreApplication.translate

log = logging.getLogger(__name__)
SUPPORTED = ("en", "ja")
NON_INTERACTIVE = ("offscreen", "minimal")  # Qt platforms on which nobody can answer a dialog
_translators: list[QTranslator] = []  # kept alive as long as the application


def application() -> QApplication:
    """The running QApplication, created if there is none yet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    created = QApplication(sys.argv[:1])
    created.setApplicationName("MDIR Desk")
    return created


def has_display() -> bool:
    """False on a Linux machine with no X11/Wayland display and no platform chosen: Qt would abort."""
    if QApplication.instance() is not None or not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def load_fonts() -> list[str]:
    """Add the bundled Japanese font (no boxes instead of Japanese); returns the families added."""
    font = resources_dir() / "fonts" / "ipaexg.ttf"
    font_id = QFontDatabase.addApplicationFont(str(font))
    if font_id < 0:
        log.warning("could not load the bundled font %s; Japanese may not display", font)
        return []
    return QFontDatabase.applicationFontFamilies(font_id)


def choose_language(lang: str | None) -> str:
    if lang:
        return lang if lang in SUPPORTED else "en"
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


def prepare(app: QApplication, lang: str | None) -> str:
    """Fonts, language, translators and look; returns the language chosen."""
    families = load_fonts()
    chosen = choose_language(lang)
    install_translators(app, chosen)
    font = app.font()
    font.setPointSize(BASE_POINT_SIZE)
    if chosen == "ja" and families:
        font.setFamilies([font.family(), *families])
    app.setFont(font)
    app.setStyleSheet(APP_STYLESHEET)
    return chosen


def open_all(db_path: Path) -> tuple[Database, Reference] | int:
    """The database and the reference data, or the exit code after telling the person why not."""
    try:
        db = open_store(db_path)
    except StorageError as exc:
        message = translate("App", "The database {path} could not be opened:\n{problem}")
        dialog_service.show_error(
            None,
            translate("App", "Cannot open the database"),
            message.format(path=db_path, problem=exc.message),
        )
        return 1
    try:
        reference = load_reference()
    except DataFileError as exc:
        db.close()
        message = translate("App", "A data file of MDIR Desk is broken and was refused:\n{problem}")
        dialog_service.show_error(
            None, translate("App", "Broken data file"), message.format(problem=exc.message)
        )
        return 2
    return db, reference


def run(db_path: Path, lang: str | None, quit_when_ready: bool) -> int:
    """Run the GUI on ``db_path``; returns the process exit code."""
    from ui.main_window import MainWindow  # after the QApplication exists

    if not has_display():
        print(
            "mdir-desk: no display to open the window on (set DISPLAY, or QT_QPA_PLATFORM=offscreen "
            "for a headless check)",
            file=sys.stderr,
            flush=True,
        )
        return 2
    app = application()
    dialog_service.interactive = not quit_when_ready and app.platformName() not in NON_INTERACTIVE
    chosen = prepare(app, lang)
    install_excepthook()
    opened = open_all(Path(db_path))
    if isinstance(opened, int):
        return opened
    db, reference = opened
    window = MainWindow(db, reference, chosen)
    install_excepthook(window)
    window.show()
    if quit_when_ready:
        status: list[int] = []

        def check() -> None:
            status.append(0 if window.triage_ready() else 1)
            app.quit()

        QTimer.singleShot(0, check)
    code = app.exec()
    db.close()
    return status[0] if quit_when_ready and status else code
