"""The escalation contact sheet (HICS 205A shape, DOMAIN §6.3): tiers, vendors, regulators, quick card.

Per contact: role (+ HICS position), name, organisation, the out-of-band numbers first and large (mobile,
pager, radio, desk: they work when the network does not), e-mail apart and small, hours, authority. Tables
repeat their header on every page, so a sheet of a thousand contacts stays readable page by page.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from app.domain.ir_classes import IRClassCatalog
from app.domain.tree import DecisionTree
from app.reports.class_shape import shape_drawing
from app.reports.dates import fmt_datetime
from app.reports.flowchart import ordered_questions
from app.reports.fonts import FONT, printable, text_width
from app.reports.layout import (
    GREY,
    LIGHT,
    RULE,
    Furniture,
    Styles,
    build,
    check_aware,
    check_inputs,
    esc,
    fmt_date,
    para,
    styles,
)
from app.reports.model import Contact, ContactSheet, EscalationTier
from app.reports.texts import method_label, t

HEAD_BG = colors.HexColor("#263238")
ZEBRA = colors.HexColor("#F5F5F5")
CONTACT_COLUMNS = (0.15, 0.19, 0.27, 0.14, 0.10, 0.15)  # fractions of the frame width


def render_contact_sheet(
    sheet: ContactSheet,
    classes: IRClassCatalog,
    tree: DecisionTree,
    lang: str,
    paper: str,
    out: Path | str,
) -> int:
    """Write the contact sheet as a PDF to ``out`` (atomically); return the number of pages."""
    pagesize = check_inputs(lang, paper)
    check_aware(sheet.generated_at, "generated_at")
    furniture = Furniture(
        title=t("sheet_title", lang),
        facility=sheet.facility,
        unit=sheet.unit or t("all_units", lang),
        generated_at=sheet.generated_at,
        lang=lang,
    )
    return build(out, pagesize, furniture, lambda w: sheet_story(sheet, classes, tree, lang, w))


def sheet_story(
    sheet: ContactSheet, classes: IRClassCatalog, tree: DecisionTree, lang: str, width: float
) -> list[Flowable]:
    """The flowables of one contact sheet (used alone and inside the binder)."""
    st = styles(lang)
    story: list[Flowable] = [*_header(sheet, lang, st, width)]
    for index, tier in enumerate(sheet.tiers):
        last = index == len(sheet.tiers) - 1
        story += _tier(tier, last, lang, st, width)
    story += _vendors(sheet.vendors, lang, st, width)
    story += _regulators(sheet, lang, st, width)
    story += quick_card(tree, lang, st, width)
    story += class_legend(classes, lang, st, width)
    story.append(Spacer(1, 8))
    story.append(reviewed_box(lang, st, width))
    return story


# --- header ----------------------------------------------------------------------------------------
def _header(sheet: ContactSheet, lang: str, st: Styles, width: float) -> list[Flowable]:
    rows = [
        (t("facility", lang), sheet.facility),
        (t("unit", lang), sheet.unit or t("all_units", lang)),
        (t("generated", lang, when="").strip(), fmt_datetime(sheet.generated_at, lang)),
        (t("last_verified", lang), fmt_date(sheet.last_verified, lang)),
    ]
    if sheet.incident:
        rows.insert(2, (t("incident", lang), sheet.incident))
    table = Table(
        [[para(k, st.small), para(v, st.body)] for k, v in rows],
        colWidths=[width * 0.25, width * 0.75],
    )
    table.setStyle(_grid_style(header=False))
    return [
        para(t("sheet_title", lang), st.h1),
        para(t("internal", lang), st.alert),
        para(t("sheet_subtitle", lang), st.small),
        Spacer(1, 4),
        table,
    ]


# --- tiers -----------------------------------------------------------------------------------------
def _tier(tier: EscalationTier, last: bool, lang: str, st: Styles, width: float) -> list[Flowable]:
    if last:
        wait = t("tier_last", lang, minutes=tier.wait_minutes)
    else:
        wait = t("tier_wait", lang, minutes=tier.wait_minutes, next=tier.number + 1)
    heading = Paragraph(
        f"{esc(t('tier', lang, n=tier.number))}"
        f"<font size='10' color='#B71C1C'>   {esc(wait)}</font>",
        st.h2,
    )
    parts: list[Flowable] = [heading]
    if tier.triggers:
        items = "<br/>".join(f"• {esc(x)}" for x in tier.triggers)
        parts.append(Paragraph(f"<b>{esc(t('call_when', lang))}:</b><br/>{items}", st.small))
        parts.append(Spacer(1, 3))
    if not tier.contacts:
        parts.append(para(t("no_contacts", lang), st.small))
        return [CondPageBreak(80), *parts]
    head = [
        para(t(k, lang), st.cell_head)
        for k in ("col_role", "col_name", "col_call", "col_other", "col_hours", "col_authority")
    ]
    widths = [width * f for f in CONTACT_COLUMNS]
    rows = [head, *(_contact_row(c, lang, st, widths) for c in tier.contacts)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = _grid_style(header=True, rows=len(rows))
    style.add("FONTSIZE", (3, 1), (3, -1), st.tiny.fontSize)  # plain-string cells
    style.add("FONTSIZE", (4, 1), (4, -1), st.cell.fontSize)
    table.setStyle(style)
    return [CondPageBreak(120), *parts, table]


def _contact_row(c: Contact, lang: str, st: Styles, widths: list[float]) -> list[Paragraph | str]:
    role = esc(c.role_label)
    if c.hics_position:
        role += f"<br/><font color='#555555'>{esc(c.hics_position)}</font>"
    name = f"<font size='9.5'>{esc(c.name)}</font>"
    if c.organization:
        name += f"<br/>{esc(c.organization)}"
    name += (
        f"<br/><font size='6.5' color='#555555'>"
        f"{esc(t('verified_on', lang, date=fmt_date(c.last_verified, lang)))}</font>"
    )
    authority = esc(c.authority)
    if c.notes:
        authority += f"<br/><font color='#555555'>{esc(c.notes)}</font>"
    emails = "\n".join(m.value for m in c.in_band) or "—"
    return [
        Paragraph(role, st.cell),
        Paragraph(name, st.cell),
        Paragraph(numbers_markup(c, lang), st.numbers),
        _plain_or_para(emails, st.tiny, widths[3]),
        _plain_or_para(c.hours, st.cell, widths[4]),
        Paragraph(authority, st.cell),
    ]


def _plain_or_para(text: str, style, width: float) -> Paragraph | str:
    """A plain string when ``text`` fits on one line (much cheaper to lay out), else a paragraph."""
    if "\n" not in text and text_width(printable(text), style.fontSize) <= width - 7:
        return printable(text)
    return para(text, style)


def numbers_markup(c: Contact, lang: str) -> str:
    """Out-of-band numbers, large, each with its kind in small print."""
    lines = [
        f"<font size='6.5' color='#555555'>{esc(method_label(m.kind, lang))}</font> "
        f"<font size='12.5'>{esc(m.value)}</font>"
        for m in c.out_of_band
    ]
    return "<br/>".join(lines) or "—"


# --- vendors and regulators -------------------------------------------------------------------------
def _vendors(vendors: tuple[Contact, ...], lang: str, st: Styles, width: float) -> list[Flowable]:
    parts: list[Flowable] = [CondPageBreak(100), para(t("vendors", lang), st.h2)]
    if not vendors:
        return [*parts, para(t("none_listed", lang), st.small)]
    keys = ("col_company", "col_models", "col_contract", "col_service", "col_psirt", "col_call")
    rows: list[list[Paragraph]] = [[para(t(k, lang), st.cell_head) for k in keys]]
    for v in vendors:
        company = f"<font size='9.5'>{esc(v.organization or v.name)}</font>"
        if v.organization and v.name:
            company += f"<br/>{esc(v.name)}"
        if v.hours:
            company += f"<br/><font color='#555555'>{esc(v.hours)}</font>"
        rows.append(
            [
                Paragraph(company, st.cell),
                Paragraph(esc(v.models_covered), st.cell),
                Paragraph(esc(v.contract_number), st.cell),
                Paragraph(f"<font size='10'>{esc(v.service_desk)}</font>", st.cell),
                Paragraph(f"<font size='10'>{esc(v.psirt)}</font>", st.cell),
                Paragraph(numbers_markup(v, lang), st.numbers),
            ]
        )
    fractions = (0.17, 0.15, 0.13, 0.17, 0.17, 0.21)
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(_grid_style(header=True, rows=len(rows)))
    return [*parts, table]


def _regulators(sheet: ContactSheet, lang: str, st: Styles, width: float) -> list[Flowable]:
    parts: list[Flowable] = [CondPageBreak(80), para(t("regulators", lang), st.h2)]
    if not sheet.regulators:
        return [*parts, para(t("none_listed", lang), st.small)]
    keys = ("col_regulator", "col_channel", "col_clock")
    rows: list[list[Paragraph]] = [[para(t(k, lang), st.cell_head) for k in keys]]
    rows += [
        [para(r.name, st.cell), para(r.channel, st.cell), para(r.clock, st.cell)]
        for r in sheet.regulators
    ]
    table = Table(rows, colWidths=[width * 0.3, width * 0.3, width * 0.4], repeatRows=1)
    table.setStyle(_grid_style(header=True, rows=len(rows)))
    return [*parts, table]


# --- quick card, legend, review box (also used by the binder) ----------------------------------------
def quick_card(tree: DecisionTree, lang: str, st: Styles, width: float) -> list[Flowable]:
    """The questions in nurse wording, in the order of the tree, with their answer options."""
    rows = []
    for number, question in enumerate(ordered_questions(tree)):
        options = " / ".join(o.label.get(lang) for o in question.options)
        rows.append(
            [
                para(f"Q{number}", st.cell),
                Paragraph(
                    f"<b>{esc(question.text.get(lang))}</b><br/>"
                    f"<font color='#555555'>{esc(options)}</font>",
                    st.cell,
                ),
            ]
        )
    table = Table(rows, colWidths=[width * 0.07, width * 0.93])
    table.setStyle(_grid_style(header=False))
    return [
        CondPageBreak(200),
        KeepTogether(
            [para(t("quick_card", lang), st.h2), table, para(t("quick_card_note", lang), st.tiny)]
        ),
    ]


def class_legend(classes: IRClassCatalog, lang: str, st: Styles, width: float) -> list[Flowable]:
    """Shape and number in the class colour, then the name and short name: never colour alone."""
    rows = []
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("ALIGN", (0, 0), (1, -1), "CENTER"),
    ]
    for row, c in enumerate(sorted(classes.classes, key=lambda c: c.number)):
        rows.append(
            [
                shape_drawing(c, 14),
                Paragraph(
                    f"<font size='13' color='{c.text_colour}'>{c.number}</font>",
                    st.numbers,
                ),
                Paragraph(
                    f"{esc(c.name.get(lang))}  <font color='#555555'>"
                    f"({esc(c.short.get(lang))})</font>",
                    st.cell,
                ),
            ]
        )
        style.append(("BACKGROUND", (0, row), (1, row), colors.HexColor(c.colour)))
    table = Table(rows, colWidths=[width * 0.05, width * 0.06, width * 0.89])
    table.setStyle(TableStyle(style))
    return [CondPageBreak(150), KeepTogether([para(t("legend", lang), st.h2), table])]


def reviewed_box(lang: str, st: Styles, width: float) -> Table:
    """ "Sheet reviewed by ____ date ____ signature ____"."""
    row = [
        para(t("reviewed_by", lang), st.small),
        "",
        para(t("date", lang), st.small),
        "",
        para(t("signature", lang), st.small),
        "",
    ]
    table = Table([row], colWidths=[width * f for f in (0.17, 0.28, 0.08, 0.17, 0.1, 0.2)])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("LINEBELOW", (1, 0), (1, 0), 0.5, GREY),
                ("LINEBELOW", (3, 0), (3, 0), 0.5, GREY),
                ("LINEBELOW", (5, 0), (5, 0), 0.5, GREY),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _grid_style(header: bool, rows: int = 0) -> TableStyle:
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
        if rows > 2:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    else:
        commands.append(("BACKGROUND", (0, 0), (0, -1), LIGHT))
    return TableStyle(commands)
