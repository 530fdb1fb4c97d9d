"""Bad paper / language / time values are refused clearly; a failed render leaves no partial file."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from conftest import sample_binder, sample_cards, sample_record, sample_sheet

import app.reports.contact_sheet as contact_sheet_module
from app.errors import BadInputError
from app.reports import (
    Contact,
    render_binder,
    render_contact_sheet,
    render_decision_record,
    render_device_cards,
)
from app.reports.layout import fmt_datetime, wrap_lines
from app.reports.texts import all_pairs, card_action, t


def renders(ref):
    """Each render function with sample input, as f(lang, paper, out)."""
    return {
        "sheet": lambda lang, paper, out: render_contact_sheet(
            sample_sheet(), ref.classes, ref.tree, lang, paper, out
        ),
        "record": lambda lang, paper, out: render_decision_record(
            sample_record(ref), ref.classes, ref.tree, lang, paper, out
        ),
        "cards": lambda lang, paper, out: render_device_cards(
            sample_cards(3), ref.classes, lang, paper, out
        ),
        "binder": lambda lang, paper, out: render_binder(
            sample_binder(), ref.classes, ref.tree, lang, paper, out
        ),
    }


@pytest.mark.parametrize("which", ["sheet", "record", "cards", "binder"])
@pytest.mark.parametrize(
    ("lang", "paper"), [("fr", "a4"), ("en", "A5"), ("ja", None), ("", "letter")]
)
def test_bad_language_or_paper_is_refused_before_writing(tmp_path, ref, which, lang, paper):
    out = tmp_path / "x.pdf"
    with pytest.raises(BadInputError) as caught:
        renders(ref)[which](lang, paper, out)
    assert ("'en' or 'ja'" in caught.value.message) or ("'a4' or 'letter'" in caught.value.message)
    assert list(tmp_path.iterdir()) == []


def test_naive_datetime_is_refused(tmp_path, ref):
    sheet = replace(sample_sheet(), generated_at=datetime(2026, 11, 3, 14, 5))
    with pytest.raises(BadInputError, match="time zone"):
        render_contact_sheet(sheet, ref.classes, ref.tree, "en", "a4", tmp_path / "x.pdf")


def test_missing_folder_is_a_clear_error(tmp_path, ref):
    with pytest.raises(BadInputError, match="does not exist"):
        renders(ref)["cards"]("en", "a4", tmp_path / "nowhere" / "x.pdf")


def test_failure_mid_render_keeps_the_old_file_and_leaves_no_temp(tmp_path, ref, monkeypatch):
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"%PDF-old")

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(contact_sheet_module, "_contact_row", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        render_contact_sheet(sample_sheet(), ref.classes, ref.tree, "en", "a4", out)
    assert out.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_failure_without_an_old_file_leaves_nothing(tmp_path, ref, monkeypatch):
    import app.reports.device_cards as cards_module

    monkeypatch.setattr(cards_module, "draw_qr", lambda *a: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        renders(ref)["cards"]("en", "a4", tmp_path / "cards.pdf")
    assert list(tmp_path.iterdir()) == []


def test_unknown_class_number_is_refused(tmp_path, ref):
    record = replace(sample_record(ref), ir_class=9)
    with pytest.raises(KeyError):
        render_decision_record(record, ref.classes, ref.tree, "en", "a4", tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []


def test_every_text_has_both_languages():
    for en, ja in all_pairs():
        assert en.strip() and ja.strip()
        assert en != ja or en in {"PSIRT", "#"}
    assert t("page", "ja", page=2, pages=5) == "2 / 5 ページ"
    assert "NOT remove" in card_action(5, "en") and "外さない" in card_action(5, "ja")
    assert "not remove" in card_action(None, "en").lower()


def test_contact_orders_and_splits_methods():
    c = Contact("渡邊 健", "biomed", "臨床工学技士", methods=[["email", "a@b"], ("mobile", "090")])
    assert c.out_of_band == (("mobile", "090"),) and c.in_band == (("email", "a@b"),)
    assert c.methods[0].kind == "email"  # the caller's order is kept


def test_symbols_missing_from_the_font_get_stand_ins(tmp_path, ref):
    from conftest import page_texts

    sheet = replace(sample_sheet(), regulators=[("FDA", "3500A", "≤ 10 work days")])
    out = tmp_path / "s.pdf"
    render_contact_sheet(sheet, ref.classes, ref.tree, "en", "a4", out)
    assert "<= 10 work days" in "".join(page_texts(out))


def test_wrap_lines_and_time_format():
    assert wrap_lines("", 8, 100, 2) == []
    lines = wrap_lines(
        "ネットワークと患者から外し「サイバー保留」表示、予備機に交換。" * 3, 7, 60, 2
    )
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert wrap_lines("Do NOT remove", 7, 500, 1) == ["Do NOT remove"]
    from conftest import GENERATED

    assert fmt_datetime(GENERATED, "en") == "3 Nov 2026 14:05 JST (UTC+09:00)"
    assert fmt_datetime(GENERATED, "ja") == "2026年11月3日 14:05 JST (UTC+09:00)"
