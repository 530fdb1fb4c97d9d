"""The contact editor of the Contacts tab: New contact…, change a contact (double-click or Enter on
its row), a refused value kept as typed, names required, Remove… after a confirmation, Japanese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.contacts import import_contacts, list_contacts
from app.services.escalation import escalation_for
from ui import app as ui_app
from ui import dialog_service, locale_format
from ui.dialogs.contact_editor_dialog import ContactEditorDialog
from ui.views.contacts.contacts_view import ContactsView

CONTACTS = Path(__file__).resolve().parents[1] / "fixtures" / "contacts" / "contacts.csv"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture
def imported(db, reference):
    report = import_contacts(db, reference, CONTACTS, by="test")
    assert report.written
    return db


@pytest.fixture
def view(qtbot, gui, imported, reference) -> ContactsView:
    contacts = ContactsView(imported, reference, "en")
    qtbot.addWidget(contacts)
    contacts.resize(1200, 760)
    contacts.show()
    qtbot.waitExposed(contacts)
    return contacts


def by_name(db, name: str):
    return next((c for c in list_contacts(db) if c.name == name), None)


def row_of(view: ContactsView, name: str) -> int:
    for row in range(view.model.rowCount()):
        if view.model.contact(row).name == name:
            return row
    raise AssertionError(f"{name} not in the table")


def focused(widget) -> bool:
    """The keyboard focus is (or goes, once the window is active) on ``widget``."""
    return widget.window().focusWidget() is widget


def type_into(qtbot, dialog: ContactEditorDialog, **texts: str) -> None:
    for name, text in texts.items():
        widget = dialog.widgets[name]
        widget.clear()
        qtbot.keyClicks(widget, text)


def test_new_contact_in_icu_tier_1_is_called(qtbot, view, imported, reference) -> None:
    before = view.model.rowCount()
    view.name_input.setText("Ken Mori")
    view.new_button.click()
    dialog = view.contact_editor
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "New contact"
    assert dialog.saved_by() == "Ken Mori"
    assert focused(dialog.widgets["name"])
    type_into(qtbot, dialog, name="Yui Abe", mobile="090-7777-8888", email="yui@example.org")
    dialog.widgets["role"].setCurrentIndex(dialog.widgets["role"].findData("biomed"))
    type_into(qtbot, dialog, models_covered="Pump X1", psirt="https://example.org/psirt")
    place = dialog.add_place("ICU", 1, "")
    assert place.unit.currentText() == "ICU"
    with qtbot.waitSignal(view.contacts_changed):
        assert dialog.save()
    assert not dialog.isVisible()

    saved = by_name(imported, "Yui Abe")
    assert saved is not None and saved.role == "biomed"
    assert saved.methods == (("mobile", "090-7777-8888"), ("email", "yui@example.org"))
    assert saved.places == (("ICU", 1, ""),)
    assert saved.vendor["models_covered"] == "Pump X1"
    tiers = escalation_for(imported, reference, "ICU", 3)
    assert "Yui Abe" in [c.name for c in tiers[0].contacts] and tiers[0].tier == 1
    assert view.model.rowCount() == before + 1
    assert view.selected_contact().name == "Yui Abe"


def test_enter_on_a_row_edits_that_contact(qtbot, view, imported, reference) -> None:
    view.name_input.setText("Ken Mori")
    view.table.setFocus()
    row = row_of(view, "山﨑 一郎")
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.contact_editor
    assert dialog is not None and dialog.isVisible()
    assert dialog.widgets["name"].text() == "山﨑 一郎"
    assert dialog.widgets["pager"].text() == "1234"
    assert dialog.values()["role"] == "biomed"
    assert [r.value() for r in dialog.place_rows] == [("", 1, "")]

    type_into(qtbot, dialog, mobile="080-9999-0000", pager="", email="")
    type_into(qtbot, dialog, radio="Channel 4")
    dialog.remove_place(dialog.place_rows[0])
    dialog.add_place("ICU", 2, "3,4")
    with qtbot.waitSignal(view.contacts_changed):
        assert dialog.save()

    saved = by_name(imported, "山﨑 一郎")
    assert saved.methods == (("mobile", "080-9999-0000"), ("radio", "Channel 4"))
    assert saved.places == (("ICU", 2, "3,4"),)
    assert len([c for c in list_contacts(imported) if c.name == "山﨑 一郎"]) == 1
    icu = escalation_for(imported, reference, "ICU", 3)
    assert "山﨑 一郎" in [c.name for t in icu if t.tier == 2 for c in t.contacts]
    assert "山﨑 一郎" not in [
        c.name for t in escalation_for(imported, reference, "ED", 3) for c in t.contacts
    ]


def test_double_click_opens_the_editor(qtbot, view) -> None:
    row = row_of(view, "渡邊 健")
    rect = view.table.visualRect(view.model.index(row, 0))
    viewport = view.table.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # as a person would
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = view.contact_editor
    assert dialog is not None and dialog.windowTitle() == "Contact 渡邊 健"
    assert dialog.widgets["hics_position"].text() == "Incident Commander"
    assert [r.value() for r in dialog.place_rows] == [("", 2, "3,4,5")]


def test_bad_phone_is_shown_kept_and_nothing_saved(qtbot, view, imported) -> None:
    count = len(list_contacts(imported))
    view.name_input.setText("Ken Mori")
    dialog = view.open_editor(None)
    type_into(qtbot, dialog, name="Rin Kato", organization="ME Dept", mobile="12", desk="03-1111")
    dialog.add_place("ICU", 1, "")
    with qtbot.assertNotEmitted(view.contacts_changed):
        assert not dialog.save()
    assert dialog.isVisible()
    assert "Mobile" in dialog.error_text() or "mobile" in dialog.error_text().casefold()
    assert "'12' is not a phone number" in dialog.error_text()
    assert focused(dialog.widgets["mobile"])
    assert "B71C1C" in dialog.widgets["mobile"].styleSheet()
    assert dialog.widgets["name"].styleSheet() == ""
    assert dialog.widgets["name"].text() == "Rin Kato"
    assert dialog.widgets["organization"].text() == "ME Dept"
    assert dialog.widgets["mobile"].text() == "12"
    assert dialog.places() == [("ICU", 1, "")]
    assert len(list_contacts(imported)) == count and by_name(imported, "Rin Kato") is None

    type_into(qtbot, dialog, mobile="090-1111-0000")
    dialog.place_rows[0].classes.setText("3,9")
    assert not dialog.save()
    assert "classes" in dialog.error_text().casefold()
    assert focused(dialog.place_rows[0].classes)
    dialog.place_rows[0].classes.setText("3")
    with qtbot.waitSignal(view.contacts_changed):
        assert dialog.save()
    assert by_name(imported, "Rin Kato").places == (("ICU", 1, "3"),)


def test_names_are_required(qtbot, view, imported) -> None:
    count = len(list_contacts(imported))
    dialog = view.open_editor(None)
    type_into(qtbot, dialog, mobile="090-1111-0000")
    assert not dialog.save()  # neither the contact's name nor yours
    assert "Enter your name" in dialog.error_text()
    assert focused(dialog.saved_by_input)
    qtbot.keyClicks(dialog.saved_by_input, "Ken Mori")
    assert not dialog.save()
    assert "Name" in dialog.error_text() and "missing" in dialog.error_text()
    assert focused(dialog.widgets["name"])
    assert dialog.widgets["mobile"].text() == "090-1111-0000"
    assert len(list_contacts(imported)) == count

    type_into(qtbot, dialog, name="Aiko Sato")
    dialog.widgets["role"].setEditText("Night pharmacist")  # a custom role
    assert dialog.save()
    assert by_name(imported, "Aiko Sato").role == "Night pharmacist"
    assert view.name_input.text() == "Ken Mori"  # remembered for the next change


def test_remove_asks_first_then_removes_and_refreshes(qtbot, view, imported, monkeypatch) -> None:
    asked: list[str] = []
    answer = [False]

    def confirm(_parent, title, text):
        asked.append(text)
        return answer[0]

    errors: list[str] = []
    monkeypatch.setattr(dialog_service, "confirm", confirm)
    monkeypatch.setattr(dialog_service, "show_error", lambda _p, title, _m: errors.append(title))
    before = view.model.rowCount()
    assert not view.remove_button.isEnabled()  # nothing selected
    view.table.selectRow(row_of(view, "Acme Infusion PSIRT"))
    assert view.remove_button.isEnabled()

    view.remove_button.click()  # no name yet: nothing asked, nothing removed
    assert errors and asked == [] and view.name_input.hasFocus()
    view.name_input.setText("Ken Mori")

    view.remove_button.click()  # "No"
    assert len(asked) == 1 and "Acme Infusion PSIRT" in asked[0]
    assert by_name(imported, "Acme Infusion PSIRT") is not None

    answer[0] = True
    with qtbot.waitSignal(view.contacts_changed):
        view.remove_button.click()
    assert by_name(imported, "Acme Infusion PSIRT") is None
    assert view.model.rowCount() == before - 1
    names = [view.model.contact(r).name for r in range(view.model.rowCount())]
    assert "Acme Infusion PSIRT" not in names


def test_confirm_without_a_person_says_no(monkeypatch) -> None:
    monkeypatch.setattr(dialog_service, "interactive", False)
    assert dialog_service.confirm(None, "Remove contact", "Remove?") is False


def test_japanese_editor(qtbot, gui, imported, reference) -> None:
    assert ui_app.install_translators(gui, "ja")
    view = ContactsView(imported, reference, "ja")
    qtbot.addWidget(view)
    view.show()
    for button in (view.new_button, view.remove_button):
        assert JAPANESE.search(button.text()), button.text()
    dialog = view.open_editor(None)
    assert JAPANESE.search(dialog.windowTitle())
    assert JAPANESE.search(dialog.save_button.text()) and JAPANESE.search(
        dialog.add_place_button.text()
    )
    for name in ("name", "role", "organization", "mobile", "email", "hics_position", "psirt"):
        if name != "psirt":
            assert JAPANESE.search(dialog.field_label(name)), name
    role = dialog.widgets["role"]
    assert JAPANESE.search(role.itemText(role.findData("vendor")))
    place = dialog.add_place()
    assert JAPANESE.search(place.unit.itemText(0))
    assert not dialog.save()
    assert JAPANESE.search(dialog.error_text())


def test_japanese_editor_refuses_a_bad_phone_number_in_japanese(
    qtbot, gui, imported, reference
) -> None:
    assert ui_app.install_translators(gui, "ja")
    locale_format.set_language("ja")
    try:
        view = ContactsView(imported, reference, "ja")
        qtbot.addWidget(view)
        view.show()
        view.name_input.setText("Ken Mori")
        dialog = view.open_editor(None)
        type_into(qtbot, dialog, name="Rin Kato", mobile="12")
        dialog.add_place("ICU", 1, "")
        assert not dialog.save()
        label = dialog.field_label("mobile")
        assert JAPANESE.search(label), label
        assert dialog.error_text() == f"{label}: 「12」は電話番号ではありません。"
        assert focused(dialog.widgets["mobile"])
        assert "B71C1C" in dialog.widgets["mobile"].styleSheet()
        type_into(qtbot, dialog, mobile="090-1111-0000")
        dialog.place_rows[0].classes.setText("3,9")
        assert not dialog.save()
        assert "「3,9」はクラス1～7の並びではありません" in dialog.error_text()
        assert focused(dialog.place_rows[0].classes)
    finally:
        locale_format.set_language("en")
