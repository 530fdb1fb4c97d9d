"""Refusals in the GUI's language: a coded error shows the catalogue's Japanese text when the GUI
is in Japanese (ui/error_text.py), the English one otherwise."""

from __future__ import annotations

import pytest
from gui_accounts import make_accounts
from PySide6.QtCore import Qt

from app.errors import BadInputError, Message
from ui import locale_format
from ui.error_text import error_text
from ui.main_window import MainWindow


@pytest.fixture
def japanese():
    locale_format.set_language("ja")
    yield
    locale_format.set_language("en")


def test_error_text_follows_the_language() -> None:
    error = BadInputError(Message("accounts.wrong_user_name_or"))
    assert error_text(error, "en") == "wrong user name or password"
    assert error_text(error, "ja") == "ユーザー名またはパスワードが違います。"
    assert error_text(ValueError("plain"), "ja") == "plain"


def test_a_wrong_password_is_refused_in_japanese(qtbot, gui, db, reference, japanese) -> None:
    make_accounts(db, "lead")
    main = MainWindow(db, reference, "ja")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    dialog = main.session_control.toggle()
    assert dialog is not None
    qtbot.keyClicks(dialog.username_input, "lead")
    qtbot.keyClicks(dialog.password_input, "not the password")
    qtbot.keyClick(dialog.password_input, Qt.Key.Key_Return)
    assert "ユーザー名またはパスワードが違います。" in dialog.message.text()
    assert "wrong user name" not in dialog.message.text()
    assert main.session.user is None
