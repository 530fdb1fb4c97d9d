"""The HICS 214 Activity Log, filled in from the incident timeline (DOMAIN §6.2).

1 incident name · 2 operational period (from – to) · 3 name · 4 HIMT position · 5 activity log (date/time,
notable activity) · 6 prepared by (name, position, signature, facility, date/time). One person's log, or —
``ActivityLog.person`` None — the whole incident's, with a name column on every row. The log table repeats
its header on every page; every page of an exercise's log is marked EXERCISE (incident_pages).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from app.reports.dates import fmt_datetime
from app.reports.fonts import FONT
from app.reports.incident_model import ActivityLog
from app.reports.incident_pages import (
    MarkedFurniture,
    build_marked,
    check_document,
    check_times,
    grid,
    labelled,
    when_cell,
)
from app.reports.layout import Styles, esc, para, styles
from app.reports.texts import t

FORM_LINE = colors.black


def render_activity_log(log: ActivityLog, out: Path | str, lang: str, paper: str = "a4") -> int:
    """Write the HICS 214 activity log to ``out`` atomically; return the number of pages.

    ``lang`` must be the language the log's texts were built in (``log.lang``); ``paper`` is "a4" or
    "letter" (any case). Naive datetimes anywhere in the input are refused before writing.
    """
    pagesize = check_document(lang, paper, log.lang)
    incident = log.incident
    check_times(
        [
            (log.generated_at, "generated_at"),
            (log.period_from, "period_from"),
            (log.period_to, "period_to"),
            (incident.t0, "t0"),
            (incident.created_at, "created_at"),
            (incident.closed_at, "closed_at"),
            (log.prepared_by.at if log.prepared_by else None, "prepared_by.at"),
            *((e.at, "at of an activity log entry") for e in log.entries),
        ]
    )
    head = incident.audit_head
    furniture = MarkedFurniture(
        title=f"{incident.ref}  {t('sec_214', lang)}",
        facility=incident.facility,
        unit=log.person if log.person is not None else t("al_all_positions", lang),
        generated_at=log.generated_at,
        lang=lang,
        note=t("audit_head", lang, seq=head.seq, hash=head.hash[:16]) if head else "",
        exercise=incident.exercise,
    )
    return build_marked(out, pagesize, furniture, lambda w: activity_story(log, lang, w))


def activity_story(log: ActivityLog, lang: str, width: float) -> list[Flowable]:
    st = styles(lang)
    return [
        para("HICS 214 — " + t("sec_214", lang).replace("HICS 214 ", ""), st.h1),
        para(t("h214_copy", lang), st.small),
        Spacer(1, 4),
        _fields(log, lang, st, width),
        Spacer(1, 6),
        para(t("h214_log", lang), st.h3),
        _entries(log, lang, st, width),
        Spacer(1, 8),
        KeepTogether(_prepared(log, lang, st, width)),
    ]


def _box(label: str, value: str, st: Styles, size: float = 10) -> Paragraph:
    """A form field: its label small at the top, the value under it."""
    return Paragraph(
        f"<font size='7' color='#555555'>{esc(label)}</font><br/>"
        f"<font size='{size}'>{esc(value) or '&nbsp;'}</font>",
        st.body.clone("field", leading=size * 1.35),
    )


def _fields(log: ActivityLog, lang: str, st: Styles, width: float) -> Table:
    incident = log.incident
    period = t("h214_period", lang)
    whole = log.person is None
    rows = [
        [_box(t("incident_name", lang), f"{incident.name}  ({incident.ref})", st, 11.5), ""],
        [
            _box(
                labelled(period, t("h214_from", lang), lang),
                fmt_datetime(log.period_from, lang),
                st,
            ),
            _box(t("h214_to", lang), fmt_datetime(log.period_to, lang), st),
        ],
        [
            _box(t("h214_name", lang), t("al_whole", lang) if whole else log.person or "", st),
            _box(t("h214_position", lang), "—" if whole else log.position, st),
        ],
    ]
    table = Table(rows, colWidths=[width * 0.5, width * 0.5])
    table.setStyle(_form_style([("SPAN", (0, 0), (1, 0))]))
    return table


def _entries(log: ActivityLog, lang: str, st: Styles, width: float) -> Flowable:
    whole = log.person is None
    head = [t("h214_when", lang)]
    if whole:
        head.append(t("al_col_name", lang))
    head.append(t("h214_activity", lang))
    fractions = (0.17, 0.21, 0.62) if whole else (0.17, 0.83)
    rows: list[list[object]] = []
    for e in log.entries:
        row: list[object] = [when_cell(e.at, st, lang)]
        if whole:
            who = esc(e.who) + (
                f"<br/><font color='#555555'>{esc(e.position)}</font>" if e.position else ""
            )
            row.append(Paragraph(who, st.cell))
        row.append(para(e.what, st.cell.clone("activity", fontSize=8.5, leading=11)))
        rows.append(row)
    if not rows:
        span = [("SPAN", (0, 1), (-1, 1))]
        empty = [para(t("none_recorded", lang), st.body)] + [""] * (len(fractions) - 1)
        return grid(head, [empty], fractions, st, width, span)
    return grid(head, rows, fractions, st, width)


def _prepared(log: ActivityLog, lang: str, st: Styles, width: float) -> list[Flowable]:
    by = log.prepared_by
    at = fmt_datetime(by.at, lang) if by and by.at else ""
    rows = [
        [
            _box(t("al_name", lang), by.name if by else "", st),
            _box(t("al_position", lang), by.position if by else "", st),
            _box(t("signature", lang), "", st),
        ],
        [
            _box(t("facility", lang), log.incident.facility, st),
            _box(t("date_time", lang), at, st),
            "",
        ],
    ]
    table = Table(rows, colWidths=[width * f for f in (0.34, 0.3, 0.36)])
    table.setStyle(_form_style([("SPAN", (2, 0), (2, 1))]))
    return [para(t("h214_prepared", lang), st.h3), table]


def _form_style(extra: list[tuple[object, ...]]) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("GRID", (0, 0), (-1, -1), 0.6, FORM_LINE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            *extra,
        ]
    )
