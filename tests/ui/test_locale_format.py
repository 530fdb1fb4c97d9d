"""Dates and times in the GUI language's locale format, never ambiguous, with the time zone shown."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateTimeEdit

from ui import locale_format
from ui.strings import local_date, local_time, signed_time

ROOT = Path(__file__).resolve().parents[2]
NARROW = "\u202f"  # the narrow no-break space Qt puts before AM/PM


@pytest.fixture
def locale_as(monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """Set the GUI language and the operating system's locale; restored afterwards."""

    def choose(lang: str, system: str = "en_US") -> None:
        monkeypatch.setattr(locale_format, "_system_locale", lambda: QLocale(system))
        locale_format.set_language(lang)

    yield choose
    locale_format.set_language("en")


@pytest.mark.parametrize(
    ("lang", "system", "pattern", "day"),
    [
        ("en", "en_US", "MMM d, yyyy", "Nov 25, 2026"),
        ("en", "en_GB", "d MMM yyyy", "25 Nov 2026"),
        ("en", "en_AU", "d MMM yyyy", "25 Nov 2026"),
        ("en", "de_DE", "MMM d, yyyy", "Nov 25, 2026"),  # not an English locale: en_US
        ("en", "ja_JP", "MMM d, yyyy", "Nov 25, 2026"),
        ("ja", "en_GB", "yyyy年M月d日", "2026年11月25日"),
    ],
)
def test_date_pattern_from_the_locale_long_format(locale_as, lang, system, pattern, day) -> None:
    locale_as(lang, system)
    assert locale_format.date_pattern() == pattern
    assert "dddd" not in pattern and "MMMM" not in pattern and "yyyy" in pattern
    assert local_date("2026-11-25") == day == local_date(date(2026, 11, 25))


def test_dates_that_are_not_dates_show_as_written(locale_as) -> None:
    locale_as("en", "en_GB")
    assert local_date("soon") == "soon" and local_date(None) == "" and local_date("") == ""
    assert local_time("not a time") == "not a time"


def _run(tz: str, lang: str, system: str, code: str) -> str:
    """Format in a child process with its own TZ (the test process's zone is left alone)."""
    script = (
        "from PySide6.QtCore import QLocale\n"
        "from ui import locale_format\n"
        f"locale_format._system_locale = lambda: QLocale({system!r})\n"
        f"locale_format.set_language({lang!r})\n"
        "from ui.strings import local_time, signed_time\n"
        f"print({code})\n"
    )
    env = {**os.environ, "TZ": tz, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=60,
    )
    return done.stdout.strip()


@pytest.mark.parametrize(
    ("tz", "lang", "system", "expected"),
    [
        ("America/New_York", "en", "en_US", f"Nov 8, 2026 12:03{NARROW}AM EST"),
        ("Europe/London", "en", "en_GB", "8 Nov 2026 05:03 GMT"),
        ("Asia/Tokyo", "ja", "en_US", "2026年11月8日 14:03 JST"),
        ("Asia/Tokyo", "en", "en_GB", "8 Nov 2026 14:03 JST"),
        # zones without an abbreviation: the offset instead of "+04" / "-03"
        ("Asia/Dubai", "en", "en_GB", "8 Nov 2026 09:03 UTC+04:00"),
        ("America/Sao_Paulo", "ja", "en_US", "2026年11月8日 2:03 UTC-03:00"),
    ],
)
def test_local_time_in_each_locale_with_its_zone(tz, lang, system, expected) -> None:
    assert _run(tz, lang, system, "local_time('2026-11-08T05:03:22+00:00')") == expected


def test_seconds_and_summer_time() -> None:
    text = _run("Europe/London", "en", "en_GB", "local_time('2026-07-08T05:03:22+00:00', True)")
    assert text == "8 Jul 2026 06:03:22 BST"
    text = _run("America/New_York", "en", "en_US", "local_time('2026-11-08T19:03:22Z', True)")
    assert text == f"Nov 8, 2026 2:03:22{NARROW}PM EST"


def test_signed_time_keeps_the_recorded_offset(locale_as) -> None:
    locale_as("ja")
    assert signed_time("2026-11-08T14:03:22+09:00") == "2026年11月8日 14:03:22 (UTC+09:00)"
    locale_as("en", "en_GB")
    assert signed_time("2026-11-08T14:03:22+09:00") == "8 Nov 2026 14:03:22 (UTC+09:00)"


def test_date_time_fields_use_the_same_display_format(qtbot, locale_as) -> None:
    locale_as("en", "en_GB")
    assert locale_format.edit_format() == "d MMM yyyy HH:mm"
    assert locale_format.edit_format(with_zone=True) == "d MMM yyyy HH:mm t"
    locale_as("ja")
    edit = QDateTimeEdit()
    qtbot.addWidget(edit)
    edit.setDisplayFormat(locale_format.edit_format())
    assert edit.displayFormat() == "yyyy年M月d日 H:mm"
    locale_as("en", "en_US")
    assert locale_format.edit_format() == f"MMM d, yyyy h:mm{NARROW}Ap"
