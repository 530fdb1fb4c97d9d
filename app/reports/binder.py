"""The unit's downtime binder: everything staff need on paper when the network and the laptops are gone.

Cover; the seven classes with their guidance (one section each); the question flow on one page; blank paper
decision forms (two copies); blank HICS 213 General Message and HICS 214 Activity Log forms (DOMAIN §6.2);
then the unit's contact sheet(s).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table
from reportlab.platypus.tables import TableStyle

from app.domain.ir_classes import IRClassCatalog
from app.domain.tree import DecisionTree
from app.reports.contact_sheet import sheet_story
from app.reports.dates import fmt_datetime
from app.reports.decision_record import class_block
from app.reports.flowchart import FlowChart, ordered_questions
from app.reports.fonts import FONT
from app.reports.layout import (
    LIGHT,
    Furniture,
    Styles,
    build,
    check_aware,
    check_inputs,
    para,
    styles,
)
from app.reports.model import Binder
from app.reports.texts import t

BOX = "□"
GAP = "\u00a0" * 5  # non-breaking: paragraphs collapse runs of ordinary spaces
FORM_LINE = colors.black


def render_binder(
    binder: Binder,
    classes: IRClassCatalog,
    tree: DecisionTree,
    lang: str,
    paper: str,
    out: Path | str,
) -> int:
    """Write the downtime binder as a PDF to ``out`` (atomically); return the number of pages."""
    pagesize = check_inputs(lang, paper)
    check_aware(binder.generated_at, "generated_at")
    for sheet in binder.sheets:
        check_aware(sheet.generated_at, "generated_at of a contact sheet")
    furniture = Furniture(
        title=t("binder_title", lang),
        facility=binder.facility,
        unit=binder.unit or t("all_units", lang),
        generated_at=binder.generated_at,
        lang=lang,
    )
    return build(out, pagesize, furniture, lambda w: _story(binder, classes, tree, lang, w))


def _story(
    binder: Binder, classes: IRClassCatalog, tree: DecisionTree, lang: str, width: float
) -> list[Flowable]:
    st = styles(lang)
    story: list[Flowable] = [*_cover(binder, lang, st, width), PageBreak()]
    story.append(para(t("sec_classes", lang), st.h1))
    story.append(para(t("classes_note", lang), st.small))
    for ir_class in sorted(classes.classes, key=lambda c: c.number):
        story += [
            CondPageBreak(200),
            Spacer(1, 8),
            class_block(ir_class.number, classes, lang, st, width),
        ]
    story += [PageBreak(), para(t("sec_flow", lang), st.h1), FlowChart(tree, classes, lang)]
    for copy in (1, 2):
        story += [PageBreak(), *decision_form(tree, classes, lang, st, width, copy)]
    story += [PageBreak(), *hics_213(lang, st, width)]
    story += [PageBreak(), *hics_214(lang, st, width)]
    if not binder.sheets:
        story += [
            PageBreak(),
            para(t("sec_sheets", lang), st.h1),
            para(t("no_sheet", lang), st.body),
        ]
        story.append(_blank_rows(width, 18, (0.25, 0.3, 0.45)))
    for sheet in binder.sheets:
        story += [PageBreak(), *sheet_story(sheet, classes, tree, lang, width)]
    return story


# --- cover -----------------------------------------------------------------------------------------
def _cover(binder: Binder, lang: str, st: Styles, width: float) -> list[Flowable]:
    title = st.h1.clone("cover", fontSize=28, leading=34)
    facts = [
        (t("facility", lang), binder.facility),
        (t("unit", lang), binder.unit or t("all_units", lang)),
        (t("generated", lang, when="").strip(), fmt_datetime(binder.generated_at, lang)),
    ]
    table = Table(
        [[para(k, st.small), para(v, st.big)] for k, v in facts],
        colWidths=[width * 0.25, width * 0.75],
    )
    table.setStyle(_form_style())
    contents = [
        "sec_classes",
        "sec_flow",
        "sec_forms",
        "sec_213",
        "sec_214",
        "sec_sheets",
    ]
    listing = "\n".join(f"{i}. {t(k, lang)}" for i, k in enumerate(contents, start=1))
    return [
        Spacer(1, 60),
        para(t("binder_title", lang), title),
        para(t("binder_subtitle", lang), st.big),
        Spacer(1, 10),
        para(t("internal", lang), st.alert),
        Spacer(1, 20),
        table,
        Spacer(1, 24),
        para(t("contents", lang), st.h2),
        para(listing, st.body.clone("listing", leading=17)),
        Spacer(1, 24),
        para(t("binder_keep", lang), st.body),
    ]


# --- paper decision form ---------------------------------------------------------------------------
def decision_form(
    tree: DecisionTree,
    classes: IRClassCatalog,
    lang: str,
    st: Styles,
    width: float,
    copy: int,
) -> list[Flowable]:
    """A blank decision form: device, unit, time, each question with tick boxes, class, who signs."""
    head = [
        para(f"{t('form_title', lang)}  ({t('form_copy', lang, n=copy)})", st.h1),
        para(t("form_instructions", lang), st.small),
        Spacer(1, 4),
        _fields(
            [
                (t("device", lang), t("unit", lang)),
                (t("location", lang), t("form_time", lang)),
            ],
            st,
            width,
        ),
        Spacer(1, 6),
    ]
    rows = []
    for number, question in enumerate(ordered_questions(tree)):
        labels = [f"{BOX} {o.label.get(lang)}" for o in question.options]
        long_labels = any(len(o.label.get(lang)) > 12 for o in question.options)
        options = ("\n" if long_labels else GAP).join(labels)
        rows.append(
            [
                para(f"Q{number}", st.body),
                [
                    para(question.text.get(lang), st.small),
                    para(options, st.body.clone("ticks", leading=16, fontSize=10.5)),
                ],
            ]
        )
    questions = Table(rows, colWidths=[width * 0.07, width * 0.93])
    questions.setStyle(
        _form_style(
            label_column=False,
            extra=[("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)],
        )
    )
    ticks = GAP.join(f"{BOX} {c.number}" for c in sorted(classes.classes, key=lambda c: c.number))
    result = Table(
        [
            [para(t("form_class", lang), st.small), para(ticks, st.big)],
            [para(t("form_provisional", lang), st.small), para(BOX, st.big)],
        ],
        colWidths=[width * 0.3, width * 0.7],
    )
    result.setStyle(_form_style())
    sign = _fields(
        [(t("form_name", lang), t("role", lang)), (t("signature", lang), t("date_time", lang))],
        st,
        width,
    )
    return [
        *head,
        questions,
        Spacer(1, 6),
        KeepTogether([result, Spacer(1, 6), sign]),
    ]


# --- HICS forms --------------------------------------------------------------------------------------
def hics_213(lang: str, st: Styles, width: float) -> list[Flowable]:
    """Blank HICS 213 General Message form (fields 1-11, DOMAIN §6.2)."""
    priority = GAP.join(
        f"{BOX} {t(k, lang)}" for k in ("h213_urgent", "h213_nonurgent", "h213_info")
    )
    rows = [
        [para(t("incident_name", lang), st.small), ""],
        [para(t("h213_to", lang), st.small), ""],
        [para(t("h213_from", lang), st.small), ""],
        [para(t("h213_subject", lang), st.small), ""],
        [para(t("h213_date", lang), st.small), para(t("h213_time", lang), st.small)],
        [para(f"{t('h213_priority', lang)}:{GAP}{priority}", st.small), ""],
        [para(t("h213_message", lang), st.small), ""],
        [
            para(
                f"{t('h213_response', lang)}:{GAP}{BOX} {t('yes', lang)}{GAP}{BOX} {t('no', lang)}",
                st.small,
            ),
            "",
        ],
        [para(t("h213_approved", lang), st.small), ""],
        [para(t("h213_reply", lang), st.small), ""],
        [para(t("h213_replied", lang), st.small), ""],
    ]
    heights = [24, 24, 24, 24, 24, 22, 170, 18, 30, 120, 34]
    table = Table(rows, colWidths=[width * 0.5, width * 0.5], rowHeights=heights)
    spans = [0, 1, 2, 3, 5, 6, 7, 8, 9, 10]
    commands = [("SPAN", (0, r), (1, r)) for r in spans]
    table.setStyle(_form_style(label_column=False, extra=commands))
    return [
        para("HICS 213 — " + t("sec_213", lang).replace("HICS 213 ", ""), st.h1),
        para(t("h213_flow", lang), st.small),
        Spacer(1, 4),
        table,
    ]


def hics_214(lang: str, st: Styles, width: float) -> list[Flowable]:
    """Blank HICS 214 Activity Log (fields 1-6, DOMAIN §6.2)."""
    top = Table(
        [
            [para(t("incident_name", lang), st.small), ""],
            [
                para(f"{t('h214_period', lang)}: {t('h214_from', lang)}", st.small),
                para(t("h214_to", lang), st.small),
            ],
            [para(t("h214_name", lang), st.small), para(t("h214_position", lang), st.small)],
        ],
        colWidths=[width * 0.5, width * 0.5],
        rowHeights=[24, 24, 24],
    )
    top.setStyle(_form_style(label_column=False, extra=[("SPAN", (0, 0), (1, 0))]))
    log_rows = [[para(t("h214_when", lang), st.small), para(t("h214_activity", lang), st.small)]]
    log_rows += [["", ""] for _ in range(18)]
    log = Table(log_rows, colWidths=[width * 0.2, width * 0.8], rowHeights=[None] + [20] * 18)
    log.setStyle(_form_style(label_column=False, extra=[("BACKGROUND", (0, 0), (-1, 0), LIGHT)]))
    prepared = Table(
        [[para(t("h214_prepared", lang), st.small)]], colWidths=[width], rowHeights=[36]
    )
    prepared.setStyle(_form_style(label_column=False))
    return [
        para("HICS 214 — " + t("sec_214", lang).replace("HICS 214 ", ""), st.h1),
        para(t("h214_copy", lang), st.small),
        Spacer(1, 4),
        top,
        Spacer(1, 2),
        para(t("h214_log", lang), st.small),
        log,
        Spacer(1, 4),
        prepared,
    ]


# --- helpers -----------------------------------------------------------------------------------------
def _fields(pairs: list[tuple[str, str]], st: Styles, width: float) -> Table:
    """Rows of two labelled blanks: the label small at the top of a box left empty for writing."""
    rows = [[para(a, st.tiny), para(b, st.tiny)] for a, b in pairs]
    table = Table(rows, colWidths=[width * 0.5, width * 0.5], rowHeights=[30] * len(rows))
    table.setStyle(_form_style(label_column=False))
    return table


def _blank_rows(width: float, count: int, fractions: tuple[float, ...]) -> Table:
    table = Table(
        [[""] * len(fractions) for _ in range(count)],
        colWidths=[width * f for f in fractions],
        rowHeights=[22] * count,
    )
    table.setStyle(_form_style(label_column=False))
    return table


def _form_style(label_column: bool = True, extra: list | None = None) -> TableStyle:
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.6, FORM_LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if label_column:
        commands.append(("BACKGROUND", (0, 0), (0, -1), LIGHT))
    return TableStyle(commands + (extra or []))
