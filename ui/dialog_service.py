"""Every prompt the GUI shows goes through here, so tests can replace it.

No real modal dialog runs in tests: they monkeypatch the functions of this module, and widgets call
them as ``dialog_service.show_error(...)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate



def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A calm, blocking error message for an expected failure."""
    QMessageBox.critical(parent, title, message)


def show_exception(parent: QWidget | None, details: str) -> None:
    """An unexpected error: a short explanation, the traceback under "Show Details"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("DialogService", "Unexpected error"))
    box.setText(
        translate("DialogService",
                  "Something went wrong inside MDIR Desk. What you were doing may not have "
                  "finished. Check the Decisions list before relying on a result, and report "
                  "this error.")
    )
    box.setDetailedText(details)
    box.exec()
