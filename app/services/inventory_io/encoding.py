"""Deciding how a text table's bytes are encoded, deterministically, without ever guessing into mojibake.

The rules, in order:

1. A UTF-16 byte-order mark means UTF-16 (Excel's "Unicode Text" export); a UTF-32 one (whose
   first two bytes look like UTF-16's) is refused.
2. Content that is clearly not text (NUL bytes, a known binary signature such as PNG, PDF, ZIP or an old
   ``.xls``, or many control characters) is refused as "not a text table".
3. UTF-8, decoded strictly over the whole file (a UTF-8 byte-order mark is dropped).
4. Shift_JIS (Windows code page 932), but only when the whole file decodes strictly as CP932 *and* the
   non-ASCII text looks Japanese (see ``looks_japanese``).
5. Otherwise a ``BadInputError`` naming the first byte that is not UTF-8, its offset and line.

The file is read in chunks through incremental decoders, so memory stays bounded whatever its size.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.errors import BadInputError, Message

CHUNK = 1 << 20
SNIFF = 64 * 1024

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (perhaps an Excel .xlsx workbook: give it the .xlsx extension)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Excel .xls workbook (save it as .xlsx or CSV)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c\x1a")


@dataclass(frozen=True)
class Encoding:
    """The codec to decode the file with, and the name reported to people."""

    codec: str
    name: str


UTF8 = Encoding("utf-8", "utf-8")
UTF8_BOM = Encoding("utf-8-sig", "utf-8-sig")
CP932 = Encoding("cp932", "cp932")


def detect_encoding(path: Path, head: bytes) -> Encoding:
    """The encoding of the text table at ``path`` whose first bytes are ``head`` (see module rules)."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # FF FE 00 00 begins both
        raise BadInputError(Message("inventory_io.encoding.utf_32_text_not", file=path.name))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Encoding("utf-16", "utf-16")
    refuse_binary(path, head)
    if head.startswith(codecs.BOM_UTF8):
        failure = first_decode_failure(path, "utf-8-sig")
        if failure is None:
            return UTF8_BOM
        raise _not_utf8(path, failure)
    failure = first_decode_failure(path, "utf-8")
    if failure is None:
        return UTF8
    if first_decode_failure(path, "cp932") is None and looks_japanese(_chunks(path, "cp932")):
        return CP932
    raise _not_utf8(path, failure)


def check_encoding(path: Path, codec: str) -> Encoding:
    """A codec named by the person importing: it must exist and decode the whole file."""
    try:
        name = codecs.lookup(codec).name
    except LookupError:
        raise BadInputError(
            Message("inventory_io.encoding.unknown_text_encoding", codec=codec)
        ) from None
    failure = first_decode_failure(path, name)
    if failure is not None:
        offset, byte = failure
        line = line_of_offset(path, offset)
        raise BadInputError(
            Message(
                "inventory_io.encoding.byte_0x_offset_line",
                file=path.name,
                byte=byte,
                offset=offset,
                line=line,
                name=name,
            )
        )
    return Encoding(name, name)


def refuse_binary(path: Path, head: bytes) -> None:
    """Raise "not a text table" when the first bytes are a known binary format or clearly not text."""
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            raise BadInputError(
                Message("inventory_io.encoding.not_text_table_looks", file=path.name, what=what)
            )
    if b"\x00" in head:
        raise BadInputError(
            Message("inventory_io.encoding.not_text_table_contains", file=path.name)
        )
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if head and controls * 100 > len(head):
        raise BadInputError(
            Message("inventory_io.encoding.not_text_table_contains_2", file=path.name)
        )


def first_decode_failure(path: Path, codec: str) -> tuple[int, int] | None:
    """The (byte offset, byte value) where strict decoding fails first, or None when it never does."""
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    offset = 0
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(CHUNK):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    return _failure_at(offset, chunk, exc)
                offset += len(chunk)
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError as exc:
                return _failure_at(offset, b"", exc)
    except OSError as exc:
        raise BadInputError(
            Message("inventory_io.encoding.cannot_read", file=path.name, reason=exc.strerror or exc)
        ) from None
    return None


def _failure_at(chunk_offset: int, chunk: bytes, exc: UnicodeDecodeError) -> tuple[int, int]:
    # The decoder prepends bytes it held back from the previous chunk, so exc.start counts from there.
    held_back = max(0, len(exc.object) - len(chunk))
    offset = max(0, chunk_offset - held_back + exc.start)
    return offset, exc.object[exc.start] if exc.start < len(exc.object) else 0


def line_of_offset(path: Path, offset: int) -> int:
    """The 1-based line holding byte ``offset`` (CR, LF and CRLF each end one line)."""
    lines = 1
    previous_cr = False
    remaining = offset
    with path.open("rb") as stream:
        while remaining > 0:
            chunk = stream.read(min(CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            crlf = chunk.count(b"\r\n") + (1 if previous_cr and chunk.startswith(b"\n") else 0)
            lines += chunk.count(b"\r") + chunk.count(b"\n") - crlf
            previous_cr = chunk.endswith(b"\r")
    return lines


def _is_japanese_wide(char: str) -> bool:
    code = ord(char)
    return (
        0x3000 <= code <= 0x30FF  # CJK punctuation, hiragana, katakana
        or 0x4E00 <= code <= 0x9FFF  # CJK ideographs (kanji)
        or 0xFF01 <= code <= 0xFF5E  # full-width ASCII forms
        or 0x31F0 <= code <= 0x31FF  # katakana phonetic extensions
    )


def _is_halfwidth_kana(char: str) -> bool:
    return 0xFF61 <= ord(char) <= 0xFF9F


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_JUDGE_AT_MOST = 1_000_000  # non-ASCII characters; plenty of evidence, bounded time


def _chunks(path: Path, codec: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(codec)(errors="ignore")
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            yield decoder.decode(chunk)


def _non_ascii_runs(chunks: Iterable[str]) -> Iterator[str]:
    seen = 0
    for text in chunks:
        for match in _NON_ASCII.finditer(text):
            yield match.group()
            seen += len(match.group())
            if seen >= _JUDGE_AT_MOST:
                return


def looks_japanese(chunks: Iterable[str]) -> bool:
    """True when the non-ASCII characters are (almost) all Japanese and form Japanese-looking words.

    At least 95 % of the non-ASCII characters must be kana, kanji, Japanese punctuation or full-width
    forms, and somewhere there must be two full-width Japanese characters in a row (e.g. 内科) or three
    half-width katakana in a row (e.g. ﾎﾟﾝﾌﾟ). Latin-1 text misread as CP932 turns accented letters into
    isolated half-width katakana, rare kanji or private-use characters and fails this test. Only the
    first million non-ASCII characters are judged, so the time is bounded.
    """
    wide = half = other = 0
    best_wide_run = best_half_run = 0
    for run in _non_ascii_runs(chunks):
        wide_run = half_run = 0
        for char in run:
            if _is_japanese_wide(char):
                wide, wide_run, half_run = wide + 1, wide_run + 1, 0
            elif _is_halfwidth_kana(char):
                half, wide_run, half_run = half + 1, 0, half_run + 1
            else:
                other, wide_run, half_run = other + 1, 0, 0
            best_wide_run = max(best_wide_run, wide_run)
            best_half_run = max(best_half_run, half_run)
    total = wide + half + other
    if not total or (wide + half) * 100 < total * 95:
        return False
    return best_wide_run >= 2 or best_half_run >= 3


def _not_utf8(path: Path, failure: tuple[int, int]) -> BadInputError:
    offset, byte = failure
    line = line_of_offset(path, offset)
    return BadInputError(
        Message(
            "inventory_io.encoding.not_utf_8_or",
            file=path.name,
            byte=byte,
            offset=offset,
            line=line,
        )
    )
