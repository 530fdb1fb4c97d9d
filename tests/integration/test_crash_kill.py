"""Crash safety: SIGKILL at random moments loses no acknowledged decision (a short run; the long
one is ``tests/crash_harness.py --kills 1000``, reported in the README)."""

from __future__ import annotations

import sys

import pytest
from crash_harness import kill_run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.mark.slow
def test_killed_at_random_moments_nothing_acknowledged_is_lost(tmp_path):
    report = kill_run(tmp_path / "crash.sqlite3", kills=12, seed=7, max_delay=1.0)
    assert report.kills == 12
    assert len(report.acknowledged) > 0  # the runs got far enough to promise decisions
    assert report.lost == []
    assert report.integrity == "ok"
    assert report.audit_intact and report.seals == "checked"
    assert report.saved >= len(report.acknowledged)
