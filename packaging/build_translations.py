#!/usr/bin/env python3
"""Compile the Qt Linguist sources (resources/translations/*.ts) into .qm files beside them.

Run by dev.py before the app or the tests, and by the packaging build. Skips files already up to date.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def lrelease_command() -> list[str]:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]


def build(force: bool = False) -> list[Path]:
    built = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    build(force="--force" in sys.argv)
