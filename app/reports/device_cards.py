"""Label-size device cards, 3 x 8 per page: class badge and short name, the first action for the class,
who to call, the asset tag in text and as a QR code.

Drawn straight on the canvas (no platypus) so a thousand cards take a couple of seconds; the QR code is the
``qrcode`` matrix drawn as merged rectangles (``qr.py``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.domain.ir_classes import IRClassCatalog
from app.reports.fonts import FONT
from app.reports.layout import (
    GREY,
    MARGIN,
    Furniture,
    atomic_output,
    check_aware,
    check_inputs,
    wrap_lines,
)
from app.reports.model import DeviceCard
from app.reports.qr import draw_qr
from app.reports.texts import card_action, t
from app.version import __version__

COLUMNS, ROWS = 3, 8
SIDE_MARGIN = 8 * mm
PAD = 4.0
STRIP = 30.0  # width of the coloured class strip
QR_SIZE = 56.0  # points, quiet zone included
UNCLASSIFIED_BG = colors.HexColor("#E0E0E0")
CUT = colors.HexColor("#BBBBBB")


def render_device_cards(
    cards: Sequence[DeviceCard],
    classes: IRClassCatalog,
    lang: str,
    paper: str,
    out: Path | str,
    *,
    generated_at: datetime | None = None,
    facility: str = "",
) -> int:
    """Write the cards, 3 x 8 per page, as a PDF to ``out`` (atomically); return the number of pages.

    ``generated_at`` (aware; default: now in the local zone) and ``facility`` go in the page header/footer.
    An empty list gives one page saying so, so the user sees what happened.
    """
    pagesize = check_inputs(lang, paper)
    generated_at = generated_at or datetime.now().astimezone()
    check_aware(generated_at, "generated_at")
    for card in cards:
        if card.ir_class is not None:
            classes.get(card.ir_class)  # an unknown class is refused before anything is written
    furniture = Furniture(t("cards_title", lang), facility, "", generated_at, lang)
    per_page = COLUMNS * ROWS
    pages = max(1, math.ceil(len(cards) / per_page))
    width, height = pagesize
    card_w = (width - 2 * SIDE_MARGIN) / COLUMNS
    top = height - MARGIN - 1 * mm
    card_h = (top - (MARGIN - 1 * mm)) / ROWS
    with atomic_output(out) as temp:
        canvas = Canvas(str(temp), pagesize=pagesize, initialFontName=FONT, initialFontSize=8)
        canvas.setTitle(t("cards_title", lang))
        canvas.setCreator(f"MDIR Desk {__version__}")
        for page in range(pages):
            batch = cards[page * per_page : (page + 1) * per_page]
            for index, card in enumerate(batch):
                row, col = divmod(index, COLUMNS)
                x = SIDE_MARGIN + col * card_w
                y = top - (row + 1) * card_h
                _card(canvas, card, classes, lang, x, y, card_w, card_h)
            if not cards:
                canvas.setFont(FONT, 12)
                canvas.drawString(SIDE_MARGIN, top - 20, "—")
            _cut_lines(canvas, len(batch), card_w, card_h, top)
            furniture.draw(canvas, page + 1, pages)
            canvas.showPage()
        canvas.save()
    return pages


def _cut_lines(canvas: Canvas, count: int, w: float, h: float, top: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(CUT)
    canvas.setLineWidth(0.3)
    canvas.setDash(2, 2)
    for index in range(count):
        row, col = divmod(index, COLUMNS)
        canvas.rect(SIDE_MARGIN + col * w, top - (row + 1) * h, w, h, stroke=1, fill=0)
    canvas.restoreState()


@lru_cache(maxsize=256)
def _wrapped(text: str, size: float, width: float, lines: int) -> tuple[str, ...]:
    return tuple(wrap_lines(text, size, width, lines))


def _card(
    canvas: Canvas,
    card: DeviceCard,
    classes: IRClassCatalog,
    lang: str,
    x: float,
    y: float,
    w: float,
    h: float,
) -> None:
    ir_class = classes.get(card.ir_class) if card.ir_class is not None else None
    # coloured strip with the class number (never colour alone: the short name is printed too)
    if ir_class is None:
        canvas.setFillColor(UNCLASSIFIED_BG)
        number, number_colour = "?", colors.black
        heading = t("not_classified", lang)
    else:
        canvas.setFillColor(colors.HexColor(ir_class.colour))
        number, number_colour = str(ir_class.number), colors.HexColor(ir_class.text_colour)
        heading = f"{t('class_n', lang, n=ir_class.number)}: {ir_class.short.get(lang)}"
    canvas.rect(x, y, STRIP, h, stroke=0, fill=1)
    canvas.setFillColor(number_colour)
    canvas.setFont(FONT, 24)
    canvas.drawCentredString(x + STRIP / 2, y + h - 28, number)

    left = x + STRIP + PAD
    right = x + w - PAD
    cursor = y + h - PAD - 8.5
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT, 9)
    canvas.drawString(left, cursor, _wrapped(heading, 9, right - left, 1)[0])

    text_w = right - left - QR_SIZE
    canvas.setFont(FONT, 7)
    for line in _wrapped(card_action(card.ir_class, lang), 7, text_w, 3):
        cursor -= 8.2
        canvas.drawString(left, cursor, line)

    cursor -= 9
    if card.first_contact is None:
        canvas.setFillColor(GREY)
        canvas.drawString(left, cursor, t("no_contact", lang))
        canvas.setFillColor(colors.black)
        cursor -= 9.5
    else:
        name = f"{t('call', lang)}: {card.first_contact.name}"
        canvas.drawString(left, cursor, _wrapped(name, 7, text_w, 1)[0])
        cursor -= 8.5
        canvas.setFont(FONT, 9)
        canvas.drawString(left, cursor, _wrapped(card.first_contact.number, 9, text_w, 1)[0])

    # asset tag, large, and what the device is, small, at the bottom
    canvas.setFont(FONT, 6)
    canvas.setFillColor(GREY)
    where = " · ".join(v for v in (card.unit, card.location) if v)
    what = " · ".join(v for v in (card.category_name, card.model) if v)
    canvas.drawString(left, y + PAD, _wrapped(where, 6, text_w, 1)[0] if where else "")
    canvas.drawString(left, y + PAD + 7, _wrapped(what, 6, text_w, 1)[0] if what else "")
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT, 10)
    canvas.drawString(left, y + PAD + 15, _wrapped(card.asset_tag, 10, text_w, 1)[0])

    draw_qr(canvas, card.asset_tag, right - QR_SIZE + PAD, y + 1, QR_SIZE)
