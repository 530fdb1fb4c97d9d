"""The main window: nurses' tabs first, and the views kept in step when data changes."""

from __future__ import annotations

from app.services.authority import AuthenticatedUser
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
        "Sign-off",
        "Incidents",
        "Contacts",
        "Inventory",
        "Pre-classify",
        "Overview",
        "Audit",
    ]
    assert all(window.tabs.tabToolTip(i) for i in range(window.tabs.count()))


def test_tabs_and_sign_in_button_fit_the_default_width(qtbot, gui, db, reference):
    window = MainWindow(db, reference, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    bar = window.tabs.tabBar()
    tabs = sum(bar.tabRect(i).width() for i in range(bar.count()))
    corner = window.session_control
    assert corner.isVisible() and corner.button.text() == "Sign in…"
    assert tabs + corner.sizeHint().width() <= window.width()
    long_name = AuthenticatedUser("id", "alexandra.montgomery", "Alexandra Montgomery", ("admin",))
    window.session.sign_in(long_name)
    assert corner.button.text().startswith("Sign out (alexan")
    assert tabs + corner.sizeHint().width() <= window.width()


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


def test_a_clock_behind_the_newest_record_is_warned_about(qtbot, gui, db, reference):
    from datetime import UTC, datetime, timedelta

    from app.database.events import append_event

    window = MainWindow(db, reference, "en")
    qtbot.addWidget(window)
    assert not window.check_clock() and window.clock_banner.isHidden()
    with db.write() as session:  # a record from a clock a day ahead (or ours was set back)
        append_event(
            session,
            at=(datetime.now(UTC) + timedelta(days=1)).isoformat(),
            kind="test.event",
            entity="test",
            entity_id="1",
            actor="tester",
            workstation="ws",
            payload={},
        )
    assert window.check_clock()
    assert not window.clock_banner.isHidden()
    assert "clock is behind the newest record" in window.clock_banner.text()
    assert window.clock_timer.isActive()  # checked again every minute
