"""Writing the device inventory: bulk upsert (imports, demo), the device editor, category sync.

Bulk writes go through SQLAlchemy Core with lists of rows, not ORM objects (ten times faster at
100,000 devices). Each device carries ``search_text`` for the full-text index, which SQL triggers keep
in step. Imports never erase: a value left blank in a file keeps what the inventory had; the editor
saves exactly what was entered.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlmodel import Session

from app.database.db import Database
from app.database.events import append_event
from app.database.tables import Category, Device, Location
from app.domain.device_fields import (
    BY_NAME,
    FIELD_NAMES,
    FieldProblem,
    Kind,
    field_name,
    parse_value,
)
from app.domain.search_text import build_search_text
from app.errors import BadInputError, Message
from app.services.clock import utc_now_iso, workstation_id
from app.services.devices import DeviceView, find_device_row, view_of
from app.services.reference import Reference

LOCATION_FIELDS = ("site", "building", "unit", "room", "bed", "location")
# Identifiers and places are stored in NFKC form: full-width "３階病棟" and "3階病棟" are one unit,
# half-width "ﾃﾙﾓ" and "テルモ" one maker. Free text (notes, location label) is kept as written.
NORMALISED_FIELDS = (
    "asset_tag",
    "serial",
    "manufacturer",
    "model",
    "model_number",
    "site",
    "building",
    "unit",
    "room",
    "bed",
    "firmware_version",
    "os_version",
)
DEVICE_COLUMNS = tuple(n for n in FIELD_NAMES if n not in LOCATION_FIELDS)
# Kept by editor saves: the default class belongs to pre-classification (its decision), and an
# imported category that matched no known category stays until a category is chosen.
EDITOR_KEEPS = frozenset(
    {"default_class", "default_class_approved_by", "default_class_approved_at", "category_text"}
)
_CHUNK = 500


@dataclass(frozen=True)
class UpsertCounts:
    inserted: int
    updated: int


def sync_categories(session: Session, reference: Reference) -> None:
    """Make the category table match data/device_categories.yaml (writes only when they differ)."""
    wanted = {
        c.code: {
            "code": c.code,
            "name_en": c.name.en,
            "name_ja": c.name.ja,
            "default_class_idle": c.default_class_idle,
            "default_class_in_use": c.default_class_in_use,
            "sort_order": n,
        }
        for n, c in enumerate(reference.categories.categories)
    }
    table = Category.__table__
    conn = session.connection()
    have = {row.code: dict(row._mapping) for row in conn.execute(select(table))}
    changed = [row for code, row in wanted.items() if have.get(code) != row]
    for row in changed:
        if row["code"] in have:
            conn.execute(update(table).where(table.c.code == row["code"]).values(**row))
        else:
            conn.execute(insert(table).values(**row))


def upsert_records(
    session: Session,
    reference: Reference,
    records: list[Mapping[str, Any]],
    *,
    now: str,
    blank_clears: bool = False,
) -> UpsertCounts:
    """Insert new devices and update existing ones (matched by asset tag, ignoring letter case).

    ``records`` hold clean values keyed by field name (app.domain.device_fields), plus optionally
    ``category_text``. With ``blank_clears`` False a None value keeps the stored one.
    """
    sync_categories(session, reference)
    conn = session.connection()
    existing = _existing_devices(conn, [_nfkc(r["asset_tag"]) for r in records])
    locations = _Locations(conn)
    next_num = conn.exec_driver_sql("SELECT coalesce(max(num), 0) FROM device").scalar_one() + 1
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    records = [_normalised(r) for r in records]
    for record in records:
        old = existing.get(record["asset_tag"].lower())
        row = _merged_row(record, old, locations, blank_clears)
        row["search_text"] = _search_text(row, locations.parts(row["location_id"]), reference)
        row["updated_at"] = now
        if old is None:
            row.update(id=str(uuid.uuid4()), num=next_num, created_at=now)
            next_num += 1
            inserts.append(row)
        else:
            row.update(_id=old["id"])
            updates.append(row)
    table = Device.__table__
    if inserts:
        conn.execute(insert(table), inserts)
    if updates:
        columns = {k: bindparam(k) for k in updates[0] if k != "_id"}
        conn.execute(update(table).where(table.c.id == bindparam("_id")).values(columns), updates)
    return UpsertCounts(inserted=len(inserts), updated=len(updates))


def _nfkc(value: Any) -> Any:
    return unicodedata.normalize("NFKC", value) if isinstance(value, str) else value


def _normalised(record: Mapping[str, Any]) -> dict[str, Any]:
    clean = dict(record)
    for name in NORMALISED_FIELDS:
        clean[name] = _nfkc(clean.get(name))
    return clean


def parse_editor_values(values: Mapping[str, str], reference: Reference) -> dict[str, Any]:
    """Raw texts from the device editor -> clean values; BadInputError names the field at fault."""
    record: dict[str, Any] = {}
    for name in FIELD_NAMES:
        raw = values.get(name, "") or ""
        spec = BY_NAME[name]
        try:
            if spec.kind is Kind.CATEGORY:
                record[name] = _category_code(raw, reference)
            else:
                record[name] = parse_value(spec, raw)
        except FieldProblem as exc:
            raise BadInputError(
                Message("inventory.message", name=field_name(name), problem=exc.message)
            ) from None
    if not record["asset_tag"]:
        raise BadInputError(
            Message(
                "inventory.message",
                name=field_name("asset_tag"),
                problem=Message("inventory.asset_tag_required"),
            )
        )
    return record


def save_device(
    db: Database,
    reference: Reference,
    values: Mapping[str, str],
    *,
    by: str,
    original_tag: str | None = None,
    create: bool = False,
) -> DeviceView:
    """Create (``create``: a new device only) or update one device from the editor.

    Every field is saved as entered, except the default class, which only pre-classification sets.
    """
    record = parse_editor_values(values, reference)
    for name in ("default_class", "default_class_approved_by", "default_class_approved_at"):
        record[name] = None  # kept from the stored device (EDITOR_KEEPS)
    who = " ".join(by.split())
    if not who:
        raise BadInputError(Message("common.name_person_saving_required"))
    now = utc_now_iso()
    with db.write() as session:
        if create and find_device_row(session, record["asset_tag"]) is not None:
            raise BadInputError(
                Message(
                    "inventory.message",
                    name=field_name("asset_tag"),
                    problem=Message("inventory.already_in_use", asset_tag=record["asset_tag"]),
                )
            )
        if original_tag and original_tag.lower() != record["asset_tag"].lower():
            if find_device_row(session, record["asset_tag"]) is not None:
                raise BadInputError(
                    Message("inventory.asset_tag_already_use_2", asset_tag=record["asset_tag"])
                )
            _rename(session, original_tag, record["asset_tag"])
        earlier = find_device_row(session, record["asset_tag"])
        before = dict(view_of(*earlier).record) if earlier else {}
        counts = upsert_records(session, reference, [record], now=now, blank_clears=True)
        session.expire_all()  # upsert_records writes with Core statements: reload the rows
        found = find_device_row(session, record["asset_tag"])
        assert found is not None
        after = dict(view_of(*found).record)
        changed = sorted(k for k in after if k != "updated_at" and after.get(k) != before.get(k))
        append_event(
            session,
            at=now,
            kind="device.saved",
            entity="device",
            entity_id=found[0].id,
            actor=who,
            workstation=workstation_id(),
            payload={
                "asset_tag": found[0].asset_tag,
                "created": counts.inserted == 1,
                "before": {k: before.get(k) for k in changed},
                "after": {k: after.get(k) for k in changed},
            },
        )
        return view_of(*found)


def _rename(session: Session, old_tag: str, new_tag: str) -> None:
    found = find_device_row(session, old_tag)
    if found is None:
        raise BadInputError(Message("inventory.no_device_asset_tag", tag=old_tag))
    table = Device.__table__
    session.connection().execute(
        update(table).where(table.c.id == found[0].id).values(asset_tag=new_tag)
    )


def _category_code(raw: str, reference: Reference) -> str | None:
    text = raw.strip()
    if not text:
        return None
    for category in reference.categories.categories:
        if text.lower() in (category.code, category.name.en.lower(), category.name.ja):
            return category.code
    raise FieldProblem(Message("inventory.unknown_category", text=text))


def _existing_devices(conn: Any, tags: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(tags), _CHUNK):
        chunk = tags[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = conn.exec_driver_sql(
            f"SELECT * FROM device WHERE asset_tag COLLATE NOCASE IN ({marks})", tuple(chunk)
        )
        for row in rows.mappings():
            found[row["asset_tag"].lower()] = dict(row)
    return found


class _Locations:
    """Location rows by their parts; new ones are inserted as they are first needed."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.by_key: dict[tuple[str, ...], int] = {}
        self.by_id: dict[int, tuple[str, ...]] = {}
        for row in conn.exec_driver_sql(
            "SELECT id, site, building, unit, room, bed, label FROM location"
        ):
            self.by_key[tuple(row[1:])] = row[0]
            self.by_id[row[0]] = tuple(row[1:])

    def parts(self, location_id: int | None) -> tuple[str, ...]:
        return self.by_id.get(location_id, ("",) * 6) if location_id else ("",) * 6

    def id_for(self, key: tuple[str, ...]) -> int | None:
        if not any(key):
            return None
        if key not in self.by_key:
            new_id = self.conn.execute(
                insert(Location.__table__).values(
                    dict(
                        zip(("site", "building", "unit", "room", "bed", "label"), key, strict=True)
                    )
                )
            ).inserted_primary_key[0]
            self.by_key[key] = new_id
            self.by_id[new_id] = key
        return self.by_key[key]


def _merged_row(
    record: Mapping[str, Any],
    old: Mapping[str, Any] | None,
    locations: _Locations,
    blank_clears: bool,
) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name in (*DEVICE_COLUMNS, "category_text"):
        value = record.get(name)
        keep = not blank_clears or name in EDITOR_KEEPS
        if value is None and old is not None and keep:
            value = old.get(name)
        row[name] = value
    if old is not None:
        row["asset_tag"] = old["asset_tag"] if not blank_clears else record["asset_tag"]
    if row.get("category") is not None:
        row["category_text"] = None
    old_parts = locations.parts(old["location_id"]) if old else ("",) * 6
    new_parts = tuple(record.get(f) or "" for f in LOCATION_FIELDS)
    merged = tuple(n or o for n, o in zip(new_parts, old_parts, strict=True))
    key = new_parts if blank_clears else merged
    row["location_id"] = locations.id_for(key)
    return row


def _search_text(row: Mapping[str, Any], location: Iterable[str], reference: Reference) -> str:
    names: list[str] = []
    if row.get("category"):
        try:
            category = reference.categories.get(row["category"])
            names = [category.code, category.name.en, category.name.ja]
        except KeyError:
            names = [row["category"]]
    return build_search_text(
        [
            row.get("asset_tag"),
            row.get("serial"),
            row.get("manufacturer"),
            row.get("model"),
            row.get("model_number"),
            *names,
            row.get("category_text"),
            *location,
            row.get("ip"),
            row.get("mac"),
            row.get("firmware_version"),
            row.get("os_version"),
            row.get("notes"),
        ]
    )


@dataclass(frozen=True)
class Preclassification:
    decision_id: str
    ir_class: int
    devices_updated: int


def preclassify(
    db: Database,
    reference: Reference,
    answers: dict[str, str],
    *,
    by: str,
    role: str,
    device_tag: str | None = None,
    category: str | None = None,
    unit: str | None = None,
) -> Preclassification:
    """Run the question flow for one device, or for every device of a category in a unit, and make
    its result their default class.

    The answers are recorded as a decision (purpose "preclassification") that the devices point to,
    in the same transaction as the devices' update. Refused: a provisional result (a default class
    must not rest on an unknown answer) and a safety override (a default describes normal use, not
    a device that is harming a patient).
    """
    from app.services.decisions import DecisionDraft, DecisionView, record_decision

    result = reference.classify(answers)
    if result.complete and result.provisional:
        raise BadInputError(Message("inventory.provisional_result_cannot_become"))
    if result.safety_override:
        raise BadInputError(Message("inventory.default_class_describes_normal"))
    if (device_tag is None) == (category is None):
        raise BadInputError(Message("inventory.give_either_device_tag"))
    if device_tag is not None and unit is not None:
        raise BadInputError(Message("inventory.unit_goes_category_not"))
    targets = _preclassification_targets(db, device_tag, category, unit)

    def set_defaults(session: Session, decision: DecisionView) -> None:
        table = Device.__table__
        conn = session.connection()
        for start in range(0, len(targets), _CHUNK):
            chosen = targets[start : start + _CHUNK]
            conn.execute(
                update(table)
                .where(table.c.id.in_(chosen))
                .values(
                    default_class=decision.ir_class,
                    default_class_approved_by=decision.recorded_by,
                    default_class_approved_at=decision.created_at,
                    default_class_decision_id=decision.id,
                    updated_at=decision.created_at,
                )
            )
        append_event(
            session,
            at=decision.created_at,
            kind="device.preclassified",
            entity="decision",
            entity_id=decision.id,
            actor=decision.recorded_by,
            workstation=workstation_id(),
            payload={
                "ir_class": decision.ir_class,
                "devices": len(targets),
                "device_tag": device_tag,
                "category": category,
                "unit": unit,
            },
        )

    draft = DecisionDraft(
        answers=answers,
        recorded_by=by,
        role=role,
        device_tag=device_tag,
        category=category,
        unit=unit,
    )
    decision = record_decision(db, reference, draft, purpose="preclassification", also=set_defaults)
    return Preclassification(decision.id, decision.ir_class, len(targets))


def _preclassification_targets(
    db: Database, device_tag: str | None, category: str | None, unit: str | None
) -> list[str]:
    with db.read() as session:
        if device_tag is not None:
            found = find_device_row(session, device_tag)
            if found is None:
                raise BadInputError(
                    Message("inventory.no_device_asset_tag_2", tag=device_tag.strip())
                )
            return [found[0].id]
        query = select(Device.__table__.c.id).where(Device.__table__.c.category == category)
        if unit is not None:
            query = query.where(
                Device.__table__.c.location_id.in_(
                    select(Location.__table__.c.id).where(Location.__table__.c.unit == unit)
                )
            )
        ids = [row[0] for row in session.connection().execute(query)]
    if not ids:
        if unit:
            raise BadInputError(
                Message("inventory.no_devices_category_unit", category=category, unit=unit)
            )
        raise BadInputError(Message("inventory.no_devices_category_inventory", category=category))
    return ids


@dataclass(frozen=True)
class OverviewRow:
    unit: str  # "" for devices without a unit
    counts: dict[int | None, int]  # default class (None: not yet classified) -> devices

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def class_overview(db: Database) -> list[OverviewRow]:
    """How many devices of each default class every unit has (Prepare phase overview)."""
    with db.read() as session:
        rows = (
            session.connection()
            .exec_driver_sql(
                "SELECT coalesce(l.unit, ''), d.default_class, count(*) FROM device d "
                "LEFT JOIN location l ON l.id = d.location_id GROUP BY 1, 2 ORDER BY 1, 2"
            )
            .all()
        )
    units: dict[str, dict[int | None, int]] = {}
    for unit, ir_class, count in rows:
        units.setdefault(unit, {})[ir_class] = count
    return [OverviewRow(unit, counts) for unit, counts in units.items()]
