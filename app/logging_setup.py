"""Where the program writes its log: a small rotating file in the user's log folder (offline, never
uploaded), plus Python's fault handler so a hard crash leaves a trace beside it."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
from pathlib import Path
from typing import TextIO

LOG_BYTES = 1_000_000
LOG_FILES = 5
_fault_file: TextIO | None = None


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("mdir-desk", appauthor=False))


def configure_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Log to ``folder`` (default: the user log folder); returns the log file, or None when the
    folder cannot be written (the program then runs without a log file rather than not at all)."""
    global _fault_file
    folder = folder or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "mdir-desk.log", maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
        )
        if _fault_file is None:
            _fault_file = (folder / "crash.log").open("a", encoding="utf-8")
            faulthandler.enable(_fault_file)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return folder / "mdir-desk.log"
