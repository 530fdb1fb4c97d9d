"""The Japanese translation of the GUI is complete and up to date with the sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "mdir_desk_ja.ts"
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(m.findtext("source") or "", m.find("translation")) for m in root.iter("message")]


def test_every_entry_is_translated_into_japanese():
    entries = messages(TS)
    assert len(entries) > 50
    problems = []
    for source, translation in entries:
        text = (translation.text or "") if translation is not None else ""
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished: {source}")
        elif not text.strip():
            problems.append(f"empty: {source}")
        elif set(re.findall(r"\{\w+\}", source)) != set(re.findall(r"\{\w+\}", text)):
            problems.append(f"placeholders differ: {source} -> {text}")
        elif JAPANESE.search(source + text) is None and source != text:
            problems.append(f"not Japanese: {source} -> {text}")
    assert problems == []


def test_translation_file_covers_every_string_in_ui(tmp_path):
    """Running lupdate over ui/ finds nothing new (a string added without updating the .ts fails)."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh), "-no-obsolete", "-silent"], check=True)
    assert sorted(s for s, _ in messages(fresh)) == sorted(s for s, _ in messages(TS))
    assert [s for s, t in messages(fresh) if t is not None and t.get("type") == "unfinished"] == []
