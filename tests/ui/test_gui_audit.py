"""The Audit tab: events newest first, filters, verification, export."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator

import pytest
from gui_accounts import make_accounts, record
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QPushButton

from app.services.audit import EventFilter, list_events
from app.services.output_log import os_account
from ui import dialog_service
from ui.models.event_table_model import COLUMNS, EventTableModel
from ui.session import SignInSession
from ui.views.audit_view import AuditView


@pytest.fixture
def view(qtbot, gui, db, reference) -> Iterator[AuditView]:
    audit = AuditView(SignInSession(db, reference, "en"))
    qtbot.addWidget(audit)
    audit.resize(1100, 700)
    yield audit
    audit.session.sign_out()


def column(view: AuditView, name: str) -> list[str]:
    model = view.model
    return [
        model.data(model.index(row, COLUMNS.index(name)), Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
    ]


def test_lists_filters_and_verifies(qtbot, view, db, reference) -> None:
    people = make_accounts(db, "lead")
    decision = record(db, reference, by="Nurse N")
    view.show()  # showing reads the trail
    everything = list_events(db)
    assert view.model.rowCount() == len(everything)
    seqs = [int(s) for s in column(view, "seq")]
    assert seqs == sorted(seqs, reverse=True)  # newest first
    assert "unauthenticated: Nurse N" in column(view, "actor")  # break-glass, marked
    assert view.count_label.text() == f"{len(everything)} event(s)"

    qtbot.keyClicks(view.actor_input, "admin")
    qtbot.keyClick(view.actor_input, Qt.Key.Key_Return)
    assert set(column(view, "actor")) == {"admin"}
    assert view.model.rowCount() == len(list_events(db, EventFilter(actor="admin")))

    view.actor_input.clear()
    qtbot.keyClicks(view.record_input, decision.id)
    view.findChild(QPushButton, "audit_apply").click()
    assert column(view, "record") == [f"decision {decision.id}"]
    assert column(view, "kind") == ["decision.recorded"]
    detail = view.detail.toPlainText()
    assert "decision.recorded" in detail and "Who: unauthenticated: Nurse N" in detail

    view.clear()
    view.until_check.setChecked(True)
    view.until_edit.setDateTime(QDateTime.currentDateTime().addDays(-1))
    view.refresh()
    assert view.model.rowCount() == 0  # nothing before yesterday
    view.until_check.setChecked(False)
    view.since_check.setChecked(True)
    view.since_edit.setDateTime(QDateTime.currentDateTime().addDays(-1))
    view.refresh()
    assert view.model.rowCount() == len(everything)

    assert view.verify() is True
    assert view.message.text().startswith("The audit trail is intact: ")
    assert people  # the accounts' events are part of what was verified


def test_verify_names_the_first_problem(view, db, reference) -> None:
    record(db, reference)
    raw = sqlite3.connect(db.path)
    triggers = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
    for name in triggers:
        if name.startswith("event_"):
            raw.execute(f"DROP TRIGGER {name}")
    raw.execute("UPDATE event SET actor = 'Someone Else' WHERE seq = 1")
    raw.commit()
    raw.close()
    assert view.verify() is False
    assert "NOT intact" in view.message.text() and "event 1" in view.message.text()


def test_export_as_the_signed_in_user(qtbot, view, db, reference, tmp_path, monkeypatch) -> None:
    people = make_accounts(db, "lead")
    record(db, reference)
    view.session.sign_in(people["lead"])
    shown = []
    monkeypatch.setattr(dialog_service, "choose_save_file", lambda *_args: tmp_path / "trail")
    monkeypatch.setattr(dialog_service, "show_info", lambda *args: shown.append(args))
    assert view.export() == tmp_path / "trail.csv"
    rows = list(csv.DictReader((tmp_path / "trail.csv").open(encoding="utf-8")))
    assert rows[0]["seq"] == "1" and "events written to" in shown[0][2]
    exported = list_events(db, EventFilter(kind="audit.exported"))
    assert [e.actor for e in exported] == ["lead"]

    monkeypatch.setattr(dialog_service, "choose_save_file", lambda *_args: tmp_path / "t.json")
    view.session.sign_out()
    assert view.export() == tmp_path / "t.json"
    data = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert data["verification"]["intact"] is True
    assert list_events(db, EventFilter(kind="audit.exported"))[-1].actor == os_account()


def test_model_passes_qtmodeltester(qtmodeltester, gui, db, reference) -> None:
    record(db, reference)
    model = EventTableModel(reference, "en")
    model.set_rows(list_events(db))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
