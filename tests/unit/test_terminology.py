"""One terminology: the Japanese of every text whose English uses a glossary term (DOMAIN.md §12) uses
the glossary's Japanese term — in the GUI translations, the printed documents' texts and the data
files — and the classes are named only from data/ir_classes.yaml, never written out in code."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from app.paths import data_dir
from app.reports.texts import all_pairs

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "mdir_desk_ja.ts"

# English term (a regular expression, any case) → the Japanese a translation must contain (one of).
# From DOMAIN.md §12; "植込" covers 植込み型 and the verb (植込まれた), never 植え込み.
GLOSSARY: dict[str, tuple[str, ...]] = {
    r"incident response": ("インシデント対応",),
    r"implant": ("植込",),
    r"telehealth": ("遠隔医療",),
    r"remote monitoring": ("遠隔モニタリング",),
    r"\bSBOMs?\b": ("SBOM",),
    r"software bill of materials": ("ソフトウェア部品表",),
    r"business continuity": ("事業継続",),
    r"defect report": ("不具合報告",),
    r"\bMDS2\b": ("MDS2", "製造業者による医療機器セキュリティ開示書"),
    r"end of support": ("サポート終了", "EOS"),
    r"end of life": ("製品寿命終了", "EOL"),
    r"\bbiomed\b|clinical engineer": ("臨床工学",),
    r"medical device safety manager": ("医療機器安全管理責任者",),
    r"medical device manufacturer": ("医療機器製造販売業者", "医療機器事業者"),
}


def ts_pairs() -> Iterator[tuple[str, str, str]]:
    root = ET.parse(TS_FILE).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text:
            yield "mdir_desk_ja.ts", message.findtext("source") or "", translation.text


def report_pairs() -> Iterator[tuple[str, str, str]]:
    for en, ja in all_pairs():
        yield "app/reports/texts.py", en, ja


def _localized(node: object, where: str) -> Iterator[tuple[str, str, str]]:
    if isinstance(node, dict):
        if isinstance(node.get("en"), str) and isinstance(node.get("ja"), str):
            yield where, node["en"], node["ja"]
        for value in node.values():
            yield from _localized(value, where)
    elif isinstance(node, list):
        for value in node:
            yield from _localized(value, where)


def data_pairs() -> Iterator[tuple[str, str, str]]:
    for path in sorted(data_dir().rglob("*.yaml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        yield from _localized(content, str(path.relative_to(data_dir())))


SOURCES = {"translations": ts_pairs, "report texts": report_pairs, "data files": data_pairs}


@pytest.mark.parametrize("source", SOURCES)
def test_glossary_terms_are_translated_one_way(source: str) -> None:
    wrong = []
    for where, english, japanese in SOURCES[source]():
        for term, wanted in GLOSSARY.items():
            if re.search(term, english, re.IGNORECASE) and not any(w in japanese for w in wanted):
                wrong.append(f"{where}: {english[:70]!r} → {japanese[:70]!r} (want {wanted[0]})")
    assert not wrong, "\n".join(wrong)


def test_the_glossary_is_exercised() -> None:
    """The check is not vacuous: the main terms do occur in the texts checked."""
    seen: Counter[str] = Counter()
    for pairs in SOURCES.values():
        for _, english, _ in pairs():
            seen.update(t for t in GLOSSARY if re.search(t, english, re.IGNORECASE))
    for term in (
        r"incident response",
        r"implant",
        r"telehealth",
        r"\bSBOMs?\b",
        r"\bbiomed\b|clinical engineer",
    ):
        assert seen[term] >= 1, term


# Class names that are also plain glossary terms (DOMAIN.md §12: "Implantable medical device" is
# 植込み型医療機器), so they may occur as words in other texts ("患者の植込み型医療機器", a use case).
GLOSSARY_WORDS = {"植込み型医療機器"}


def class_names() -> list[str]:
    content = yaml.safe_load((data_dir() / "ir_classes.yaml").read_text(encoding="utf-8"))
    names = [c["name"][lang] for c in content["classes"] for lang in ("en", "ja")]
    return [name for name in names if name not in GLOSSARY_WORDS]


def test_class_names_come_only_from_the_class_file() -> None:
    """No GUI code, document code or GUI translation writes a class's name itself."""
    files = [
        *sorted((ROOT / "ui").rglob("*.py")),
        *sorted((ROOT / "app").rglob("*.py")),
        TS_FILE,
    ]
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in class_names()
        if name in path.read_text(encoding="utf-8")
    ]
    assert not found, found
