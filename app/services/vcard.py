"""Reading vCard 3.0 and 4.0 files (RFC 2426, RFC 6350): the few properties a contact sheet needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.errors import BadInputError, Message

MAX_BYTES = 20 * 1024 * 1024


@dataclass
class VCard:
    line: int  # where BEGIN:VCARD stands, for error messages
    name: str = ""
    org: str | None = None
    title: str | None = None
    phones: dict[str, str] = field(default_factory=dict)  # mobile / pager / desk
    email: str | None = None


def read_vcards(path: Path) -> list[VCard]:
    """Every card in the file. A card left open (a file cut short, or BEGIN:VCARD again before
    END:VCARD) is refused rather than dropped, so no contact goes missing without a word."""
    data = _read(path)
    cards: list[VCard] = []
    current: VCard | None = None
    for number, line in _unfolded(data):
        name, params, value = _split(line)
        if name == "BEGIN" and value.upper() == "VCARD":
            if current is not None:
                raise _unclosed(path, current, "vcard.card_unclosed_next", next=number)
            current = VCard(line=number)
        elif name == "END" and value.upper() == "VCARD":
            if current is not None:
                cards.append(current)
            current = None
        elif current is not None:
            _apply(current, name, params, value)
    if current is not None:
        raise _unclosed(path, current, "vcard.card_unclosed_cut")
    if not cards:
        raise BadInputError(Message("vcard.no_vcard_found_expected", file=path.name))
    return cards


def _unclosed(path: Path, card: VCard, code: str, **more: object) -> BadInputError:
    return BadInputError(Message(code, file=path.name, line=card.line, **more))


def _read(path: Path) -> str:
    too_big = BadInputError(
        Message("vcard.larger_than_mb", file=path.name, max_bytes=MAX_BYTES // (1024 * 1024))
    )
    try:
        if path.stat().st_size > MAX_BYTES:  # refused before reading, not after loading it all
            raise too_big
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInputError(
            Message("common.cannot_read_2", path=path, reason=exc.strerror or exc)
        ) from None
    if len(raw) > MAX_BYTES:  # grew while being read
        raise too_big
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInputError(
            Message("vcard.not_utf_8_text", file=path.name, byte=exc.start)
        ) from None


def _unfolded(text: str) -> list[tuple[int, str]]:
    """Lines with folding undone (a line starting with a space or tab continues the previous).

    The pieces of a folded line are joined once at the end: adding each to the growing line would
    take time quadratic in its length (millions of one-character folds in a 20 MB file)."""
    lines: list[tuple[int, list[str]]] = []
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if line[:1] in (" ", "\t") and lines:
            lines[-1][1].append(line[1:])
        elif line.strip():
            lines.append((number, [line]))
    return [(number, "".join(pieces)) for number, pieces in lines]


def _split(line: str) -> tuple[str, list[str], str]:
    head, _, value = line.partition(":")
    parts = head.split(";")
    name = parts[0].split(".")[-1].upper()  # drop a group prefix like item1.TEL
    return name, [p.lower() for p in parts[1:]], _unescape(value.strip())


def _unescape(value: str) -> str:
    return (
        value.replace("\\n", " ")
        .replace("\\N", " ")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
    )


def _types(params: list[str]) -> set[str]:
    found: set[str] = set()
    for param in params:
        key, _, value = param.partition("=")
        values = value if key == "type" else (key if not value else "")
        found.update(v.strip('"') for v in values.split(",") if v)
    return found


def _apply(card: VCard, name: str, params: list[str], value: str) -> None:
    if name == "FN":
        card.name = " ".join(value.split())
    elif name == "ORG":
        card.org = " ".join(value.split(";")[0].split()) or None  # organisation;department
    elif name in ("TITLE", "ROLE") and not card.title:
        card.title = value or None
    elif name == "EMAIL" and not card.email:
        card.email = value or None
    elif name == "TEL":
        types = _types(params)
        number = value.removeprefix("tel:")
        kind = "pager" if "pager" in types else "mobile" if types & {"cell", "mobile"} else "desk"
        card.phones.setdefault(kind, number)
