"""The idle sign-out ends the session but closes nothing: the sign-off dialog and the accounts
dialog (and an add-account dialog open on it) stay open, say plainly why, and do nothing until
someone signs in again. No timer anywhere in the program closes or hides a screen."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_accounts import PASSWORD, FakeClock, make_accounts, record
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.accounts import add_user, list_users
from app.services.authority import AuthenticatedUser
from app.services.settings import set_setting
from app.services.signoff import signatures_of
from ui.dialogs.users_dialog import UsersDialog
from ui.session import SignInSession
from ui.views.signoff_view import SignoffView

UI = Path(__file__).resolve().parents[2] / "ui"
SIGNED_OUT = "You were signed out after 5 minutes without activity."


@pytest.fixture
def people(db):
    people = make_accounts(db, "lead")
    set_setting(db, "signin_idle_minutes", "5", by=people["admin"])
    return people


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(gui, db, reference, clock) -> Iterator[SignInSession]:
    signed_in = SignInSession(db, reference, "en", clock=clock)
    yield signed_in
    signed_in.sign_out()


def add_charge_nurse(db, admin: AuthenticatedUser) -> AuthenticatedUser:
    user = add_user(
        db, username="charge", full_name="Carl Charge", roles=("charge_nurse",),
        password=PASSWORD, by=admin,
    )  # fmt: skip
    return AuthenticatedUser(user.id, user.username, user.full_name, user.roles)


def idle(session: SignInSession, clock: FakeClock) -> None:
    clock.advance(6)
    assert session.check_idle() and session.user is None


def type_here(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


@pytest.fixture
def signoff(qtbot, session) -> SignoffView:
    view = SignoffView(session)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_idle_sign_out_keeps_the_signoff_dialog_open_and_signs_nothing(
    qtbot, signoff, session, clock, db, reference, people
) -> None:
    decision = record(db, reference)
    session.sign_in(people["lead"])
    dialog = signoff.open_signoff("rejected")
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.reason_input, "the network is not the cause")
    qtbot.keyClicks(dialog.password_input, PASSWORD)

    idle(session, clock)
    assert dialog.isVisible()
    assert dialog.message.isVisible() and dialog.message.text().startswith(SIGNED_OUT)
    assert "Nothing was signed" in dialog.message.text()
    assert dialog.password_input.text() == ""  # never kept past the session
    assert dialog.reason() == "the network is not the cause"  # what was written stays
    assert not dialog.sign_button.isEnabled() and not dialog.password_input.isEnabled()
    assert dialog.sign() is None and signatures_of(db, decision.id) == []
    assert dialog.sign_in_button.isVisible() and dialog.sign_in_button.isDefault()

    # By keyboard: Enter asks to sign in again (on top of the dialog), the user name filled in.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.sign_in_button)
    press(qtbot, Qt.Key.Key_Return)
    signin = session.dialog
    assert signin is not None and signin.isVisible() and signin.parent() is dialog
    assert signin.username_input.text() == "lead"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is signin.password_input)
    type_here(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    assert session.user is not None and session.user.username == "lead"
    assert dialog.isVisible() and dialog.sign_button.isEnabled()
    assert not dialog.sign_in_button.isVisible()
    assert "Signed in again" in dialog.message.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password_input)
    type_here(qtbot, PASSWORD)  # every signature asks for it again
    with qtbot.waitSignal(dialog.signed):
        press(qtbot, Qt.Key.Key_Return)
    [signature] = signatures_of(db, decision.id)
    assert (signature.username, signature.meaning) == ("lead", "rejected")


def test_someone_else_signing_in_does_not_sign_for_the_one_who_started(
    qtbot, signoff, session, clock, db, reference, people
) -> None:
    decision = record(db, reference)
    others = {"charge": add_charge_nurse(db, people["admin"])}
    session.sign_in(people["lead"])
    dialog = signoff.open_signoff("reviewed")
    idle(session, clock)
    session.sign_in(others["charge"])
    assert dialog.isVisible() and not dialog.sign_button.isEnabled()
    assert "Carl Charge is signed in now, but this signature was started by lead" in (
        dialog.message.text()
    )
    qtbot.keyClicks(dialog.password_input, PASSWORD)  # disabled: nothing typed
    assert dialog.sign() is None and signatures_of(db, decision.id) == []


def test_a_finished_signature_stays_shown_after_the_session_ends(
    qtbot, signoff, session, clock, db, reference, people
) -> None:
    record(db, reference)
    session.sign_in(people["lead"])
    dialog = signoff.open_signoff("approved")
    qtbot.keyClicks(dialog.password_input, PASSWORD)
    assert dialog.sign() is not None
    signed = dialog.message.text()
    idle(session, clock)
    assert dialog.isVisible() and dialog.message.text() == signed
    assert dialog.close_button.isEnabled() and not dialog.sign_in_button.isVisible()


def test_idle_sign_out_keeps_the_accounts_dialogs_open_and_changes_nothing(
    qtbot, session, clock, db, people
) -> None:
    session.sign_in(people["admin"])
    dialog = UsersDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sign_in_button.isVisible()
    add = dialog.open_add()
    assert add is not None
    qtbot.keyClicks(add.username_input, "m.ito")
    qtbot.keyClicks(add.full_name_input, "Mari Ito")
    add.role_checks["clinical_leader"].setChecked(True)
    qtbot.keyClicks(add.password_input, "mari's password 1")
    qtbot.keyClicks(add.repeat_input, "mari's password 1")

    idle(session, clock)
    assert dialog.isVisible() and add.isVisible()
    assert dialog.message.text().startswith(SIGNED_OUT)
    assert "Sign in again as an administrator" in dialog.message.text()
    assert dialog.sign_in_button.isVisible()
    actions = (dialog.add_button, dialog.reset_button, dialog.deactivate_button)
    assert not any(button.isEnabled() for button in actions)
    assert add.message.text().startswith(SIGNED_OUT)
    assert not add.create_button.isEnabled()
    assert add.create() is None
    assert "m.ito" not in [user.username for user in list_users(db)]
    assert add.username_input.text() == "m.ito"  # what was typed stays

    session.sign_in(people["admin"])  # as the dialog's Sign in button does
    assert add.create_button.isEnabled() and "Signed in again as admin" in add.message.text()
    assert not dialog.sign_in_button.isVisible() and dialog.add_button.isEnabled()
    assert add.create() is not None
    assert "m.ito" in [user.username for user in list_users(db)]


def test_the_accounts_sign_in_button_opens_the_sign_in_dialog_on_top(
    qtbot, session, clock, people
) -> None:
    session.sign_in(people["admin"])
    dialog = UsersDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    idle(session, clock)
    signin = dialog.ask_sign_in()
    qtbot.addWidget(signin)
    assert signin.isVisible() and signin.parent() is dialog


def _calls(tree: ast.AST, name: str) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        func = node.func if isinstance(node, ast.Call) else None
        if isinstance(node, ast.Call) and isinstance(func, ast.Attribute) and func.attr == name:
            yield node


CLOSING = ("close", "reject", "accept", "hide", "done", "deleteLater", "sign_out", "clearMessage")


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: p.name)
def test_no_timeout_closes_or_clears_a_screen(path: Path) -> None:
    """A status message stays until replaced (no timeout), and no one-shot timer closes, hides or
    clears anything: a person under stress reads at their own pace."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for call in _calls(tree, "showMessage"):
        assert len(call.args) + len(call.keywords) == 1, f"{path}:{call.lineno}: a timeout"
    for call in _calls(tree, "singleShot"):
        target = ast.unparse(call.args[-1]) if call.args else ""
        assert not any(word in target for word in CLOSING), f"{path}:{call.lineno}: {target}"
