"""Checking every row of a mapped table against the device fields, without touching the database.

Each mapped cell goes through ``device_fields.parse_value``; a problem rejects the row with a message
naming the column. An unknown category is only a warning: the row is kept with ``category`` None and the
text in ``category_text``. Asset tags must be present and unique within the file (compared with
``tag_key``: trimmed, case-insensitive, full-width = half-width).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.domain.catalog import DeviceCategory
from app.domain.device_fields import BY_NAME, FieldProblem, FieldSpec, Kind, parse_value
from app.domain.row_problem import RowProblem
from app.errors import Message
from app.services.inventory_io._gc import collector_paused
from app.services.inventory_io.mapping import ColumnMapping, IgnoredColumn
from app.services.inventory_io.reader import SourceRow, Table

_SEPARATORS = re.compile(r"[\s_\-]+")


@dataclass(frozen=True)
class RejectedRow:
    """A row that cannot be imported: the row as read, and its problems ("Column: message")."""

    source: SourceRow
    messages: list[str]

    @property
    def number(self) -> int:
        return self.source.number


@dataclass
class ImportPlan:
    """What an import would do: clean ``records`` (mapped fields, ``category_text`` and ``row``),
    the rejected rows, every error and warning in row order, the ignored columns and the row count."""

    records: list[dict[str, object]]
    rejected: list[RejectedRow]
    errors: list[RowProblem]
    warnings: list[RowProblem]
    ignored_columns: list[IgnoredColumn]
    total_rows: int
    mapping: ColumnMapping | None = field(default=None, repr=False)


def tag_key(tag: str) -> str:
    """The form in which asset tags are compared for duplicates: "ＭＤ－１ " and "md-1" are the same."""
    return " ".join(unicodedata.normalize("NFKC", tag).casefold().split())


def category_key(text: str) -> str:
    """The form in which category codes and names are compared ("Infusion_Pump" = "infusion pump")."""
    return _SEPARATORS.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def category_lookup(categories: Iterable[DeviceCategory]) -> dict[str, str]:
    """Category code by ``category_key`` of its code, English name and Japanese name."""
    lookup: dict[str, str] = {}
    for category in categories:
        for text in (category.code, category.name.en, category.name.ja):
            lookup.setdefault(category_key(text), category.code)
    return lookup


def validate_rows(
    table: Table, mapping: ColumnMapping, categories: Iterable[DeviceCategory]
) -> ImportPlan:
    """Parse and check every row of ``table`` under ``mapping``; pure (no database, no files).

    Parsed values are memoised per column (the normalisers are pure), so columns with repeated values,
    such as manufacturer, category or unit, are parsed once per distinct text.
    """
    with collector_paused():
        return _validate(table, mapping, categories)


def _validate(
    table: Table, mapping: ColumnMapping, categories: Iterable[DeviceCategory]
) -> ImportPlan:
    parse = _CellParser(mapping, table.headers, category_lookup(categories))
    template: dict[str, object] = dict.fromkeys(mapping.columns)
    if "category" in mapping.columns:
        template["category_text"] = None
    tag_header = mapping.header_of("asset_tag")
    width = len(table.headers)
    first_row_of_tag: dict[str, int] = {}
    plan = ImportPlan([], [], [], [], list(mapping.ignored_columns), len(table.rows), mapping)
    for row in table.rows:
        number = row.number
        record = {"row": number, **template}
        errors: list[RowProblem] = []
        parse(row, record, errors, plan.warnings)
        _check_tag(record, number, tag_header, first_row_of_tag, errors)
        if len(row.raw) > width and any(cell.strip() for cell in row.raw[width:]):
            plan.warnings.append(
                RowProblem(number, "", Message("inventory_io.validate.cells_right_ignored"))
            )
        if errors:
            plan.errors.extend(errors)
            plan.rejected.append(RejectedRow(row, [e.describe() for e in errors]))
        else:
            plan.records.append(record)
    return plan


_VALUE = object()  # markers in the memo: a plain value, or a problem message
_PROBLEM = object()
_MEMO_LIMIT = (
    4096  # distinct texts remembered per column; unique columns (tags, serials) stop early
)


class _CellParser:
    """Fills a record from a row's mapped cells, collecting problems; memoises per column."""

    def __init__(self, mapping: ColumnMapping, headers: list[str], lookup: dict[str, str]) -> None:
        self.columns = [  # in file order, so a row's problems read left to right
            (name, index, BY_NAME[name], headers[index], {})
            for name, index in sorted(mapping.columns.items(), key=lambda item: item[1])
        ]
        self.lookup = lookup

    def __call__(
        self,
        row: SourceRow,
        record: dict[str, object],
        errors: list[RowProblem],
        warnings: list[RowProblem],
    ) -> None:
        cells = row.cells
        for name, index, spec, header, memo in self.columns:
            text = cells[index]
            if not text:  # every normaliser reads a blank cell as None, as the template has it
                continue
            parsed = memo.get(text)
            if parsed is None:
                parsed = self._parse(spec, text)
                if len(memo) < _MEMO_LIMIT:
                    memo[text] = parsed
            value, outcome = parsed
            if outcome is _VALUE:
                record[name] = value
            elif outcome is _PROBLEM:
                errors.append(RowProblem(row.number, header, value))
                del record[name]
            else:
                record[name], record["category_text"] = value, outcome
                if value is None and outcome:
                    warnings.append(
                        RowProblem(
                            row.number, header, Message("inventory.unknown_category", text=outcome)
                        )
                    )

    def _parse(self, spec: FieldSpec, text: str) -> tuple[object, object]:
        """(value, _VALUE), (Message, _PROBLEM) or, for a category, (code or None, category text)."""
        try:
            value = parse_value(spec, text)
        except FieldProblem as problem:
            return problem.message, _PROBLEM
        if spec.kind is Kind.CATEGORY:
            category_text = value if isinstance(value, str) else None
            code = self.lookup.get(category_key(category_text)) if category_text else None
            return code, category_text
        return value, _VALUE


def _check_tag(
    record: dict[str, object],
    number: int,
    header: str,
    first_row_of_tag: dict[str, int],
    errors: list[RowProblem],
) -> None:
    """A missing tag, or one already used on an earlier row, goes first among the row's errors."""
    if "asset_tag" not in record:  # the cell itself was refused (too long, control characters)
        return
    tag = record["asset_tag"]
    if not isinstance(tag, str):
        errors.insert(
            0, RowProblem(number, header, Message("inventory_io.validate.missing_asset_tag"))
        )
        return
    first = first_row_of_tag.setdefault(tag_key(tag), number)
    if first != number:
        problem = Message("inventory_io.validate.asset_tag_on_row", tag=tag, first=first)
        errors.insert(0, RowProblem(number, header, problem))
