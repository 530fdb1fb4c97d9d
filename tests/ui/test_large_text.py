"""Text at 200 %, in both languages and both themes: every screen's text fits its widgets (none
clipped), the triage pages need no sideways scrolling at the default window size, and a
screenshot of each screen is kept under the test's folder for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.devices import list_devices
from tests.ui.incidents.incident_helpers import new_incident
from tests.ui.layout_checks import clipped, scrolls_sideways
from ui import app as ui_app
from ui.main_window import VIEWS, MainWindow
from ui.preferences import Preferences

SIZE = (1100, 760)  # the window's default size


@pytest.fixture(params=[("en", "standard"), ("ja", "high_contrast")], ids=["en", "ja-hc"])
def large(request, qtbot, gui, db, reference):
    lang, theme = request.param
    preferences = Preferences(language=lang, text_size=200, theme=theme)
    ui_app.apply_display(gui, lang, preferences)
    window = MainWindow(db, reference, lang)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    yield window
    ui_app.apply_display(gui, "en", Preferences())


def settle(window: MainWindow) -> None:
    QApplication.processEvents()
    window.centralWidget().layout().activate()
    QApplication.processEvents()


def look(window: MainWindow, folder: Path, name: str, sideways_allowed: bool = False) -> None:
    settle(window)
    shot = folder / f"{name}.png"
    window.grab().save(str(shot))
    view = window.tabs.currentWidget()
    assert view is not None
    assert clipped(window) == [], f"clipped text on {name} (see {shot})"
    if not sideways_allowed:
        assert scrolls_sideways(view) == [], f"{name} scrolls sideways (see {shot})"


def test_the_triage_at_200_percent(qtbot, large, db, tmp_path):
    window = large
    assert window.size().width() == SIZE[0]  # the window did not grow off the screen
    triage = window.triage_view
    look(window, tmp_path, "device")
    field = triage.device_page.tag_input
    qtbot.keyClicks(field, list_devices(db)[0].asset_tag)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    look(window, tmp_path, "device-found")
    qtbot.mouseClick(triage.device_page.continue_button, Qt.MouseButton.LeftButton)
    seen = 0
    while triage.flow.current_question() is not None:
        look(window, tmp_path, f"question-{seen}")
        buttons = triage.question_page.answer_buttons
        qtbot.mouseClick(buttons.get("no") or buttons["yes"], Qt.MouseButton.LeftButton)
        seen += 1
    look(window, tmp_path, "result")
    qtbot.mouseClick(triage.result_page.record_button, Qt.MouseButton.LeftButton)
    look(window, tmp_path, "record")
    qtbot.keyClicks(triage.record_page.name_input, "Aiko Tanaka")
    triage.record_page.role_combo.setCurrentIndex(1)
    qtbot.mouseClick(triage.record_page.save_button, Qt.MouseButton.LeftButton)
    assert triage.current_page() is triage.saved_page
    look(window, tmp_path, "saved")


@pytest.mark.parametrize("name", VIEWS[1:])
def test_every_tab_at_200_percent(qtbot, large, name, tmp_path):
    window = large
    window.tabs.setCurrentWidget(getattr(window, name))
    # Tables may scroll sideways (many columns); their text still fits its cells' widgets.
    look(window, tmp_path, name, sideways_allowed=True)


def test_an_incident_workspace_at_200_percent(qtbot, large, db, tmp_path):
    window = large
    incident = new_incident(db)
    window.tabs.setCurrentWidget(window.incidents_view)
    window.incidents_view.refresh()
    window.incidents_view.show_incident(incident)
    tabs = window.incidents_view.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        look(window, tmp_path, f"incident-{index}", sideways_allowed=True)


def test_the_clipping_check_sees_clipped_text(qtbot, gui):
    from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    squeezed = QPushButton("Record the decision and call the vendor")
    squeezed.setObjectName("squeezed")
    squeezed.setFixedWidth(60)
    low = QLabel("Two lines\nof text")
    low.setObjectName("low")
    low.setFixedHeight(8)
    wrapped = QLabel("a wrapped label with many words " * 6)
    wrapped.setObjectName("wrapped")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    roomy = QPushButton("OK")
    roomy.setObjectName("roomy")
    table = QTableWidget(2, 2)
    table.setHorizontalHeaderLabels(["Owner", "By / when"])
    table.horizontalHeader().setObjectName("flat_header")
    table.horizontalHeader().setFixedHeight(6)
    for widget in (squeezed, low, wrapped, roomy, table):
        column.addWidget(widget)
    page.show()
    qtbot.waitExposed(page)
    found = " ".join(clipped(page))
    assert "squeezed" in found and "low" in found and "wrapped" in found and "flat_header" in found
    assert "roomy" not in found
