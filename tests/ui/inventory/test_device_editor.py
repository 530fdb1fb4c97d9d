"""The device editor: create, edit, refused values shown and kept, unknown stays unknown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.devices import get_device
from ui import app as ui_app
from ui import locale_format
from ui.dialogs.device_editor_dialog import DeviceEditorDialog
from ui.views.inventory.inventory_view import InventoryView


@pytest.fixture
def view(qtbot, gui, db, reference) -> InventoryView:
    widget = InventoryView(db, reference, "en")
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose(editor: DeviceEditorDialog, field: str, data: str) -> None:
    combo = editor.form.widgets[field]
    combo.setCurrentIndex(combo.findData(data))


def test_create_a_device(qtbot, view, db) -> None:
    before = view.model.rowCount()
    editor = view.open_editor(None)
    assert editor.windowTitle() == "New device"
    assert editor.focusWidget() is editor.form.widgets["asset_tag"]
    qtbot.keyClicks(editor.form.widgets["asset_tag"], "BME-9001")
    choose(editor, "category", "ventilator")
    editor.form.widgets["unit"].setText("ICU")  # typing would pop up the completer
    qtbot.keyClicks(editor.form.widgets["ip"], "10.1.2.3")
    choose(editor, "life_sustaining", "yes")
    choose(editor, "care_setting", "icu")
    qtbot.keyClicks(editor.saved_by_input, "Kenji Mori")
    with qtbot.waitSignal(view.device_saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    stored = get_device(db, "BME-9001")
    assert saved.args[0].id == stored.id
    assert stored.category == "ventilator" and stored.unit == "ICU"
    assert stored.record["life_sustaining"] is True and stored.record["care_setting"] == "icu"
    assert stored.record["stores_phi"] is None  # untouched yes/no stays unknown
    assert view.model.rowCount() == before + 1
    assert view.saved_by == "Kenji Mori"
    assert view.open_editor(None).saved_by_input.text() == "Kenji Mori"  # remembered


def test_unknown_stays_unknown_when_editing(view, db) -> None:
    device = get_device(db, "MD-00001")
    assert device.record["implanted"] is None
    editor = view.open_editor(device)
    assert editor.form.widgets["implanted"].currentText() == "Unknown"
    editor.form.widgets["firmware_version"].setText("9.9.9")
    editor.saved_by_input.setText("Kenji")
    assert editor.save()
    after = get_device(db, "MD-00001")
    assert after.record["firmware_version"] == "9.9.9"
    for name in ("implanted", "patient_connectable", "stores_phi", "transmits_phi"):
        assert after.record[name] is None, name
    assert view.model.device(0).record["firmware_version"] == "9.9.9"  # the table was refreshed


def test_default_class_kept_and_shown_read_only(view, db, reference, classify) -> None:
    classify(db, reference, "MD-00002", 6)
    editor = view.open_editor(get_device(db, "MD-00002"))
    assert "Class 6" in editor.form.class_label.text()
    assert "Dr Kato" in editor.form.class_label.text()
    assert "default_class" not in editor.form.widgets  # nothing to type it into
    editor.form.widgets["notes"].setPlainText("checked\nin the ward")
    editor.saved_by_input.setText("Kenji")
    assert editor.save()
    after = get_device(db, "MD-00002")
    assert after.default_class == 6 and after.record["default_class_approved_by"] == "Dr Kato"
    assert after.record["notes"] == "checked\nin the ward"


def test_refused_value_is_shown_and_nothing_lost(qtbot, view, db) -> None:
    editor = view.open_editor(get_device(db, "MD-00005"))
    editor.form.widgets["ip"].setText("10.0.0.300")
    editor.form.widgets["model_number"].setText("X-1")
    editor.saved_by_input.setText("Kenji")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.error_text().startswith("IP address: ")
    assert "10.0.0.300" in editor.error_text()
    assert editor.focusWidget() is editor.form.widgets["ip"]
    assert editor.form.widgets["model_number"].text() == "X-1"  # nothing typed is lost
    assert get_device(db, "MD-00005").record["model_number"] is None
    editor.form.widgets["ip"].setText("10.0.0.30")
    assert editor.save()
    assert get_device(db, "MD-00005").record["ip"] == "10.0.0.30"


def test_name_is_required(view, db) -> None:
    editor = view.open_editor(get_device(db, "MD-00006"))
    editor.form.widgets["serial"].setText("S-1")
    editor.saved_by_input.setText("   ")
    assert not editor.save()
    assert "your name" in editor.error_text()
    assert editor.focusWidget() is editor.saved_by_input
    assert get_device(db, "MD-00006").record["serial"] != "S-1"


def test_new_device_with_a_tag_in_use_is_refused(view, db) -> None:
    old_serial = get_device(db, "MD-00004").record["serial"]
    editor = view.open_editor(None)
    editor.form.widgets["asset_tag"].setText("md-00004")
    editor.form.widgets["serial"].setText("OVERWRITE")
    editor.saved_by_input.setText("Kenji")
    assert not editor.save()
    assert "MD-00004" in editor.error_text()
    assert get_device(db, "MD-00004").record["serial"] == old_serial


def test_renaming_onto_another_tag_is_refused(view, db) -> None:
    editor = view.open_editor(get_device(db, "MD-00008"))
    editor.form.widgets["asset_tag"].setText("MD-00009")
    editor.saved_by_input.setText("Kenji")
    assert not editor.save()
    assert editor.error_text().startswith("Asset tag: ")


def test_rename_and_empty_tag(view, db) -> None:
    editor = view.open_editor(get_device(db, "MD-00010"))
    editor.form.widgets["asset_tag"].setText("")
    editor.saved_by_input.setText("Kenji")
    assert not editor.save()
    assert editor.error_text().startswith("Asset tag: ")
    editor.form.widgets["asset_tag"].setText("MD-10010")
    assert editor.save()
    assert get_device(db, "MD-10010").id == editor.device.id


def test_a_japanese_editor_refuses_a_bad_ip_in_japanese(qtbot, gui, db, reference) -> None:
    assert ui_app.install_translators(gui, "ja")
    locale_format.set_language("ja")
    try:
        view = InventoryView(db, reference, "ja")
        qtbot.addWidget(view)
        editor = view.open_editor(get_device(db, "MD-00005"))
        editor.form.widgets["ip"].setText("10.0.0.300")
        editor.saved_by_input.setText("Kenji")
        assert not editor.save()
        assert editor.error_text() == (
            "IPアドレス: 「10.0.0.300」はIPv4またはIPv6のアドレスとして正しくありません。"
        )
        assert editor.focusWidget() is editor.form.widgets["ip"]
        editor.form.widgets["ip"].setText("10.0.0.30")
        editor.form.widgets["vlan"].setText("5000")
        assert not editor.save()
        assert editor.error_text() == "VLAN: 5000は1～4094の範囲外です。"
        assert editor.focusWidget() is editor.form.widgets["vlan"]
    finally:
        locale_format.set_language("en")
