"""Language and display at run time: switching re-translates the open views without a restart and
keeps what is on them; the text size and the high-contrast theme; the preferences file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.services.authority import AuthenticatedUser
from app.services.devices import list_devices
from tests.ui.incidents.incident_helpers import new_incident
from ui import app as ui_app
from ui import style
from ui.dialogs.display_dialog import DisplayDialog
from ui.main_window import MainWindow
from ui.preferences import Preferences, load_preferences, preferences_path, save_preferences
from ui.themes import HIGH_CONTRAST, STANDARD

JAPANESE = Preferences(language="ja")


@pytest.fixture
def window(qtbot, gui, db, reference):
    main = MainWindow(db, reference, "en")
    qtbot.addWidget(main)
    main.resize(1100, 760)
    main.show()
    qtbot.waitExposed(main)
    yield main
    ui_app.apply_display(gui, "en", Preferences())


def start_triage(qtbot, window: MainWindow, db) -> None:
    tag = list_devices(db)[0].asset_tag
    field = window.triage_view.device_page.tag_input
    qtbot.keyClicks(field, tag)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.mouseClick(window.triage_view.device_page.continue_button, Qt.MouseButton.LeftButton)


def test_switching_to_japanese_retranslates_every_open_view_and_keeps_the_triage(
    qtbot, window, db, reference
):
    start_triage(qtbot, window, db)
    triage = window.triage_view
    first = triage.flow.current_question()
    assert first is not None
    qtbot.mouseClick(triage.question_page.answer_buttons["no"], Qt.MouseButton.LeftButton)
    second = triage.flow.current_question()
    assert second != first
    window.tabs.setCurrentIndex(0)

    assert window.change_display("ja", JAPANESE)

    assert window.tabs.tabText(0) == "トリアージ"
    assert window.triage_view is not triage  # built anew, in Japanese
    page = window.triage_view.question_page
    assert window.triage_view.current_page() is page
    assert window.triage_view.flow.current_question() == second  # the answers stayed
    assert page.question_label.text() == reference.tree.question(second).text.get("ja")
    # Every view of the window, not only the one shown: the Decisions tab's headers.
    headers = window.decisions_view.table.model()
    titles = [
        headers.headerData(i, Qt.Orientation.Horizontal) for i in range(headers.columnCount())
    ]
    assert not any(title in ("Class", "Device", "Unit") for title in titles)
    assert window.session_control.button.text() != "Sign in…"
    assert window.display_button.toolTip() != (
        "Language, text size and high-contrast theme (Ctrl+Shift+D)"
    )

    assert window.change_display("en", Preferences(language="en"))
    assert window.tabs.tabText(0) == "Triage"
    assert window.triage_view.flow.current_question() == second


def test_the_record_form_keeps_what_was_typed(qtbot, window, db):
    start_triage(qtbot, window, db)
    triage = window.triage_view
    while triage.flow.current_question() is not None:
        question = triage.flow.current_question()
        qtbot.mouseClick(
            triage.question_page.answer_buttons[
                "no" if "no" in triage.question_page.answer_buttons else "yes"
            ],
            Qt.MouseButton.LeftButton,
        )
        assert triage.flow.current_question() != question
    qtbot.mouseClick(triage.result_page.record_button, Qt.MouseButton.LeftButton)
    record = triage.record_page
    qtbot.keyClicks(record.name_input, "Aiko Tanaka")
    record.role_combo.setCurrentIndex(1)
    qtbot.keyClicks(record.note_input, "pump 4 screen frozen")
    role = record.role_combo.currentData()

    assert window.change_display("ja", JAPANESE)

    new = window.triage_view.record_page
    assert window.triage_view.current_page() is new
    assert new.name_input.text() == "Aiko Tanaka"
    assert new.role_combo.currentData() == role
    assert new.note_input.toPlainText() == "pump 4 screen frozen"
    assert new.save_button.text() != "Save decision"


def test_the_person_stays_signed_in_and_the_open_incident_stays_open(qtbot, window, db, reference):
    user = AuthenticatedUser("id-1", "kato", "Dr Kato", ("clinical_leader",))
    window.session.sign_in(user)
    incident = new_incident(db)
    window.tabs.setCurrentWidget(window.incidents_view)
    window.incidents_view.refresh()
    window.incidents_view.show_incident(incident)
    window.incidents_view.workspace.tabs.setCurrentIndex(2)

    assert window.change_display("ja", JAPANESE)

    assert window.session.user == user
    assert "kato" in window.session_control.button.text()
    assert window.tabs.currentWidget() is window.incidents_view
    workspace = window.incidents_view.workspace
    assert window.incidents_view.stack.currentWidget() is workspace
    assert workspace.incident is not None and workspace.incident.id == incident.id
    assert workspace.tabs.currentIndex() == 2


def test_unsaved_lessons_are_named_and_nothing_changes_without_consent(
    qtbot, window, db, monkeypatch
):
    incident = new_incident(db)
    window.incidents_view.show_incident(incident)
    lessons = window.incidents_view.workspace.lessons_tab
    edit = next(iter(lessons.findChildren(type(window.triage_view.record_page.note_input))))
    edit.setPlainText("The spare pumps were in the wrong store room.")
    assert lessons.dirty()
    asked: list[str] = []
    monkeypatch.setattr(
        "ui.dialog_service.confirm", lambda _parent, _title, text: asked.append(text) or False
    )
    view = window.incidents_view

    assert not window.change_display("ja", JAPANESE)

    assert incident.ref in asked[0]
    assert window.incidents_view is view and window.tabs.tabText(0) == "Triage"


def test_text_size_200_percent_makes_text_and_buttons_bigger(qtbot, window, gui):
    before_font = window.triage_view.device_page.tag_input.font().pointSizeF()
    before_height = (
        window.triage_view.device_page.findChild(QPushButton, "tag_find").sizeHint().height()
    )

    assert window.change_display("en", Preferences(language="en", text_size=200))

    page = window.triage_view.device_page
    assert page.tag_input.font().pointSizeF() == pytest.approx(2 * before_font)
    assert page.findChild(QPushButton, "tag_find").sizeHint().height() > 1.5 * before_height
    assert gui.font().pointSizeF() == pytest.approx(2 * style.BASE_POINT_SIZE)


def test_high_contrast_theme_colours_the_application(qtbot, window, gui):
    assert window.change_display("en", Preferences(language="en", theme="high_contrast"))

    assert style.theme is HIGH_CONTRAST
    assert gui.palette().window().color().name().upper() == HIGH_CONTRAST.window_bg
    assert HIGH_CONTRAST.focus in gui.styleSheet()
    assert STANDARD.focus not in gui.styleSheet()


def test_the_dialog_applies_and_remembers_the_choice(qtbot, window):
    dialog = window.open_display()
    assert isinstance(dialog, DisplayDialog)
    assert dialog.language_combo.itemText(1) == "English"
    assert dialog.language_combo.itemText(2) == "日本語"  # each language named in itself
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData(150))
    qtbot.mouseClick(dialog.findChild(QPushButton, "display_ok"), Qt.MouseButton.LeftButton)

    assert window.tabs.tabText(0) == "トリアージ"
    assert load_preferences() == Preferences(language="ja", text_size=150)


def test_cancel_changes_nothing(qtbot, window):
    dialog = window.open_display()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ja"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "display_cancel"), Qt.MouseButton.LeftButton)
    assert window.tabs.tabText(0) == "Triage"
    assert not preferences_path().exists()


# --- the preferences file ------------------------------------------------------------------------
def test_preferences_round_trip_and_defaults(tmp_path: Path, gui):
    path = tmp_path / "p.ini"
    assert load_preferences(path) == Preferences()
    chosen = Preferences(language="ja", text_size=175, theme="high_contrast")
    save_preferences(chosen, path)
    assert load_preferences(path) == chosen


@pytest.mark.parametrize(
    "content",
    [
        "[display]\nlanguage=fr\ntext_size=100\ntheme=standard\n",
        "[display]\nlanguage=en\ntext_size=1000\ntheme=standard\n",
        "[display]\nlanguage=en\ntext_size=big\ntheme=standard\n",
        "[display]\nlanguage=en\ntext_size=100\ntheme=neon\n",
    ],
)
def test_a_value_not_offered_is_the_default(tmp_path: Path, gui, content: str):
    path = tmp_path / "p.ini"
    path.write_text(content)
    loaded = load_preferences(path)
    assert loaded.language in ("system", "en")
    assert loaded.text_size in style.SCALES
    assert loaded.theme in ("standard",)


def test_a_damaged_file_is_set_aside_not_written_over(tmp_path: Path, gui):
    path = tmp_path / "p.ini"
    damaged = b"[display\x00\xff\xfe garbage \x00\n=\n[[[\n"
    path.write_bytes(damaged)
    assert load_preferences(path) == Preferences()
    assert path.read_bytes() == damaged  # reading never writes
    save_preferences(Preferences(language="ja"), path)
    assert load_preferences(path) == Preferences(language="ja")
    kept = path.with_name(path.name + ".damaged")
    assert not kept.exists() or kept.read_bytes() == damaged


def test_language_from_argument_then_preference_then_os(gui):
    assert ui_app.choose_language("ja", "en") == "ja"
    assert ui_app.choose_language(None, "ja") == "ja"
    assert ui_app.choose_language(None, "en") == "en"


@pytest.mark.parametrize(
    ("locale", "expected"), [("ja_JP.UTF-8", "ja"), ("en_GB.UTF-8", "en"), ("de_DE.UTF-8", "en")]
)
def test_the_os_locale_decides_when_nothing_else_does(locale, expected):
    """Japanese from a Japanese OS locale; English from any other (a fresh process: Qt reads the
    locale once)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "LC_ALL": locale, "LANG": locale, "QT_QPA_PLATFORM": "offscreen"}
    script = "import ui.app as a; print(a.choose_language(None, 'system'))"
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == expected


def test_standard_dialogs_are_japanese_too(qtbot, gui):
    from PySide6.QtWidgets import QDialogButtonBox

    ui_app.apply_display(gui, "ja", JAPANESE)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル"
    ui_app.apply_display(gui, "en", Preferences())
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_selected_decision_and_the_inventory_search_stay(qtbot, window, db, reference):
    from app.services.decisions import DecisionDraft, list_decisions, record_decision

    answers = {"harm_now": "no", "implanted": "no", "offsite": "yes"}
    for name in ("Aiko", "Ken", "Mei"):
        record_decision(
            db,
            reference,
            DecisionDraft(answers=answers, recorded_by=name, role="charge_nurse"),
        )
    decisions = window.decisions_view
    decisions.refresh()
    assert decisions.model.rowCount() >= 2
    decisions.table.selectRow(1)
    chosen = decisions.selected_decision()
    inventory = window.inventory_view
    tag = list_devices(db)[3].asset_tag
    inventory.filters.search_input.setText(tag)
    inventory.filters.timer.stop()
    inventory.apply_filter()
    assert list_decisions(db)

    assert window.change_display("ja", JAPANESE)

    assert window.decisions_view.selected_decision().id == chosen.id
    assert window.inventory_view.filters.search_input.text() == tag
    assert window.inventory_view.model.rowCount() == 1


def test_unsaved_incident_details_and_a_pre_classification_are_named(
    qtbot, window, db, monkeypatch
):
    incident = new_incident(db)
    window.incidents_view.show_incident(incident)
    overview = window.incidents_view.workspace.overview_tab
    overview.phase_combo.setCurrentIndex((overview.phase_combo.currentIndex() + 1) % 3)
    window.preclassify_view.stack.setCurrentWidget(window.preclassify_view.question_page)
    asked: list[str] = []
    monkeypatch.setattr(
        "ui.dialog_service.confirm", lambda _parent, _title, text: asked.append(text) or True
    )

    assert window.change_display("ja", JAPANESE)  # the person agreed

    assert incident.ref in asked[0] and "pre-classification" in asked[0]
    assert window.tabs.tabText(0) == "トリアージ"


def test_the_dialog_starts_from_what_the_window_shows(qtbot, gui, db, reference):
    """Opened in Japanese by --lang with nothing saved: the dialog says Japanese, and OK on it
    unchanged keeps Japanese."""
    ui_app.apply_display(gui, "ja", Preferences(language="en", text_size=150))
    main = MainWindow(db, reference, "ja")
    qtbot.addWidget(main)
    main.show()
    try:
        dialog = main.open_display()
        assert dialog.chosen() == Preferences(language="ja", text_size=150)
        qtbot.mouseClick(dialog.findChild(QPushButton, "display_ok"), Qt.MouseButton.LeftButton)
        assert main.tabs.tabText(0) == "トリアージ"
    finally:
        ui_app.apply_display(gui, "en", Preferences())


def test_the_display_by_keyboard_alone(qtbot, window):
    """Ctrl+Shift+D opens it; the arrows choose; Enter applies (keys to the focused widget)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, shortcut)
    qtbot.waitUntil(lambda: window.findChild(DisplayDialog) is not None)  # a pressed look first
    dialog = window.findChild(DisplayDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    combo = QApplication.focusWidget()
    assert combo is dialog.language_combo
    while combo.currentData() != "ja":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert window.tabs.tabText(0) == "トリアージ"
