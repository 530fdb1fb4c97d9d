"""Starting the GUI: language and translations, start-up failures, quitting when ready, crashes."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPushButton

from app.database.db import open_database
from app.errors import DataFileError
from ui import app as ui_app
from ui import dialog_service
from ui.main_window import MainWindow
from ui.views.triage_flow import Subject

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture
def dialogs(monkeypatch) -> list[tuple[str, ...]]:
    shown: list[tuple[str, ...]] = []
    monkeypatch.setattr(
        dialog_service, "show_error", lambda _parent, title, message: shown.append((title, message))
    )
    monkeypatch.setattr(
        dialog_service,
        "show_exception",
        lambda _parent, details: shown.append(("exception", details)),
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    return shown


def test_japanese_everywhere(qtbot, gui, db, reference) -> None:
    assert ui_app.install_translators(gui, "ja")
    assert "IPAexGothic" in QFontDatabase.families()
    window = MainWindow(db, reference, "ja")
    qtbot.addWidget(window)
    window.show()
    find = window.triage_view.device_page.findChild(QPushButton, "tag_find")
    assert find.text() != "Find" and JAPANESE.search(find.text())
    assert window.tabs.tabText(0) == "トリアージ" and window.tabs.tabText(1) == "判定一覧"

    triage = window.triage_view
    triage.start(Subject(category="infusion_pump"))
    assert JAPANESE.search(triage.question_page.question_label.text())
    assert triage.question_page.answer_buttons["yes"].accessibleName() == "はい"
    assert JAPANESE.search(triage.question_page.back_button.text())
    for value in ["yes", "no", "no", "no", "no", "no"]:
        triage.question_page.answer_buttons[value].click()
    assert triage.result_page.badge.number_label.text() == "分類 1"
    assert JAPANESE.search(triage.result_page.record_button.text())
    model = window.decisions_view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert all(JAPANESE.search(h) for h in headers), headers


def test_missing_translation_falls_back_to_english(gui, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(ui_app, "resources_dir", lambda: tmp_path)
    assert ui_app.install_translators(gui, "ja") is False
    assert gui.translate("DevicePage", "Find") == "Find"


def test_language_choice() -> None:
    assert ui_app.choose_language("ja") == "ja"
    assert ui_app.choose_language("fr") == "en"
    assert ui_app.choose_language(None) in ("en", "ja")


def test_run_quits_with_zero_when_ready(qapp, dialogs, tmp_path: Path) -> None:
    assert ui_app.run(tmp_path / "new.db", "en", quit_when_ready=True) == 0
    assert (tmp_path / "new.db").exists()
    assert dialogs == []
    ui_app.install_translators(qapp, "en")


def test_run_quits_at_the_first_screen_on_an_existing_database(
    qapp, dialogs, monkeypatch, tmp_path: Path
) -> None:
    path = tmp_path / "existing.db"
    open_database(path).close()

    def not_yet(_path: Path) -> None:
        raise AssertionError("the database was opened before the first screen showed")

    monkeypatch.setattr(ui_app, "open_store", not_yet)
    assert ui_app.run(path, "en", quit_when_ready=True) == 0  # the first screen took input
    assert dialogs == []


def test_run_opens_the_database_after_the_first_screen(
    qapp, dialogs, monkeypatch, capsys, tmp_path: Path
) -> None:
    path = tmp_path / "existing.db"
    open_database(path).close()
    monkeypatch.setenv("MDIR_DESK_STARTUP_TRACE", "1")  # --quit-when-ready waits for every step
    logged: list[int] = []
    assert ui_app.run(path, "en", True, configure_log=lambda: logged.append(1)) == 0
    steps = [
        line.removeprefix("mdir-desk: startup: ").rsplit(" t=", 1)[0]
        for line in capsys.readouterr().err.splitlines()
        if line.startswith("mdir-desk: startup: ") and " t=" in line
    ]
    assert steps == ["first screen ready", "database open", "look-ups ready", "all tabs built"]
    assert logged == [1]  # the log file is set up once the first screen shows
    assert dialogs == []


def test_run_reports_an_unusable_database(qapp, dialogs, tmp_path: Path) -> None:
    assert ui_app.run(tmp_path, "en", quit_when_ready=True) == 1
    [(title, message)] = dialogs
    assert "database" in title.lower() and str(tmp_path) in message


def test_run_reports_a_broken_data_file(qapp, dialogs, monkeypatch, tmp_path: Path) -> None:
    def broken() -> None:
        raise DataFileError("data/decision_tree.yaml", "node 'x' can never be reached")

    monkeypatch.setattr(ui_app, "load_reference", broken)
    assert ui_app.run(tmp_path / "t.db", "en", quit_when_ready=True) == 2
    [(title, message)] = dialogs
    assert "data file" in title and "decision_tree.yaml" in message


def test_excepthook_shows_and_logs(dialogs, caplog) -> None:
    ui_app.install_excepthook()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    [(kind, details)] = dialogs
    assert kind == "exception" and "boom in a slot" in details
    assert any("boom in a slot" in r.getMessage() for r in caplog.records)
