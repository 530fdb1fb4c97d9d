"""The Contacts tab: the table and unit filter, import (all-or-nothing, or skip invalid rows),
export, the escalation editor, and call lists elsewhere refreshed when contacts change."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gui_accounts import PASSWORD, make_accounts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services.audit import EventFilter, list_events
from app.services.contacts import list_contacts
from app.services.escalation import escalation_for
from ui import app as ui_app
from ui import dialog_service, locale_format
from ui.main_window import MainWindow
from ui.views.contacts.contact_table_model import COLUMNS
from ui.views.contacts.contacts_view import ContactsView
from ui.views.triage_flow import Subject

CONTACTS = Path(__file__).resolve().parents[1] / "fixtures" / "contacts" / "contacts.csv"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
BAD_CSV = (
    "name,role,unit,tier,mobile,email\n"
    "Aiko Sato,charge_nurse,ICU,1,090-1111-2222,\n"
    ",biomed,,1,080-1,\n"
    "Ken Mori,biomed,,12,080-3333-4444,not-an-email\n"
    "Mari Ito,clinical_leader,,2,070-5555-6666,mari@example.org\n"
)


@pytest.fixture
def view(qtbot, gui, db, reference) -> ContactsView:
    contacts = ContactsView(db, reference, "en")
    qtbot.addWidget(contacts)
    contacts.resize(1200, 760)
    contacts.show()
    return contacts


def import_file(monkeypatch, view: ContactsView, path: Path):
    monkeypatch.setattr(dialog_service, "choose_open_file", lambda *_args: path)
    dialog = view.open_import()
    assert dialog is not None and dialog.isVisible()
    return dialog


def cell(view: ContactsView, row: int, column: str) -> str:
    model = view.model
    return model.data(model.index(row, COLUMNS.index(column)), Qt.ItemDataRole.DisplayRole)


def test_import_with_errors_writes_nothing_then_skip_imports_the_valid_rows(
    qtbot, view, db, tmp_path, monkeypatch
) -> None:
    bad = tmp_path / "team.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    dialog = import_file(monkeypatch, view, bad)
    assert not dialog.skip_check.isChecked()  # all-or-nothing by default
    with qtbot.assertNotEmitted(view.contacts_changed):
        report = dialog.run_import()
    assert report is not None and not report.written and report.rejected == 2
    assert list_contacts(db) == []
    assert "Nothing was imported: 2 rows have problems" in dialog.message.text()
    assert dialog.problem_table.isVisible()
    problems = dialog.problems
    rows = [
        [problems.data(problems.index(r, c)) for c in range(3)] for r in range(problems.rowCount())
    ]
    assert ["3", "name", "the name is missing"] in rows
    assert any(r[0] == "4" and r[1] == "tier" for r in rows)
    assert any(r[0] == "4" and r[1] == "email" for r in rows)

    dialog.skip_check.setChecked(True)
    with qtbot.waitSignal(view.contacts_changed):
        report = dialog.run_import()
    assert report.written and report.imported == 2 and report.rejected == 2
    assert "2 new, 0 updated, 2 rows skipped" in dialog.message.text()
    assert sorted(c.name for c in list_contacts(db)) == ["Aiko Sato", "Mari Ito"]
    assert view.model.rowCount() == 2
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_import_problems_are_listed_in_japanese(view, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "team.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    dialog = import_file(monkeypatch, view, bad)
    locale_format.set_language("ja")
    try:
        report = dialog.run_import()
        problems = dialog.problems
        rows = [
            [problems.data(problems.index(r, c)) for c in range(3)]
            for r in range(problems.rowCount())
        ]
    finally:
        locale_format.set_language("en")
    assert report is not None and report.errors[0]["message"] == "the name is missing"
    assert ["3", "name", "氏名が入力されていません。"] in rows
    assert ["4", "tier", "「12」は1～9の段階ではありません。"] in rows
    assert ["4", "email", "「not-an-email」はメールアドレスではありません。"] in rows


def test_table_unit_filter_and_roles_in_words(qtbot, view, db, monkeypatch) -> None:
    dialog = import_file(monkeypatch, view, CONTACTS)
    report = dialog.run_import()
    assert report.written and report.imported == 4
    assert view.model.rowCount() == 4
    names = [cell(view, r, "name") for r in range(4)]
    takahashi = names.index("髙橋 花子")
    assert cell(view, takahashi, "role") == "Charge nurse"
    assert cell(view, takahashi, "places") == "ICU · tier 1"
    assert cell(view, takahashi, "phones") == "Mobile 090-1234-5678  ·  Desk phone 03-1111-2222"
    watanabe = names.index("渡邊 健")
    assert cell(view, watanabe, "places") == "All units · tier 2 · classes 3,4,5"
    vendor = names.index("Acme Infusion PSIRT")
    assert cell(view, vendor, "role") == "Vendor"
    assert cell(view, vendor, "email") == "psirt@acme.example"
    assert cell(view, vendor, "last_verified") == "never"

    view.unit_filter.setCurrentIndex(view.unit_filter.findData("ED"))
    assert view.model.rowCount() == 3  # all-units contacts, not the ICU's nurse
    view.unit_filter.setCurrentIndex(view.unit_filter.findData("ICU"))
    assert view.model.rowCount() == 4
    assert view.unit_filter.itemText(0) == "All units"


def test_export_writes_the_csv(view, db, reference, tmp_path, monkeypatch) -> None:
    import_file(monkeypatch, view, CONTACTS).run_import()
    target = tmp_path / "out"
    shown = []
    monkeypatch.setattr(dialog_service, "choose_save_file", lambda *_args: target)
    monkeypatch.setattr(dialog_service, "show_info", lambda *args: shown.append(args))
    assert view.export() == tmp_path / "out.csv"
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("name,role,organization") and "髙橋 花子" in text
    assert "4 rows written" in shown[0][2]


def test_escalation_editor_asks_for_sign_in_and_saves_as_that_user(
    qtbot, view, db, reference, monkeypatch
) -> None:
    people = make_accounts(db, "lead", "charge")
    import_file(monkeypatch, view, CONTACTS).run_import()
    editor = view.editor
    editor.unit_combo.setCurrentIndex(editor.unit_combo.findData("ICU"))
    assert sorted(editor.tier_editors) == [1, 2, 3]
    tier2 = editor.tier_editors[2]
    assert tier2.wait_spin.value() == 15  # the default of tier 2
    assert tier2.checks["class_at_least"].isChecked() and tier2.class_spin.value() == 3
    tier2.wait_spin.setValue(5)
    tier2.class_spin.setValue(4)
    tier2.checks["patient_harm"].setChecked(True)
    tier2.checks["provisional_overdue"].setChecked(False)

    qtbot.keyClicks(view.name_input, "Ken Mori")  # a typed name is not enough any more
    with qtbot.assertNotEmitted(view.contacts_changed):
        tier2.save_button.click()
    assert "Sign in to save" in editor.message.text()
    signin = editor.session.dialog
    assert signin is not None and signin.isVisible()
    assert (
        "Saving tier 2 changes the configuration" in signin.findChild(QLabel, "signin_intro").text()
    )
    assert escalation_for(db, reference, "ICU", None)[1].wait_minutes == 15

    signin.reject()  # a charge nurse may sign in, but not configure
    editor.session.sign_in(people["charge"])
    with qtbot.assertNotEmitted(view.contacts_changed):
        assert not editor.save(tier2)
    assert "may not change the configuration" in editor.message.text()
    editor.session.sign_out()

    tier2.save_button.click()
    signin = editor.session.dialog
    qtbot.keyClicks(signin.username_input, "lead")
    qtbot.keyClicks(signin.password_input, PASSWORD)
    with qtbot.waitSignal(view.contacts_changed):
        signin.signin_button.click()  # signed in: the tier is saved at once
    assert "Saved tier 2 for ICU (Lena Leader)" in editor.message.text()
    saved = escalation_for(db, reference, "ICU", None)[1]
    assert (saved.tier, saved.wait_minutes) == (2, 5)
    assert saved.triggers == ("class_at_least:4", "patient_harm")
    assert escalation_for(db, reference, "ED", None)[1].wait_minutes == 15  # the ICU's own
    [event] = list_events(db, EventFilter(kind="escalation.tier_set"))
    assert (event.actor, event.actor_role, event.authenticated) == ("lead", "clinical_leader", True)


def test_new_contacts_reach_the_triage_call_list(qtbot, gui, db, reference, monkeypatch) -> None:
    window = MainWindow(db, reference, "en")
    qtbot.addWidget(window)
    window.show()
    triage = window.triage_view
    triage.start(Subject(category="ventilator"))
    for value in ["no", "no", "no", "yes", "dependent"]:
        triage.question_page.answer_buttons[value].click()
    assert "No contacts set up" in triage.result_page.call_list.plain_text()
    window.tabs.setCurrentWidget(window.contacts_view)
    import_file(monkeypatch, window.contacts_view, CONTACTS).run_import()
    assert "山﨑 一郎" in triage.result_page.call_list.plain_text()


def test_japanese_contacts_and_call_list(qtbot, gui, db, reference, monkeypatch) -> None:
    assert ui_app.install_translators(gui, "ja")
    window = MainWindow(db, reference, "ja")
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.tabText(window.tabs.indexOf(window.contacts_view)) == "連絡先"
    contacts = window.contacts_view
    window.tabs.setCurrentWidget(contacts)
    dialog = import_file(monkeypatch, contacts, CONTACTS)
    assert JAPANESE.search(dialog.windowTitle()) and JAPANESE.search(dialog.skip_check.text())
    dialog.run_import()
    assert JAPANESE.search(dialog.message.text())
    model = contacts.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert all(JAPANESE.search(h) for h in headers), headers
    assert "リーダー看護師" in [cell(contacts, r, "role") for r in range(model.rowCount())]
    assert all(
        JAPANESE.search(t)
        for t in (contacts.import_button.text(), contacts.unit_filter.itemText(0))
    )
    assert JAPANESE.search(contacts.editor.tier_editors[1].save_button.text())

    triage = window.triage_view
    triage.start(Subject(category="ventilator"))
    for value in ["no", "no", "no", "yes", "dependent"]:
        triage.question_page.answer_buttons[value].click()
    text = triage.result_page.call_list.plain_text()
    assert "今すぐ連絡" in text and "携帯  080-2222-3333" in text
    decisions = window.decisions_view
    assert JAPANESE.search(decisions.resolve_button.text())
    headers = [
        decisions.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(decisions.model.columnCount())
    ]
    assert "再確認" in headers
