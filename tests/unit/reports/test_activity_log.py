"""The HICS 214 activity log: fields 1-6 in both languages, one person's log and the whole incident's
(name column per row), EXERCISE on every page of an exercise's log and on none of a real one, long logs
paginate with the header repeated, naive times refused, output atomic."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import (
    GENERATED,
    GENERATED_TEXT,
    JST,
    SIZES,
    VARIANT_NAMES,
    fonts_of,
    page_sizes,
    page_texts,
)

import app.reports.activity_log as activity_log_module
from app.errors import BadInputError
from app.reports.activity_log import render_activity_log
from app.reports.incident_model import ActivityLog, IncidentSummary, Preparer, TimelineEntry
from app.reports.texts import t

T0 = datetime(2026, 11, 3, 8, 40, tzinfo=JST)
PAGE = {"en": "Page {page} / {pages}", "ja": "{page} / {pages} ページ"}
MARK = {"en": "EXERCISE", "ja": "訓練"}
WHAT = {
    "en": "Approved network isolation of the pump server (class 4); informed the ICU charge nurse.",
    "ja": "ポンプサーバーのネットワーク隔離を承認（クラス4）。ICUリーダー看護師に連絡。",
}
NAME = {"en": "Infusion pump server ransomware", "ja": "輸液ポンプサーバーのランサムウェア"}


def incident(lang: str, exercise: bool) -> IncidentSummary:
    return IncidentSummary(
        ref="INC-2026-0003",
        name=NAME[lang],
        status="Active" if lang == "en" else "対応中",
        phase="Contain" if lang == "en" else "封じ込め",
        severity="High" if lang == "en" else "高",
        t0=T0,
        detection_source="SOC",
        created_by=VARIANT_NAMES[0],
        created_at=T0,
        facility="Sakura General Hospital 桜総合病院",
        exercise=exercise,
        audit_head=(77, "cd" * 32),
    )


def sample_log(lang: str, exercise: bool = False, n: int = 12, whole: bool = False) -> ActivityLog:
    entries = [
        TimelineEntry(
            at=T0 + timedelta(minutes=3 * i),
            who=VARIANT_NAMES[i % 3],
            what=f"#{i:03d} {WHAT[lang]}",
            position="Incident Commander" if i % 3 == 0 else "Safety Officer",
            source="audit" if i % 2 else "manual",
        )
        for i in range(n)
    ]
    return ActivityLog(
        incident=incident(lang, exercise),
        period_from=T0,
        period_to=T0 + timedelta(hours=12),
        generated_at=GENERATED,
        lang=lang,
        entries=entries,
        person=None if whole else VARIANT_NAMES[0],
        position="" if whole else "Incident Commander",
        prepared_by=("渡邊 健", "Documentation Unit Leader", GENERATED),
    )


def render(log: ActivityLog, tmp_path: Path, lang: str, paper: str = "a4") -> list[str]:
    out = tmp_path / "214.pdf"
    pages = render_activity_log(log, out, lang, paper)
    assert pages == len(page_texts(out)) >= 1
    fonts = fonts_of(out)
    assert fonts and all(embedded for _, embedded in fonts)
    assert {name.split("+")[-1] for name, _ in fonts} == {"IPAexGothic"}
    assert page_sizes(out) == {SIZES[paper.lower()]}
    texts = page_texts(out)
    for number, text in enumerate(texts, start=1):
        assert PAGE[lang].format(page=number, pages=len(texts)) in text
        assert GENERATED_TEXT[lang] in text
        assert "INC-2026-0003" in text and "HICS 214" in text
    assert [p.name for p in tmp_path.iterdir()] == ["214.pdf"]
    return texts


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize(("lang", "paper"), [("en", "a4"), ("ja", "letter")])
def test_one_persons_log_has_the_six_fields(tmp_path, lang, paper):
    texts = render(sample_log(lang), tmp_path, lang, paper)
    whole = squash("".join(texts))
    for key in ("incident_name", "h214_period", "h214_name", "h214_position", "h214_log"):
        assert squash(t(key, lang)) in whole, key
    assert squash(t("h214_prepared", lang)) in whole and squash(t("signature", lang)) in whole
    assert squash(NAME[lang]) in whole
    day = "3Nov2026" if lang == "en" else "2026年11月3日"
    assert f"{day}08:40JST(UTC+09:00)" in whole and f"{day}20:40JST(UTC+09:00)" in whole
    assert VARIANT_NAMES[0] in texts[0] and "IncidentCommander" in whole
    assert all(f"#{i:03d}" in whole for i in range(12)) and squash(WHAT[lang])[:20] in whole
    assert "渡邊健" in whole and "DocumentationUnitLeader" in whole
    assert VARIANT_NAMES[1].replace(" ", "") not in whole  # one person: no name column
    for text in texts:
        assert "EXERCISE" not in text.upper() and "訓練" not in text


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_whole_incident_log_names_the_person_on_every_row(tmp_path, lang):
    texts = render(sample_log(lang, whole=True), tmp_path, lang)
    whole = squash("".join(texts))
    assert squash(t("al_whole", lang)) in whole and squash(t("al_col_name", lang)) in whole
    assert all(name.replace(" ", "") in whole for name in VARIANT_NAMES)
    assert "SafetyOfficer" in whole


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_exercise_log_is_marked_on_every_page_and_paginates(tmp_path, lang):
    texts = render(sample_log(lang, exercise=True, n=200, whole=True), tmp_path, lang)
    assert len(texts) >= 5
    head = squash(t("h214_activity", lang))
    for text in texts:
        assert MARK[lang] in text
        assert head in squash(text)  # the log's header repeats on every page
    whole = squash("".join(texts))
    assert all(f"#{i:03d}" in whole for i in range(200))
    assert PAGE[lang].format(page=len(texts), pages=len(texts)) in texts[-1]


def test_empty_log_says_none_recorded_and_blank_preparer_boxes(tmp_path):
    log = replace(sample_log("ja"), entries=[], prepared_by=None)
    texts = render(log, tmp_path, "ja")
    assert t("none_recorded", "ja") in "".join(texts)
    assert len(texts) == 1


@pytest.mark.parametrize(
    "change",
    [
        lambda g: replace(g, period_from=datetime(2026, 11, 3, 8, 0)),
        lambda g: replace(g, generated_at=datetime(2026, 11, 3, 8, 0)),
        lambda g: replace(g, prepared_by=Preparer("x", "y", datetime(2026, 11, 3, 8, 0))),
        lambda g: replace(g, entries=[replace(g.entries[0], at=datetime(2026, 11, 3, 8, 0))]),
    ],
)
def test_naive_datetimes_are_refused_before_writing(tmp_path, change):
    with pytest.raises(BadInputError, match="time zone"):
        render_activity_log(change(sample_log("en")), tmp_path / "214.pdf", "en")
    assert list(tmp_path.iterdir()) == []


def test_failure_mid_render_keeps_the_old_file(tmp_path, monkeypatch):
    out = tmp_path / "214.pdf"
    out.write_bytes(b"%PDF-old")
    monkeypatch.setattr(activity_log_module, "_entries", lambda *a: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        render_activity_log(sample_log("en"), out, "en")
    assert out.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["214.pdf"]


def test_language_of_the_texts_must_match(tmp_path):
    with pytest.raises(BadInputError, match="texts are in 'en'"):
        render_activity_log(sample_log("en"), tmp_path / "214.pdf", "ja")
    assert list(tmp_path.iterdir()) == []
