"""The main window: nurses' tabs first, and the views kept in step when data changes."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services.authority import AuthenticatedUser
from app.services.decisions import list_decisions
from app.services.inventory import preclassify
from ui.main_window import VIEWS, MainWindow


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


# --- at start-up: the window before the database ---------------------------------------------


def test_the_first_screen_takes_typing_before_the_database_opens(qtbot, gui, db, reference):
    window = MainWindow(None, None, "en")  # as it first shows, the database not open yet
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.device_page
    assert window.tabs.count() == 9 and window.tabs.tabText(0) == "Triage"
    assert window.triage_ready()  # the tag field is focused and takes input
    assert page.status.text() == "Opening the database…"
    assert not page.unknown_button.isEnabled() and page.category_buttons == {}
    qtbot.keyClicks(page.tag_input, "MD-00003")  # a scanner: the tag and Enter
    qtbot.keyClick(page.tag_input, Qt.Key.Key_Return)
    assert page.lookup_pending
    assert "“MD-00003” will be looked up as soon as it is open" in page.status.text()

    with qtbot.waitSignal(window.views_built, timeout=30_000):
        window.attach(db, reference, staged=True)
        assert window.built == {"triage_view"}  # the others follow, one per turn
        assert window.triage_view.device_page is page
        assert page.tag_input.text() == "MD-00003"  # what was typed is kept, and looked up
        assert not page.lookup_pending and page.found is not None
        assert page.found.asset_tag == "MD-00003" and page.continue_button.isVisibleTo(window)
        assert page.category_buttons and page.unknown_button.isEnabled()
        window._data_changed()  # a change before every view is built reaches those that are
    views = [window.tabs.widget(i) for i in range(window.tabs.count())]
    assert views == [getattr(window, name) for name in VIEWS]
    assert window.tabs.currentWidget() is window.triage_view
    assert window.session_control.isVisible() and not window.clock_banner.isVisible()


def test_a_tab_chosen_while_the_views_are_built_is_built_at_once(qtbot, gui, db, reference):
    window = MainWindow(None, None, "en")
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(VIEWS.index("audit_view"))  # before the database is even open
    placeholder = window.tabs.currentWidget()
    assert placeholder.objectName() == "tab_placeholder"
    assert [label.text() for label in placeholder.findChildren(QLabel)] == ["Opening the database…"]
    window.attach(db, reference, staged=True)
    qtbot.waitUntil(lambda: "audit_view" in window.built, timeout=10_000)
    assert window.tabs.currentWidget() is window.audit_view
    assert window.tabs.tabText(VIEWS.index("audit_view")) == "Audit"
    assert window.tabs.tabToolTip(VIEWS.index("audit_view"))


def test_a_view_that_fails_to_build_does_not_stop_the_others(
    qtbot, gui, db, reference, monkeypatch
):
    import ui.views.overview_view as overview_module

    def broken(*_args, **_kwargs):
        raise RuntimeError("overview broken")

    monkeypatch.setattr(overview_module, "OverviewView", broken)
    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, value, _tb: errors.append(value))
    window = MainWindow(None, None, "en")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.views_built, timeout=30_000):
        window.attach(db, reference, staged=True)
    assert window.failed == {"overview_view"} and len(window.built) == len(VIEWS) - 1
    assert [str(e) for e in errors] == ["overview broken"]  # shown, not swallowed
    placeholder = window.tabs.widget(VIEWS.index("overview_view"))
    assert placeholder.objectName() == "tab_placeholder"
