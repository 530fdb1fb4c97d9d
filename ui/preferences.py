"""The person's display preferences on this computer: language, text size and theme.

Kept per user in an INI file in the platform's configuration folder (not in the database: they are
about the screen in front of someone, not about the hospital's records, and need no sign-in). A
missing or unreadable file means the defaults; a damaged file is set aside, never written over, when
new preferences are saved.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QSettings, QStandardPaths

from ui.style import SCALES
from ui.themes import THEMES

log = logging.getLogger(__name__)
LANGUAGES = ("system", "en", "ja")
FILE_NAME = "preferences.ini"


class Preferences(NamedTuple):
    language: str = "system"  # "system": the OS locale's, English unless it is Japanese
    text_size: int = 100  # per cent of the normal size, one of style.SCALES
    theme: str = "standard"  # a key of themes.THEMES


def preferences_path() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / "mdir-desk" / FILE_NAME


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences; a value that is missing or not one of the choices is the default."""
    path = path or preferences_path()
    if not path.exists():
        return Preferences()
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.status() != QSettings.Status.NoError:
        log.warning("display preferences %s are unreadable; using the defaults", path)
        return Preferences()
    default = Preferences()
    language = str(settings.value("display/language", default.language))
    theme = str(settings.value("display/theme", default.theme))
    try:
        text_size = int(str(settings.value("display/text_size", default.text_size)))
    except ValueError:
        text_size = default.text_size
    chosen = Preferences(
        language=language if language in LANGUAGES else default.language,
        text_size=text_size if text_size in SCALES else default.text_size,
        theme=theme if theme in THEMES else default.theme,
    )
    if chosen != Preferences(language, text_size, theme):
        log.warning("display preferences %s hold values not offered; using defaults for them", path)
    return chosen


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    """Write the preferences (a damaged file is renamed ``.damaged`` first). Raises OSError."""
    path = path or preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        check = QSettings(str(path), QSettings.Format.IniFormat)
        if check.status() != QSettings.Status.NoError:
            os.replace(path, path.with_name(path.name + ".damaged"))
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("display/language", preferences.language)
    settings.setValue("display/text_size", preferences.text_size)
    settings.setValue("display/theme", preferences.theme)
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        raise OSError(f"could not write {path}")
