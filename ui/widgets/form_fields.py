"""Form fields the sign-in, sign-off and account dialogs share: big, named, keyboard-friendly."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QWidget

from ui import style

FIELD_POINTS = 14
FIELD_MIN_HEIGHT = 40


def line_edit(
    name: str, accessible: str, *, password: bool = False, description: str = ""
) -> QLineEdit:
    """A large text field; a password field never shows, predicts or remembers what is typed.
    ``description`` tells a screen reader what to type there (the name stays short)."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setAccessibleDescription(description)
    field.setMinimumHeight(style.px(FIELD_MIN_HEIGHT))
    style.set_point_size(field, FIELD_POINTS)
    if password:
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
    return field


def dialog_button(
    text: str, name: str, slot: Callable[[], object], *, primary: bool = False, tip: str = ""
) -> QPushButton:
    """A big dialog button; the primary one is the blue default (Enter presses it). ``tip`` says
    what pressing it does (a tooltip, and what a screen reader reads after the name)."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", "").rstrip("…").strip())
    button.setToolTip(tip)
    button.setProperty("role", "primary" if primary else "secondary")
    style.set_point_size(button, 14, bold=primary)
    button.setAutoDefault(primary)
    button.setDefault(primary)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def cancel_tip() -> str:
    """What a dialog's Cancel button does, in the same words everywhere."""
    return QCoreApplication.translate("FormFields", "Close this window without saving anything")


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor while a password is checked (about a third of a second each time)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def grow_to_fit(widget: QWidget) -> None:
    """Make the dialog holding ``widget`` tall enough for its wrapped texts at its width (Qt does
    not do height-for-width for windows by itself); it never shrinks what a person enlarged."""
    dialog = widget.window()
    layout = dialog.layout()
    if not isinstance(dialog, QDialog) or layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalMinimumSize().height())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def fit_dialog(dialog: QDialog, width: int) -> None:
    """``width`` wide and as tall as its wrapped texts need."""
    dialog.resize(width, 100)
    grow_to_fit(dialog)
