"""Shared page machinery: paper sizes, paragraph styles, page furniture with "page x / y", atomic output.

Page furniture (running header, generated-at with time zone, INTERNAL marking, page x / y) is drawn when the
document is saved, once the page count is known: ``numbered_canvas`` keeps each page's content until then.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.errors import BadInputError, Message
from app.reports.dates import fmt_datetime, fmt_day
from app.reports.fonts import FONT, ensure_font, printable, text_width
from app.reports.texts import check_lang, t
from app.version import __version__

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": letter}
MARGIN = 14 * mm
HEADER_SPACE = 10 * mm  # room above the frame for the running header
FOOTER_SPACE = 9 * mm

GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#EEEEEE")
RULE = colors.HexColor("#999999")
ALERT = colors.HexColor("#B71C1C")


def check_paper(paper: str) -> tuple[float, float]:
    """The page size of ``paper`` ("a4" or "letter"), else a BadInputError."""
    try:
        return PAPERS[paper]
    except (KeyError, TypeError):
        raise BadInputError(Message("reports.unknown_paper", paper=repr(paper))) from None


def check_inputs(lang: str, paper: str) -> tuple[float, float]:
    """Validate the language and paper of a document; register the font; return the page size."""
    check_lang(lang)
    size = check_paper(paper)
    ensure_font()
    return size


def check_aware(when: datetime, what: str) -> None:
    if when.tzinfo is None or when.utcoffset() is None:
        raise BadInputError(Message("reports.needs_time_zone", what=what, when=when.isoformat()))


def fmt_date(day: date | None, lang: str) -> str:
    """A verification date, "NOT VERIFIED" when there is none."""
    return fmt_day(day, lang) if day else t("never_verified", lang)


# --- paragraphs ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Styles:
    """Paragraph styles of one document language (CJK line breaking for Japanese)."""

    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    big: ParagraphStyle
    cell: ParagraphStyle
    numbers: ParagraphStyle
    cell_head: ParagraphStyle
    alert: ParagraphStyle


def styles(lang: str) -> Styles:
    wrap = "CJK" if lang == "ja" else None

    def style(name: str, size: float, leading: float | None = None, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=FONT,
            fontSize=size,
            leading=leading or size * 1.3,
            wordWrap=wrap,
            **kw,
        )

    return Styles(
        body=style("body", 9.5),
        small=style("small", 8),
        tiny=style("tiny", 7),
        h1=style("h1", 18, 23, spaceAfter=4),
        h2=style("h2", 13, 17, spaceBefore=8, spaceAfter=3),
        h3=style("h3", 10.5, 14, spaceBefore=4, spaceAfter=2),
        big=style("big", 12.5, 15.5),
        cell=style("cell", 8, 10),
        numbers=style("numbers", 8, 15),
        cell_head=style("cell_head", 8, 10, textColor=colors.white),
        alert=style("alert", 12, 16, textColor=ALERT),
    )


def esc(text: str) -> str:
    """Plain text made safe for paragraph markup, with stand-ins for glyphs the font lacks."""
    return escape(printable(text))


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; newlines become line breaks)."""
    return Paragraph(esc(text).replace("\n", "<br/>"), style)


def wrap_lines(text: str, size: float, width: float, max_lines: int) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines of ``width`` points (Latin words at spaces, CJK
    anywhere); the last line ends in an ellipsis when text was cut."""
    text = printable(text)
    lines: list[str] = []
    line = ""
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        if text[i].isascii() and not text[i].isspace():  # a Latin word moves to the next line whole
            while j < n and text[j].isascii() and not text[j].isspace():
                j += 1
        token = text[i:j]
        if text_width(line + token, size) <= width:
            line += token
            i = j
        elif not line.strip():  # a single word wider than the line: cut it
            cut = token
            while len(cut) > 1 and text_width(line + cut, size) > width:
                cut = cut[:-1]
            line += cut
            i += len(cut)
        else:
            lines.append(line.rstrip())
            line = ""
            if token.isspace():
                i = j
            if len(lines) == max_lines:
                break
    else:
        if line.strip():
            lines.append(line.rstrip())
        return lines
    last = lines[-1]
    while last and text_width(last + "…", size) > width:
        last = last[:-1]
    lines[-1] = last + "…"
    return lines


# --- page furniture --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Furniture:
    """What every page of a document prints around its content."""

    title: str
    facility: str
    unit: str
    generated_at: datetime
    lang: str
    note: str = ""  # a small line above the footer rule on every page (e.g. the audit head)

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width, height = canvas._pagesize
        lang = self.lang
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        top = height - MARGIN + 2 * mm
        head = "  ·  ".join(x for x in (self.title, self.facility, self.unit) if x)
        canvas.drawString(MARGIN, top, _fit(head, 8, width * 0.62))
        canvas.setFillColor(ALERT)
        canvas.drawRightString(width - MARGIN, top, t("internal", lang))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, top - 1.6 * mm, width - MARGIN, top - 1.6 * mm)
        bottom = MARGIN - 6 * mm
        canvas.line(MARGIN, bottom + 3.6 * mm, width - MARGIN, bottom + 3.6 * mm)
        if self.note:
            canvas.setFont(FONT, 6.5)
            canvas.setFillColor(GREY)
            canvas.drawString(MARGIN, bottom + 4.8 * mm, _fit(self.note, 6.5, width - 2 * MARGIN))
            canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        generated = t("generated", lang, when=fmt_datetime(self.generated_at, lang))
        canvas.drawString(MARGIN, bottom, f"{generated}  ·  MDIR Desk {__version__}")
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT, 9)
        canvas.drawRightString(width - MARGIN, bottom, t("page", lang, page=page, pages=pages))
        canvas.restoreState()


def _fit(text: str, size: float, width: float) -> str:
    return wrap_lines(text, size, width, 1)[0] if text else ""


def numbered_canvas(furniture: Furniture) -> type[Canvas]:
    """A canvas class that draws ``furniture`` on every page once the total page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs.setdefault("initialFontName", FONT)
            kwargs.setdefault("initialFontSize", 9)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                furniture.draw(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def make_doc(path: Path, pagesize: tuple[float, float], title: str) -> SimpleDocTemplate:
    """A document template with the standard margins (room for header and footer)."""
    return SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_SPACE - 4 * mm,
        bottomMargin=MARGIN + FOOTER_SPACE - 6 * mm,
        title=title,
        author="MDIR Desk",
        creator=f"MDIR Desk {__version__}",
    )


def frame_width(pagesize: tuple[float, float]) -> float:
    return pagesize[0] - 2 * MARGIN


# --- output --------------------------------------------------------------------------------------
@contextlib.contextmanager
def atomic_output(out: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; on success it replaces ``out`` in one rename, on failure it
    is removed and ``out`` is left as it was (no partial PDF)."""
    target = Path(out)
    if not target.parent.is_dir():
        raise BadInputError(Message("reports.folder_missing", target=target))
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def build(
    out: Path | str,
    pagesize: tuple[float, float],
    furniture: Furniture,
    story_for: Callable[[float], list[object]],
) -> int:
    """Build a platypus document atomically; ``story_for(frame_width)`` makes the flowables.

    Returns the number of pages.
    """
    with atomic_output(out) as temp:
        doc = make_doc(temp, pagesize, furniture.title)
        story = story_for(doc.width)
        doc.build(story, canvasmaker=numbered_canvas(furniture))
        return doc.page
