"""The incident report and the exercise after-action report: every section in both languages, the
EXERCISE marking on every page of an exercise and on none of a real incident, long reports paginate,
empty sections say so, naive times are refused, output is atomic."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
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

import app.reports.incident_report as incident_report_module
from app.errors import BadInputError
from app.reports.incident_model import (
    ChecklistLine,
    ClockLine,
    DecisionLine,
    DeviceMetric,
    EvidenceLine,
    ExpectedActual,
    IncidentReport,
    IncidentSummary,
    Lessons,
    StatusRow,
    TimelineEntry,
)
from app.reports.incident_pages import fmt_duration, fmt_size
from app.reports.incident_report import render_incident_report
from app.reports.model import SignatureLine
from app.reports.texts import t

T0 = datetime(2026, 11, 3, 8, 40, tzinfo=JST)
SHA = "3f" * 32
L = {  # input texts in the document language, as the service layer would build them
    "en": {
        "name": "Infusion pump server ransomware",
        "status": "Active",
        "phase": "Contain / Eradicate / Recover",
        "severity": "High",
        "source": "SOC alert: ransomware note on the pump server",
        "pump": "Infusion pump",
        "monitor": "Patient monitor",
        "c2": "Safe to disconnect from network but not patient",
        "c3": "Disconnection from network results in clinical impact",
        "phases": ("Detect / Analyze / Contextualize", "Contain / Eradicate / Recover"),
        "action": "Record detection source and awareness time T0",
        "owner": "IR lead",
        "approved": "Approved",
        "role": "Chief medical officer",
        "what": "Pump server isolated from the network; pumps keep infusing stand-alone.",
        "trigger": "Suspected breach of unsecured PHI",
        "rule": "60 calendar days",
        "ward": "ICU 3A",
        "scenario": "Ransomware on the pump server during night shift",
        "situation": "Pump on a patient in ICU, pump server down",
        "question": "Who authorised the isolation, and how long did it take?",
        "happened": "The pump server was encrypted at 08:30.",
        "worked": "Stand-alone pumps kept infusing.",
        "not": "The paper MAR stock ran out in ward 5.",
        "evidence": "Memory image of the pump server",
    },
    "ja": {
        "name": "輸液ポンプサーバーのランサムウェア",
        "status": "対応中",
        "phase": "封じ込め・根絶・復旧",
        "severity": "高",
        "source": "SOC警報：ポンプサーバーに脅迫文",
        "pump": "輸液ポンプ",
        "monitor": "生体情報モニタ",
        "c2": "ネットワークからは切断可・患者からは切断不可",
        "c3": "ネットワーク切断により臨床的影響あり",
        "phases": ("検知・分析・状況把握", "封じ込め・根絶・復旧"),
        "action": "検知経路と認知時刻T0を記録する",
        "owner": "IR責任者",
        "approved": "承認",
        "role": "診療部長",
        "what": "ポンプサーバーをネットワークから隔離。ポンプは単独で投与継続。",
        "trigger": "保護されていない個人健康情報の漏えいの疑い",
        "rule": "暦日で60日",
        "ward": "ICU 3A",
        "scenario": "夜勤帯にポンプサーバーがランサムウェアに感染",
        "situation": "ICUで患者に使用中のポンプ、ポンプサーバー停止",
        "question": "隔離を承認したのは誰で、どれだけ時間がかかったか。",
        "happened": "08:30にポンプサーバーが暗号化された。",
        "worked": "ポンプは単独で投与を継続できた。",
        "not": "5病棟で紙の与薬記録用紙が不足した。",
        "evidence": "ポンプサーバーのメモリイメージ",
    },
}


def summary(lang: str, exercise: bool = False, **kw) -> IncidentSummary:
    x = L[lang]
    values: dict = dict(  # noqa: C408
        ref="INC-2026-0003",
        name=x["name"],
        status=x["status"],
        phase=x["phase"],
        severity=x["severity"],
        t0=T0,
        detection_source=x["source"],
        created_by=VARIANT_NAMES[0],
        created_at=T0 + timedelta(minutes=4),
        facility="Sakura General Hospital 桜総合病院",
        units=["ICU 3A", "5W"],
        exercise=exercise,
        scenario=x["scenario"] if exercise else "",
        audit_head=(412, "ab" * 32),
    )
    values.update(kw)
    return IncidentSummary(**values)


def signature(lang: str, valid: bool = True) -> SignatureLine:
    x = L[lang]
    return SignatureLine(
        full_name=VARIANT_NAMES[1],
        role_label=x["role"],
        meaning="approved",
        meaning_label=x["approved"],
        signed_at=T0 + timedelta(minutes=30),
        signed_at_utc=T0 + timedelta(minutes=30),
        valid=valid,
        problem="" if valid else "key revoked",
    )


def decision(lang: str, i: int) -> DecisionLine:
    x = L[lang]
    return DecisionLine(
        id=f"D-{i:04d}",
        device=f"MD-{i:05d}",
        category=x["pump"] if i % 2 else x["monitor"],
        unit=x["ward"],
        ir_class=2 if i % 2 else 3,
        class_name=x["c2"] if i % 2 else x["c3"],
        provisional=i % 5 == 4,
        recorded_by=VARIANT_NAMES[2],
        created_at=T0 + timedelta(minutes=10 + i),
        signoff_state=("approved", "awaiting", "rejected", "replaced")[i % 4],
        signatures=[signature(lang)]
        if i % 4 == 0
        else ([signature(lang, False)] if i == 2 else []),
    )


def checklist(lang: str, n: int) -> list[ChecklistLine]:
    x = L[lang]
    return [
        ChecklistLine(
            id=f"DET-{i:02d}" if i % 2 else f"CER-{i:02d}",
            phase=x["phases"][i % 2 == 0],
            action=f"{x['action']} #{i}",
            owner=x["owner"],
            state=("open", "done", "not_applicable")[i % 3],
            by=VARIANT_NAMES[0] if i % 3 else "",
            at=T0 + timedelta(minutes=i) if i % 3 else None,
            note="checked twice" if i == 1 else "",
        )
        for i in range(1, n + 1)
    ]


def timeline(lang: str, n: int) -> list[TimelineEntry]:
    x = L[lang]
    return [
        TimelineEntry(
            at=T0 + timedelta(minutes=i),
            who=VARIANT_NAMES[i % 3],
            what=f"#{i:03d} {x['what']}",
            position="Incident Commander" if i % 4 == 0 else "",
            source="audit" if i % 2 else "manual",
        )
        for i in range(n)
    ]


def full_report(
    lang: str,
    exercise: bool = False,
    decisions: int = 6,
    timeline_n: int = 12,
    checklist_n: int = 8,
) -> IncidentReport:
    x = L[lang]
    return IncidentReport(
        summary=summary(lang, exercise),
        generated_at=GENERATED,
        lang=lang,
        status=[
            StatusRow(
                "ICU 3A",
                x["pump"],
                {2: 14, 3: 2},
                under_review=1,
                isolated=12,
                compensated=2,
                restored=1,
                status="Partially functional" if lang == "en" else "一部機能",
                comment="Server room B2; vendor on site 10:00",
            ),
            StatusRow("5W", x["monitor"], {3: 6}, compensated=4, not_affected=2),
        ],
        decisions=[decision(lang, i) for i in range(decisions)],
        checklist=checklist(lang, checklist_n),
        timeline=timeline(lang, timeline_n),
        evidence=[
            EvidenceLine(
                id="EV-0001",
                file_name="pump-server-memory-2026-11-03T0850+0900.raw",
                sha256=SHA,
                size=8_589_934_592,
                description="Memory image of the pump server"
                if lang == "en"
                else "ポンプサーバーのメモリイメージ",
                collected_by=VARIANT_NAMES[2],
                collected_at=T0 + timedelta(minutes=15),
                location="Evidence locker 2",
                transfers=[
                    (VARIANT_NAMES[2], VARIANT_NAMES[0], T0 + timedelta(hours=2), "forensics")
                ],
            ),
            EvidenceLine(
                "EV-0002",
                "screen.jpg",
                "0" * 64,
                231_000,
                "",
                VARIANT_NAMES[0],
                T0 + timedelta(minutes=5),
            ),
        ],
        clocks=[
            ClockLine(
                x["trigger"],
                "Individuals",
                "Letter",
                "45 CFR 164.404(b)",
                x["rule"],
                due=T0 + timedelta(days=60),
            ),
            ClockLine(
                "Patient death",
                "FDA + manufacturer",
                "Form 3500A",
                "21 CFR 803.30",
                "10 work days",
                due=T0 - timedelta(days=1),
                overdue=True,
            ),
            ClockLine("厚生労働省への連絡", "厚生労働省", "電話", "医政総発1029第1号", "速やかに"),
        ],
        metrics=[
            DeviceMetric(
                "MD-00001",
                2,
                x["c2"],
                timedelta(minutes=12),
                timedelta(minutes=40),
                timedelta(hours=26, minutes=5),
            ),
            DeviceMetric("MD-00002", 3, x["c3"], timedelta(minutes=65), None, None),
            DeviceMetric("MD-00003", None),
        ],
        lessons=Lessons(
            x["happened"],
            x["worked"],
            x["not"],
            actions=[("Stock 200 paper MAR forms per ward", "Nursing", date(2026, 12, 1), "open")],
        ),
        scenario_text=x["scenario"] + " — 03:00, two wards affected." if exercise else "",
        injects=[
            (0, x["scenario"]),
            (15, "Vendor calls: patch not available"),
            (45, "Ward 5 out of paper forms"),
        ],
        expected=[
            ExpectedActual(x["situation"], x["pump"], 2, 2, True),
            ExpectedActual("Monitor in 5W loses central station", x["monitor"], 3, 1, False),
            ExpectedActual("Implant advisory", "ICD", 6, None, False),
        ],
        questions=[x["question"], "Was T0 recorded correctly?"],
    )


# --- helpers -------------------------------------------------------------------------------------------
BASE14 = re.compile(r"Helvetica|Times|Courier|Symbol|ZapfDingbats")
PAGE = {"en": "Page {page} / {pages}", "ja": "{page} / {pages} ページ"}
MARK = {"en": "EXERCISE", "ja": "訓練"}


def render(report: IncidentReport, tmp_path: Path, lang: str, paper: str = "a4") -> list[str]:
    """Render; check fonts, page size, page x / y, generated time and no temp file; return page texts."""
    out = tmp_path / "report.pdf"
    pages = render_incident_report(report, out, lang, paper)
    assert pages == len(page_texts(out)) >= 1
    fonts = fonts_of(out)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert {name.split("+")[-1] for name, _ in fonts} == {"IPAexGothic"}
    assert not [name for name, _ in fonts if BASE14.search(name)]
    assert page_sizes(out) == {SIZES[paper.lower()]}
    texts = page_texts(out)
    for number, text in enumerate(texts, start=1):
        assert PAGE[lang].format(page=number, pages=len(texts)) in text, number
        assert GENERATED_TEXT[lang] in text  # generated at, with the zone
        assert "INC-2026-0003" in text and "Sakura General Hospital" in text
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    return texts


def flat(texts: list[str]) -> str:
    """All pages as one string without any white space (text wraps anywhere in a cell)."""
    return re.sub(r"\s+", "", "".join(texts))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- tests ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "paper"), [("en", "a4"), ("ja", "a4"), ("en", "letter"), ("ja", "A4")]
)
def test_every_section_of_a_real_incident(tmp_path, lang, paper):
    x = L[lang]
    texts = render(full_report(lang), tmp_path, lang, paper)
    whole = flat(texts)
    assert t("ir_title", lang) in texts[0]
    for n, key in enumerate(
        (
            "ir_status_section",
            "ir_decisions_section",
            "ir_checklist_section",
            "ir_timeline_section",
            "ir_evidence_section",
            "ir_clocks_section",
            "ir_metrics_section",
            "ir_lessons_section",
        ),
        start=1,
    ):
        assert squash(f"{n}. {t(key, lang)}") in whole, key
    # summary: T0 with its zone, detection source
    t0 = GENERATED_TEXT[lang].replace("14:05", "08:40")
    assert squash(t0) in squash(texts[0]) and squash(x["source"]) in whole
    assert (
        squash(x["name"]) in whole and squash(x["severity"]) in whole and squash("ICU 3A") in whole
    )
    # status roll-up: per state heading, a comment, the totals
    assert squash(t("st_compensated", lang)) in whole and squash("Server room B2") in whole
    assert squash(t("ir_total", lang)) in whole
    # decisions with sign-off state and signatures (a NOT VALID one too)
    assert all(f"D-{i:04d}" in whole for i in range(6))
    assert squash(t("state_approved", lang)) in whole and squash(t("state_awaiting", lang)) in whole
    assert squash(VARIANT_NAMES[1]) in whole and squash("key revoked") in whole
    # checklist grouped by phase, with state
    for phase in x["phases"]:
        assert squash(phase) in whole
    assert squash(t("chk_done", lang)) in whole and squash(t("chk_not_applicable", lang)) in whole
    # timeline, evidence with custody, clocks with the disclaimer, metrics, lessons
    assert squash(f"#011 {x['what']}"[:30]) in whole
    assert (
        squash(SHA) in whole
        and squash("pump-server-memory") in whole
        and squash("forensics") in whole
    )
    assert squash(t("ir_no_transfers", lang)) in whole
    assert (
        squash(t("ir_clocks_disclaimer", lang)[:25]) in whole
        and squash(t("ir_overdue", lang)) in whole
    )
    assert squash(x["rule"]) in whole and squash(t("ir_no_due", lang)) in whole
    assert squash(t("dur_days", lang, d=1, h=2)) in whole and squash(t("ir_median", lang)) in whole
    assert (
        squash(x["happened"]) in whole
        and squash(x["not"]) in whole
        and squash("Stock 200 paper MAR") in whole
    )
    assert squash(t("ir_approval", lang)) in whole
    # a real incident carries no exercise marking, nowhere
    for text in texts:
        assert "EXERCISE" not in text.upper() and "訓練" not in text
    assert squash(t("none_recorded", lang)) not in whole


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_exercise_after_action_report_is_marked_on_every_page(tmp_path, lang):
    x = L[lang]
    texts = render(full_report(lang, exercise=True, timeline_n=60), tmp_path, lang)
    assert len(texts) >= 4
    for text in texts:
        assert MARK[lang] in text
        assert t("ex_banner", lang).split("—")[-1].strip() in text.replace("\n", "")
    whole = flat(texts)
    assert t("aar_title", lang) in texts[0] and squash(t("ir_title", lang)) not in whole
    assert squash(x["scenario"]) in whole and squash("Vendor calls: patch not available") in whole
    assert squash(t("ex_t_plus", lang, m=45)) in whole
    assert (
        squash(t("ex_matched", lang, n=1, total=3)) in whole and squash(t("ex_none", lang)) in whole
    )
    assert squash(x["situation"]) in whole and squash(x["question"]) in whole
    assert squash(f"1. {t('ex_scenario_section', lang)}") in whole
    assert squash(f"4. {t('ex_expected_section', lang)}") in whole
    assert squash(f"11. {t('ex_questions_section', lang)}") in whole


def test_long_report_paginates_with_headers_repeated(tmp_path):
    report = full_report("ja", exercise=True, decisions=40, timeline_n=300, checklist_n=60)
    texts = render(report, tmp_path, "ja")
    pages = len(texts)
    assert pages > 10
    assert all("訓練" in text for text in texts)
    whole = flat(texts)
    assert all(f"#{i:03d}" in whole for i in range(300))
    assert all(f"D-{i:04d}" in whole for i in range(40))
    action = squash(L["ja"]["action"])
    assert {int(n) for n in re.findall(rf"{action}#(\d+)", whole)} == set(range(1, 61))
    timeline_pages = [text for text in texts if "#150 " in text or "#250 " in text]
    head = (t("ir_col_who", "ja"), t("ir_col_source", "ja"))  # the header repeats on every page
    assert timeline_pages and all(h in text for text in timeline_pages for h in head)
    assert f"{pages} / {pages} ページ" in texts[-1]


@pytest.mark.parametrize(
    ("lang", "exercise"), [("en", False), ("ja", False), ("en", True), ("ja", True)]
)
def test_empty_sections_say_none_recorded(tmp_path, lang, exercise):
    report = IncidentReport(summary(lang, exercise, units=[]), GENERATED, lang)
    texts = render(report, tmp_path, lang)
    # status, decisions, checklist, timeline, evidence, clocks, metrics, lessons; for an exercise
    # also injects, expected decisions and questions (the scenario has its title)
    expected = 8 + (3 if exercise else 0)
    assert "".join(texts).count(t("none_recorded", lang)) == expected
    assert squash(t("ir_clocks_disclaimer", lang)[:20]) in flat(texts)  # printed even with no clock
    assert all((MARK[lang] in text) == exercise for text in texts)


NAIVE = datetime(2026, 11, 3, 9, 0)


@pytest.mark.parametrize(
    "change",
    [
        lambda r: replace(r, generated_at=NAIVE),
        lambda r: replace(r, summary=replace(r.summary, t0=NAIVE)),
        lambda r: replace(r, summary=replace(r.summary, closed_at=NAIVE)),
        lambda r: replace(r, timeline=[replace(r.timeline[0], at=NAIVE)]),
        lambda r: replace(r, checklist=[replace(r.checklist[0], at=NAIVE)]),
        lambda r: replace(r, clocks=[replace(r.clocks[0], due=NAIVE)]),
        lambda r: replace(
            r,
            decisions=[
                replace(r.decisions[0], signatures=[replace(signature("en"), signed_at=NAIVE)])
            ],
        ),
        lambda r: replace(
            r, evidence=[replace(r.evidence[0], transfers=[("a", "b", NAIVE, "why")])]
        ),
    ],
)
def test_naive_datetimes_are_refused_before_writing(tmp_path, change):
    with pytest.raises(BadInputError, match="time zone"):
        render_incident_report(change(full_report("en")), tmp_path / "r.pdf", "en")
    assert list(tmp_path.iterdir()) == []


def test_failure_mid_render_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF-old")

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(incident_report_module, "_timeline", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        render_incident_report(full_report("en"), out, "en")
    assert out.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_failure_while_writing_pages_leaves_nothing(tmp_path, monkeypatch):
    import app.reports.incident_pages as pages_module

    monkeypatch.setattr(pages_module, "draw_exercise_mark", lambda *a: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        render_incident_report(full_report("en", exercise=True), tmp_path / "r.pdf", "en")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("lang", "paper"), [("fr", "a4"), ("en", "A5"), ("ja", None), ("ja", "a4")]
)
def test_bad_language_paper_or_mismatched_texts_are_refused(tmp_path, lang, paper):
    with pytest.raises(BadInputError, match=r"'en' or 'ja'|'a4' or 'letter'|texts are in"):
        render_incident_report(full_report("en"), tmp_path / "r.pdf", lang, paper)
    assert list(tmp_path.iterdir()) == []


def test_model_refuses_unknown_codes_and_keeps_tuples():
    with pytest.raises(ValueError, match="sign-off state"):
        replace(decision("en", 0), signoff_state="maybe")
    with pytest.raises(ValueError, match="timeline source"):
        TimelineEntry(T0, "a", "b", source="rumour")
    with pytest.raises(ValueError, match="checklist state"):
        ChecklistLine("X", "p", "a", "o", state="half")
    with pytest.raises(ValueError, match="class count"):
        StatusRow("ICU", "Pump", {9: 1})
    row = StatusRow("ICU", "Pump", {3: 2, 1: 5})
    assert list(row.by_class) == [1, 3] and hash(row)
    report = full_report("en", exercise=True)
    assert isinstance(report.timeline, tuple) and report.injects[1].at_minutes == 15
    assert report.evidence[0].transfers[0].received_by == VARIANT_NAMES[0]
    assert report.lessons.actions[0].due == date(2026, 12, 1)


def test_durations_and_sizes():
    assert fmt_duration(timedelta(minutes=65), "en") == "1 h 05 min"
    assert fmt_duration(timedelta(hours=26, minutes=5), "ja") == "1日2時間"
    assert fmt_duration(timedelta(minutes=12), "ja") == "12分"
    assert fmt_duration(None, "en") == "—"
    assert fmt_duration(timedelta(minutes=-5), "en") == "−5 min"
    assert fmt_size(512) == "512 B" and fmt_size(8_589_934_592) == "8.6 GB"
