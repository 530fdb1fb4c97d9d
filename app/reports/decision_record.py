"""One classification decision on paper: device, who and when, every answer and the path, the class with
its guidance, provisional / safety-override flags, the question tree's version and SHA-256, the purpose, the
sign-off state and version, and the electronic signatures (Part 11 §11.50: printed name, role, meaning, date
and time with zone, validity) — or blank lines to sign by hand when no one has signed. Every page's footer
carries the audit trail's head and the content SHA-256, so a paper copy can be checked against the trail."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from app.domain.ir_classes import IRClassCatalog
from app.domain.tree import DecisionTree
from app.reports.class_shape import shape_drawing
from app.reports.contact_sheet import HEAD_BG, ZEBRA
from app.reports.dates import fmt_datetime, fmt_utc
from app.reports.fonts import FONT
from app.reports.incident_pages import MarkedFurniture, build_marked
from app.reports.layout import (
    ALERT,
    LIGHT,
    RULE,
    Styles,
    check_aware,
    check_inputs,
    esc,
    para,
    styles,
)
from app.reports.model import DecisionRecord, SignatureLine
from app.reports.texts import t

ALERT_BG = colors.HexColor("#FFEBEE")


def render_decision_record(
    record: DecisionRecord,
    classes: IRClassCatalog,
    tree: DecisionTree,
    lang: str,
    paper: str,
    out: Path | str,
    *,
    generated_at: datetime | None = None,
) -> int:
    """Write one decision record as a PDF to ``out`` (atomically); return the number of pages.

    ``generated_at`` (printed in the footer, aware) defaults to now in the local time zone.

    ``tree`` is the currently loaded tree: when its version or SHA-256 differs from the record's, the
    record's own values are printed (they identify what was used) and the difference is noted.
    """
    pagesize = check_inputs(lang, paper)
    check_aware(record.created_at, "created_at")
    generated_at = generated_at or datetime.now().astimezone()
    check_aware(generated_at, "generated_at")
    classes.get(record.ir_class)  # refuses an unknown class before writing anything
    for signature in record.signatures:
        check_aware(signature.signed_at, "signed_at")
        check_aware(signature.signed_at_utc, "signed_at_utc")
    title = f"{t('record_title', lang)} {record.id}"
    if record.signoff_state:
        title += f"  ·  {t('state_' + record.signoff_state, lang)}"
    furniture = MarkedFurniture(
        title=title,
        facility="",
        unit=record.unit,
        generated_at=generated_at,
        lang=lang,
        note=footer_note(record, lang),
        exercise=record.exercise,
    )
    return build_marked(out, pagesize, furniture, lambda w: _story(record, classes, tree, lang, w))


def _story(
    record: DecisionRecord, classes: IRClassCatalog, tree: DecisionTree, lang: str, width: float
) -> list[Flowable]:
    st = styles(lang)
    story: list[Flowable] = [para(f"{t('record_title', lang)}  {record.id}", st.h1)]
    story += _state(record, lang, st, width)
    story += _flags(record, tree, lang, st, width)
    story.append(_facts(record, lang, st, width))
    story += _version(record, lang, st, width)
    story.append(para(t("answers", lang), st.h2))
    story.append(_answers(record, lang, st, width))
    story += _result(record, classes, lang, st, width)
    story += _provenance(record, tree, lang, st, width)
    story += _signoff(record, lang, st, width)
    return story


def footer_note(record: DecisionRecord, lang: str) -> str:
    """The audit head (seq and first 16 hex of its hash) and the content SHA-256, for every page."""
    parts = []
    if record.audit_head is not None:
        head = record.audit_head
        parts.append(t("audit_head", lang, seq=head.seq, hash=head.hash[:16]))
    if record.content_sha256:
        parts.append(f"{t('content_sha', lang)} {record.content_sha256}")
    return "  ·  ".join(parts)


_STATE_COLOURS = {  # text / frame, background
    "approved": ("#1B5E20", "#E8F5E9"),
    "awaiting": ("#E65100", "#FFF3E0"),
    "rejected": ("#B71C1C", "#FFEBEE"),
    "replaced": ("#B71C1C", "#FFEBEE"),
}


def _state(record: DecisionRecord, lang: str, st: Styles, width: float) -> list[Flowable]:
    """A coloured box: the sign-off state in large letters, with what it means."""
    state = record.signoff_state
    if not state:
        return []
    if state == "awaiting":
        roles = t("or", lang).join(record.signers) or "—"
        note = t("state_awaiting_note", lang, roles=roles)
    elif state == "replaced":
        note = t("state_replaced_note", lang, id=record.superseded_by or "?")
    else:
        note = t(f"state_{state}_note", lang)
    ink, paper = _STATE_COLOURS[state]
    note_markup = f"<font color='{ink}'>{esc(note)}</font>"
    invalid = sum(1 for s in record.signatures if not s.valid)
    if invalid:
        warning = t("state_invalid_note", lang, n=invalid)
        note_markup += f"<br/><font color='#B71C1C'>{esc(warning)}</font>"
    label = Paragraph(
        f"<font size='7.5' color='#555555'>{esc(t('signoff_state', lang))}</font><br/>"
        f"<font size='15' color='{ink}'>{esc(t('state_' + state, lang))}</font>",
        st.body.clone("state", leading=18),
    )
    table = Table(
        [[label, Paragraph(note_markup, st.body)]],
        colWidths=[width * 0.34, width * 0.66],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 2, colors.HexColor(ink)),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(paper)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [table, Spacer(1, 6)]


def _version(record: DecisionRecord, lang: str, st: Styles, width: float) -> list[Flowable]:
    """This version's id, the version it replaces and the one that replaced it, the content hash."""
    if not (record.signoff_state or record.supersedes or record.superseded_by):
        return []
    rows = [
        (t("this_version", lang), record.id),
        (t("replaces", lang), record.supersedes or t("first_version", lang)),
        (t("replaced_by", lang), record.superseded_by or t("newest_version", lang)),
    ]
    if record.content_sha256:
        rows.append((t("content_sha", lang), record.content_sha256))
    table = Table(
        [[para(k, st.small), para(v, st.cell)] for k, v in rows],
        colWidths=[width * 0.16, width * 0.84],
    )
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (0, -1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if record.superseded_by:
        commands.append(("TEXTCOLOR", (1, 2), (1, 2), ALERT))
        commands.append(("BACKGROUND", (1, 2), (1, 2), ALERT_BG))
    table.setStyle(TableStyle(commands))
    return [Spacer(1, 4), table]


def _flags(
    record: DecisionRecord, tree: DecisionTree, lang: str, st: Styles, width: float
) -> list[Flowable]:
    flags = []
    if record.safety_override:
        flags.append(t("override_flag", lang))
    if record.provisional:
        flags.append(t("provisional_flag", lang))
    if not flags:
        return []
    table = Table([[para(f, st.big)] for f in flags], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 2, ALERT),
                ("BACKGROUND", (0, 0), (-1, -1), ALERT_BG),
                ("TEXTCOLOR", (0, 0), (-1, -1), ALERT),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [table, Spacer(1, 6)]


def _facts(record: DecisionRecord, lang: str, st: Styles, width: float) -> Table:
    pairs = [
        ("device", record.device_tag),
        ("category", record.category_name),
        ("unit", record.unit),
        ("location", record.location),
        ("recorded_by", record.recorded_by),
        ("role", record.role_label),
        ("recorded_at", fmt_datetime(record.created_at, lang)),
        ("purpose", record.purpose),
    ]
    rows = []
    for i in range(0, len(pairs), 2):
        row = []
        for key, value in pairs[i : i + 2]:
            row += [para(t(key, lang), st.small), para(value, st.body)]
        rows.append(row)
    if record.note:
        rows.append([para(t("note", lang), st.small), para(record.note, st.body), "", ""])
    table = Table(rows, colWidths=[width * f for f in (0.16, 0.34, 0.16, 0.34)])
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (0, -1), LIGHT),
        ("BACKGROUND", (2, 0), (2, -1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if record.note:
        commands.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
    table.setStyle(TableStyle(commands))
    return table


def _answers(record: DecisionRecord, lang: str, st: Styles, width: float) -> Flowable:
    if not record.answers:
        return para(t("no_answers", lang), st.small)
    head = [
        para(t(k, lang), st.cell_head)
        for k in ("col_no", "col_question", "col_answer", "col_path", "col_source")
    ]
    rows = [head]
    for number, answer in enumerate(record.answers, start=1):
        path = t("on_path", lang) if answer.on_path else t("flag_only", lang)
        source = t("from_inventory", lang) if answer.from_inventory else t("asked", lang)
        answer_markup = esc(answer.answer)
        if answer.on_path:
            answer_markup = f"<font size='9.5'>{answer_markup}</font>"
        rows.append(
            [
                para(str(number), st.cell),
                para(answer.question, st.cell),
                Paragraph(answer_markup, st.cell),
                para(("→ " if answer.on_path else "") + path, st.cell),
                Paragraph(
                    f"<font color='#0D47A1'>{esc(source)}</font>"
                    if answer.from_inventory
                    else esc(source),
                    st.cell,
                ),
            ]
        )
    table = Table(rows, colWidths=[width * f for f in (0.05, 0.47, 0.23, 0.1, 0.15)], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.3, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def class_block(number: int, classes: IRClassCatalog, lang: str, st: Styles, width: float) -> Table:
    """A class badge (its shape over its number, in the class colour) with the name, then its four
    guidance sections."""
    c = classes.get(number)
    badge = Paragraph(
        f"<font size='22' color='{c.text_colour}'>{c.number}</font>",
        _leading(st, 26),
    )
    title = Paragraph(
        f"<font size='12.5'>{esc(t('class_n', lang, n=c.number))}: {esc(c.name.get(lang))}</font>"
        f"<br/><font color='#555555'>{esc(c.short.get(lang))}</font>",
        _leading(st, 16),
    )
    rows: list[list[object]] = [[[shape_drawing(c, 24), badge], title]]
    for key, text in (
        ("containment", c.containment),
        ("eradication", c.eradication),
        ("recovery", c.recovery),
        ("who_decides", c.who_decides),
    ):
        rows.append([para(t(key, lang), st.small), para(text.get(lang), st.body)])
    table = Table(rows, colWidths=[width * 0.18, width * 0.82])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (0, 0), colors.HexColor(c.colour)),
                ("ALIGN", (0, 0), (0, 0), "CENTER"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(c.colour)),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
                ("BACKGROUND", (0, 1), (0, -1), LIGHT),
            ]
        )
    )
    return table


def _leading(st: Styles, leading: float):  # a centred variant of the body style
    from reportlab.lib.enums import TA_CENTER

    return st.body.clone(f"lead{leading}", leading=leading, alignment=TA_CENTER)


def _result(
    record: DecisionRecord, classes: IRClassCatalog, lang: str, st: Styles, width: float
) -> list[Flowable]:
    parts: list[Flowable] = [para(t("result", lang), st.h2)]
    if record.provisional:
        parts.append(para(t("provisional", lang), st.alert))
    parts.append(class_block(record.ir_class, classes, lang, st, width))
    if record.also_matches:
        names = "; ".join(
            f"{t('class_n', lang, n=n)} {classes.get(n).name.get(lang)}"
            for n in record.also_matches
        )
        parts += [Spacer(1, 4), para(f"{t('also_matches', lang)}: {names}", st.body)]
    return [KeepTogether(parts)]


def _provenance(
    record: DecisionRecord, tree: DecisionTree, lang: str, st: Styles, width: float
) -> list[Flowable]:
    version = t("tree_version", lang, version=record.tree_version)
    text = f"{t('tree', lang)}: {version}   SHA-256: {record.tree_sha256 or '—'}"
    parts: list[Flowable] = [Spacer(1, 4), para(text, st.tiny)]
    if (record.tree_version, record.tree_sha256) != (tree.version, tree.sha256):
        current = t("tree_version", lang, version=tree.version)
        parts.append(
            para(f"≠ {t('tree', lang)} (now): {current}   SHA-256: {tree.sha256}", st.tiny)
        )
    return parts


def _signoff(record: DecisionRecord, lang: str, st: Styles, width: float) -> list[Flowable]:
    """The electronic signatures on this version; blank lines to sign by hand when there are none."""
    if not record.signatures:
        parts: list[Flowable] = [para(t("signoff", lang), st.h2)]
        if record.signoff_state:
            parts.append(para(t("not_signed", lang), st.small))
        parts.append(signature_block(lang, st, width, lines=3))
        return [KeepTogether(parts)]
    head = [para(t("esignatures", lang), st.h2)]
    table = signatures_table(record.signatures, lang, st, width)
    story: list[Flowable] = [KeepTogether([*head, table])]
    if record.statement:
        story += [
            Spacer(1, 3),
            para(t("sig_statement", lang, statement=record.statement), st.tiny),
        ]
    return story


def signatures_table(
    signatures: tuple[SignatureLine, ...], lang: str, st: Styles, width: float
) -> Table:
    """One block per signature: name and role, meaning, when (local with zone, and UTC), key and
    check; a full-width line for the reason; a red NOT VALID line when it does not verify."""
    keys = ("sig_who", "sig_meaning", "sig_when", "sig_check")
    rows: list[list[object]] = [[para(t(k, lang), st.cell_head) for k in keys]]
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for signature in signatures:
        first = len(rows)
        rows.append(_signature_cells(signature, lang, st))
        extra = _signature_extra(signature, lang, st)
        for line, alert in extra:
            commands.append(("SPAN", (0, len(rows)), (-1, len(rows))))
            if alert:
                commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), ALERT_BG))
            rows.append([line, "", "", ""])
        commands.append(("LINEABOVE", (0, first), (-1, first), 0.8, colors.black))
        if not signature.valid:
            commands.append(("BOX", (0, first), (-1, len(rows) - 1), 2, ALERT))
    table = Table(rows, colWidths=[width * f for f in (0.3, 0.2, 0.27, 0.23)], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _signature_cells(signature: SignatureLine, lang: str, st: Styles) -> list[object]:
    ink = {"approved": "#1B5E20", "rejected": "#B71C1C"}.get(signature.meaning, "#000000")
    meaning = f"<font size='12' color='{ink}'>{esc(signature.meaning_label)}</font>"
    if not signature.valid:
        meaning = f"<strike>{meaning}</strike>"
    check = (
        f"<font color='#1B5E20'>{esc(t('sig_valid', lang))}</font>"
        if signature.valid
        else f"<font size='10' color='#B71C1C'>{esc(t('sig_invalid_short', lang))}</font>"
    )
    key = esc(t("sig_key", lang, fingerprint=signature.key_fingerprint[:16] or "—"))
    return [
        Paragraph(
            f"<font size='11'>{esc(signature.full_name)}</font><br/>"
            f"<font color='#555555'>{esc(signature.role_label)}</font>",
            st.body.clone("signer", leading=14),
        ),
        Paragraph(meaning, st.body.clone("meaning", leading=15)),
        Paragraph(
            f"{esc(fmt_datetime(signature.signed_at, lang))}<br/>"
            f"<font size='7' color='#555555'>"
            f"{esc(t('sig_utc', lang, when=fmt_utc(signature.signed_at_utc, lang)))}</font>",
            st.cell,
        ),
        Paragraph(f"<font size='7'>{key}</font><br/>{check}", st.cell),
    ]


def _signature_extra(
    signature: SignatureLine, lang: str, st: Styles
) -> list[tuple[Flowable, bool]]:
    """The full-width lines under a signature (with "is an alert"): its reason, and NOT VALID with
    the problem."""
    lines: list[tuple[Flowable, bool]] = []
    if signature.accepted_unknown:
        text = t("sig_accepted_unknown", lang, reason=signature.reason or "—")
        lines.append((para(text, st.cell), False))
    elif signature.reason:
        lines.append((para(t("sig_reason", lang, reason=signature.reason), st.cell), False))
    if not signature.valid:
        text = t("sig_invalid", lang, problem=signature.problem or "?")
        lines.append((para(text, st.alert), True))
    return lines


def signature_block(lang: str, st: Styles, width: float, lines: int = 1) -> Table:
    """Empty boxes to fill by hand: printed name, signature, date/time, meaning of the signature."""
    keys = ("printed_name", "signature", "date_time", "meaning")
    rows = [[para(t(k, lang), st.small) for k in keys]] + [["", "", "", ""]] * lines
    table = Table(
        rows,
        colWidths=[width * f for f in (0.27, 0.27, 0.2, 0.26)],
        rowHeights=[None] + [30] * lines,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ]
        )
    )
    return table
