"""The Sign-off tab and the sign-off dialog: the queue per role, signing with the password typed
again, refusals shown in the dialog, provisional decisions and their "accept unknown"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_accounts import PASSWORD, PROVISIONAL_4, make_accounts, record
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services.signoff import signatures_of, signoff_state
from ui.models.signoff_queue_model import COLUMNS, SignoffQueueModel
from ui.session import SignInSession
from ui.views.signoff_view import SignoffView


@pytest.fixture
def people(db):
    return make_accounts(db, "lead", "charge")


@pytest.fixture
def view(qtbot, gui, db, reference) -> Iterator[SignoffView]:
    session = SignInSession(db, reference, "en")
    signoff = SignoffView(session)
    qtbot.addWidget(signoff)
    signoff.resize(1100, 700)
    signoff.show()
    qtbot.waitExposed(signoff)
    yield signoff
    session.sign_out()  # its watch on the application's input ends


def queue_ids(view: SignoffView) -> list[str]:
    return [view.model.decision(r).id for r in range(view.model.rowCount())]


def test_queue_follows_the_roles_of_the_signed_in_user(qtbot, view, db, reference, people):
    decision = record(db, reference)
    assert decision.ir_class == 3
    assert view.prompt.isVisible() and not view.body.isVisible()  # nobody signed in

    view.session.sign_in(people["charge"])
    assert queue_ids(view) == []
    assert "Nothing awaits sign-off by your roles (Charge nurse)" in view.status.text()

    view.session.sign_in(people["lead"])
    assert queue_ids(view) == [decision.id]
    assert view.body.isVisible() and not view.prompt.isVisible()
    summary = view.summary.toPlainText()
    assert "Class 3" in summary and "Nurse N (Charge nurse)" in summary
    assert "not signed in (name as typed)" in summary  # break-glass: marked unauthenticated
    assert "No signatures on this version" in summary
    enabled = {m: b.isEnabled() for m, b in view.meaning_buttons.items()}
    assert enabled == {"approved": True, "rejected": True, "reviewed": True, "verified": False}

    view.session.sign_out()
    assert view.model.rowCount() == 0 and view.prompt.isVisible()


def test_order_highest_class_first(qtbot, view, db, reference, people):
    view.session.sign_in(people["lead"])
    class_3 = record(db, reference)
    class_4 = record(db, reference, PROVISIONAL_4)
    view.refresh()
    assert queue_ids(view) == [class_3.id, class_4.id]
    view.order_combo.setCurrentIndex(view.order_combo.findData("class"))
    assert queue_ids(view) == [class_4.id, class_3.id]


def test_model_passes_qtmodeltester(qtmodeltester, gui, db, reference):
    model = SignoffQueueModel(reference, "en")
    model.set_rows([record(db, reference), record(db, reference, PROVISIONAL_4)])
    assert model.columnCount() == len(COLUMNS)
    qtmodeltester.check(model)


def test_signing_with_the_password_records_a_valid_signature(qtbot, view, db, reference, people):
    decision = record(db, reference)
    view.session.sign_in(people["lead"])
    dialog = view.open_signoff("approved")
    assert dialog is not None and dialog.isVisible()
    assert dialog.username_input.text() == "lead"  # from the session, the password never is
    assert dialog.password_input.text() == ""
    statement = dialog.findChild(QLabel, "signoff_statement")
    assert "legally binding equivalent of my handwritten signature" in statement.text()
    assert (
        "Meaning of your signature: Approved" in dialog.findChild(QLabel, "signoff_meaning").text()
    )
    assert not dialog.accept_unknown.isVisible()  # not provisional

    qtbot.keyClicks(dialog.password_input, "wrong password")
    dialog.sign_button.click()
    assert "Not signed: wrong user name or password" in dialog.message.text()
    assert dialog.isVisible() and signatures_of(db, decision.id) == []

    with qtbot.waitSignal(view.decision_signed):
        qtbot.keyClicks(dialog.password_input, PASSWORD)
        qtbot.keyClick(dialog.password_input, Qt.Key.Key_Return)
    signatures = signatures_of(db, decision.id)
    assert [(s.username, s.meaning, s.valid) for s in signatures] == [("lead", "approved", True)]
    assert dialog.message.text().startswith("Signed. Approved — Lena Leader, Clinical leader — ")
    assert dialog.close_button.text() == "Close" and not dialog.sign_button.isVisible()
    assert signoff_state(db, reference, decision) == "approved"
    assert queue_ids(view) == []  # it left the queue


def test_reject_without_a_reason_is_refused_in_the_dialog(qtbot, view, db, reference, people):
    decision = record(db, reference)
    view.session.sign_in(people["lead"])
    dialog = view.open_signoff("rejected")
    qtbot.keyClicks(dialog.password_input, PASSWORD)
    dialog.sign_button.click()
    assert "A rejection needs a reason" in dialog.message.text()
    assert dialog.isVisible() and dialog.focusWidget() is dialog.reason_input
    assert signatures_of(db, decision.id) == []

    view.session.sign_out()  # the dialog stays open, and signs nothing until signed in again
    assert dialog.isVisible() and not dialog.sign_button.isEnabled()
    view.session.sign_in(people["lead"])
    assert dialog.sign_button.isEnabled()
    qtbot.keyClicks(dialog.password_input, PASSWORD)  # asked again
    qtbot.keyClicks(dialog.reason_input, "the network is not the cause")
    dialog.sign_button.click()
    assert [s.meaning for s in signatures_of(db, decision.id)] == ["rejected"]
    assert signatures_of(db, decision.id)[0].reason == "the network is not the cause"
    assert signoff_state(db, reference, decision) == "rejected"


def test_provisional_approval_needs_accept_unknown_and_a_reason(qtbot, view, db, reference, people):
    decision = record(db, reference, PROVISIONAL_4)
    view.session.sign_in(people["lead"])
    assert "PROVISIONAL" in view.summary.toPlainText()
    dialog = view.open_signoff("approved")
    assert dialog.accept_unknown.isVisible()
    qtbot.keyClicks(dialog.password_input, PASSWORD)
    dialog.sign_button.click()
    assert "This decision is provisional" in dialog.message.text()
    dialog.accept_unknown.setChecked(True)
    dialog.sign_button.click()
    assert "Accepting unknown answers needs a reason" in dialog.message.text()
    assert signatures_of(db, decision.id) == []

    qtbot.keyClicks(dialog.reason_input, "the PACS is isolated anyway")
    dialog.sign_button.click()
    [signature] = signatures_of(db, decision.id)
    assert signature.accepted_unknown and signature.valid


def test_a_role_the_matrix_does_not_allow_is_refused_by_the_service(
    qtbot, view, db, reference, people
):
    """The buttons follow the roles, but the service decides: a clinical leader asks to verify."""
    decision = record(db, reference)
    view.session.sign_in(people["lead"])
    assert not view.meaning_buttons["verified"].isEnabled()
    view.meaning_buttons["verified"].setEnabled(True)  # as if the window were wrong
    dialog = view.open_signoff("verified")
    qtbot.keyClicks(dialog.password_input, PASSWORD)
    dialog.sign_button.click()
    assert "may not sign decisions as 'verified'" in dialog.message.text()
    assert signatures_of(db, decision.id) == []
