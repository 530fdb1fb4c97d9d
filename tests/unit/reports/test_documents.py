"""Every printed document in English and Japanese, on A4 and Letter: text, fonts, page sizes, page x / y."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import (
    GENERATED_TEXT,
    PHONE,
    SIZES,
    VARIANT_NAMES,
    fonts_of,
    page_sizes,
    page_texts,
    sample_binder,
    sample_cards,
    sample_record,
    sample_sheet,
)

from app.reports import (
    render_binder,
    render_contact_sheet,
    render_decision_record,
    render_device_cards,
)

BASE14 = re.compile(r"Helvetica|Times|Courier|Symbol|ZapfDingbats")
LANG_PAPER = [(lang, paper) for lang in ("en", "ja") for paper in ("a4", "letter")]
PAGE_PATTERN = {"en": r"Page {page} / {pages}", "ja": r"{page} / {pages} ページ"}


def assert_common(path: Path, paper: str, lang: str, pages: int) -> list[str]:
    """Fonts embedded (no base-14), every page the right size and numbered x / y."""
    assert path.is_file()
    fonts = fonts_of(path)
    assert fonts, "no fonts found"
    assert all(embedded for _, embedded in fonts), fonts
    assert not [name for name, _ in fonts if BASE14.search(name)], fonts
    assert {n.split("+")[-1] for n, _ in fonts} == {"IPAexGothic"}
    assert page_sizes(path) == {SIZES[paper]}
    texts = page_texts(path)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        expected = PAGE_PATTERN[lang].format(page=number, pages=pages)
        assert expected in text, f"page {number}: {expected!r} missing"
        assert GENERATED_TEXT[lang] in text or "UTC" in text
    assert not list(path.parent.glob("*.part")), "temporary file left behind"
    return texts


@pytest.mark.parametrize(("lang", "paper"), LANG_PAPER)
def test_contact_sheet(tmp_path, ref, lang, paper):
    out = tmp_path / "sheet.pdf"
    pages = render_contact_sheet(sample_sheet(), ref.classes, ref.tree, lang, paper, out)
    texts = assert_common(out, paper, lang, pages)
    whole = "\n".join(texts)
    for name in VARIANT_NAMES:
        assert name in whole  # 髙, 﨑, 邊 survive as themselves
    assert PHONE in whole and "0120-123-456" in whole and "03-5555-0101" in whole
    assert GENERATED_TEXT[lang] in texts[0]
    for c in ref.classes.classes:
        assert c.name.get(lang) in whole.replace("\n", "")
    assert ("INTERNAL" if lang == "en" else "院内限り") in texts[0]
    assert "厚生労働省" in whole and "K-2026-0042" in whole
    assert ref.tree.question("harm_now").text.get(lang)[:12] in whole.replace("\n", "")


@pytest.mark.parametrize(("lang", "paper"), LANG_PAPER)
def test_decision_record(tmp_path, ref, lang, paper):
    out = tmp_path / "record.pdf"
    record = sample_record(ref, lang)
    pages = render_decision_record(record, ref.classes, ref.tree, lang, paper, out)
    whole = "\n".join(assert_common(out, paper, lang, pages))
    flat = whole.replace("\n", "")
    assert "MD-0424" in whole and "山﨑 花子" in whole and "渡邊" in whole
    assert ref.tree.sha256 in flat and ref.tree.version in whole
    assert ref.classes.get(5).name.get(lang) in flat
    assert ref.classes.get(5).containment.get(lang)[:15] in flat
    assert ("PROVISIONAL" if lang == "en" else "暫定") in whole
    assert ("SAFETY OVERRIDE" if lang == "en" else "安全優先") in whole
    assert ("from inventory" if lang == "en" else "台帳から") in whole
    assert ("Printed name" if lang == "en" else "氏名（楷書）") in whole
    assert record.purpose in whole


@pytest.mark.parametrize(("lang", "paper"), LANG_PAPER)
def test_device_cards(tmp_path, ref, lang, paper):
    out = tmp_path / "cards.pdf"
    cards = sample_cards(30)
    pages = render_device_cards(cards, ref.classes, lang, paper, out)
    assert pages == 2  # 24 per page
    whole = "\n".join(assert_common(out, paper, lang, pages))
    assert {c.asset_tag for c in cards} <= set(re.findall(r"MD-\d{5}", whole))
    assert "髙橋 一郎" in whole and PHONE in whole
    assert ("Not classified" if lang == "en" else "未分類") in whole
    assert ("Do NOT remove" if lang == "en" else "外さないこと") in whole


@pytest.mark.parametrize(("lang", "paper"), LANG_PAPER)
def test_binder(tmp_path, ref, lang, paper):
    out = tmp_path / "binder.pdf"
    pages = render_binder(sample_binder(), ref.classes, ref.tree, lang, paper, out)
    texts = assert_common(out, paper, lang, pages)
    flat = "".join(texts).replace("\n", "")
    for c in ref.classes.classes:
        assert c.name.get(lang) in flat
        assert c.who_decides.get(lang)[:10] in flat
    form = "Paper decision form" if lang == "en" else "紙の判定用紙"
    assert sum(form in text for text in texts) >= 2  # two copies
    assert any("HICS 213" in text for text in texts)
    assert any("HICS 214" in text for text in texts)
    assert ("Activity log" if lang == "en" else "活動記録") in flat
    assert ("Question flow" if lang == "en" else "判断フロー") in flat
    assert "髙橋 一郎" in flat and PHONE in flat  # the contact sheet is in


def test_binder_without_contact_sheet_still_has_a_place_to_write_numbers(tmp_path, ref):
    binder = sample_binder()
    empty = type(binder)(binder.facility, None, binder.generated_at, [])
    out = tmp_path / "binder.pdf"
    pages = render_binder(empty, ref.classes, ref.tree, "en", "a4", out)
    texts = assert_common(out, "a4", "en", pages)
    assert "No contact sheet was available" in "".join(texts)
