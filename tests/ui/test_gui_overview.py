"""The Overview tab: its numbers are class_overview's, and its chart paints (with marks, not blank)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.database.db import Database
from app.services.inventory import class_overview, preclassify
from app.services.reference import Reference
from ui.views.overview_view import COLUMN_KEYS, OverviewView

MONITOR_CLASS_3 = {
    "harm_now": "no",
    "implanted": "no",
    "offsite": "no",
    "patient_connected": "yes",
    "removal": "now_ok",
    "multi_patient": "no",
    "network_clinical_impact": "yes",
}


@pytest.fixture
def view(qtbot, gui: QApplication, db: Database, reference: Reference) -> OverviewView:
    preclassify(db, reference, MONITOR_CLASS_3, by="B", role="biomed", category="patient_monitor")
    preclassify(
        db, reference, {"harm_now": "no", "implanted": "no", "offsite": "no",
                        "patient_connected": "no", "multi_patient": "yes"},
        by="B", role="biomed", category="central_station",
    )  # fmt: skip
    widget = OverviewView(db, reference, "en")
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def table_numbers(view: OverviewView) -> dict[str, dict[int | str | None, int]]:
    table = view.table
    numbers = {}
    for row in range(table.rowCount()):
        unit = table.item(row, 0).text()
        numbers[unit] = {key: view.cell_count(row, key) for key in (*COLUMN_KEYS, "total")}
    return numbers


def expected_numbers(view: OverviewView, db: Database) -> dict[str, dict[int | str | None, int]]:
    expected = {}
    grand: dict[int | str | None, int] = dict.fromkeys((*COLUMN_KEYS, "total"), 0)
    for row in class_overview(db):
        counts = {key: row.counts.get(key, 0) for key in COLUMN_KEYS}
        counts["total"] = row.total
        expected[view.unit_label(row.unit)] = counts
        for key, value in counts.items():
            grand[key] += value
    expected["All units"] = grand
    return expected


def test_numbers_equal_class_overview(view: OverviewView, db: Database) -> None:
    numbers = table_numbers(view)
    assert numbers == expected_numbers(view, db)
    assert numbers["All units"]["total"] == 40
    assert numbers["All units"][3] > 0 and numbers["All units"][4] > 0
    assert view.table.horizontalHeaderItem(1).text() == "Class 1"
    assert view.table.horizontalHeaderItem(8).text() == "Not classified"
    assert "40 devices" in view.summary.text()


def test_refresh_reads_the_database_again(view: OverviewView, db, reference) -> None:
    before = table_numbers(view)["All units"]
    pumps = {**MONITOR_CLASS_3, "removal": "later_ok", "network_clinical_impact": "no"}
    done = preclassify(db, reference, pumps, by="B", role="biomed", category="infusion_pump")
    assert table_numbers(view)["All units"] == before  # nothing changes by itself
    view.refresh()
    after = table_numbers(view)["All units"]
    assert after[2] == before[2] + done.devices_updated
    assert after[None] == before[None] - done.devices_updated
    assert table_numbers(view) == expected_numbers(view, db)


def test_chart_paints_every_segment_with_its_mark(view: OverviewView, db) -> None:
    chart = view.chart
    image: QImage = chart.grab().toImage()
    assert not image.isNull() and image.width() > 300 and image.height() > 100
    colours = {image.pixelColor(x, y).rgb() for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 5)}  # fmt: skip
    assert len(colours) > 4  # not blank: bars of several colours on white
    white = QColor("white").rgb()
    assert colours - {white}

    # One segment per non-zero count, each wide enough for its mark, in the class colour.
    expected = sum(1 for row in class_overview(db) for count in row.counts.values() if count)
    assert len(chart.segments) == expected
    for segment in chart.segments:
        assert segment.rect.width() >= 14 and segment.count > 0
        if segment.key is not None:
            centre = segment.rect.center()
            sample = image.pixelColor(segment.rect.left() + 2, centre.y() - 8)
            assert sample.name().upper() == view.reference.ir_class(segment.key).colour.upper()
    assert chart.accessibleName()
    assert "3=" in chart.accessibleDescription()


def test_empty_database_paints_without_error(qtbot, gui, tmp_path, reference) -> None:
    from app.database.db import open_database

    empty = open_database(tmp_path / "empty.db")
    try:
        widget = OverviewView(empty, reference, "en")
        qtbot.addWidget(widget)
        widget.show()
        assert widget.table.rowCount() == 1  # the "All units" line, all zero
        assert widget.cell_count(0, "total") == 0
        assert not widget.chart.grab().isNull()
    finally:
        empty.close()
