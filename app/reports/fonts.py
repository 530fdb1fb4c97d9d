"""The one font of every document: IPAexGothic (TrueType, Japanese and Latin), embedded as a subset.

reportlab's canvas otherwise writes a Helvetica resource on every page (a base-14 font, never embedded), so
registration also makes IPAexGothic the canvas default (``rl_config.canvas_basefontname``) and maps the bold
and italic variants of the family to the same face: ``<b>`` in a paragraph never falls back to Helvetica.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.errors import AppError, Message
from app.paths import resources_dir

FONT = "IPAexGothic"
_lock = threading.Lock()
_registered = False


def font_path() -> Path:
    """The bundled IPAexGothic TrueType file."""
    return resources_dir() / "fonts" / "ipaexg.ttf"


def ensure_font() -> str:
    """Register IPAexGothic once (thread-safe) and return its name."""
    global _registered
    if _registered:
        return FONT
    with _lock:
        if not _registered:
            path = font_path()
            if not path.is_file():
                raise AppError(Message("reports.font_missing", path=path))
            pdfmetrics.registerFont(TTFont(FONT, str(path)))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
            rl_config.canvas_basefontname = FONT
            _registered = True
    return FONT


def text_width(text: str, size: float) -> float:
    """Width of ``text`` in points at ``size`` in the document font."""
    return pdfmetrics.stringWidth(text, FONT, size)


# Characters people type that IPAexGothic has no glyph for, with a printable stand-in.
_STAND_INS = str.maketrans(
    {
        "≤": "<=",
        "≥": ">=",
        "☐": "□",
        "☑": "■",
        "✔": "✓",
        "➜": "→",
        "⚠": "(!)",
    }
)


def printable(text: str) -> str:
    """``text`` with the few common symbols the font lacks replaced by stand-ins (no tofu on paper)."""
    return text.translate(_STAND_INS)
