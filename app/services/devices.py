"""Looking up devices in the inventory."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import col, select

from app.database.db import Database
from app.database.tables import Device


@dataclass(frozen=True)
class DeviceView:
    id: str
    asset_tag: str
    category: str | None
    manufacturer: str | None
    model: str | None
    description: str | None
    unit: str | None
    location: str | None

    @classmethod
    def of(cls, row: Device) -> DeviceView:
        return cls(
            row.id,
            row.asset_tag,
            row.category,
            row.manufacturer,
            row.model,
            row.description,
            row.unit,
            row.location,
        )


def normalise_tag(text: str) -> str:
    """What a scanner or a hurried hand types, trimmed (scanners often add a newline or spaces)."""
    return text.strip()


def find_device(db: Database, tag: str) -> DeviceView | None:
    """The device with this asset tag: exact match first, then ignoring letter case."""
    tag = normalise_tag(tag)
    if not tag:
        return None
    with db.read() as session:
        row = session.exec(select(Device).where(Device.asset_tag == tag)).first()
        if row is None:
            row = session.exec(
                select(Device).where(func.lower(Device.asset_tag) == tag.lower()).limit(1)
            ).first()
        return DeviceView.of(row) if row else None


def list_units(db: Database) -> list[str]:
    """Units known from the inventory, sorted."""
    with db.read() as session:
        rows = session.exec(
            select(Device.unit)
            .where(col(Device.unit).is_not(None))
            .distinct()
            .order_by(Device.unit)
        ).all()
    return [unit for unit in rows if unit]


def count_devices(db: Database) -> int:
    with db.read() as session:
        return int(session.exec(select(func.count()).select_from(Device)).one())
