"""Reading a device table from a CSV/text file or an Excel workbook into plain rows of text.

Nothing here knows about device fields: a ``Table`` is the header and the rows as the file shows them,
each row with the number a spreadsheet shows for it. Every problem with the file itself (missing,
unreadable, binary, wrongly encoded, absurdly large) is a ``BadInputError`` with one clear line.

Limits (each refused with a clear message): a cell over 100,000 characters, a physical line over
1,000,000 characters, more than 1,000 columns, more than 1,000,000 data rows, a file over 512 MB.
Completely empty rows are skipped, streaming, and counted in ``Table.empty_rows_skipped``.

A workbook is a zip archive, checked before anything is unpacked (see ``_check_workbook_archive``):
a zip directory over 4 MB or more than 10,000 parts, parts that would unpack to more than 1 GB in
all or more than 100 times their stored size (a zip bomb), and rows numbered beyond a spreadsheet's
last row (1,048,576) are refused. Its XML is parsed by expat, which refuses entity-expansion bombs.

A cell written by our exporter with a protective apostrophe (``'=1+1``) is read back without it;
see ``formula.py``. ``SourceRow.raw`` keeps the cells exactly as the file has them.
"""

from __future__ import annotations

import csv
import os
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any, Literal

from app.errors import BadInputError, Message
from app.services.inventory_io._gc import collector_paused
from app.services.inventory_io.encoding import check_encoding, detect_encoding
from app.services.inventory_io.formula import restore

MAX_CELL_CHARS = 100_000
MAX_LINE_CHARS = 1_000_000
MAX_COLUMNS = 1_000
MAX_DATA_ROWS = 1_000_000
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_XLSX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_XLSX_PARTS = 10_000
MAX_XLSX_DIRECTORY_BYTES = 4 * 1024 * 1024
# A part may unpack to at most 100 times its stored size (Apache POI's zip-bomb threshold; real
# workbooks stay near 10x) once it is larger than 1 MB (tiny repetitive parts compress better).
MAX_XLSX_RATIO = 100
XLSX_RATIO_FROM_BYTES = 1024 * 1024
SPREADSHEET_MAX_ROWS = 1_048_576
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_DELIMITERS = ("\t", ";", ",")  # on a tie, the one least likely to appear inside header text wins


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One data row: its spreadsheet row number, its cells aligned to the header, and the original cells.

    ``cells`` has exactly one entry per header column (missing cells are ""; cells beyond the header are
    dropped; an exporter's protective apostrophe is removed). ``raw`` is the row exactly as in the file,
    for writing rejects unchanged.
    """

    number: int
    cells: list[str]
    raw: list[str]


@dataclass(frozen=True)
class Table:
    """A file's header and data rows as text.

    ``encoding`` and ``delimiter`` describe a CSV file ("" for a workbook). ``header_row`` is the row
    number of the header (1 unless the file starts with empty rows).
    """

    headers: list[str]
    rows: list[SourceRow]
    encoding: str
    delimiter: str
    kind: Literal["csv", "xlsx"]
    header_row: int = 1
    empty_rows_skipped: int = 0
    name: str = field(default="", compare=False)


def read_table(path: Path, *, encoding: str | None = None) -> Table:
    """Read the CSV/text file or ``.xlsx`` workbook at ``path``.

    A CSV file's encoding (UTF-8 with or without BOM, UTF-16 with BOM, Shift_JIS/CP932) and delimiter
    (comma, semicolon or tab) are detected; ``encoding`` forces a codec (e.g. "cp1252", "mac_roman")
    for a file that is neither. The kind is chosen by extension: ``.xlsx``/``.xlsm`` is a workbook,
    anything else is read as text. Raises ``BadInputError`` for any problem with the file.
    """
    path = Path(path)
    head = _head(path)
    with collector_paused():
        if path.suffix.lower() in XLSX_SUFFIXES:
            return _read_xlsx(path)
        return _read_csv(path, head, encoding)


def _head(path: Path) -> bytes:
    if not path.exists():
        raise BadInputError(Message("common.no_such_file", path=path))
    if path.is_dir():
        raise BadInputError(Message("inventory_io.reader.folder_not_file", path=path))
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(64 * 1024)
    except OSError as exc:
        raise BadInputError(
            Message("common.cannot_read_2", path=path, reason=exc.strerror or exc)
        ) from None
    if size == 0 or not head:
        raise BadInputError(Message("inventory_io.reader.file_empty", file=path.name))
    if size > MAX_FILE_BYTES:
        raise BadInputError(
            Message(
                "inventory_io.reader.file_mb_most_mb",
                file=path.name,
                size=size // (1024 * 1024),
                max_mb=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    return head


class _RowCollector:
    """Turns raw rows into the header and ``SourceRow``s, enforcing the limits as rows stream past."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.headers: list[str] | None = None
        self.header_row = 0
        self.rows: list[SourceRow] = []
        self.empty = 0

    def add(self, number: int, raw: list[str]) -> None:
        if not any(raw) or not "".join(raw).strip():
            self.empty += self.headers is not None
            return
        if len(raw) > MAX_COLUMNS:
            raise BadInputError(
                Message(
                    "inventory_io.reader.row_cells_most_columns",
                    file=self.name,
                    number=number,
                    count=len(raw),
                    max_columns=MAX_COLUMNS,
                )
            )
        if max(map(len, raw)) > MAX_CELL_CHARS:
            raise BadInputError(
                Message(
                    "inventory_io.reader.row_cell_longer_than",
                    file=self.name,
                    number=number,
                    max_cell_chars=MAX_CELL_CHARS,
                )
            )
        if self.headers is None:
            self._set_header(number, raw)
            return
        if len(self.rows) >= MAX_DATA_ROWS:
            raise BadInputError(
                Message(
                    "inventory_io.reader.more_than_rows_split",
                    file=self.name,
                    max_data_rows=MAX_DATA_ROWS,
                )
            )
        self.rows.append(SourceRow(number, self._aligned(raw), raw))

    def _set_header(self, number: int, raw: list[str]) -> None:
        headers = [cell.strip().lstrip("\ufeff").strip() for cell in raw]
        while headers and not headers[-1]:
            headers.pop()
        self.headers = headers
        self.header_row = number

    def _aligned(self, raw: list[str]) -> list[str]:
        width = len(self.headers or ())
        needs_restore = any(cell[:1] == "'" for cell in raw)
        if len(raw) == width and not needs_restore:
            return raw
        cells = [restore(cell) for cell in raw[:width]] if needs_restore else raw[:width]
        cells.extend([""] * (width - len(cells)))
        return cells

    def table(self, *, encoding: str, delimiter: str, kind: Literal["csv", "xlsx"]) -> Table:
        if self.headers is None:
            raise BadInputError(Message("inventory_io.reader.file_no_header_row", file=self.name))
        return Table(
            headers=self.headers,
            rows=self.rows,
            encoding=encoding,
            delimiter=delimiter,
            kind=kind,
            header_row=self.header_row,
            empty_rows_skipped=self.empty,
            name=self.name,
        )


# --- CSV ----------------------------------------------------------------------------------------------


class _Lines:
    """Physical lines (CR, LF or CRLF each end one) with a length cap; remembers the current record."""

    def __init__(self, stream: IO[str], name: str) -> None:
        self.stream = stream
        self.name = name
        self.count = 0
        self.pending: list[str] = []
        self.record: list[str] = []

    def _read(self) -> str:
        line = self.stream.readline(MAX_LINE_CHARS + 1)
        if line:
            self.count += 1
            if len(line) > MAX_LINE_CHARS:
                raise BadInputError(
                    Message(
                        "inventory_io.reader.line_longer_than_characters",
                        file=self.name,
                        line=self.count,
                        max_line_chars=MAX_LINE_CHARS,
                    )
                )
        return line

    def first_non_blank(self) -> str:
        """Peek at the first line that is not blank (it and the blank lines before it are replayed)."""
        while line := self._read():
            self.pending.append(line)
            if line.strip():
                return line
        return ""

    def __iter__(self) -> Iterator[str]:
        for line in self.pending:
            self.record.append(line)
            yield line
        self.pending = []
        while line := self._read():
            self.record.append(line)
            yield line


def detect_delimiter(header_line: str) -> str:
    """Comma, semicolon or tab: whichever appears most often outside quotes in the header line."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=counts.__getitem__)
    return best if counts[best] else ","


def _read_csv(path: Path, head: bytes, encoding: str | None) -> Table:
    chosen = check_encoding(path, encoding) if encoding else detect_encoding(path, head)
    collector = _RowCollector(path.name)
    try:
        with path.open("r", encoding=chosen.codec, errors="strict", newline="") as stream:
            lines = _Lines(stream, path.name)
            delimiter = detect_delimiter(lines.first_non_blank())
            _collect_csv(csv.reader(lines, delimiter=delimiter), lines, collector)
    except UnicodeDecodeError as exc:  # only when a forced encoding turned out wrong mid-way
        raise BadInputError(
            Message(
                "inventory_io.reader.not_valid_text",
                file=path.name,
                encoding=chosen.name,
                reason=exc.reason,
            )
        ) from None
    except OSError as exc:
        raise BadInputError(
            Message("common.cannot_read_2", path=path, reason=exc.strerror or exc)
        ) from None
    return collector.table(encoding=chosen.name, delimiter=delimiter, kind="csv")


def _collect_csv(reader: Any, lines: _Lines, collector: _RowCollector) -> None:
    """Feed the collector each record, numbered by the physical line where it starts."""
    start = last_start = 1
    last_lines: list[str] = []
    while True:
        lines.record = []
        start = reader.line_num + 1
        try:
            raw = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise BadInputError(
                Message(
                    "inventory_io.reader.line",
                    file=collector.name,
                    line=start,
                    reason=_csv_problem(exc),
                )
            ) from None
        last_start, last_lines = start, lines.record
        collector.add(start, raw)
    _refuse_unclosed_quote(last_lines, last_start, collector.name)


def _csv_problem(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return f"a cell is longer than {MAX_CELL_CHARS:,} characters"
    return text


def _refuse_unclosed_quote(record: Iterable[str], start: int, name: str) -> None:
    """The last record swallowing several lines with an odd number of quotes is a quote never closed."""
    lines = list(record)
    if len(lines) > 1 and "".join(lines).count('"') % 2:
        raise BadInputError(
            Message("inventory_io.reader.line_quoted_cell_never", file=name, line=start)
        )


# --- XLSX ---------------------------------------------------------------------------------------------


def _read_xlsx(path: Path) -> Table:
    _check_workbook_archive(path)
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # any parser failure on a hostile file is "not a valid workbook"
        raise BadInputError(
            Message(
                "inventory_io.reader.not_valid_xlsx_workbook_3", file=path.name, reason=_reason(exc)
            )
        ) from None
    collector = _RowCollector(path.name)
    try:
        if not book.worksheets:
            raise BadInputError(
                Message("inventory_io.reader.workbook_no_worksheet", file=path.name)
            )
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # rows carry their own width; a bogus declared size costs nothing
        rows = sheet.iter_rows(min_row=1, min_col=1, values_only=True)
        for number, values in enumerate(rows, start=1):
            if number > SPREADSHEET_MAX_ROWS:  # openpyxl fills a gap up to row r="999999999"
                raise BadInputError(
                    Message(
                        "inventory_io.reader.worksheet_rows_beyond_row",
                        file=path.name,
                        spreadsheet_max_rows=SPREADSHEET_MAX_ROWS,
                    )
                )
            collector.add(number, _texts(values))
    except BadInputError:
        raise
    except Exception as exc:  # a corrupt sheet part surfaces while streaming
        raise BadInputError(
            Message(
                "inventory_io.reader.worksheet_cannot_read", file=path.name, reason=_reason(exc)
            )
        ) from None
    finally:
        book.close()
    return collector.table(encoding="", delimiter="", kind="xlsx")


def _check_workbook_archive(path: Path) -> None:
    """Refuse a zip that would cost far more to open or unpack than a real workbook (zip bombs).

    The directory's size is read from the zip's end record first, so a directory of millions of
    entries is refused before ``zipfile`` builds an object for each. The sizes checked are the ones
    ``zipfile`` enforces while unpacking (it stops at a part's declared size), and the stored sizes
    must fit in the file, so a part cannot unpack to more than the limits allow.
    """
    import zipfile

    not_a_zip = BadInputError(
        Message("inventory_io.reader.not_valid_xlsx_workbook", file=path.name)
    )
    try:
        file_size = path.stat().st_size
        directory = _zip_directory_size(path)
        if directory is None:
            raise not_a_zip
        if directory > MAX_XLSX_DIRECTORY_BYTES:
            raise BadInputError(
                Message(
                    "inventory_io.reader.workbook_s_zip_directory",
                    file=path.name,
                    directory=directory,
                    max_xlsx_directory_bytes=MAX_XLSX_DIRECTORY_BYTES,
                )
            )
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error):
        raise not_a_zip from None
    if len(parts) > MAX_XLSX_PARTS:
        raise BadInputError(
            Message(
                "inventory_io.reader.workbook_holds_parts_most",
                file=path.name,
                count=len(parts),
                max_xlsx_parts=MAX_XLSX_PARTS,
            )
        )
    if sum(part.compress_size for part in parts) > file_size:
        raise BadInputError(
            Message("inventory_io.reader.not_valid_xlsx_workbook_2", file=path.name)
        )
    if sum(part.file_size for part in parts) > MAX_XLSX_UNPACKED_BYTES:
        raise BadInputError(
            Message("inventory_io.reader.workbook_unpacks_more_than", file=path.name)
        )
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > XLSX_RATIO_FROM_BYTES and ratio > MAX_XLSX_RATIO:
            name = part.filename if len(part.filename) <= 60 else part.filename[:60] + "..."
            raise BadInputError(
                Message(
                    "inventory_io.reader.part_would_unpack_bytes",
                    file=path.name,
                    name=name,
                    file_size=part.file_size,
                    ratio=ratio,
                    max_xlsx_ratio=MAX_XLSX_RATIO,
                )
            )


def _zip_directory_size(path: Path) -> int | None:
    """The size of a zip's central directory as ``zipfile`` will read it (None: no end record).

    Found the way ``zipfile`` finds it: the end record in the last 22 bytes, else the last one in
    the final 64 KB (a comment may follow it); a ZIP64 end record just before it takes precedence.
    """
    end_size, locator_size, zip64_size = 22, 20, 56
    with path.open("rb") as stream:
        size = stream.seek(0, os.SEEK_END)
        tail_size = min(size, end_size + 0xFFFF + locator_size + zip64_size)
        stream.seek(size - tail_size)
        tail = stream.read(tail_size)
    end = len(tail) - end_size
    if end < 0 or tail[end : end + 4] != b"PK\x05\x06" or tail[-2:] != b"\x00\x00":
        end = tail.rfind(b"PK\x05\x06")
        if end < 0 or len(tail) - end < end_size:
            return None
    (directory,) = struct.unpack_from("<I", tail, end + 12)
    locator = end - locator_size
    zip64 = locator - zip64_size
    if (
        zip64 >= 0
        and tail[locator : locator + 4] == b"PK\x06\x07"
        and tail[zip64 : zip64 + 4] == b"PK\x06\x06"
    ):
        (directory,) = struct.unpack_from("<Q", tail, zip64 + 40)
    return int(directory)


def _reason(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def _texts(values: tuple[object, ...]) -> list[str]:
    """The row's texts without its trailing blank cells (only None and "" read as blank)."""
    end = len(values)
    if end > MAX_COLUMNS and values[MAX_COLUMNS:].count(None) == end - MAX_COLUMNS:
        end = MAX_COLUMNS  # one styled blank cell at column ZZZ makes a row 18,278 cells wide
    while end and (values[end - 1] is None or values[end - 1] == ""):
        end -= 1
    return [cell_text(value) for value in values[:end]]


def cell_text(value: object) -> str:
    """A workbook value as the text a person sees: 12.0 → "12", a date → "2026-11-08"."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
