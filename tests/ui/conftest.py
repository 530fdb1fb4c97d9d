"""GUI test setup: offscreen Qt, compiled translations, a demo database per test, helpers."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.database.db import Database, open_database
from app.services.demo import populate_demo
from app.services.reference import Reference, load_reference
from ui import app as ui_app
from ui.views.triage_view import TriageView

ROOT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.gui)


def _build_translations() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "packaging" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build()


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    _build_translations()


@pytest.fixture(scope="session")
def reference() -> Reference:
    return load_reference()


@pytest.fixture
def gui(qapp: QApplication) -> Iterator[QApplication]:
    """The application prepared as ``ui.app.run`` prepares it, in English."""
    ui_app.prepare(qapp, "en")
    yield qapp
    ui_app.install_translators(qapp, "en")
    # pytest-qt closed the test's widgets and asked Qt to delete them; do it now, or they pile up
    # and every later test pays for them (restyling, event filters).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def db(tmp_path: Path, reference: Reference) -> Iterator[Database]:
    database = open_database(tmp_path / "t.db")
    populate_demo(database, reference, devices=40)
    yield database
    database.close()


@pytest.fixture
def triage(qtbot, gui: QApplication, db: Database, reference: Reference) -> TriageView:
    view = TriageView(db, reference, "en")
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def press(qtbot):
    """Press keys where the keyboard focus is (as a person would), not on a chosen widget."""

    def press_keys(view: QWidget, *keys: Qt.Key) -> None:
        for key in keys:
            target = view.window().focusWidget() or view
            qtbot.keyClick(target, key)

    return press_keys
