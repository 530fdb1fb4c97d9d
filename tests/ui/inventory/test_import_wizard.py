"""The import wizard end to end on small files: mapping, the check (dry run), both import modes."""

from __future__ import annotations

import csv

import pytest

from app.domain.row_problem import RowProblem
from app.errors import Message
from app.services.devices import count_devices, find_device, get_device
from app.services.inventory_import import list_mapping_profiles
from ui import dialog_service, locale_format
from ui.views.inventory.inventory_view import InventoryView

CSV = (
    "Asset Tag,Maker,Model,IP,Category,Colour,Ward name\n"
    "NEW-1,Acme,X1,10.0.0.1,infusion_pump,red,ICU\n"
    "MD-00002,,,10.0.0.2,,,\n"
    "BAD-1,Acme,X,10.0.0.999,,,ED\n"
    "NEW-2,Acme,X,,toaster,,ED\n"
)


@pytest.fixture
def view(qtbot, gui, db, reference) -> InventoryView:
    widget = InventoryView(db, reference, "en")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "devices.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def start(view, source, monkeypatch):
    monkeypatch.setattr(dialog_service, "choose_open_file", lambda *_args: source)
    wizard = view.open_import()
    assert wizard.isVisible() and wizard.currentPage() is wizard.file_page
    assert not wizard.file_page.isComplete()
    wizard.file_page.findChild(type(view.import_button), "import_choose").click()
    assert wizard.file_page.path_input.text() == str(source)
    wizard.file_page.by_input.setText("Kenji Mori")
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def field_of(wizard, header):
    headers = wizard.planned.table.headers
    return wizard.mapping_page.combos[headers.index(header)]


def test_skip_invalid_rows_and_save_rejects(qtbot, view, db, source, monkeypatch) -> None:
    before = count_devices(db)
    wizard = start(view, source, monkeypatch)
    page = wizard.mapping_page
    assert field_of(wizard, "Maker").currentData() == "manufacturer"
    assert field_of(wizard, "Colour").currentData() == ""  # not recognised: not imported
    ward = field_of(wizard, "Ward name")
    ward.setCurrentIndex(ward.findData("unit"))  # the person maps a column by hand
    assert "devices.csv: 4 rows, 7 columns" in page.file_label.text()
    wizard.next()

    report = wizard.report_page
    assert wizard.currentPage() is report
    assert report.counts.text() == "Of 4 rows: 2 new devices, 1 updates, 1 rejected."
    assert report.errors.rowCount() == 1
    error = [report.errors.data(report.errors.index(0, c)) for c in range(3)]
    assert error[:2] == ["4", "IP"] and "10.0.0.999" in error[2]
    assert report.warnings.rowCount() == 1 and "toaster" in report.warnings.data(
        report.warnings.index(0, 2)
    )
    assert "Colour" in report.ignored.text()
    assert count_devices(db) == before  # the check is a dry run

    wizard.next()  # all or nothing, with a rejected row: refused, nothing written
    assert wizard.currentPage() is report
    assert "1 rows have errors" in report.error_label.text()
    assert count_devices(db) == before

    report.skip_invalid.setChecked(True)
    with qtbot.waitSignal(wizard.imported):
        wizard.next()
    assert wizard.currentPage() is wizard.done_page
    assert "Added 2 new devices and updated 1." in wizard.done_page.summary.text()
    assert count_devices(db) == before + 2
    assert get_device(db, "NEW-1").unit == "ICU"
    assert get_device(db, "MD-00002").record["ip"] == "10.0.0.2"
    assert find_device(db, "BAD-1") is None
    with open(source.with_name("devices-rejects.csv"), encoding="utf-8-sig") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][-1] == "error" and rows[1][0] == "BAD-1"
    assert view.model.rowCount() == before + 2  # the table was refreshed
    assert view.saved_by == "Kenji Mori"
    wizard.accept()


def test_all_or_nothing_imports_a_clean_file(view, db, tmp_path, monkeypatch) -> None:
    clean = tmp_path / "clean.csv"
    clean.write_text("Tag,Serial\nCLEAN-1,S1\nCLEAN-2,S2\n", encoding="utf-8")
    wizard = start(view, clean, monkeypatch)
    wizard.next()
    assert not wizard.report_page.all_or_nothing.isVisible()  # no rejected rows: no choice
    wizard.next()
    assert wizard.report.imported == 2 and wizard.report.rejected == 0
    assert get_device(db, "CLEAN-2").record["serial"] == "S2"


def test_mapping_problems_and_saved_profile(view, db, source, monkeypatch) -> None:
    wizard = start(view, source, monkeypatch)
    page = wizard.mapping_page
    field_of(wizard, "Colour").setCurrentIndex(field_of(wizard, "Colour").findData("model"))
    wizard.next()
    assert wizard.currentPage() is page
    assert "Two columns fill Model" in page.error_label.text()
    field_of(wizard, "Colour").setCurrentIndex(0)
    tag = field_of(wizard, "Asset Tag")
    tag.setCurrentIndex(0)
    wizard.next()
    assert "asset tag" in page.error_label.text()
    tag.setCurrentIndex(tag.findData("asset_tag"))
    page.profile_name.setText("Ward sheet")
    page.save_button.click()
    assert page.saved_label.text() == "Saved."
    assert list_mapping_profiles(db)["Ward sheet"]["manufacturer"] == "Maker"


def test_unreadable_file_stays_on_first_page(view, tmp_path) -> None:
    wizard = view.open_import()
    wizard.file_page.path_input.setText(str(tmp_path / "missing.csv"))
    wizard.file_page.by_input.setText("Kenji")
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.error_label.text()
    wizard.reject()


def test_problem_model(qtmodeltester, gui) -> None:
    from ui.dialogs.import_problem_model import ImportProblemModel

    model = ImportProblemModel()
    model.set_problems(
        [
            RowProblem(3, "IP", Message("device_fields.not_ip_address", value="1.2.3.999")),
            RowProblem(9, "", Message("inventory_io.validate.cells_right_ignored")),
        ]
    )
    qtmodeltester.check(model)
    locale_format.set_language("ja")
    try:
        assert model.data(model.index(0, 2)) == (
            "「1.2.3.999」はIPv4またはIPv6のアドレスとして正しくありません。"
        )
    finally:
        locale_format.set_language("en")
    assert model.data(model.index(0, 2)) == "'1.2.3.999' is not a valid IPv4 or IPv6 address"


def test_export(view, db, tmp_path, monkeypatch) -> None:
    target = tmp_path / "out.csv"
    told = []
    monkeypatch.setattr(dialog_service, "choose_save_file", lambda *_args: target)
    monkeypatch.setattr(dialog_service, "show_info", lambda _parent, title, text: told.append(text))
    assert view.export() == target
    assert told == [f"{count_devices(db)} devices written to {target}"]
    with open(target, encoding="utf-8-sig") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][0] == "asset_tag" and len(rows) == count_devices(db) + 1
