"""Makers of hostile files for tests/hostile: workbooks rebuilt part by part (zip bombs, entity
bombs, absurd row numbers), zips whose directory lies, and cuts and byte edits of real files."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable, Iterable
from typing import IO

import openpyxl

SHEET = "xl/worksheets/sheet1.xml"
SHARED_STRINGS = "xl/sharedStrings.xml"
MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>'
SHEET_HEAD = b'<worksheet xmlns="' + MAIN_NS + b'"><sheetData>'
SHEET_TAIL = b"</sheetData></worksheet>"

Part = bytes | Callable[[IO[bytes]], None]  # the bytes, or a writer that streams them


def workbook(
    rows: Iterable[Iterable[object]] = (("Asset Tag", "Serial"), ("MD-1", "S-1")),
) -> bytes:
    """A real .xlsx written by openpyxl (its first sheet holds ``rows``)."""
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rebuilt(base: bytes, parts: dict[str, Part], *, level: int = 9) -> bytes:
    """``base`` with the named parts replaced (or added); a callable part is streamed (ZIP64)."""
    source = zipfile.ZipFile(io.BytesIO(base))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        names = [info.filename for info in source.infolist()]
        for name in [*names, *(n for n in parts if n not in names)]:
            part = parts.get(name)
            if part is None:
                target.writestr(name, source.read(name))
            elif callable(part):
                with target.open(name, "w", force_zip64=True) as stream:
                    part(stream)
            else:
                target.writestr(name, part)
    return out.getvalue()


def with_sheet(body: bytes, *, prolog: bytes = b"", base: bytes | None = None) -> bytes:
    """A workbook whose first sheet's ``<sheetData>`` holds ``body``; ``prolog`` (e.g. a DOCTYPE)
    replaces the XML declaration."""
    xml = (prolog or XML_DECLARATION) + SHEET_HEAD + body + SHEET_TAIL
    return rebuilt(base or workbook(), {SHEET: xml})


def inline_row(number: int, *texts: str, column: str = "A") -> bytes:
    """A ``<row>`` of inline-string cells starting at ``column`` (one letter)."""
    cells = b"".join(
        b'<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>'
        % (chr(ord(column) + i).encode(), number, text.encode())
        for i, text in enumerate(texts)
    )
    return b'<row r="%d">%s</row>' % (number, cells)


def with_shared_strings(writer: Part, base: bytes | None = None) -> bytes:
    """A workbook that declares a shared-strings part (openpyxl writes none) holding ``writer``."""
    source = base or workbook()
    archive = zipfile.ZipFile(io.BytesIO(source))
    rels = archive.read("xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    types = archive.read("[Content_Types].xml").replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    return rebuilt(
        source,
        {"xl/_rels/workbook.xml.rels": rels, "[Content_Types].xml": types, SHARED_STRINGS: writer},
    )


def repeated(head: bytes, unit: bytes, times: int, tail: bytes) -> Callable[[IO[bytes]], None]:
    """A streamed part: ``head``, ``unit`` ``times`` times, ``tail`` (never all in memory)."""

    def write(stream: IO[bytes]) -> None:
        stream.write(head)
        block = unit * max(1, (1 << 20) // len(unit))
        whole, rest = divmod(times, max(1, (1 << 20) // len(unit)))
        for _ in range(whole):
            stream.write(block)
        stream.write(unit * rest)
        stream.write(tail)

    return write


# --- zip directories that lie ------------------------------------------------------------------

_CENTRAL = b"PK\x01\x02"


def lie_about_sizes(
    data: bytes, *, file_size: int | None = None, compress_size: int | None = None
) -> bytes:
    """Rewrite the sizes every central-directory entry declares (the local headers are left)."""
    out = bytearray(data)
    at = out.find(_CENTRAL)
    while at >= 0:
        if compress_size is not None:
            struct.pack_into("<I", out, at + 20, compress_size)
        if file_size is not None:
            struct.pack_into("<I", out, at + 24, file_size)
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", out, at + 28)
        at = out.find(_CENTRAL, at + 46 + name_len + extra_len + comment_len)
    return bytes(out)


def overlapping(entries: int = 200) -> bytes:
    """A zip whose directory lists ``entries`` parts that all point at the same compressed data
    (the "overlapping files" zip bomb): each unpacks the same 1 MB, the file holds it once."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(SHEET, b"<" * (1 << 20))
    data = out.getvalue()
    directory_at = data.find(_CENTRAL)
    fixed = bytearray(data[directory_at : directory_at + 46])  # the entry without its name
    directory = bytearray()
    for i in range(entries):
        name = b"xl/worksheets/sheet%d.xml" % (i + 1)
        struct.pack_into("<HHH", fixed, 28, len(name), 0, 0)
        directory += fixed + name
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, entries, entries, len(directory), directory_at, 0
    )
    return data[:directory_at] + bytes(directory) + end


def huge_declared_directory(base: bytes, size: int, *, zip64: bool = False) -> bytes:
    """``base`` whose end record (or, with ``zip64``, an added ZIP64 end record, which takes
    precedence) declares a central directory of ``size`` bytes."""
    at = base.rfind(b"PK\x05\x06")
    if not zip64:
        out = bytearray(base)
        struct.pack_into("<I", out, at + 12, size)
        return bytes(out)
    entries, _, offset = struct.unpack_from("<HII", base, at + 10)
    record = struct.pack(
        "<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, entries, entries, size, offset
    )
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, at, 1)
    return base[:at] + record + locator + base[at:]


# --- damage to real files ---------------------------------------------------------------------


def mutated(data: bytes, edits: Iterable[tuple[int, int, int]]) -> bytes:
    """``data`` with byte edits (position, kind, byte): kind 0 replaces, 1 inserts, 2 deletes."""
    out = bytearray(data)
    for position, kind, byte in edits:
        if not out:
            out.append(byte)
            continue
        at = position % len(out)
        if kind == 0:
            out[at] = byte
        elif kind == 1:
            out.insert(at, byte)
        else:
            del out[at]
    return bytes(out)
