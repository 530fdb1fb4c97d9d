"""Reading the device inventory: lookup by tag, full-text search, filtered pages for long lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import false, func, literal_column, table, text
from sqlmodel import Session, col, select

from app.database.db import Database
from app.database.tables import Device, Location
from app.domain.device_fields import FIELD_NAMES
from app.domain.prefill import prefill_answers
from app.domain.search_text import build_fts_query
from app.errors import BadInputError

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
    """What a scanner or a hurried hand types, trimmed (scanners often add a newline or spaces)."""
    return text.strip()


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


def view_of(device: Device, location: Location | None) -> DeviceView:
    record: dict[str, Any] = {name: getattr(device, name, None) for name in FIELD_NAMES}
    for part in _LOCATION_PARTS:
        record[part] = (getattr(location, part) or None) if location else None
    record["location"] = (location.label or None) if location else None
    record["category_text"] = device.category_text
    record["default_class_decision_id"] = device.default_class_decision_id
    record["created_at"] = device.created_at
    record["updated_at"] = device.updated_at
    return DeviceView(
        id=device.id,
        asset_tag=device.asset_tag,
        category=device.category,
        manufacturer=device.manufacturer,
        model=device.model,
        unit=record["unit"],
        location=location_text(location),
        default_class=device.default_class,
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
    with db.read() as session:
        found = find_device_row(session, tag)
        return view_of(*found) if found else None


def get_device(db: Database, tag: str) -> DeviceView:
    device = find_device(db, tag)
    if device is None:
        raise BadInputError(f"no device with asset tag '{normalise_tag(tag)}' in the inventory")
    return device


def list_units(db: Database) -> list[str]:
    """Units known from the inventory, sorted."""
    with db.read() as session:
        rows = session.exec(
            select(Location.unit).where(Location.unit != "").distinct().order_by(Location.unit)
        ).all()
    return list(rows)


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
        raise BadInputError(f"--limit must be between 1 and {MAX_SEARCH_LIMIT}, got {limit}")
    if not query.strip():
        raise BadInputError("the search query is empty")
    base = where or DeviceFilter()
    where = DeviceFilter(query, base.unit, base.category, base.default_class, base.unclassified)
    with db.read() as session:
        # No ORDER BY in SQL: ranking or sorting every match of a short query is what makes
        # full-text search slow. Take the first ``limit`` matches, then sort those few.
        found = session.exec(
            _filtered(select(Device, Location).join(Location, isouter=True), where).limit(limit)
        ).all()
        views = [view_of(d, loc) for d, loc in found]
    return sorted(views, key=lambda v: v.asset_tag)


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
