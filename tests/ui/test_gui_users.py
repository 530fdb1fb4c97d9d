"""Accounts, for administrators: adding, unlocking, resetting, deactivating; nobody else can."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_accounts import make_accounts
from PySide6.QtWidgets import QPushButton

from app.errors import AccessDeniedError
from app.services.accounts import authenticate, get_user, list_users
from app.services.settings import set_setting
from ui import dialog_service
from ui.dialogs.users_dialog import UsersDialog
from ui.models.user_table_model import UserTableModel
from ui.session import SignInSession


@pytest.fixture
def people(db):
    return make_accounts(db, "charge")


@pytest.fixture
def session(gui, db, reference) -> Iterator[SignInSession]:
    signed_in = SignInSession(db, reference, "en")
    yield signed_in
    signed_in.sign_out()


def open_dialog(qtbot, session: SignInSession) -> UsersDialog:
    dialog = UsersDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def select(dialog: UsersDialog, username: str) -> None:
    for row in range(dialog.model.rowCount()):
        if dialog.model.user(row).username == username:
            dialog.table.selectRow(row)


def test_admin_adds_an_account(qtbot, session, db, people) -> None:
    session.sign_in(people["admin"])
    dialog = open_dialog(qtbot, session)
    assert [dialog.model.user(r).username for r in range(dialog.model.rowCount())] == [
        "admin",
        "charge",
    ]
    add = dialog.open_add()
    qtbot.keyClicks(add.username_input, "m.ito")
    qtbot.keyClicks(add.full_name_input, "Mari Ito")
    add.role_checks["clinical_leader"].setChecked(True)
    add.role_checks["specialist"].setChecked(True)
    qtbot.keyClicks(add.password_input, "mari's password 1")
    qtbot.keyClicks(add.repeat_input, "mari's password 1")
    qtbot.keyClicks(add.training_input, "e-signature course 2026-11")
    add.create_button.click()
    assert not add.isVisible()
    user = get_user(db, "m.ito")
    assert user.roles == ("clinical_leader", "specialist") and user.created_by == "admin"
    assert user.training == "e-signature course 2026-11"
    assert dialog.selected().username == "m.ito"
    assert "Account m.ito created." in dialog.message.text()


def test_add_refuses_a_bad_account_in_the_dialog(qtbot, session, db, people) -> None:
    session.sign_in(people["admin"])
    add = open_dialog(qtbot, session).open_add()
    qtbot.keyClicks(add.username_input, "charge")  # taken
    qtbot.keyClicks(add.full_name_input, "Someone")
    add.role_checks["bedside_nurse"].setChecked(True)
    qtbot.keyClicks(add.password_input, "long enough 1")
    qtbot.keyClicks(add.repeat_input, "long enough 2")
    add.create_button.click()
    assert "passwords differ" in add.message.text()
    qtbot.keyClicks(add.password_input, "long enough 1")
    qtbot.keyClicks(add.repeat_input, "long enough 1")
    add.create_button.click()
    assert "Not created: the user name 'charge' is taken" in add.message.text()
    assert add.isVisible()


def test_unlock_reset_and_deactivate(qtbot, session, db, people, monkeypatch) -> None:
    set_setting(db, "lockout_attempts", "2", by=people["admin"])
    for _ in range(2):
        with pytest.raises(AccessDeniedError):
            authenticate(db, "charge", "wrong password")
    session.sign_in(people["admin"])
    dialog = open_dialog(qtbot, session)
    select(dialog, "charge")
    assert dialog.unlock_button.isEnabled()
    assert dialog.unlock()
    assert not get_user(db, "charge").locked and not dialog.unlock_button.isEnabled()

    reset = dialog.open_reset()
    qtbot.keyClicks(reset.password_input, "temporary pw 9")
    qtbot.keyClicks(reset.repeat_input, "temporary pw 9")
    reset.findChild(QPushButton, "reset_password_submit").click()
    assert get_user(db, "charge").must_change_password
    assert "Temporary password set for charge" in dialog.message.text()

    monkeypatch.setattr(dialog_service, "confirm", lambda *_args: False)
    assert not dialog.deactivate()
    assert get_user(db, "charge").active
    monkeypatch.setattr(dialog_service, "confirm", lambda *_args: True)
    assert dialog.deactivate()
    assert not get_user(db, "charge").active
    assert not dialog.deactivate_button.isEnabled()


def test_only_an_admin_can_change_accounts(qtbot, session, db, people) -> None:
    session.sign_in(people["charge"])
    dialog = open_dialog(qtbot, session)
    assert "Only an administrator" in dialog.who.text()
    select(dialog, "admin")
    buttons = (dialog.add_button, dialog.unlock_button, dialog.reset_button)
    assert not any(b.isEnabled() for b in (*buttons, dialog.deactivate_button))
    assert dialog.open_add() is None and not dialog.deactivate()

    session.sign_out()
    assert dialog.isVisible()  # stays open; its actions wait for an administrator
    assert not any(b.isEnabled() for b in (*buttons, dialog.deactivate_button))


def test_model_passes_qtmodeltester(qtmodeltester, gui, db, reference, people) -> None:
    model = UserTableModel(reference, "en")
    model.set_rows(list_users(db))
    qtmodeltester.check(model)
