"""The Japanese window says nothing in English that has a Japanese translation: every tab, every
accessible name and description, every label and button (a leak means a string built outside
Qt's translation, or translated before the language was installed)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.ui.accessibility import is_interactive, spoken
from ui import app as ui_app
from ui.main_window import MainWindow
from ui.preferences import Preferences

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "mdir_desk_ja.ts"


def english_sources() -> set[str]:
    """The English texts that have a Japanese translation different from them, as shown (no
    mnemonic "&", placeholders left out: only texts without one can be matched whole)."""
    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if "{" in source or translation == source:
            continue
        found.add(source.replace("&", "").strip())
    return {text for text in found if len(text) > 3}


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            texts.append((name, widget.text().replace("&", "").strip()))
        if is_interactive(widget):
            texts.extend((name, said) for said in spoken(widget) if said)
        if widget.toolTip():
            texts.append((name, widget.toolTip()))
    return texts


@pytest.fixture
def japanese(qtbot, gui, db, reference):
    ui_app.apply_display(gui, "ja", Preferences(language="ja"))
    window = MainWindow(db, reference, "ja")
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    yield window
    ui_app.apply_display(gui, "en", Preferences())


def test_no_english_on_any_tab_of_the_japanese_window(japanese):
    english = english_sources()
    leaks = []
    for index in range(japanese.tabs.count()):
        japanese.tabs.setCurrentIndex(index)
        leaks += [
            f"{japanese.tabs.tabText(index)}: {name}: {text!r}"
            for name, text in shown_texts(japanese)
            if text in english
        ]
    assert leaks == []


def test_the_check_finds_an_english_leak(japanese):
    label = QLabel("Opening the database…")  # a translated source, shown untranslated
    japanese.statusBar().addWidget(label)
    label.show()
    assert ("QLabel", "Opening the database…") in shown_texts(japanese)
    assert "Opening the database…" in english_sources()


def test_the_same_check_on_the_english_window_matches_its_texts(qtbot, gui, db, reference):
    """Proof that the matching works: in English, many shown texts are sources of the file."""
    ui_app.apply_display(gui, "en", Preferences(language="en"))
    window = MainWindow(db, reference, "en")
    qtbot.addWidget(window)
    window.show()
    english = english_sources()
    matched = set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        matched |= {text for _name, text in shown_texts(window) if text in english}
    assert len(matched) > 100


def test_no_english_through_a_japanese_triage_and_incident(japanese, db):
    from tests.ui.incidents.incident_helpers import new_incident
    from ui.views.triage_flow import Subject

    english = english_sources()
    triage = japanese.triage_view
    triage.start(Subject(device=None, category="infusion_pump"))
    seen = []
    while triage.current_page() is triage.question_page:
        seen += shown_texts(japanese)
        buttons = triage.question_page.answer_buttons
        (buttons.get("no") or buttons.get("yes") or next(iter(buttons.values()))).click()
    seen += shown_texts(japanese)  # the result
    triage.result_page.record_button.click()
    seen += shown_texts(japanese)  # the record page
    japanese.tabs.setCurrentWidget(japanese.incidents_view)
    japanese.incidents_view.show_incident(new_incident(db))
    tabs = japanese.incidents_view.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        seen += shown_texts(japanese)
    assert len(seen) > 200
    assert [f"{name}: {text!r}" for name, text in seen if text in english] == []
