"""The main window: nurses' tabs first, and the views kept in step when data changes."""

from __future__ import annotations

from app.services.decisions import list_decisions
from app.services.inventory import preclassify
from ui.main_window import MainWindow


def test_tabs_in_order_nurses_first(qtbot, gui, db, reference):
    window = MainWindow(db, reference, "en")
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Triage",
        "Decisions",
        "Contacts",
        "Inventory",
        "Pre-classify",
        "Overview",
    ]
    assert all(window.tabs.tabToolTip(i) for i in range(window.tabs.count()))


def test_preclassification_refreshes_decisions_and_overview(qtbot, gui, db, reference):
    window = MainWindow(db, reference, "en")
    qtbot.addWidget(window)
    window.show()
    assert sum(r.counts.get(5, 0) for r in window.overview_view.rows) == 0
    done = preclassify(
        db,
        reference,
        {
            "harm_now": "no",
            "implanted": "no",
            "offsite": "no",
            "patient_connected": "yes",
            "removal": "dependent",
        },
        by="Ken",
        role="biomed",
        category="ventilator",
    )
    window.preclassify_view.preclassified.emit(done)
    assert window.decisions_view.model.rowCount() == len(list_decisions(db)) == 1
    assert sum(r.counts.get(5, 0) for r in window.overview_view.rows) == done.devices_updated > 0


def test_overview_refreshes_when_shown(qtbot, gui, db, reference, monkeypatch):
    window = MainWindow(db, reference, "en")
    qtbot.addWidget(window)
    calls = []
    monkeypatch.setattr(window.overview_view, "refresh", lambda: calls.append(1))
    window.tabs.setCurrentWidget(window.overview_view)
    assert calls == [1]
