"""Software components (SBOM): attach an SBOM to a model, find the devices carrying a component."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.database.db import Database
from app.services.clock import utc_now_iso
from app.services.composition import affected_devices, import_sbom
from app.services.inventory import upsert_records
from app.services.reference import Reference
from ui import app as ui_app
from ui import dialog_service
from ui.dialogs.sbom_dialog import SbomDialog
from ui.dialogs.sbom_find import COLUMNS
from ui.views.inventory.inventory_view import InventoryView

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
SBOMS = Path(__file__).resolve().parents[2] / "fixtures" / "shared" / "sbom"
LARAVEL = SBOMS / "cyclonedx-laravel-7.12.0.bom.1.4.json"
MAVEN = SBOMS / "spdx23-examplemaven-enriched.spdx.json"  # "Apache Log4j Core", no version
PUMPS = ["MD-00001", "MD-00002", "MD-00003"]
SERVERS = ["MD-00004", "MD-00005"]


def give_model(db: Database, reference: Reference, tags: list[str], model: str) -> None:
    with db.write() as session:
        records = [{"asset_tag": tag, "model": model} for tag in tags]
        upsert_records(session, reference, records, now=utc_now_iso())


@pytest.fixture
def models(db: Database, reference: Reference) -> Database:
    """Three devices of model TEST-PUMP and two of TEST-SRV (no other device has them)."""
    give_model(db, reference, PUMPS, "TEST-PUMP")
    give_model(db, reference, SERVERS, "TEST-SRV")
    return db


@pytest.fixture
def dialog(qtbot, gui, models, reference) -> SbomDialog:
    window = SbomDialog(models, reference, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def cyclonedx(tmp_path: Path, name: str, version: str) -> Path:
    """A minimal CycloneDX 1.4 SBOM with one component."""
    path = tmp_path / "one.cdx.json"
    document = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.4",
        "version": 1,
        "components": [{"type": "library", "name": name, "version": version}],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def column(dialog: SbomDialog, name: str) -> list[str]:
    model = dialog.find_panel.model
    return [model.text(row, name) for row in range(model.rowCount())]


def find(dialog: SbomDialog, query: str, version: str = "") -> None:
    panel = dialog.find_panel
    panel.query_input.setText(query)
    panel.version_input.setText(version)
    panel.find_button.click()


def test_attach_laravel_to_a_model(qtbot, dialog, models) -> None:
    panel = dialog.attach_panel
    assert "TEST-PUMP" in [panel.model_input.itemText(i) for i in range(panel.model_input.count())]
    assert panel.attached_list.item(0).text() == "None yet."
    dialog.tabs.setCurrentWidget(panel)
    panel.path_input.setText(str(LARAVEL))
    panel.model_input.setEditText("TEST-PUMP")
    qtbot.keyClicks(panel.by_input, "Nurse Sato")
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert panel.error_text() == ""
    assert panel.result_label.isVisible()
    assert panel.result_label.text() == (
        "62 components attached to TEST-PUMP. 3 devices in the inventory carry them now."
    )
    assert panel.path_input.text() == ""  # so the same file is not attached twice by mistake
    assert panel.model_input.currentText() == "TEST-PUMP"
    listed = panel.attached_list.item(0).text()
    assert listed.startswith("TEST-PUMP — cyclonedx-laravel-7.12.0.bom.1.4.json (CycloneDX 1.4")
    assert "62 components" in listed and "Nurse Sato" in listed
    found = affected_devices(models, "laravel/framework")
    assert sorted(a.device.asset_tag for a in found) == PUMPS


def test_attach_with_firmware_and_no_device_yet(dialog) -> None:
    panel = dialog.attach_panel
    panel.path_input.setText(str(LARAVEL))
    panel.model_input.setEditText("NEW-MODEL")
    panel.firmware_input.setText("2.0")
    panel.by_input.setText("Sato")
    assert panel.attach()
    assert panel.result_label.text().startswith(
        "62 components attached to NEW-MODEL (firmware 2.0). No device of this model"
    )


def test_a_file_that_is_not_an_sbom_is_refused_and_inputs_kept(dialog, models, tmp_path) -> None:
    not_sbom = tmp_path / "devices.csv"
    not_sbom.write_text("asset_tag,model\nMD-1,TEST-PUMP\n", encoding="utf-8")
    panel = dialog.attach_panel
    panel.path_input.setText(str(not_sbom))
    panel.model_input.setEditText("TEST-PUMP")
    panel.firmware_input.setText("1.2")
    panel.by_input.setText("Sato")
    assert not panel.attach()
    assert panel.error_text().startswith("The SBOM was not attached: ")
    assert "devices.csv" in panel.error_text()
    assert not panel.result_label.isVisible()
    assert panel.path_input.text() == str(not_sbom)
    assert panel.model_input.currentText() == "TEST-PUMP"
    assert panel.firmware_input.text() == "1.2"
    assert panel.by_input.text() == "Sato"
    assert panel.attached_list.item(0).text() == "None yet."


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("path", "Choose the SBOM file to attach."),
        ("model", "Enter the device model the SBOM describes."),
        ("by", "Enter your name: every change records who made it."),
    ],
)
def test_attach_needs_file_model_and_name(dialog, missing, message) -> None:
    panel = dialog.attach_panel
    dialog.tabs.setCurrentWidget(panel)
    panel.path_input.setText("" if missing == "path" else str(LARAVEL))
    panel.model_input.setEditText("" if missing == "model" else "TEST-PUMP")
    panel.by_input.setText("  " if missing == "by" else "Sato")
    assert not panel.attach()
    assert panel.error_text() == message
    widget = {"path": panel.path_input, "model": panel.model_input, "by": panel.by_input}[missing]
    assert widget.hasFocus() or widget.isAncestorOf(dialog.focusWidget())


def test_choose_file_uses_the_dialog_service(dialog, monkeypatch) -> None:
    monkeypatch.setattr(dialog_service, "choose_open_file", lambda *_args: LARAVEL)
    dialog.attach_panel.choose_file()
    assert dialog.attach_panel.path_input.text() == str(LARAVEL)


def test_confirmed_rows_first_then_may_be_affected(dialog, models, tmp_path) -> None:
    import_sbom(models, MAVEN, model="TEST-SRV", firmware=None, by="Sato")
    known = cyclonedx(tmp_path, "Apache Log4j Core", "2.14.1")
    import_sbom(models, known, model="TEST-PUMP", firmware=None, by="Sato")
    find(dialog, "Apache Log4j Core", "<2.17.1")
    panel = dialog.find_panel
    assert panel.error_text() == ""
    assert column(dialog, "tag") == PUMPS + SERVERS
    assert (
        column(dialog, "status")
        == ["Affected: the version matches"] * 3 + ["Version unknown — may be affected"] * 2
    )
    assert column(dialog, "version") == ["2.14.1"] * 3 + ["not stated"] * 2
    assert column(dialog, "model") == ["TEST-PUMP"] * 3 + ["TEST-SRV"] * 2
    assert panel.count_label.text() == (
        "3 devices carry Apache Log4j Core <2.17.1; 2 more may (version unknown)."
    )
    assert panel.hint_label.isVisible()
    assert panel.table.accessibleDescription() == panel.count_label.text()


def test_only_unknown_versions_are_marked_may_be_affected(dialog, models) -> None:
    import_sbom(models, MAVEN, model="TEST-SRV", firmware=None, by="Sato")
    find(dialog, "Apache Log4j Core", "<2.17.1")
    assert column(dialog, "tag") == SERVERS
    assert set(column(dialog, "status")) == {"Version unknown — may be affected"}
    assert dialog.find_panel.count_label.text() == (
        "No device is known to carry Apache Log4j Core <2.17.1; 2 may (version unknown)."
    )


def test_version_filter_excludes_and_includes(dialog, models) -> None:
    import_sbom(models, LARAVEL, model="TEST-PUMP", firmware=None, by="Sato")
    panel = dialog.find_panel
    find(dialog, "laravel/framework", "<7.0")
    assert panel.model.rowCount() == 0
    assert (
        panel.count_label.text()
        == "No device carries laravel/framework <7.0 in the attached SBOMs."
    )
    assert not panel.hint_label.isVisible()
    find(dialog, "pkg:composer/laravel/framework", "<=7.30.6")
    assert column(dialog, "tag") == PUMPS
    assert set(column(dialog, "version")) == {"v7.30.6"}
    find(dialog, "laravel/framework")
    assert panel.count_label.text() == "3 devices carry laravel/framework."
    assert set(column(dialog, "status")) == {"Carries it"}


def test_empty_query_and_bad_version_filter(dialog, models) -> None:
    import_sbom(models, LARAVEL, model="TEST-PUMP", firmware=None, by="Sato")
    panel = dialog.find_panel
    find(dialog, "laravel/framework")
    assert panel.model.rowCount() == 3
    find(dialog, "   ", "<7.0")
    assert panel.error_text() == (
        "Enter a component to look for: a package URL, group/name or a name."
    )
    assert panel.model.rowCount() == 0 and panel.count_label.text() == ""
    assert panel.query_input.hasFocus()
    find(dialog, "laravel/framework", "<dev")
    assert panel.error_text().startswith("Cannot search: version filter '<dev'")
    assert panel.version_input.text() == "<dev"
    find(dialog, "laravel/framework", "")
    assert panel.error_text() == "" and panel.model.rowCount() == 3


def test_enter_runs_the_search_and_keeps_the_window_open(qtbot, dialog, models) -> None:
    import_sbom(models, LARAVEL, model="TEST-PUMP", firmware=None, by="Sato")
    panel = dialog.find_panel
    assert panel.query_input.hasFocus()
    qtbot.keyClicks(panel.query_input, "laravel/framework")
    qtbot.keyClick(panel.query_input, Qt.Key.Key_Return)
    assert panel.model.rowCount() == 3
    qtbot.keyClick(panel.query_input, Qt.Key.Key_Tab)
    assert panel.version_input.hasFocus()
    qtbot.keyClicks(panel.version_input, "<7")
    qtbot.keyClick(panel.version_input, Qt.Key.Key_Enter)
    assert panel.model.rowCount() == 0
    assert dialog.isVisible()


def test_attaching_updates_the_results_shown(dialog) -> None:
    find(dialog, "laravel/framework")
    assert dialog.find_panel.model.rowCount() == 0
    panel = dialog.attach_panel
    panel.path_input.setText(str(LARAVEL))
    panel.model_input.setEditText("test-pump")  # models match ignoring letter case
    panel.by_input.setText("Sato")
    assert panel.attach()
    assert column(dialog, "tag") == PUMPS


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen cannot raise
def test_inventory_button_opens_the_dialog_and_rows_open_the_editor(qtbot, gui, models, reference):
    import_sbom(models, LARAVEL, model="TEST-PUMP", firmware=None, by="Sato")
    view = InventoryView(models, reference, "en")
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.sbom_button, Qt.MouseButton.LeftButton)
    dialog = view.sbom_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.windowTitle() == "Software components (SBOM)"
    assert view.open_sbom() is dialog  # a second click brings the same window forward
    find(dialog, "laravel/framework")
    table = dialog.find_panel.table
    table.setFocus()
    table.selectRow(1)
    table.setCurrentIndex(dialog.find_panel.model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert view.editor is not None and view.editor.isVisible()
    assert view.editor.device.asset_tag == PUMPS[1]
    view.editor.reject()
    dialog.close()


def test_columns_have_titles(dialog) -> None:
    model = dialog.find_panel.model
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMNS))]
    assert titles == [
        "Asset tag",
        "Status",
        "Model",
        "Firmware",
        "Unit",
        "Location",
        "Component",
        "Component version",
    ]


def test_japanese(qtbot, gui, models, reference, tmp_path) -> None:
    assert ui_app.install_translators(gui, "ja")
    import_sbom(models, MAVEN, model="TEST-SRV", firmware=None, by="Sato")
    dialog = SbomDialog(models, reference, "ja")
    qtbot.addWidget(dialog)
    dialog.show()
    find_panel, attach_panel = dialog.find_panel, dialog.attach_panel
    find(dialog, "Apache Log4j Core", "<2.17.1")
    attach_panel.path_input.setText(str(LARAVEL))
    attach_panel.model_input.setEditText("TEST-PUMP")
    attach_panel.by_input.setText("佐藤")
    assert attach_panel.attach()
    texts = [
        dialog.windowTitle(),
        dialog.tabs.tabText(0),
        dialog.tabs.tabText(1),
        dialog.close_button.text(),
        find_panel.find_button.text(),
        find_panel.query_input.placeholderText(),
        find_panel.count_label.text(),
        find_panel.hint_label.text(),
        *column(dialog, "status"),
        *column(dialog, "version"),
        *(str(find_panel.model.headerData(i, Qt.Orientation.Horizontal)) for i in range(8)),
        attach_panel.attach_button.text(),
        attach_panel.result_label.text(),
        attach_panel.attached_list.item(0).text(),
    ]
    assert all(JAPANESE.search(t) for t in texts), texts
    find(dialog, "")
    attach_panel.by_input.clear()
    attach_panel.attach()
    assert JAPANESE.search(find_panel.error_text())
    assert JAPANESE.search(attach_panel.error_text())
    view = InventoryView(models, reference, "ja")
    qtbot.addWidget(view)
    assert JAPANESE.search(view.sbom_button.text())
    dialog.close()
