"""Signing in to the main window: wrong then right password, idle sign-out, a reset password that
must be changed first, and the first administrator account of a new database."""

from __future__ import annotations

import pytest
from gui_accounts import PASSWORD, FakeClock, make_accounts
from PySide6.QtCore import Qt

from app.services.accounts import get_user, has_accounts, reset_password
from app.services.settings import set_setting
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, gui, db, reference) -> MainWindow:
    main = MainWindow(db, reference, "en")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_wrong_then_right_password(qtbot, window, db) -> None:
    make_accounts(db, "lead")
    control = window.session_control
    assert control.button.text() == "Sign in…"
    dialog = control.toggle()
    assert dialog is not None and dialog.isVisible()
    assert not dialog.first_run_box.isVisible()  # accounts exist

    qtbot.keyClicks(dialog.username_input, "lead")
    qtbot.keyClicks(dialog.password_input, "not the password")
    qtbot.keyClick(dialog.password_input, Qt.Key.Key_Return)  # Enter signs in
    assert "wrong user name or password" in dialog.message.text()
    assert dialog.isVisible() and window.session.user is None
    assert dialog.password_input.text() == ""  # typed again, never kept

    with qtbot.waitSignal(window.session.changed):
        qtbot.keyClicks(dialog.password_input, PASSWORD)
        dialog.signin_button.click()
    assert window.session.user is not None and window.session.user.username == "lead"
    assert not dialog.isVisible()
    assert control.button.text() == "Sign out (lead)"
    assert "Lena Leader" in control.button.toolTip()
    assert not control.accounts_action.isVisible()  # not an administrator

    control.toggle()
    assert window.session.user is None and control.button.text() == "Sign in…"


def test_idle_sign_out_after_the_configured_minutes(qtbot, window, db) -> None:
    people = make_accounts(db, "lead")
    set_setting(db, "signin_idle_minutes", "5", by=people["lead"])
    clock = FakeClock()
    session = window.session
    session.clock = clock
    session.sign_in(people["lead"])
    assert session.timer.isActive()

    clock.advance(4)
    assert not session.check_idle()
    qtbot.keyClick(window.triage_view.device_page.tag_input, Qt.Key.Key_A)  # someone types
    clock.advance(4)
    assert not session.check_idle() and session.user is not None  # 4 min since the key press

    clock.advance(1.5)
    with qtbot.waitSignal(session.signed_out_idle) as signed_out:
        assert session.check_idle()
    assert signed_out.args == ["lead"]
    assert session.user is None and not session.timer.isActive()
    assert "lead was signed out after 5 minutes" in window.statusBar().currentMessage()
    assert window.session_control.button.text() == "Sign in…"
    assert not session.check_idle()  # nobody to sign out


def test_a_reset_password_is_changed_before_signing_in(qtbot, window, db) -> None:
    people = make_accounts(db, "charge")
    reset_password(db, "charge", "temporary pw 1", by=people["admin"])
    dialog = window.session_control.toggle()
    qtbot.keyClicks(dialog.username_input, "charge")
    qtbot.keyClicks(dialog.password_input, "temporary pw 1")
    dialog.signin_button.click()
    assert "must be changed" in dialog.message.text()
    assert dialog.change_box.isVisible() and window.session.user is None

    qtbot.keyClicks(dialog.new_password_input, "my own secret 7")
    qtbot.keyClicks(dialog.repeat_password_input, "my own secret 8")
    dialog.change_button.click()
    assert "differ" in dialog.message.text() and window.session.user is None

    qtbot.keyClicks(dialog.new_password_input, "my own secret 7")
    qtbot.keyClicks(dialog.repeat_password_input, "my own secret 7")
    dialog.change_button.click()
    assert window.session.user is not None and window.session.user.username == "charge"
    assert not get_user(db, "charge").must_change_password


def test_first_administrator_account(qtbot, window, db) -> None:
    assert not has_accounts(db)
    prompt = window.signoff_view
    window.tabs.setCurrentWidget(prompt)
    assert prompt.prompt.isVisible() and not prompt.body.isVisible()
    dialog = window.session_control.toggle()
    assert dialog.first_run_box.isVisible()
    add = dialog.open_first_admin()
    assert add.role_checks["admin"].isChecked() and not add.role_checks["admin"].isEnabled()
    qtbot.keyClicks(add.username_input, "boss")
    qtbot.keyClicks(add.full_name_input, "Bo Boss")
    qtbot.keyClicks(add.password_input, PASSWORD)
    qtbot.keyClicks(add.repeat_input, PASSWORD)
    add.create_button.click()
    assert not add.isVisible()
    assert get_user(db, "boss").roles == ("admin",)
    assert dialog.username_input.text() == "boss" and not dialog.first_run_box.isVisible()
    qtbot.keyClicks(dialog.password_input, PASSWORD)
    dialog.signin_button.click()
    assert window.session.user is not None
    assert window.session_control.accounts_action.isVisible()  # an administrator
