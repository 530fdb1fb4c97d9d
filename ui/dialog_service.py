"""Every prompt the GUI shows goes through here, so tests can replace it.

No real modal dialog runs in tests: they monkeypatch the functions of this module, and widgets call
them as ``dialog_service.show_error(...)``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

# The dialogs' classes are imported when one is shown: the first screen needs none (start-up).

translate = QCoreApplication.translate

# False when nobody can answer a dialog (offscreen platform, --quit-when-ready): messages then go to
# stderr only, instead of a modal dialog that would wait for ever.
interactive = True


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A calm, blocking error message for an expected failure (always also on stderr)."""
    one_line = " ".join(message.split())
    print(f"mdir-desk: {title}: {one_line}", file=sys.stderr, flush=True)
    if interactive:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(parent, title, message)


def show_exception(parent: QWidget | None, details: str) -> None:
    """An unexpected error: a short explanation, the traceback under "Show Details"."""
    print(details, file=sys.stderr, flush=True)
    if not interactive:
        return
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("DialogService", "Unexpected error"))
    box.setText(
        translate(
            "DialogService",
            "Something went wrong inside MDIR Desk. What you were doing may not have "
            "finished. Check the Decisions list before relying on a result, and report "
            "this error.",
        )
    )
    box.setDetailedText(details)
    box.exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    """A short confirmation (always also on stderr)."""
    print(f"mdir-desk: {title}: {' '.join(message.split())}", file=sys.stderr, flush=True)
    if interactive:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, message)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before something that cannot be undone; True only when the person says Yes (No is the
    default button; False when nobody can answer)."""
    print(f"mdir-desk: {title}: {' '.join(text.split())}", file=sys.stderr, flush=True)
    if not interactive:
        return False
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def choose_open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """The file a person picks to read, or None when they cancel (or nobody can answer)."""
    if not interactive:
        return None
    from PySide6.QtWidgets import QFileDialog

    chosen, _filter = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(chosen) if chosen else None


def choose_save_file(
    parent: QWidget | None, title: str, suggested: Path, filters: str
) -> Path | None:
    """Where a person wants a file written, or None when they cancel (or nobody can answer)."""
    if not interactive:
        return None
    from PySide6.QtWidgets import QFileDialog

    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(chosen) if chosen else None


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The print dialog for ``printer`` (a QPrinter the caller keeps alive); True when the person
    chose to print (False when they cancel, or nobody can answer)."""
    if not interactive:
        return False
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted
