"""QR codes decode back to the asset tags; a thousand contacts paginate with the header repeated."""

from __future__ import annotations

import random

import pypdfium2 as pdfium
import pytest
import zxingcpp
from conftest import page_texts, sample_cards, sample_sheet

from app.reports import DeviceCard, render_contact_sheet, render_device_cards
from app.reports.qr import qr_matrix, runs


def decoded_tags(path, page_index: int, dpi: int = 200) -> set[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        image = pdf[page_index].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()
    return {
        r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode
    }


@pytest.mark.parametrize(("lang", "paper"), [("en", "letter"), ("ja", "a4")])
def test_card_qr_codes_decode_to_the_asset_tags(tmp_path, ref, lang, paper):
    cards = sample_cards(30)
    out = tmp_path / "cards.pdf"
    render_device_cards(cards, ref.classes, lang, paper, out)
    assert decoded_tags(out, 0) == {c.asset_tag for c in cards[:24]}
    assert decoded_tags(out, 1) == {c.asset_tag for c in cards[24:]}


def test_long_and_unusual_tags_decode(tmp_path, ref):
    tags = ["MD-0424", "ｲﾝﾌｭｰｼﾞｮﾝ-07", "biomed/ward-3a/pump#12", "X" * 40, "輸液ポンプ-髙橋-001"]
    cards = [DeviceCard(tag, "Pump", "P1", "ICU", "", 2, None) for tag in tags]
    out = tmp_path / "cards.pdf"
    render_device_cards(cards, ref.classes, "ja", "a4", out)
    assert decoded_tags(out, 0) == set(tags)


def test_qr_runs_cover_exactly_the_dark_modules():
    for data in ("MD-00001", "https://example.invalid/" + "a" * 60, "渡邊"):
        matrix = qr_matrix(data)
        painted = [[False] * len(row) for row in matrix]
        for col, row, width, height in runs(matrix):
            for r in range(row, row + height):
                for c in range(col, col + width):
                    assert not painted[r][c], "rectangles overlap"
                    painted[r][c] = True
        assert painted == [list(map(bool, row)) for row in matrix]


def test_thousand_contacts_paginate_with_repeated_header(tmp_path, ref):
    sheet = sample_sheet(contacts=1000)
    out = tmp_path / "sheet.pdf"
    pages = render_contact_sheet(sheet, ref.classes, ref.tree, "ja", "a4", out)
    assert pages > 10
    texts = page_texts(out)
    assert len(texts) == pages
    with_header = [i for i, text in enumerate(texts) if "まず電話（ネットワーク不要）" in text]
    assert len(with_header) >= pages - 3  # every page of the tier tables, not only the first
    whole = "\n".join(texts)
    for i in random.Random(7).sample(range(3, 1000), 25):
        assert f"Contact {i:04d} 佐藤" in whole
    assert f"{pages} / {pages} ページ" in texts[-1]


def test_thousand_cards(tmp_path, ref):
    cards = sample_cards(1000)
    out = tmp_path / "cards.pdf"
    pages = render_device_cards(cards, ref.classes, "en", "a4", out)
    assert pages == 42  # ceil(1000 / 24)
    assert decoded_tags(out, 41) == {c.asset_tag for c in cards[984:]}
