"""Signatures in the Decisions tab: the manifestation of each, a NOT VALID mark when one does not
verify, which version each belongs to, and the sign-off state in the table."""

from __future__ import annotations

import sqlite3

import pytest
from gui_accounts import PASSWORD, PROVISIONAL_4, make_accounts, record
from PySide6.QtCore import Qt

from app.services.signoff import sign_decision
from ui.models.decision_table_model import COLUMNS
from ui.views.decisions_view import DecisionsView


@pytest.fixture
def view(qtbot, gui, db, reference) -> DecisionsView:
    decisions = DecisionsView(db, reference, "en")
    qtbot.addWidget(decisions)
    decisions.resize(1100, 760)
    return decisions


def signoff_cell(view: DecisionsView, row: int) -> str:
    model = view.model
    return model.data(model.index(row, COLUMNS.index("signoff")), Qt.ItemDataRole.DisplayRole)


def select(view: DecisionsView, decision_id: str) -> str:
    for row in range(view.model.rowCount()):
        if view.model.decision(row).id == decision_id:
            view.table.selectRow(row)
    return view.detail.toPlainText()


def test_manifestation_and_a_signature_that_does_not_verify(view, db, reference) -> None:
    make_accounts(db, "lead")
    decision = record(db, reference)
    view.show()
    assert signoff_cell(view, 0) == "Awaiting"
    assert "Awaiting sign-off" in select(view, decision.id)

    signature = sign_decision(
        db, reference, decision.id, username="lead", password=PASSWORD, meaning="approved"
    )
    view.refresh()
    assert signoff_cell(view, 0) == "Approved"
    text = select(view, decision.id)
    assert "Version 1 of 1 — the current version (shown above)" in text
    assert "Approved (signed off)" in text
    offset = signature.signed_at_local[-6:]  # e.g. +09:00
    assert "Approved — Lena Leader, Clinical leader — " in text
    assert f"(UTC{offset})" in text
    assert "NOT VALID" not in text

    raw = sqlite3.connect(db.path)
    raw.execute("DROP TRIGGER signature_no_update")
    raw.execute("UPDATE signature SET meaning = 'reviewed' WHERE id = ?", (signature.id,))
    raw.commit()
    raw.close()
    view.refresh()
    text = select(view, decision.id)
    assert "Reviewed — Lena Leader" in text
    assert "NOT VALID: the signature does not match the record" in text
    assert signoff_cell(view, 0) == "Awaiting"  # an invalid signature signs nothing off


def test_each_version_keeps_its_own_signatures(view, db, reference) -> None:
    make_accounts(db, "lead")
    first = record(db, reference, PROVISIONAL_4)
    sign_decision(
        db,
        reference,
        first.id,
        username="lead",
        password=PASSWORD,
        meaning="rejected",
        reason="resolve the unknown answer",
    )
    answers = dict(PROVISIONAL_4, multi_patient="no", network_clinical_impact="yes")
    second = record(db, reference, answers, supersedes=first.id)
    view.show()
    assert [signoff_cell(view, r) for r in range(2)] == ["Awaiting", "Replaced"]

    text = select(view, second.id)
    assert f"Version 1 of 2 — replaced by {second.id}" in text
    assert "Rejected — Lena Leader, Clinical leader" in text
    assert "Reason: resolve the unknown answer" in text
    assert "Version 2 of 2 — the current version (shown above)" in text
    assert "No signatures on this version." in text
    assert text.index("Rejected — Lena") < text.index("Version 2 of 2")  # under version 1

    text = select(view, first.id)
    assert f"Version 1 of 2 — replaced by {second.id} (shown above)" in text
