"""The Inventory tab: search as you type, filters, count, keyboard, opening the editor, Japanese."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from app.services.devices import DeviceFilter, count_devices
from ui import app as ui_app
from ui.main_window import MainWindow
from ui.models.device_table_model import COLUMNS, column_title
from ui.views.inventory.filter_bar import NOT_CLASSIFIED
from ui.views.inventory.inventory_view import InventoryView

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture
def inventory(qtbot, gui, big_db, reference) -> InventoryView:
    view = InventoryView(big_db, reference, "en")
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


def tags(view: InventoryView, rows: int = 20) -> list[str]:
    model = view.model
    return [model.device(r).asset_tag for r in range(min(rows, model.rowCount()))]


def test_opens_with_every_device(inventory, big_db) -> None:
    assert inventory.model.rowCount() == count_devices(big_db) == 5000
    assert inventory.count_label.text() == "5,000 devices"
    assert tags(inventory, 2) == ["MD-00001", "MD-00002"]


def test_typing_narrows_after_a_pause(qtbot, inventory, big_db) -> None:
    qtbot.keyClicks(inventory.search_input, "vent")
    assert inventory.model.rowCount() == 5000  # not yet: typing is still going on
    expected = count_devices(big_db, DeviceFilter(query="vent"))
    qtbot.waitUntil(lambda: inventory.model.rowCount() == expected, timeout=2000)
    assert 0 < expected < 5000
    assert all(inventory.model.device(r).category == "ventilator" for r in range(expected))
    assert inventory.count_label.text() == f"{expected:,} devices of 5,000"


def test_japanese_two_characters_find_infusion_pumps(qtbot, inventory, big_db) -> None:
    for character in "輸液":  # as an input method commits them (QTest cannot type Japanese)
        inventory.search_input.insert(character)
    pumps = count_devices(big_db, DeviceFilter(category="infusion_pump"))
    qtbot.waitUntil(lambda: inventory.model.rowCount() == pumps, timeout=2000)
    assert pumps > 0
    rows = range(0, inventory.model.rowCount(), 97)
    assert {inventory.model.device(r).category for r in rows} == {"infusion_pump"}


def test_search_with_no_match_and_odd_characters(qtbot, inventory) -> None:
    for text in ['"*', "zzzz-no-such", "(", "OR AND NOT"]:
        inventory.search_input.setText(text)
        inventory.apply_filter()
        assert inventory.model.rowCount() >= 0
    inventory.search_input.setText("zzzz-no-such")
    inventory.apply_filter()
    assert inventory.model.rowCount() == 0
    assert inventory.count_label.text() == "0 devices of 5,000"


def test_filters_combine(inventory, big_db) -> None:
    inventory.unit_filter.setCurrentIndex(inventory.unit_filter.findData("ICU"))
    inventory.category_filter.setCurrentIndex(inventory.category_filter.findData("patient_monitor"))
    expected = count_devices(big_db, DeviceFilter(unit="ICU", category="patient_monitor"))
    assert inventory.model.rowCount() == expected > 0
    device = inventory.model.device(expected - 1)
    assert (device.unit, device.category) == ("ICU", "patient_monitor")


def test_class_filter(inventory, big_db, reference, classify) -> None:
    classify(big_db, reference, "MD-00007", 4)
    try:
        inventory.refresh()
        inventory.class_filter.setCurrentIndex(inventory.class_filter.findData(4))
        assert tags(inventory) == ["MD-00007"]
        assert inventory.count_label.text() == "1 device of 5,000"
        inventory.class_filter.setCurrentIndex(inventory.class_filter.findData(NOT_CLASSIFIED))
        assert inventory.model.rowCount() == 4999
        assert "MD-00007" not in tags(inventory, 10)
    finally:  # big_db is shared by the module: put the device back as it was
        with big_db.write() as session:
            session.connection().exec_driver_sql(
                "UPDATE device SET default_class = NULL, default_class_approved_by = NULL, "
                "default_class_approved_at = NULL WHERE asset_tag = 'MD-00007'"
            )


def test_keyboard_search_to_table_to_editor(qtbot, inventory, press) -> None:
    inventory.focus_search()
    assert inventory.search_input.hasFocus()
    qtbot.keyClicks(inventory.search_input, "MD-0004")
    inventory.apply_filter()
    press(inventory, Qt.Key.Key_Down)
    assert inventory.table.hasFocus()
    press(inventory, Qt.Key.Key_Down)
    press(inventory, Qt.Key.Key_Return)
    editor = inventory.editor
    assert editor is not None and editor.isVisible()
    assert editor.form.widgets["asset_tag"].text() == tags(inventory, 2)[1]
    editor.reject()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen cannot raise
def test_double_click_opens_editor(qtbot, inventory) -> None:
    table = inventory.table
    rect = table.visualRect(inventory.model.index(2, 0))
    # a real double-click starts with a press and a release, which QTest's double-click lacks
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert inventory.editor is not None and inventory.editor.isVisible()
    assert inventory.editor.device.asset_tag == "MD-00003"
    again = inventory.open_editor(None)  # a second editor never piles up on the first
    assert again is inventory.editor
    inventory.editor.reject()


def test_new_device_shortcut(qtbot, inventory) -> None:
    inventory.table.setFocus()
    qtbot.keyClick(inventory.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert inventory.editor is not None and inventory.editor.device is None
    inventory.editor.reject()


def test_inventory_tab_after_triage(qtbot, gui, db, reference) -> None:
    window = MainWindow(db, reference, "en")
    qtbot.addWidget(window)
    names = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    index = window.tabs.indexOf(window.inventory_view)
    assert names[0] == "Triage" and names[index] == "Inventory" and index > 0


def test_japanese_inventory(qtbot, gui, db, reference) -> None:
    assert ui_app.install_translators(gui, "ja")
    window = MainWindow(db, reference, "ja")
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.inventory_view)
    view = window.inventory_view
    assert JAPANESE.search(window.tabs.tabText(window.tabs.indexOf(view)))
    texts = [
        view.count_label.text(),
        view.search_input.placeholderText(),
        view.new_button.text(),
        view.unit_filter.itemText(0),
        view.category_filter.itemText(1),
        view.class_filter.itemText(1),
        *(column_title(c) for c in COLUMNS if c not in ("ip",)),
    ]
    assert all(JAPANESE.search(t) for t in texts), texts
    editor = view.open_editor(view.model.device(0))
    labels = [label.text() for label in editor.form.labels.values()]
    assert all(JAPANESE.search(t) for t in labels if t not in ("VLAN",)), labels
    assert JAPANESE.search(editor.save_button.text())
    assert editor.form.widgets["implanted"].currentText() == "不明"
    editor.reject()
    wizard = view.open_import()
    pages = (wizard.file_page, wizard.mapping_page, wizard.report_page, wizard.done_page)
    titles = [wizard.windowTitle(), *(page.title() for page in pages)]
    assert all(JAPANESE.search(t) for t in titles), titles
    assert JAPANESE.search(view.export_button.text())
    wizard.reject()
