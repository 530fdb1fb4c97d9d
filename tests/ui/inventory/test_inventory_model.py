"""The device table model: lazy pages at thousands of devices, columns, filters, model tester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from app.services.devices import DeviceFilter, list_devices
from ui.models import device_table_model
from ui.models.device_table_model import CLASS_COLUMN, COLUMNS, DEVICE_ROLE, DeviceTableModel

BIG = 5000  # devices in the big_db fixture


def counting_fetch(monkeypatch):
    calls: list[int] = []

    def fetch(db, where=None, *, offset=0, limit=100):
        calls.append(offset)
        return list_devices(db, where, offset=offset, limit=limit)

    monkeypatch.setattr(device_table_model, "list_devices", fetch)
    return calls


def test_row_count_without_reading_rows(monkeypatch, gui, big_db, reference) -> None:
    calls = counting_fetch(monkeypatch)
    model = DeviceTableModel(big_db, reference, "en")
    model.refresh()
    assert model.rowCount() == BIG
    assert model.columnCount() == len(COLUMNS)
    assert calls == []


def test_far_row_reads_only_its_page(monkeypatch, gui, big_db, reference) -> None:
    calls = counting_fetch(monkeypatch)
    model = DeviceTableModel(big_db, reference, "en", page_size=200)
    model.refresh()
    row = 4321
    tag = model.data(model.index(row, COLUMNS.index("asset_tag")))
    expected = list_devices(big_db, offset=row, limit=1)[0]
    assert tag == expected.asset_tag
    assert model.data(model.index(row, COLUMNS.index("ip"))) == (expected.record["ip"] or "")
    assert model.data(model.index(row, 0), DEVICE_ROLE).id == expected.id
    assert calls == [4200]  # one page, the one holding row 4321
    for column in range(len(COLUMNS)):  # the same page serves the whole row and its neighbours
        model.data(model.index(row + 5, column))
    assert calls == [4200]
    model.data(model.index(0, 0))
    assert calls == [4200, 0]
    assert model.cached_page_numbers() == [21, 0]


def test_cache_stays_small(monkeypatch, gui, big_db, reference) -> None:
    calls = counting_fetch(monkeypatch)
    model = DeviceTableModel(big_db, reference, "en", page_size=100, cached_pages=3)
    model.refresh()
    for row in range(0, BIG, 100):
        model.data(model.index(row, 0))
    assert len(calls) == BIG // 100
    assert len(model.cached_page_numbers()) == 3
    model.data(model.index(BIG - 1, 0))  # the last page is still cached
    assert len(calls) == BIG // 100


def test_refresh_forgets_pages(monkeypatch, gui, big_db, reference) -> None:
    calls = counting_fetch(monkeypatch)
    model = DeviceTableModel(big_db, reference, "en")
    model.refresh()
    model.data(model.index(10, 0))
    model.refresh()
    assert model.cached_page_numbers() == []
    model.data(model.index(10, 0))
    assert calls == [0, 0]


def test_filter_counts_and_pages(gui, big_db, reference) -> None:
    model = DeviceTableModel(big_db, reference, "en")
    model.set_filter(DeviceFilter(unit="ICU", category="ventilator"))
    assert 0 < model.rowCount() < BIG
    for row in range(model.rowCount()):
        device = model.device(row)
        assert device.unit == "ICU" and device.category == "ventilator"
    assert model.device(model.rowCount()) is None


def test_columns_in_language(gui, db, reference, classify) -> None:
    classify(db, reference, "MD-00003", 3)
    model = DeviceTableModel(db, reference, "ja")
    model.set_filter(DeviceFilter(query="MD-00003"))
    assert model.rowCount() == 1
    text = {c: model.data(model.index(0, n)) for n, c in enumerate(COLUMNS)}
    assert text["asset_tag"] == "MD-00003"
    assert text["category"] == reference.categories.get(model.device(0).category).name.ja
    assert text["default_class"].startswith("3 · ")
    shape = model.data(model.index(0, CLASS_COLUMN), Qt.ItemDataRole.DecorationRole)
    assert isinstance(shape, QIcon) and not shape.isNull()  # the class's shape, not a bare colour
    tip = model.data(model.index(0, CLASS_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert "Dr Kato" in tip


def test_not_classified_is_text_without_swatch(gui, db, reference) -> None:
    model = DeviceTableModel(db, reference, "en")
    model.set_filter(DeviceFilter(unclassified=True))
    assert model.data(model.index(0, CLASS_COLUMN)) == "Not classified"
    assert model.data(model.index(0, CLASS_COLUMN), Qt.ItemDataRole.DecorationRole) is None


def test_model_tester(qtmodeltester, gui, db, reference, classify) -> None:
    classify(db, reference, "MD-00001", 5)
    model = DeviceTableModel(db, reference, "en", page_size=7, cached_pages=2)
    model.refresh()
    qtmodeltester.check(model, force_py=True)
    model.set_filter(DeviceFilter(query="pump"))
    qtmodeltester.check(model, force_py=True)


def test_model_tester_qt(qtmodeltester, gui, big_db, reference) -> None:
    model = DeviceTableModel(big_db, reference, "en")
    model.set_filter(DeviceFilter(unit="OR"))
    qtmodeltester.check(model)
