"""What the incident documents share: the EXERCISE marking, the build, input checks, tables, durations.

An exercise document carries on every page a red banner under the running header ("EXERCISE — not a
real incident") and a light diagonal watermark; a real incident's documents carry neither. Both are drawn
with the page furniture when the document is saved, so no page can escape them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.tables import TableStyle

from app.errors import BadInputError, Message
from app.reports.contact_sheet import HEAD_BG, ZEBRA
from app.reports.dates import fmt_clock, fmt_day, fmt_zone
from app.reports.fonts import FONT, text_width
from app.reports.layout import (
    MARGIN,
    RULE,
    Furniture,
    Styles,
    atomic_output,
    check_aware,
    check_inputs,
    esc,
    make_doc,
    numbered_canvas,
    para,
)
from app.reports.texts import t

EXERCISE_RED = colors.HexColor("#C62828")
BANNER_SPACE = (
    8 * mm
)  # the frame moves down by this much on exercise pages, to make room for the banner
BANNER_HEIGHT = 6.5 * mm


@dataclass(frozen=True)
class MarkedFurniture(Furniture):
    """The standard page furniture, plus the EXERCISE banner and watermark when ``exercise``."""

    exercise: bool = False

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        super().draw(canvas, page, pages)
        if self.exercise:
            draw_exercise_mark(canvas, self.lang)


def draw_exercise_mark(canvas: Canvas, lang: str) -> None:
    """A red banner across the top of the page (under the running header) and a light diagonal
    EXERCISE / 訓練 watermark across the middle."""
    width, height = canvas._pagesize
    canvas.saveState()
    top = height - MARGIN - 0.8 * mm
    canvas.setFillColor(EXERCISE_RED)
    canvas.rect(MARGIN, top - BANNER_HEIGHT, width - 2 * MARGIN, BANNER_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    size = 10.5
    canvas.setFont(FONT, size)
    canvas.drawCentredString(width / 2, top - BANNER_HEIGHT / 2 - size * 0.35, t("ex_banner", lang))
    word = t("ex_word", lang)
    diagonal = math.hypot(width, height)
    size = min(170.0, diagonal * 0.55 / max(text_width(word, 1), 1))
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    canvas.setFillColor(EXERCISE_RED)
    canvas.setFillAlpha(0.07)
    canvas.setFont(FONT, size)
    canvas.drawCentredString(0, -size * 0.35, word)
    canvas.restoreState()


def check_document(lang: str, paper: str, doc_lang: str) -> tuple[float, float]:
    """Check language and paper ("a4"/"letter", any case); the input's texts must be in ``lang``."""
    pagesize = check_inputs(lang, paper.lower() if isinstance(paper, str) else paper)
    if doc_lang != lang:
        raise BadInputError(
            Message("reports.texts_in_other_language", doc_lang=repr(doc_lang), lang=repr(lang))
        )
    return pagesize


def check_times(pairs: Iterable[tuple[datetime | None, str]]) -> None:
    """check_aware on every (datetime, what) pair whose datetime is not None."""
    for when, what in pairs:
        if when is not None:
            check_aware(when, what)


def build_marked(
    out: Path | str,
    pagesize: tuple[float, float],
    furniture: MarkedFurniture,
    story_for: Callable[[float], list[Flowable]],
) -> int:
    """layout.build, with room for the exercise banner; returns the number of pages."""
    with atomic_output(out) as temp:
        doc = make_doc(temp, pagesize, furniture.title)
        if furniture.exercise:
            doc.topMargin += BANNER_SPACE
        doc._calc()
        story = story_for(doc.width)
        doc.build(story, canvasmaker=numbered_canvas(furniture))
        return doc.page


# --- tables ----------------------------------------------------------------------------------------
def grid(
    head: Sequence[str],
    rows: list[list[object]],
    fractions: Sequence[float],
    st: Styles,
    width: float,
    extra: Sequence[tuple[object, ...]] = (),
    zebra: bool = True,
) -> Table:
    """A table with a dark header row repeated on every page, thin grid, cells aligned to the top."""
    data: list[list[object]] = [[para(h, st.cell_head) for h in head], *rows]
    table = Table(data, colWidths=[width * f for f in fractions], repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra and rows:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def labelled(label: str, value: str, lang: str) -> str:
    """``Label: value`` (Japanese with a full-width colon)."""
    return f"{label}{t('colon', lang)}{value}"


def when_cell(when: datetime, st: Styles, lang: str) -> Paragraph:
    """A date and time for a narrow column: ``3 Nov 2026 08:40`` over its zone in small grey."""
    stamp = f"{fmt_day(when, lang)} {fmt_clock(when)}"
    return Paragraph(
        f"{esc(stamp)}<br/><font size='6.5' color='#555555'>{esc(fmt_zone(when))}</font>", st.cell
    )


def none_recorded(lang: str, st: Styles) -> Flowable:
    return para(t("none_recorded", lang), st.body)


# --- values ----------------------------------------------------------------------------------------
def fmt_duration(span: timedelta | None, lang: str) -> str:
    """``2 d 3 h``, ``1 h 05 min``, ``12 min`` (Japanese: 2日3時間, 1時間05分, 12分); "—" for None."""
    if span is None:
        return "—"
    sign = "−" if span < timedelta(0) else ""
    minutes = int(abs(span).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return sign + t("dur_days", lang, d=days, h=hours)
    if hours:
        return sign + t("dur_hours", lang, h=hours, m=f"{minutes:02d}")
    return sign + t("dur_minutes", lang, m=minutes)


def fmt_size(size: int) -> str:
    """Bytes as ``512 B``, ``3.4 KB``, ``12.0 MB``, ``1.2 GB`` (decimal units)."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{size} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} B"  # pragma: no cover - the loop always returns


def code_style(st: Styles):  # ids, file names and hashes: may break anywhere (they have no spaces)
    return st.cell.clone("code", wordWrap="CJK")
