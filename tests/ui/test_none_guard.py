"""The guard of ui/none_guard.py: PySide6 calls that return None may take references from None
(PySide6 6.12.0 on CPython 3.11); with the guard, None never runs out of them."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QLabel

import ui  # noqa: F401  (importing ui applies the guard)
from ui.none_guard import SPARE_REFERENCES, protect_none


def test_none_keeps_its_spare_references_through_many_calls(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(20_000):
        label.setText("x")
        label.setObjectName("y")
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > SPARE_REFERENCES // 2
        assert sys.getrefcount(True) > SPARE_REFERENCES // 2
        assert sys.getrefcount(False) > SPARE_REFERENCES // 2
    assert protect_none() is False  # applied once only


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12 on")
def test_a_gui_process_survives_many_calls_and_exits_cleanly():
    script = textwrap.dedent(
        """
        import ui
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        for _ in range(50_000):
            label.setText("x")
        print("done")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "done"
