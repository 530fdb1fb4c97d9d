"""Reading the device inventory: lookup by tag, full-text search, filtered pages for long lists."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import false, func, literal_column, table, text
from sqlmodel import Session, col, select

from app.database.db import Database
from app.database.tables import Device, Location
from app.domain.device_fields import FIELD_NAMES, FIELDS, Kind
from app.domain.prefill import prefill_answers
from app.domain.search_text import build_fts_query
from app.errors import BadInputError, Message

MAX_SEARCH_LIMIT = 1000
_LOCATION_PARTS = ("site", "building", "unit", "room", "bed")


@dataclass(frozen=True)
class DeviceView:
    """A device as the screens and the CLI show it. ``record`` holds every field of the record."""

    id: str
    asset_tag: str
    category: str | None
    manufacturer: str | None
    model: str | None
    unit: str | None
    location: str | None  # where, in words: the free-text label, else room and bed
    default_class: int | None
    record: dict[str, Any] = field(default_factory=dict)

    def prefill(self) -> dict[str, str]:
        """Answers the inventory already knows (implanted, offsite, multi_patient)."""
        return prefill_answers(self.record)


@dataclass(frozen=True)
class DeviceFilter:
    query: str = ""
    unit: str | None = None
    category: str | None = None
    default_class: int | None = None
    unclassified: bool = False  # only devices with no default class


def normalise_tag(text: str) -> str:
    """What a scanner or a hurried hand types, trimmed (scanners often add a newline or spaces);
    full-width characters from a Japanese input method become their ASCII forms."""
    if not text.isascii() and any("\ud800" <= ch <= "\udfff" for ch in text):
        # Half a surrogate pair (undecodable bytes in a command-line argument) is not text:
        # shown as the replacement character, it matches no device instead of failing the query.
        text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return unicodedata.normalize("NFKC", text).strip()


def location_text(location: Location | None) -> str | None:
    if location is None:
        return None
    if location.label:
        return location.label
    parts = [
        f"room {location.room}" if location.room else "",
        f"bed {location.bed}" if location.bed else "",
    ]
    return " ".join(p for p in parts if p) or None


_BOOL_FIELDS = frozenset(f.name for f in FIELDS if f.kind is Kind.BOOL)
_DEVICE_COLUMNS = tuple(c.name for c in Device.__table__.columns)
DEVICE_SELECT = (
    "SELECT "
    + ", ".join(f"d.{c}" for c in _DEVICE_COLUMNS)
    + ", l.site, l.building, l.unit, l.room, l.bed, l.label"
    " FROM device d LEFT JOIN location l ON l.id = d.location_id"
)
_BY_TAG = DEVICE_SELECT + " WHERE d.asset_tag = ?"
# Streams the index's matches into the device table, so LIMIT stops the search early.
DEVICE_SELECT_MATCHES = DEVICE_SELECT.replace(
    " FROM device d", " FROM device_fts JOIN device d ON d.num = device_fts.rowid"
)
_BY_TAG_ANY_CASE = DEVICE_SELECT + " WHERE d.asset_tag = ? COLLATE NOCASE"


def view_of(device: Device, location: Location | None) -> DeviceView:
    values = {c: getattr(device, c) for c in _DEVICE_COLUMNS}
    parts = tuple(getattr(location, p) for p in (*_LOCATION_PARTS, "label")) if location else None
    return _view(values, parts)


def view_of_row(row: tuple[Any, ...]) -> DeviceView:
    count = len(_DEVICE_COLUMNS)
    values = dict(zip(_DEVICE_COLUMNS, row[:count], strict=True))
    for name in _BOOL_FIELDS:
        if values[name] is not None:
            values[name] = bool(values[name])
    parts = row[count:] if row[count + 2] is not None or row[count + 5] is not None else None
    return _view(values, parts)


def _view(values: dict[str, Any], location: tuple[str, ...] | None) -> DeviceView:
    record: dict[str, Any] = {name: values.get(name) for name in FIELD_NAMES}
    site, building, unit, room, bed, label = location or ("",) * 6
    record.update(
        site=site or None,
        building=building or None,
        unit=unit or None,
        room=room or None,
        bed=bed or None,
        location=label or None,
    )
    for extra in ("category_text", "default_class_decision_id", "created_at", "updated_at"):
        record[extra] = values.get(extra)
    place = label or " ".join(
        p for p in (f"room {room}" if room else "", f"bed {bed}" if bed else "") if p
    )
    return DeviceView(
        id=values["id"],
        asset_tag=values["asset_tag"],
        category=values["category"],
        manufacturer=values["manufacturer"],
        model=values["model"],
        unit=unit or None,
        location=place or None,
        default_class=values["default_class"],
        record=record,
    )


def find_device_row(session: Session, tag: str) -> tuple[Device, Location | None] | None:
    """The device with this asset tag: exact match first, then ignoring letter case."""
    tag = normalise_tag(tag)
    if not tag:
        return None
    query = select(Device, Location).join(Location, isouter=True)
    row = session.exec(query.where(Device.asset_tag == tag)).first()
    if row is None:
        row = session.exec(query.where(col(Device.asset_tag).collate("NOCASE") == tag)).first()
    return (row[0], row[1]) if row else None


def find_device(db: Database, tag: str) -> DeviceView | None:
    """The device with this asset tag (exact, then ignoring letter case), or None.

    The hot path of triage (a scanned tag): plain sqlite3 on the database's read-only connection.
    """
    tag = normalise_tag(tag)
    if not tag:
        return None
    conn = db.raw_reader()
    row = (
        conn.execute(_BY_TAG, (tag,)).fetchone()
        or conn.execute(_BY_TAG_ANY_CASE, (tag,)).fetchone()
    )
    return view_of_row(row) if row else None


def get_device(db: Database, tag: str) -> DeviceView:
    device = find_device(db, tag)
    if device is None:
        shown = " ".join(normalise_tag(tag).split())[:60]  # one line, whatever was scanned
        raise BadInputError(Message("devices.no_device_asset_tag", tag=shown))
    return device


def list_units(db: Database) -> list[str]:
    """Units known from the inventory, sorted."""
    with db.read() as session:
        rows = session.exec(
            select(Location.unit).where(Location.unit != "").distinct().order_by(Location.unit)
        ).all()
    return list(rows)


def list_models(db: Database) -> list[str]:
    """Device models in the inventory, sorted."""
    rows = db.raw_reader().execute(
        "SELECT DISTINCT model FROM device WHERE model IS NOT NULL AND model != '' ORDER BY model"
    )
    return [str(model) for (model,) in rows.fetchall()]


def count_devices(db: Database, where: DeviceFilter | None = None) -> int:
    with db.read() as session:
        query = _filtered(select(func.count()).select_from(Device), where or DeviceFilter())
        return int(session.exec(query).one())


def list_devices(
    db: Database, where: DeviceFilter | None = None, *, offset: int = 0, limit: int = 100
) -> list[DeviceView]:
    """One page of devices matching ``where``, ordered by asset tag (for long, lazily loaded lists)."""
    with db.read() as session:
        query = select(Device, Location).join(Location, isouter=True)
        query = _filtered(query, where or DeviceFilter())
        rows = session.exec(query.order_by(Device.asset_tag).offset(offset).limit(limit)).all()
        return [view_of(d, loc) for d, loc in rows]


def search_devices(
    db: Database, query: str, limit: int = 50, where: DeviceFilter | None = None
) -> list[DeviceView]:
    """Full-text search (prefix matching; Japanese of any length), at most ``limit`` devices."""
    if not 1 <= limit <= MAX_SEARCH_LIMIT:
        raise BadInputError(
            Message("devices.limit_must_between_1", max_search_limit=MAX_SEARCH_LIMIT, limit=limit)
        )
    if not query.strip():
        raise BadInputError(Message("devices.search_query_empty"))
    match = build_fts_query(query)
    if match is None:
        return []
    base = where or DeviceFilter()
    conditions, params = ["device_fts MATCH ?"], [match]
    if base.unit is not None:
        conditions.append("l.unit = ?")
        params.append(base.unit)
    if base.category is not None:
        conditions.append("d.category = ?")
        params.append(base.category)
    if base.default_class is not None:
        conditions.append("d.default_class = ?")
        params.append(base.default_class)
    if base.unclassified:
        conditions.append("d.default_class IS NULL")
    # No ORDER BY in SQL: sorting or ranking every match of a short query is what makes full-text
    # search slow. Take the first ``limit`` matches, then sort those few.
    sql = f"{DEVICE_SELECT_MATCHES} WHERE {' AND '.join(conditions)} LIMIT ?"
    rows = db.raw_reader().execute(sql, (*params, limit)).fetchall()
    return sorted((view_of_row(row) for row in rows), key=lambda v: v.asset_tag)


def _filtered(query: Any, where: DeviceFilter) -> Any:
    if where.query.strip():
        query = query.where(col(Device.num).in_(_matching_nums(where.query)))
    if where.unit is not None:
        query = query.where(
            col(Device.location_id).in_(select(Location.id).where(Location.unit == where.unit))
        )
    if where.category is not None:
        query = query.where(Device.category == where.category)
    if where.default_class is not None:
        query = query.where(Device.default_class == where.default_class)
    if where.unclassified:
        query = query.where(col(Device.default_class).is_(None))
    return query


def _matching_nums(query: str) -> Any:
    """A sub-select of the ``num`` of the devices matching ``query`` in the search index."""
    match = build_fts_query(query)
    if match is None:
        return select(Device.num).where(false())
    return (
        select(literal_column("rowid"))
        .select_from(table("device_fts"))
        .where(text("device_fts MATCH :match").bindparams(match=match))
    )
