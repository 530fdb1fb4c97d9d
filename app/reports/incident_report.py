"""The incident report — for an exercise, the exercise after-action report (DOMAIN §5.4 PIR-02).

Sections, numbered in order: summary (T0 and detection source first), for an exercise the scenario and its
injects, the system status roll-up (HICS 251 style: devices per unit and category, per class and per
state), the decisions with their sign-off state and signatures, for an exercise the expected against the
actual decisions, the phase checklist grouped by phase, the timeline, the evidence with its chain of
custody, the regulatory clocks with the "not legal advice" note, the times per device from T0, lessons
learned with the improvement actions, for an exercise the discussion questions, and a box for the report's
approval. An empty section says "none recorded". Every exercise page is marked EXERCISE (incident_pages).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from statistics import median

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from app.reports.contact_sheet import HEAD_BG, ZEBRA
from app.reports.dates import fmt_datetime, fmt_day
from app.reports.decision_record import ALERT_BG, signature_block
from app.reports.fonts import FONT
from app.reports.incident_model import (
    ChecklistLine,
    DecisionLine,
    EvidenceLine,
    IncidentReport,
    IncidentSummary,
)
from app.reports.incident_pages import (
    MarkedFurniture,
    build_marked,
    check_document,
    check_times,
    code_style,
    fmt_duration,
    fmt_size,
    grid,
    labelled,
    none_recorded,
    when_cell,
)
from app.reports.layout import (
    GREY,
    LIGHT,
    RULE,
    Styles,
    esc,
    para,
    styles,
)
from app.reports.texts import t

GREEN = "#1B5E20"
_STATE_INK = {
    "approved": GREEN,
    "awaiting": "#E65100",
    "rejected": "#B71C1C",
    "replaced": "#B71C1C",
}


def render_incident_report(
    report: IncidentReport, out: Path | str, lang: str, paper: str = "a4"
) -> int:
    """Write the incident report (an exercise's after-action report) to ``out`` atomically; return
    the number of pages.

    ``lang`` must be the language the report's texts were built in (``report.lang``); ``paper`` is
    "a4" or "letter" (any case). Naive datetimes anywhere in the input are refused before writing.
    """
    pagesize = check_document(lang, paper, report.lang)
    _check_times(report)
    summary = report.summary
    furniture = MarkedFurniture(
        title=f"{summary.ref}  {report_title(summary, lang)}",
        facility=summary.facility,
        unit="",
        generated_at=report.generated_at,
        lang=lang,
        note=_footer_note(summary, lang),
        exercise=summary.exercise,
    )
    return build_marked(out, pagesize, furniture, lambda w: incident_story(report, lang, w))


def report_title(summary: IncidentSummary, lang: str) -> str:
    return t("aar_title" if summary.exercise else "ir_title", lang)


def _footer_note(summary: IncidentSummary, lang: str) -> str:
    head = summary.audit_head
    return t("audit_head", lang, seq=head.seq, hash=head.hash[:16]) if head else ""


def _check_times(report: IncidentReport) -> None:
    s = report.summary
    pairs = [
        (report.generated_at, "generated_at"),
        (s.t0, "t0"),
        (s.created_at, "created_at"),
        (s.closed_at, "closed_at"),
    ]
    for d in report.decisions:
        pairs.append((d.created_at, f"created_at of decision {d.id}"))
        for sig in d.signatures:
            pairs += [(sig.signed_at, "signed_at"), (sig.signed_at_utc, "signed_at_utc")]
    pairs += [(e.at, "at of a timeline entry") for e in report.timeline]
    pairs += [(c.at, f"at of checklist item {c.id}") for c in report.checklist]
    pairs += [(c.due, "due of a clock") for c in report.clocks]
    for e in report.evidence:
        pairs.append((e.collected_at, f"collected_at of evidence {e.id}"))
        pairs += [(x.at, f"at of a custody transfer of {e.id}") for x in e.transfers]
    check_times(pairs)


def incident_story(report: IncidentReport, lang: str, width: float) -> list[Flowable]:
    st = styles(lang)
    s = report.summary
    story: list[Flowable] = [para(report_title(s, lang), st.h1), para(f"{s.ref}  {s.name}", st.big)]
    story += [Spacer(1, 6), _summary(s, lang, st, width)]
    if s.description:
        story += [Spacer(1, 4), para(s.description, st.body)]
    numbers = iter(range(1, 100))
    sections = [_status, _decisions, _checklist, _timeline, _evidence, _clocks, _metrics, _lessons]
    if s.exercise:
        sections[0:0] = [_scenario]
        sections.insert(sections.index(_decisions) + 1, _expected)
        sections.append(_questions)
    for section in sections:
        story += section(report, lang, st, width, numbers)
    story += [Spacer(1, 10), KeepTogether(_approval(lang, st, width))]
    return story


def _heading(key: str, numbers: Iterator[int], lang: str, st: Styles) -> list[Flowable]:
    return [CondPageBreak(90), para(f"{next(numbers)}. {t(key, lang)}", st.h2)]


def _grey(text: str) -> str:
    return f"<font color='#555555'>{esc(text)}</font>"


# --- summary and scenario ---------------------------------------------------------------------------
def _summary(s: IncidentSummary, lang: str, st: Styles, width: float) -> Table:
    closed = fmt_datetime(s.closed_at, lang) if s.closed_at else t("ir_still_open", lang)
    pairs = [
        ("ir_t0", fmt_datetime(s.t0, lang)),
        ("ir_detection", s.detection_source),
        ("ir_status", s.status),
        ("ir_phase", s.phase),
        ("ir_severity", s.severity),
        ("ir_units", t("list_sep", lang).join(s.units) or "—"),
        ("ir_opened_by", s.created_by),
        ("ir_opened_at", fmt_datetime(s.created_at, lang)),
        ("ir_closed_by", s.closed_by or "—"),
        ("ir_closed_at", closed),
        ("facility", s.facility or "—"),
        ("ir_ref", s.ref),
    ]
    if s.exercise:
        pairs.insert(0, ("ex_scenario", s.scenario or "—"))
        pairs.insert(1, ("ex_kind", t("ex_kind_value", lang)))
    rows = []
    for i in range(0, len(pairs), 2):
        row: list[object] = []
        for key, value in pairs[i : i + 2]:
            row += [para(t(key, lang), st.small), para(value, st.body)]
        rows.append(row + [""] * (4 - len(row)))
    t0_row = 1 if s.exercise else 0
    table = Table(rows, colWidths=[width * f for f in (0.15, 0.35, 0.15, 0.35)])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.3, RULE),
                ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                ("BACKGROUND", (2, 0), (2, -1), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, t0_row), (1, t0_row), 1.2, colors.black),
            ]
        )
    )
    return table


def _scenario(report: IncidentReport, lang: str, st: Styles, width: float, numbers) -> list:
    parts = _heading("ex_scenario_section", numbers, lang, st)
    s = report.summary
    if s.scenario:
        parts.append(para(s.scenario, st.big))
    if report.scenario_text:
        parts += [Spacer(1, 2), para(report.scenario_text, st.body)]
    if not (s.scenario or report.scenario_text):
        parts.append(none_recorded(lang, st))
    parts.append(para(t("ex_injects", lang), st.h3))
    if not report.injects:
        return [*parts, none_recorded(lang, st)]
    rows = [
        [para(t("ex_t_plus", lang, m=i.at_minutes), st.cell), para(i.text, st.cell)]
        for i in report.injects
    ]
    head = (t("ex_col_when", lang), t("ex_col_inject", lang))
    return [*parts, grid(head, rows, (0.14, 0.86), st, width)]


# --- system status (HICS 251 style) -------------------------------------------------------------------
def _status(report: IncidentReport, lang: str, st: Styles, width: float, numbers) -> list:
    parts = [
        *_heading("ir_status_section", numbers, lang, st),
        para(t("ir_status_note", lang), st.small),
    ]
    rows = report.status
    if not rows:
        return [*parts, none_recorded(lang, st)]
    classes = sorted({n for r in rows for n in r.by_class})
    with_status = any(r.status for r in rows)
    fixed = [0.12, 0.15] + ([0.1] if with_status else [])
    per_class = max(0.04, 0.14 / len(classes)) if classes else 0
    per_state = (1 - sum(fixed) - per_class * len(classes)) / 5
    fractions = fixed + [per_class] * len(classes) + [per_state] * 5
    n_fixed, n_class = len(fixed), len(classes)
    first_state = n_fixed + n_class
    labels = [t("unit", lang), t("category", lang)] + (
        [t("ir_251_status", lang)] if with_status else []
    )
    top = [para(x, st.cell_head) for x in labels] + [""] * (n_class + 5)
    if classes:
        top[n_fixed] = para(t("ir_per_class", lang), st.cell_head)
    top[first_state] = para(t("ir_per_state", lang), st.cell_head)
    second = [""] * n_fixed + [para(str(n), st.cell_head) for n in classes]
    second += [para(t(k, lang), st.cell_head) for k in _STATE_KEYS]
    data: list[list[object]] = [top, second]
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (-1, 1), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (n_fixed, 2), (-1, -1), "RIGHT"),
        ("SPAN", (first_state, 0), (-1, 0)),
    ]
    commands += [("SPAN", (c, 0), (c, 1)) for c in range(n_fixed)]
    if classes:
        commands.append(("SPAN", (n_fixed, 0), (first_state - 1, 0)))
    for index, row in enumerate(rows):
        cells = [para(row.unit, st.cell), para(row.category, st.cell)]
        if with_status:
            cells.append(para(row.status or "—", st.cell))
        counts = [row.by_class.get(n, 0) for n in classes] + list(row.states)
        data.append(cells + [_count(c, st) for c in counts])
        if index % 2:
            commands.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), ZEBRA))
        if row.comment:
            commands.append(("SPAN", (0, len(data)), (-1, len(data))))
            text = labelled(t("ir_comment", lang), row.comment, lang)
            data.append([para(text, st.tiny)] + [""] * (len(fractions) - 1))
            if index % 2:
                commands.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), ZEBRA))
    totals = [sum(r.by_class.get(n, 0) for r in rows) for n in classes]
    totals += [sum(r.states[i] for r in rows) for i in range(5)]
    total_label = [para(t("ir_total", lang), st.cell)] + [""] * (n_fixed - 1)
    data.append(total_label + [_count(n, st) for n in totals])
    commands += [
        ("BACKGROUND", (0, -1), (-1, -1), LIGHT),
        ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
        ("SPAN", (0, -1), (n_fixed - 1, -1)),
    ]
    table = Table(data, colWidths=[width * f for f in fractions], repeatRows=2)
    table.setStyle(TableStyle(commands))
    return [*parts, Spacer(1, 3), table]


_STATE_KEYS = ("st_review", "st_isolated", "st_compensated", "st_restored", "st_unaffected")


def _count(n: int, st: Styles) -> Paragraph:
    right = st.cell.clone("count", alignment=2)
    return Paragraph(str(n) if n else _grey("0"), right)


# --- decisions ----------------------------------------------------------------------------------------
def _decisions(report: IncidentReport, lang: str, st: Styles, width: float, numbers) -> list:
    parts = _heading("ir_decisions_section", numbers, lang, st)
    decisions = report.decisions
    if not decisions:
        return [*parts, none_recorded(lang, st)]
    counts = {k: sum(d.signoff_state == k for d in decisions) for k in _STATE_INK}
    tally = [t("ir_n_decisions", lang, n=len(decisions))]
    tally += [f"{t('state_' + k, lang)} {n}" for k, n in counts.items() if n]
    provisional = sum(d.provisional for d in decisions)
    if provisional:
        tally.append(f"{t('provisional', lang)} {provisional}")
    parts.append(para("  ·  ".join(tally), st.small))
    head = [t(k, lang) for k in ("ir_col_id", "ir_col_device", "unit", "ir_col_class")]
    head += [t("ir_col_recorded", lang), t("signoff_state", lang)]
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = []
    for index, d in enumerate(decisions):
        first = len(rows) + 1
        rows.append(_decision_cells(d, lang, st))
        for line in _signature_lines(d, lang, st):
            commands.append(("SPAN", (0, len(rows) + 1), (-1, len(rows) + 1)))
            rows.append([line, "", "", "", "", ""])
        if index % 2:
            commands.append(("BACKGROUND", (0, first), (-1, len(rows)), ZEBRA))
        commands.append(("LINEABOVE", (0, first), (-1, first), 0.8, colors.black))
    fractions = (0.1, 0.22, 0.12, 0.22, 0.18, 0.16)
    table = grid(head, rows, fractions, st, width, commands, zebra=False)
    return [*parts, Spacer(1, 2), table]


def _decision_cells(d: DecisionLine, lang: str, st: Styles) -> list[object]:
    device = esc(d.device)
    if d.category and d.category != d.device:
        device += "<br/>" + _grey(d.category)
    klass = (
        f"<font size='10'>{esc(t('class_n', lang, n=d.ir_class))}</font><br/>{esc(d.class_name)}"
    )
    if d.provisional:
        klass += f"<br/><font color='#B71C1C'>{esc(t('provisional', lang))}</font>"
    if d.safety_override:
        klass += f"<br/><font color='#B71C1C'>{esc(t('ir_override_short', lang))}</font>"
    state = d.signoff_state
    state_text = (
        f"<font color='{_STATE_INK[state]}'>{esc(t('state_' + state, lang))}</font>"
        if state
        else "—"
    )
    return [
        Paragraph(esc(d.id), code_style(st)),
        Paragraph(device, st.cell),
        para(d.unit, st.cell),
        Paragraph(klass, st.cell),
        Paragraph(f"{esc(d.recorded_by)}<br/>{_grey(fmt_datetime(d.created_at, lang))}", st.cell),
        Paragraph(state_text, st.cell),
    ]


def _signature_lines(d: DecisionLine, lang: str, st: Styles) -> list[Paragraph]:
    lines = []
    for sig in d.signatures:
        ink = {"approved": GREEN, "rejected": "#B71C1C"}.get(sig.meaning, "#000000")
        text = (
            f"{esc(labelled(t('ir_signed', lang), '', lang))}"
            f"<font color='{ink}'>{esc(sig.meaning_label)}</font>"
            f" — {esc(sig.full_name)} ({esc(sig.role_label)}) · {esc(fmt_datetime(sig.signed_at, lang))}"
        )
        if sig.reason:
            text += " · " + esc(t("sig_reason", lang, reason=sig.reason))
        if sig.valid:
            text += f" · <font color='{GREEN}'>{esc(t('sig_valid', lang))}</font>"
        else:
            problem = t("sig_invalid", lang, problem=sig.problem or "?")
            text = f"<strike>{text}</strike> <font color='#B71C1C'>{esc(problem)}</font>"
        lines.append(Paragraph(text, st.tiny.clone("sigline", leftIndent=12)))
    return lines


def _expected(report: IncidentReport, lang: str, st: Styles, width: float, numbers) -> list:
    parts = _heading("ex_expected_section", numbers, lang, st)
    lines = report.expected
    if not lines:
        return [*parts, none_recorded(lang, st)]
    matched = sum(x.match for x in lines)
    parts.append(para(t("ex_matched", lang, n=matched, total=len(lines)), st.body))
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = []
    for x in lines:
        actual = t("class_n", lang, n=x.actual_class) if x.actual_class else t("ex_none", lang)
        mark = (
            f"<font color='{GREEN}'>✓ {esc(t('ex_match', lang))}</font>"
            if x.match
            else f"<font color='#B71C1C'>× {esc(t('ex_mismatch', lang))}</font>"
        )
        rows.append(
            [
                para(x.situation, st.cell),
                para(x.category, st.cell),
                para(t("class_n", lang, n=x.expected_class), st.cell),
                para(actual, st.cell),
                Paragraph(mark, st.cell),
            ]
        )
        if not x.match:
            commands.append(("BACKGROUND", (4, len(rows)), (4, len(rows)), ALERT_BG))
    head = [t(k, lang) for k in ("ex_col_situation", "category", "ex_col_expected")]
    head += [t("ex_col_actual", lang), t("ex_col_match", lang)]
    table = grid(head, rows, (0.44, 0.18, 0.11, 0.12, 0.15), st, width, commands)
    return [*parts, Spacer(1, 2), table]


# --- checklist and timeline -----------------------------------------------------------------------------
_CHECK_MARK = {"done": ("✓", GREEN), "open": ("□", "#E65100"), "not_applicable": ("—", "#555555")}


def _checklist(report: IncidentReport, lang: str, st: Styles, width: float, numbers) -> list:
    parts = _heading("ir_checklist_section", numbers, lang, st)
    items = report.checklist
    if not items:
        return [*parts, none_recorded(lang, st)]
    tally = "  ·  ".join(
        f"{t('chk_' + k, lang)} {sum(i.state == k for i in items)}" for k in _CHECK_MARK
    )
    parts.append(para(tally, st.small))
    phases: dict[str, list[ChecklistLine]] = {}
    for item in items:
        phases.setdefault(item.phase, []).append(item)
    head = [t(k, lang) for k in ("ir_col_id", "ir_col_action", "ir_col_owner", "ir_col_state")]
    head.append(t("ir_col_by", lang))
    for phase, lines in phases.items():
        done = sum(i.state == "done" for i in lines)
        title = f"{phase}  ({t('chk_progress', lang, done=done, total=len(lines))})"
        rows = [_check_cells(i, lang, st) for i in lines]
        table = grid(head, rows, (0.1, 0.44, 0.16, 0.12, 0.18), st, width)
        parts += [CondPageBreak(60), para(title, st.h3), table]
    return parts


def _check_cells(item: ChecklistLine, lang: str, st: Styles) -> list[object]:
    action = esc(item.action)
    if item.note:
        action += "<br/>" + _grey(labelled(t("note", lang), item.note, lang))
    mark, ink = _CHECK_MARK[item.state]
    by = esc(item.by) if item.by else ""
    if item.at:
        by += ("<br/>" if by else "") + _grey(fmt_datetime(item.at, lang))
    return [
        Paragraph(esc(item.id), code_style(st)),
        Paragraph(action, st.cell),
        para(item.owner, st.cell),
        Paragraph(
            f"<font color='{ink}'>{mark} {esc(t('chk_' + item.state, lang))}</font>", st.cell
        ),
        Paragraph(by or "—", st.cell),
    ]


def _timeline(report: IncidentReport, lang: str, st: Styles, width: float, numbers) -> list:
    parts = _heading("ir_timeline_section", numbers, lang, st)
    if not report.timeline:
        return [*parts, none_recorded(lang, st)]
    rows = []
    for e in report.timeline:
        who = esc(e.who) + ("<br/>" + _grey(e.position) if e.position else "")
        rows.append(
            [
                when_cell(e.at, st, lang),
                Paragraph(who, st.cell),
                para(e.what, st.cell),
                para(t("src_" + e.source, lang), st.tiny),
            ]
        )
    head = [t(k, lang) for k in ("h214_when", "ir_col_who", "ir_col_what", "ir_col_source")]
    return [*parts, grid(head, rows, (0.17, 0.2, 0.53, 0.1), st, width)]


# --- evidence and clocks ------------------------------------------------------------------------------
def _evidence(report: IncidentReport, lang: str, st: Styles, width: float, numbers) -> list:
    parts = _heading("ir_evidence_section", numbers, lang, st)
    if not report.evidence:
        return [*parts, none_recorded(lang, st)]
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = []
    for index, item in enumerate(report.evidence):
        first = len(rows) + 1
        rows.append(_evidence_cells(item, lang, st))
        for line in _custody_lines(item, lang, st):
            commands.append(("SPAN", (0, len(rows) + 1), (-1, len(rows) + 1)))
            rows.append([line, "", "", "", ""])
        if index % 2:
            commands.append(("BACKGROUND", (0, first), (-1, len(rows)), ZEBRA))
        commands.append(("LINEABOVE", (0, first), (-1, first), 0.8, colors.black))
    head = [t(k, lang) for k in ("ir_col_id", "ir_col_file", "ir_col_size", "ir_col_collected")]
    head.append(t("ir_col_stored", lang))
    table = grid(head, rows, (0.1, 0.4, 0.1, 0.24, 0.16), st, width, commands, zebra=False)
    return [*parts, Spacer(1, 2), table]


def _evidence_cells(item: EvidenceLine, lang: str, st: Styles) -> list[object]:
    name = f"<font size='8.5'>{esc(item.file_name)}</font>"
    if item.description:
        name += "<br/>" + esc(item.description)
    return [
        Paragraph(esc(item.id), code_style(st)),
        Paragraph(name, code_style(st) if lang == "en" else st.cell),
        para(fmt_size(item.size), st.cell),
        Paragraph(
            f"{esc(item.collected_by)}<br/>{_grey(fmt_datetime(item.collected_at, lang))}", st.cell
        ),
        para(item.location or "—", st.cell),
    ]


def _custody_lines(item: EvidenceLine, lang: str, st: Styles) -> list[Paragraph]:
    style = st.tiny.clone("custody", leftIndent=12)
    lines = [Paragraph(f"SHA-256 <font color='#0D47A1'>{esc(item.sha256)}</font>", style)]
    if not item.transfers:
        lines.append(para(labelled(t("ir_custody", lang), t("ir_no_transfers", lang), lang), style))
    for x in item.transfers:
        text = t(
            "ir_transfer",
            lang,
            when=fmt_datetime(x.at, lang),
            released=x.released_by,
            received=x.received_by,
        )
        if x.reason:
            text += f" — {x.reason}"
        lines.append(para(labelled(t("ir_custody", lang), text, lang), style))
    return lines


def _clocks(report: IncidentReport, lang: str, st: Styles, width: float, numbers) -> list:
    parts = _heading("ir_clocks_section", numbers, lang, st)
    note = Table(
        [[para(report.clocks_disclaimer or t("ir_clocks_disclaimer", lang), st.small)]],
        colWidths=[width],
    )
    note.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.8, GREY),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
            ]
        )
    )
    parts += [note, Spacer(1, 4)]
    if not report.clocks:
        return [*parts, none_recorded(lang, st)]
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = []
    for c in report.clocks:
        due = fmt_datetime(c.due, lang) if c.due else t("ir_no_due", lang)
        due_markup = esc(due)
        if c.overdue:
            overdue = f"<font color='#B71C1C' size='9'>{esc(t('ir_overdue', lang))}</font>"
            due_markup = f"{overdue}<br/>{due_markup}"
            commands.append(("BACKGROUND", (4, len(rows) + 1), (4, len(rows) + 1), ALERT_BG))
        trigger = esc(c.trigger) + ("<br/>" + _grey(c.note) if c.note else "")
        rows.append(
            [
                Paragraph(trigger, st.cell),
                Paragraph(f"{esc(c.recipient)}<br/>{_grey(c.channel)}", st.cell),
                para(c.rule, st.cell),
                para(c.source, st.tiny),
                Paragraph(due_markup, st.cell),
            ]
        )
    head = [t(k, lang) for k in ("ir_col_trigger", "ir_col_to", "ir_col_rule", "ir_col_legal")]
    head.append(t("ir_col_due", lang))
    return [*parts, grid(head, rows, (0.26, 0.2, 0.17, 0.15, 0.22), st, width, commands)]


# --- metrics, lessons, questions, approval --------------------------------------------------------------
def _metrics(report: IncidentReport, lang: str, st: Styles, width: float, numbers) -> list:
    parts = _heading("ir_metrics_section", numbers, lang, st)
    metrics = report.metrics
    if not metrics:
        return [*parts, none_recorded(lang, st)]
    rows: list[list[object]] = []
    for m in metrics:
        klass = esc(t("class_n", lang, n=m.ir_class) if m.ir_class else t("not_classified", lang))
        if m.class_name:
            klass += "<br/>" + _grey(m.class_name)
        spans = (m.to_classification, m.to_containment, m.to_recovery)
        rows.append(
            [para(m.device, st.cell), Paragraph(klass, st.cell)]
            + [para(fmt_duration(x, lang), st.cell) for x in spans]
        )
    commands: list[tuple[object, ...]] = []
    if len(metrics) > 1:
        medians = []
        for name in ("to_classification", "to_containment", "to_recovery"):
            values = [getattr(m, name) for m in metrics if getattr(m, name) is not None]
            medians.append(fmt_duration(median(values), lang) if values else "—")
        rows.append([para(t("ir_median", lang), st.cell), ""] + [para(x, st.cell) for x in medians])
        commands += [
            ("SPAN", (0, len(rows)), (1, len(rows))),
            ("BACKGROUND", (0, len(rows)), (-1, len(rows)), LIGHT),
            ("LINEABOVE", (0, len(rows)), (-1, len(rows)), 1, colors.black),
        ]
    head = [t(k, lang) for k in ("device", "ir_col_class", "ir_t_class", "ir_t_contain")]
    head.append(t("ir_t_recover", lang))
    table = grid(head, rows, (0.2, 0.32, 0.16, 0.16, 0.16), st, width, commands, zebra=False)
    return [*parts, table]


def _lessons(report: IncidentReport, lang: str, st: Styles, width: float, numbers) -> list:
    parts = _heading("ir_lessons_section", numbers, lang, st)
    lessons = report.lessons
    if lessons.empty:
        return [*parts, none_recorded(lang, st)]
    for key, text in (
        ("ir_what_happened", lessons.what_happened),
        ("ir_what_worked", lessons.what_worked),
        ("ir_what_did_not", lessons.what_did_not),
    ):
        parts += [
            para(t(key, lang), st.h3),
            para(text, st.body) if text else none_recorded(lang, st),
        ]
    parts.append(para(t("ir_actions", lang), st.h3))
    if not lessons.actions:
        return [*parts, none_recorded(lang, st)]
    rows = [
        [
            para(str(n), st.cell),
            para(a.action, st.cell),
            para(a.owner, st.cell),
            para(fmt_day(a.due, lang) if a.due else "—", st.cell),
            para(a.status or "—", st.cell),
        ]
        for n, a in enumerate(lessons.actions, start=1)
    ]
    head = ["#", *(t(k, lang) for k in ("ir_col_action", "ir_col_owner", "ir_col_due_date"))]
    head.append(t("ir_col_state", lang))
    return [*parts, grid(head, rows, (0.05, 0.5, 0.18, 0.12, 0.15), st, width)]


def _questions(report: IncidentReport, lang: str, st: Styles, width: float, numbers) -> list:
    parts = _heading("ex_questions_section", numbers, lang, st)
    if not report.questions:
        return [*parts, none_recorded(lang, st)]
    style = st.body.clone("question", leftIndent=14, firstLineIndent=-14, spaceAfter=3)
    return parts + [para(f"{n}. {q}", style) for n, q in enumerate(report.questions, start=1)]


def _approval(lang: str, st: Styles, width: float) -> list[Flowable]:
    return [para(t("ir_approval", lang), st.h3), signature_block(lang, st, width, lines=2)]


__all__ = ["incident_story", "render_incident_report", "report_title"]
