"""Keeping spreadsheet formulas out of exported cells, reversibly (the OWASP CSV-injection advice).

A cell whose text begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return could be run as a
formula when the file is opened in Excel or LibreOffice. The exporter writes such a cell with one extra
leading apostrophe (``=SUM(A1)`` becomes ``'=SUM(A1)``), which spreadsheets show as plain text.

The importer undoes exactly that: it strips **one** leading apostrophe when the text after the leading
apostrophes begins with one of those characters. To keep the round trip lossless, text that already
begins with apostrophes followed by such a character (``'=x``) gets one more on export (``''=x``).
Any other apostrophe (``'quoted'``, ``'123``) is left alone in both directions.
"""

from __future__ import annotations

TRIGGERS = frozenset("=+-@\t\r")


def _is_risky(text: str) -> bool:
    first = text.lstrip("'")[:1]
    return bool(first) and first in TRIGGERS


def neutralise(text: str) -> str:
    """``text`` made safe to open in a spreadsheet (one apostrophe added when needed)."""
    if text and (text[0] in TRIGGERS or (text[0] == "'" and _is_risky(text))):
        return "'" + text
    return text


def restore(text: str) -> str:
    """The original text of a cell written by ``neutralise`` (one apostrophe removed when added)."""
    if text[:1] == "'" and _is_risky(text):
        return text[1:]
    return text
