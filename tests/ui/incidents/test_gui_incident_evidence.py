"""The evidence tab: recording a file (its SHA-256 as hashlib computes it), the custody chain,
hand-overs, checking a file (match and MISMATCH in words), closed incidents, refusals kept."""

from __future__ import annotations

import hashlib

import pytest
from incident_helpers import (
    closed_incident,
    lead_user,
    load_test_playbook,
    new_incident,
    shoot,
    show,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.services.evidence import add_evidence, list_evidence
from app.services.incident_timeline import timeline
from ui import dialog_service
from ui.session import SignInSession
from ui.views.incidents.evidence_tab import CustodyModel, EvidenceModel, EvidenceTab


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    monkeypatch.setattr(dialog_service, "interactive", False)


@pytest.fixture(scope="module")
def playbook():
    return load_test_playbook()


@pytest.fixture
def session(db, reference):
    signin = SignInSession(db, reference, "en")
    yield signin
    signin.sign_out()


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "pump-7-syslog.txt"
    path.write_bytes(b"Nov 26 02:00 pump-7 library server unreachable\n" * 5000)
    return path


def make_tab(qtbot, db, reference, playbook, session, lang="en") -> EvidenceTab:
    return show(qtbot, EvidenceTab(db, reference, playbook, lang, session))


def chain(tab: EvidenceTab, column: int) -> list[str]:
    return [tab.chain_model.index(r, column).data() for r in range(tab.chain_model.rowCount())]


def test_add_evidence_from_a_file(
    qtbot, gui, db, reference, playbook, session, log_file, monkeypatch
):
    incident = new_incident(db)
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    assert tab.count_label.text() == "No evidence recorded yet."
    assert not tab.transfer_button.isEnabled() and not tab.verify_button.isEnabled()

    dialog = tab.add()
    qtbot.addWidget(dialog)
    chosen = []

    def choose(_parent, title, _filters):
        chosen.append(title)
        return log_file

    monkeypatch.setattr(dialog_service, "choose_open_file", choose)
    choose_button = dialog.findChild(QPushButton, "add_evidence_choose")
    qtbot.mouseClick(choose_button, Qt.MouseButton.LeftButton)
    assert dialog.file_input.text() == str(log_file) and chosen == ["Choose the evidence file"]
    # Refused by the service (no location): the dialog keeps everything.
    qtbot.keyClicks(dialog.actor_field.name_input, "Sam Security")
    dialog.description_input.setPlainText("Syslog of pump 7, copied by USB")
    assert dialog.save() is None
    assert (
        "NOT saved" in dialog.message.text()
        and "where the evidence is kept" in dialog.message.text()
    )
    assert dialog.isVisible() and dialog.file_input.text() == str(log_file)
    qtbot.keyClicks(dialog.location_input, "Evidence locker B2")
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    [saved] = list_evidence(db, incident.id)
    expected = hashlib.sha256(log_file.read_bytes()).hexdigest()
    assert saved.sha256 == expected and saved.size == log_file.stat().st_size
    assert (saved.collected_by, saved.location, saved.holder) == (
        "Sam Security",
        "Evidence locker B2",
        "Sam Security",
    )
    assert saved.description == "Syslog of pump 7, copied by USB"
    # The table: short hash, full one in the tooltip, copyable.
    assert tab.model.index(0, 1).data() == expected[:12] + "…"
    assert expected in tab.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tab.copy_sha() == expected and QApplication.clipboard().text() == expected
    assert expected in tab.detail.text()
    assert chain(tab, 2) == ["Sam Security"] and chain(tab, 3) == ["Collected"]
    # The same file again is refused, naming the earlier record.
    again = tab.add()
    qtbot.addWidget(again)
    again.file_input.setText(str(log_file))
    again.location_input.setText("Desk")
    assert again.save() is None and "already recorded" in again.message.text()
    assert len(list_evidence(db, incident.id)) == 1


def test_transfer_then_verify(qtbot, gui, db, reference, playbook, session, log_file, tmp_path):
    incident = new_incident(db)
    add_evidence(db, incident.id, log_file, by="Sam Security", location="Locker B2")
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)

    dialog = tab.transfer()
    qtbot.addWidget(dialog)
    assert dialog.from_input.text() == "Sam Security"  # the current holder
    dialog.actor_field.name_input.setText("Sam Security")
    qtbot.keyClicks(dialog.to_input, "Vera Vendor")
    qtbot.keyClicks(dialog.reason_input, "Forensic imaging by the manufacturer")
    qtbot.keyClicks(dialog.location_input, "Vendor lab, Osaka")
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(dialog.location_input, Qt.Key.Key_Return)  # Enter: the default button
    [moved] = list_evidence(db, incident.id)
    assert moved.holder == "Vera Vendor" and moved.location == "Vendor lab, Osaka"
    [hand_over] = moved.transfers
    assert (hand_over.from_person, hand_over.recorded_by) == ("Sam Security", "Sam Security")
    assert chain(tab, 1) == ["—", "Sam Security"] and chain(tab, 2)[-1] == "Vera Vendor"
    assert tab.model.index(0, 5).data() == "Vera Vendor"

    # The same file matches; a changed copy does not, said in words and with a mark.
    verify = tab.verify()
    qtbot.addWidget(verify)
    verify.actor_field.name_input.setText("Vera Vendor")
    verify.file_input.setText(str(log_file))
    with qtbot.waitSignal(verify.verified) as got:
        assert verify.check() is True
    assert got.args == [True]
    assert verify.result_label.text().startswith("✔ MATCH")
    shoot(verify, "evidence_verify_match")
    changed = tmp_path / "copy.txt"
    changed.write_bytes(log_file.read_bytes() + b"x")
    verify.file_input.setText(str(changed))
    assert verify.check() is False
    assert (
        verify.result_label.text().startswith("✘ MISMATCH") and "NOT" in verify.result_label.text()
    )
    assert verify.result_label.accessibleName() == verify.result_label.text()
    shoot(verify, "evidence_verify_mismatch")
    # A file that does not exist: no result, no event.
    verify.file_input.setText(str(tmp_path / "gone.bin"))
    assert verify.check() is None and "Not checked" in verify.message.text()
    checks = [i for i in timeline(db, incident.id) if i.kind == "evidence.verified"]
    assert [c.payload["match"] for c in checks] == [True, False]
    assert all(c.who == "Vera Vendor" for c in checks)
    shoot(tab, "evidence_en")


def test_closed_incident_keeps_hand_overs(qtbot, gui, db, reference, playbook, session, log_file):
    incident = closed_incident(
        db,
        reference,
        playbook,
        before=lambda key: add_evidence(db, key, log_file, by="Sam Security", location="B2"),
    )
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    assert tab.closed_label.isVisible()
    assert not tab.add_button.isEnabled() and tab.add() is None
    assert tab.transfer_button.isEnabled() and tab.verify_button.isEnabled()
    session.sign_in(lead_user(db))
    dialog = tab.transfer()
    qtbot.addWidget(dialog)
    dialog.to_input.setText("Legal department")
    dialog.reason_input.setText("Litigation hold")
    with qtbot.waitSignal(tab.changed):
        dialog.save()
    [moved] = list_evidence(db, incident.id)
    assert moved.holder == "Legal department" and moved.transfers[0].recorded_by == "lead"


def test_wrong_giver_is_refused_and_the_form_kept(
    qtbot, gui, db, reference, playbook, session, log_file
):
    incident = closed_incident(db, reference, playbook)
    tab = make_tab(qtbot, db, reference, playbook, session)
    tab.show_incident(incident)
    assert tab.count_label.text() == "No evidence recorded yet."
    open_one = new_incident(db, name="Second")
    add_evidence(db, open_one.id, log_file, by="Sam Security", location="Locker")
    tab.show_incident(open_one)
    dialog = tab.transfer()
    qtbot.addWidget(dialog)
    dialog.actor_field.name_input.setText("Someone")
    dialog.from_input.setText("Not The Holder")
    dialog.to_input.setText("Vera Vendor")
    dialog.reason_input.setText("Imaging")
    assert dialog.save() is None
    assert "does not hold evidence" in dialog.message.text()
    assert dialog.to_input.text() == "Vera Vendor" and dialog.isVisible()
    assert list_evidence(db, open_one.id)[0].transfers == ()


def test_models_pass_qtmodeltester(qtmodeltester, gui, db, log_file):
    incident = new_incident(db)
    evidence = add_evidence(db, incident.id, log_file, by="Sam", location="Locker")
    model = EvidenceModel()
    model.set_rows([evidence])
    qtmodeltester.check(model)
    chain_model = CustodyModel()
    chain_model.show_evidence(evidence)
    qtmodeltester.check(chain_model)
