"""Pure helpers of the inventory: index text and queries, pre-filled triage answers."""

from __future__ import annotations

import pytest

from app.domain.prefill import prefill_answers
from app.domain.search_text import build_fts_query, build_search_text, cjk_pieces


def test_japanese_runs_get_bigrams_and_last_character():
    assert cjk_pieces("輸液ポンプ") == ["輸液", "液ポ", "ポン", "ンプ", "プ"]
    assert cjk_pieces("ICU 3階病棟") == ["階病", "病棟", "棟"]
    assert cjk_pieces("MD-00001") == []


def test_search_text_is_normalised_and_skips_blanks():
    text = build_search_text(["ＭＤ－０００１", None, "", "ｲﾝﾌｭｰｼﾞｮﾝ", "山田"])
    assert text.startswith("md-0001 インフュージョン 山田")
    assert "山田" in text.split()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("MD-0004", '"md-0004"*'),
        ("輸液", '"輸液"'),
        ("輸液ポンプ", '"輸液 液ポ ポン ンプ"'),
        ("輸", '"輸"*'),
        ("vital  bm", '"vital"* AND "bm"*'),
        ('say "hi"', '"say"* AND "hi"*'),
        ("ｲﾝﾌｭｰｼﾞｮﾝ", '"イン ンフ フュ ュー ージ ジョ ョン"'),
    ],
)
def test_queries(query, expected):
    assert build_fts_query(query) == expected


@pytest.mark.parametrize("query", ["", "   ", '"', "*"])
def test_nothing_searchable(query):
    assert build_fts_query(query) is None


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"implanted": True}, {"implanted": "yes"}),
        ({"implanted": False, "care_setting": "icu"}, {"implanted": "no", "offsite": "no"}),
        ({"care_setting": "home"}, {"offsite": "yes"}),
        ({"care_setting": "other"}, {}),
        ({"multi_patient_role": "central"}, {"multi_patient": "yes"}),
        ({"multi_patient_role": "none"}, {"multi_patient": "no"}),
        ({"implanted": None, "care_setting": None, "multi_patient_role": None}, {}),
    ],
)
def test_prefill_takes_only_known_facts(record, expected):
    assert prefill_answers(record) == expected
