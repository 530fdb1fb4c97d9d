"""The GUI and backups: the damaged-file dialog at start-up offering the latest good backup, and the
daily backup timer calling the backup service (a failure warns without blocking)."""

from __future__ import annotations

import re
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton

from app.database.db import DamagedDatabaseError, Database
from app.errors import StorageError
from app.services import backup
from app.services.audit import list_events, verify_audit
from app.services.demo import populate_demo
from app.services.store import open_store
from ui import app as ui_app
from ui import dialog_service
from ui.dialogs.damaged_file_dialog import QUIT, RESTORE, DamagedFileDialog

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture
def errors(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialog_service, "show_error", lambda _parent, title, message: shown.append((title, message))
    )
    return shown


@pytest.fixture
def store(tmp_path: Path, reference) -> Database:
    db = open_store(tmp_path / "ward.sqlite3")
    populate_demo(db, reference, devices=10)
    return db


def texts(dialog: DamagedFileDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def made_backup(db: Database) -> backup.BackupFile:
    return backup.create_backup(db)


# --- the damaged-file dialog ------------------------------------------------------------------


def test_the_dialog_names_the_file_and_the_problem_and_offers_the_backup(qtbot, gui, store):
    good = made_backup(store)
    dialog = DamagedFileDialog(
        store.path, "damaged", "it is damaged (malformed)", good, backup.backups_dir(store.path)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    shown = texts(dialog)
    assert str(store.path) in shown and "malformed" in shown
    assert "failed its integrity check" in shown and "has not been changed" in shown
    assert str(good.path) in shown
    restore = dialog.findChild(QPushButton, "damaged_restore")
    assert restore.isVisible() and restore.text() == "Restore the latest backup"
    assert dialog.findChild(QPushButton, "damaged_quit").isVisible()
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert dialog.choice == RESTORE and dialog.result() == DamagedFileDialog.DialogCode.Accepted


def test_without_a_backup_only_quit_is_offered(qtbot, gui, tmp_path):
    folder = tmp_path / "backups"
    dialog = DamagedFileDialog(tmp_path / "x.sqlite3", "not_sqlite", "not SQLite", None, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.findChild(QPushButton, "damaged_restore").isVisible()
    assert "No backup" in texts(dialog) and str(folder) in texts(dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "damaged_quit"), Qt.MouseButton.LeftButton)
    assert dialog.choice == QUIT


def test_the_dialog_in_japanese(qtbot, gui, store):
    ui_app.install_translators(gui, "ja")
    dialog = DamagedFileDialog(store.path, "newer", "schema 9999", made_backup(store), Path("."))
    qtbot.addWidget(dialog)
    assert JAPANESE.search(dialog.windowTitle())
    assert "破損" in texts(dialog) or "新しい" in texts(dialog)
    assert "復元" in dialog.findChild(QPushButton, "damaged_restore").text()
    assert JAPANESE.search(dialog.findChild(QPushButton, "damaged_quit").text())


# --- start-up with a damaged file -------------------------------------------------------------


def test_start_up_on_a_damaged_file_restores_the_latest_good_backup(
    gui, store, errors, monkeypatch
):
    older = made_backup(store)
    newest = made_backup(store)
    newest.path.write_bytes(newest.path.read_bytes()[:5000])  # the newest copy is damaged
    path = store.path
    store.close()
    path.write_bytes(b"\x00" * 4096)
    asked: list[tuple] = []

    def choose_restore(db_path, damage, candidate):
        asked.append((db_path, damage, candidate))
        return True

    monkeypatch.setattr(ui_app, "ask_restore", choose_restore)
    opened = ui_app.open_all(path)
    assert not isinstance(opened, int), errors
    db, _reference = opened
    try:
        [(asked_path, damage, candidate)] = asked
        assert asked_path == path and isinstance(damage, DamagedDatabaseError)
        assert candidate.path == older.path  # the newest that verifies
        assert verify_audit(db).intact
        kinds = [e.kind for e in sorted(list_events(db), key=lambda e: e.seq)]
        assert kinds[-1] == "backup.restored"
    finally:
        db.close()
    kept = [p for p in path.parent.iterdir() if ".replaced-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00" * 4096
    assert errors == []


def test_start_up_on_a_damaged_file_quits_when_the_person_says_quit(
    gui, store, errors, monkeypatch
):
    made_backup(store)
    path = store.path
    store.close()
    path.write_bytes(b"broken" * 1000)
    monkeypatch.setattr(ui_app, "ask_restore", lambda *_args: False)
    assert ui_app.open_all(path) == 1
    assert path.read_bytes() == b"broken" * 1000
    assert [p for p in path.parent.iterdir() if ".replaced-" in p.name] == []


def test_headless_start_up_never_waits_for_the_dialog(qapp, store, errors, monkeypatch):
    made_backup(store)
    path = store.path
    store.close()
    path.write_bytes(b"broken" * 1000)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert ui_app.run(path, "en", quit_when_ready=True) == 1  # asked nobody, changed nothing
    assert path.read_bytes() == b"broken" * 1000
    ui_app.install_translators(qapp, "en")


# --- the daily backup -------------------------------------------------------------------------


def test_the_timer_calls_the_backup_service(qtbot, gui, store, monkeypatch):
    calls: list[Path] = []
    real_due = backup.backup_due

    def counting_due(db_path, **kwargs):
        calls.append(db_path)
        return real_due(db_path, **kwargs)

    monkeypatch.setattr(backup, "backup_due", counting_due)
    window = QMainWindow()
    qtbot.addWidget(window)
    daily = ui_app.DailyBackup(store, window, interval_ms=30, first_ms=0)
    with qtbot.waitSignal(daily.done, timeout=10_000) as first:
        daily.start()
    assert isinstance(first.args[0], backup.BackupFile) and first.args[0].kind == "daily"
    with qtbot.waitSignal(daily.done, timeout=10_000) as second:
        pass  # the next tick: a backup was made less than a day ago
    assert second.args[0] is None
    daily.stop()
    assert len(calls) >= 2 and all(c == store.path for c in calls)
    assert [b.kind for b in backup.list_backups(store.path)] == ["daily"]
    kinds = [e.kind for e in list_events(store)]
    assert kinds.count("backup.created") == 1
    assert daily.last_warning is None
    store.close()


def test_each_due_tick_makes_a_backup_and_prunes(qtbot, gui, store):
    daily = ui_app.DailyBackup(store, None, interval_ms=20, first_ms=0, every=timedelta(0))
    made: list[object] = []
    daily.done.connect(made.append)
    daily.start()
    qtbot.waitUntil(lambda: len(made) >= 3, timeout=15_000)
    daily.stop()
    qtbot.waitUntil(lambda: not daily.busy, timeout=5_000)
    assert all(isinstance(m, backup.BackupFile) for m in made)
    assert len(backup.list_backups(store.path)) == len(made)  # fewer than backup_keep (14)
    store.close()


@pytest.mark.parametrize("interactive", [False, True], ids=["headless", "interactive"])
def test_a_failing_daily_backup_warns_without_blocking(
    qtbot, gui, store, tmp_path, monkeypatch, interactive
):
    monkeypatch.setattr(dialog_service, "interactive", interactive)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the user data folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    window = QMainWindow()
    qtbot.addWidget(window)
    daily = ui_app.DailyBackup(store, window, interval_ms=60_000, first_ms=0)
    with qtbot.waitSignal(daily.done, timeout=10_000) as done:
        daily.start()
    daily.stop()
    assert isinstance(done.args[0], StorageError)
    assert daily.last_warning and "daily backup" in daily.last_warning
    assert "daily backup" in window.statusBar().currentMessage()
    if interactive:  # a warning beside the window; nothing waits for it to be closed
        box = daily.warning_box
        assert box is not None and box.isVisible() and not box.isModal()
        assert box.windowModality() == Qt.WindowModality.NonModal
        assert box.text() == daily.last_warning
        box.close()
    else:  # headless: nothing to click
        assert daily.warning_box is None
    store.close()
