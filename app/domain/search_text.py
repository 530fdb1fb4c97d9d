"""Text for the full-text index of devices, and queries against it (SQLite FTS5, unicode61 tokenizer).

unicode61 keeps an unbroken run of Japanese characters as one token, so "輸液" would not find
"輸液ポンプ" and a two-character surname would find nothing. The indexed text therefore carries,
besides the words themselves, every two-character piece (bigram) of each Japanese run and the run's
last character alone. A query term in Japanese becomes a phrase of its bigrams (a single character:
a prefix search); any other term is a prefix search. All text is NFKC-normalised and lower-cased, so
full-width and half-width forms find each other.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Hiragana, katakana (incl. the long vowel mark), CJK ideographs and their extensions, iteration marks.
_CJK_RUN = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_MAX_TERMS = 12


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def cjk_pieces(text: str) -> list[str]:
    """Bigrams of every Japanese run in ``text`` plus each run's last character."""
    pieces: list[str] = []
    for run in _CJK_RUN.findall(text):
        pieces.extend(run[i : i + 2] for i in range(len(run) - 1))
        pieces.append(run[-1])
    return pieces


def build_search_text(values: Iterable[object]) -> str:
    """The text to index for one device, from its searchable values (None and blanks skipped)."""
    words = normalise(" ".join(str(v) for v in values if v not in (None, "")))
    pieces = cjk_pieces(words)
    return f"{words} {' '.join(pieces)}" if pieces else words


def build_fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None when nothing searchable is left."""
    terms = [t for t in normalise(query).split() if t.strip('"*')][:_MAX_TERMS]
    parts = []
    for term in terms:
        term = term.replace('"', " ").strip()
        if not term:
            continue
        if _CJK_RUN.fullmatch(term) and len(term) >= 2:
            parts.append('"' + " ".join(term[i : i + 2] for i in range(len(term) - 1)) + '"')
        else:
            parts.append(f'"{term}"*')
    return " AND ".join(parts) if parts else None
