"""Contacts and their place in escalation chains: import (CSV, vCard), list, export, save.

A contact is one person or service; an escalation entry places it in tier N of a unit ('' = all
units) for some classes ('' = all). Imports are all-or-nothing by default, with row-level errors
like the inventory import; a contact already known (same name and organisation) is updated.
"""

from __future__ import annotations

import csv
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select

from app.database.db import Database
from app.database.events import append_event
from app.database.tables import Contact, ContactMethod, EscalationEntry
from app.domain.escalation import METHOD_KINDS
from app.domain.row_problem import RowProblem
from app.errors import BadInputError, Listing, Message
from app.services.clock import utc_now_iso, workstation_id
from app.services.inventory_io.formula import neutralise
from app.services.inventory_io.reader import read_table
from app.services.output_log import Actor, logged_output
from app.services.reference import Reference

CSV_COLUMNS = (
    "name",
    "role",
    "organization",
    "unit",
    "tier",
    "mobile",
    "pager",
    "desk",
    "email",
    "classes",
    "hics_position",
    "hours",
    "notes",
    "authority",
    "last_verified",
    "models_covered",
    "contract_number",
    "service_desk",
    "psirt",
)
# Optional texts of a contact, kept on the contact (not on its escalation place).
DETAILS = (
    "hics_position",
    "hours",
    "notes",
    "authority",
    "last_verified",
    "models_covered",
    "contract_number",
    "service_desk",
    "psirt",
)
EXTRA_KINDS = ("radio",)
MAX_TEXT = 400
_PHONE = re.compile(r"^\+?[0-9()\-\s.#*]{3,40}(?:\s*(?:ext|x|内線)\.?\s*[0-9]{1,6})?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ROLE = re.compile(r"^[\w][\w \-./]{0,63}$")
EXTRA_ROLES = ("vendor", "regulator")


@dataclass
class ContactRow:
    """One contact with its escalation place, clean (from a file row, a vCard or the editor)."""

    name: str
    role: str
    organization: str = ""
    unit: str = ""
    tier: int = 1
    classes: str = ""
    methods: dict[str, str] = field(default_factory=dict)
    details: dict[str, str] = field(default_factory=dict)  # DETAILS given (non-blank)
    row: int = 0


@dataclass
class ContactsReport:
    imported: int
    updated: int
    rejected: int
    errors: list[dict[str, Any]]  # {"row", "column", "message"} in English (the JSON)
    written: bool
    problems: list[RowProblem] = field(default_factory=list, repr=False)  # the same, coded

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "rejected": self.rejected,
            "errors": self.errors,
            "written": self.written,
        }


@dataclass(frozen=True)
class ContactView:
    id: str
    name: str
    role: str
    organization: str
    methods: tuple[tuple[str, str], ...]  # out-of-band first
    hics_position: str | None
    hours: str | None
    authority: str | None
    notes: str | None
    last_verified: str | None
    vendor: dict[str, str | None]
    places: tuple[tuple[str, int, str], ...]  # (unit, tier, classes)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "organization": self.organization,
            "methods": [{"kind": k, "value": v} for k, v in self.methods],
            "hics_position": self.hics_position,
            "hours": self.hours,
            "authority": self.authority,
            "notes": self.notes,
            "last_verified": self.last_verified,
            **self.vendor,
            "escalation": [
                {"unit": u or None, "tier": t, "classes": _classes_list(c)}
                for u, t, c in self.places
            ],
        }


def import_contacts(
    db: Database,
    reference: Reference,
    path: Path,
    *,
    unit: str | None = None,
    tier: int | None = None,
    skip_invalid: bool = False,
    by: str = "mdir-desk",
) -> ContactsReport:
    """Import a contacts CSV or vCard file; nothing is written when a row is invalid (unless
    ``skip_invalid``). ``unit``/``tier`` fill rows that name none (vCards never do)."""
    if tier is not None and not 1 <= tier <= 9:
        raise BadInputError(Message("contacts.tier_must_between_1", tier=tier))
    path = Path(path)
    if path.suffix.lower() in (".vcf", ".vcard"):
        rows, problems = _read_vcards(path, reference, unit, tier)
    else:
        rows, problems = _read_csv(path, reference, unit, tier)
    errors = [p.as_dict() for p in problems]
    report = ContactsReport(0, 0, len({p.row for p in problems}), errors, False, problems)
    if errors and not skip_invalid:
        return report
    now = utc_now_iso()
    with db.write() as session:
        conn = session.connection()
        known = _known(conn)
        for row in rows:
            key = (row.name.casefold(), row.organization.casefold())
            contact_id = known.get(key)
            if contact_id is None:
                contact_id = str(uuid.uuid4())
                known[key] = contact_id
                conn.execute(
                    insert(Contact.__table__).values(
                        id=contact_id,
                        name=row.name,
                        role=row.role,
                        organization=row.organization,
                        **row.details,
                        created_at=now,
                        updated_at=now,
                    )
                )
                report.imported += 1
            else:
                values = {"role": row.role, "updated_at": now, **row.details}
                conn.execute(
                    Contact.__table__.update()
                    .where(Contact.__table__.c.id == contact_id)
                    .values(**values)
                )
                report.updated += 1
            _set_methods(conn, contact_id, row.methods)
            _place(conn, contact_id, row.unit, row.tier, row.classes)
        append_event(
            session,
            at=now,
            kind="contacts.imported",
            entity="contact",
            entity_id="*",
            actor=by,
            workstation=workstation_id(),
            payload={
                "file": path.name,
                "imported": report.imported,
                "updated": report.updated,
                "rejected": report.rejected,
            },
        )
    report.written = True
    return report


def list_contacts(db: Database, unit: str | None = None) -> list[ContactView]:
    """Every contact (or those placed in ``unit`` or all units), by name."""
    conn = db.raw_reader()
    methods: dict[str, list[tuple[str, str]]] = {}
    for contact_id, kind, value in conn.execute(
        "SELECT contact_id, kind, value FROM contact_method"
    ):
        methods.setdefault(contact_id, []).append((kind, value))
    places: dict[str, list[tuple[str, int, str]]] = {}
    for contact_id, place_unit, place_tier, classes in conn.execute(
        "SELECT contact_id, unit, tier, classes FROM escalation_entry ORDER BY unit, tier"
    ):
        places.setdefault(contact_id, []).append((place_unit, place_tier, classes))
    views = []
    for row in conn.execute(
        "SELECT id, name, role, organization, hics_position, hours, authority, notes, "
        "last_verified, models_covered, contract_number, service_desk, psirt FROM contact "
        "ORDER BY name COLLATE NOCASE"
    ):
        contact_places = places.get(row[0], [])
        if unit is not None and not any(p[0] in ("", unit) for p in contact_places):
            continue
        views.append(
            ContactView(
                id=row[0],
                name=row[1],
                role=row[2],
                organization=row[3],
                methods=tuple(sorted(methods.get(row[0], []), key=lambda m: _kind_order(m[0]))),
                hics_position=row[4],
                hours=row[5],
                authority=row[6],
                notes=row[7],
                last_verified=row[8],
                vendor={
                    "models_covered": row[9],
                    "contract_number": row[10],
                    "service_desk": row[11],
                    "psirt": row[12],
                },
                places=tuple(contact_places),
            )
        )
    return views


def export_contacts(db: Database, path: Path, *, by: Actor = None) -> int:
    """All contacts as the import CSV (one row per escalation place), UTF-8 with BOM.

    The finished file is recorded in the audit trail ("export.contacts"); ``by`` is the person
    exporting (a signed-in user, a name, or None for the operating-system account)."""
    path = Path(path)
    if path.suffix.lower() != ".csv":
        raise BadInputError(Message("contacts.contacts_export_csv", file=path.name))
    rows = []
    for contact in list_contacts(db):
        methods = dict(contact.methods)
        for place_unit, place_tier, classes in contact.places or (("", 1, ""),):
            rows.append(
                [
                    contact.name,
                    contact.role,
                    contact.organization,
                    place_unit,
                    str(place_tier),
                    methods.get("mobile", ""),
                    methods.get("pager", ""),
                    methods.get("desk", ""),
                    methods.get("email", ""),
                    classes,
                    contact.hics_position or "",
                    contact.hours or "",
                    contact.notes or "",
                    contact.authority or "",
                    contact.last_verified or "",
                    *(contact.vendor.get(k) or "" for k in DETAILS[5:]),
                ]
            )
    temp = path.with_name(f".{path.name}.part")
    try:
        with temp.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(CSV_COLUMNS)
            writer.writerows([[_neutralise(c) for c in row] for row in rows])
        temp.replace(path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise BadInputError(
            Message("common.cannot_write", path=path, reason=exc.strerror or exc)
        ) from None
    logged_output(
        db,
        path,
        kind="export.contacts",
        entity="contact",
        entity_id="*",
        by=by,
        details={"rows": len(rows), "contacts": len({r[0] for r in rows})},
    )
    return len(rows)


# --- reading files ------------------------------------------------------------------------------


def _read_csv(
    path: Path, reference: Reference, unit: str | None, tier: int | None
) -> tuple[list[ContactRow], list[RowProblem]]:
    table = read_table(path)
    headers = [unicodedata.normalize("NFKC", h).strip().lower() for h in table.headers]
    if "name" not in headers:
        raise BadInputError(
            Message(
                "contacts.no_name_column_columns", file=path.name, csv_columns=Listing(CSV_COLUMNS)
            )
        )
    index = {h: i for i, h in reversed(list(enumerate(headers)))}
    rows: list[ContactRow] = []
    errors: list[RowProblem] = []
    seen: dict[tuple[str, str, str, int], int] = {}
    for source in table.rows:
        cells = {h: source.cells[i].strip() for h, i in index.items()}
        problems: list[tuple[str, Message]] = []
        row = _row_from_cells(cells, reference, unit, tier, problems)
        if row is not None:
            key = (row.name.casefold(), row.organization.casefold(), row.unit, row.tier)
            if key in seen:
                twice = Message(
                    "contacts.name_in_tier_on_row", name=row.name, tier=row.tier, row=seen[key]
                )
                problems.append(("name", twice))
            seen.setdefault(key, source.number)
            row.row = source.number
        if problems:
            errors.extend(RowProblem(source.number, column, p) for column, p in problems)
        elif row is not None:
            rows.append(row)
    return rows, errors


def _row_from_cells(
    cells: dict[str, str],
    reference: Reference,
    unit: str | None,
    tier: int | None,
    problems: list[tuple[str, Message]],
) -> ContactRow | None:
    name = " ".join(cells.get("name", "").split())
    if not name:
        problems.append(("name", Message("contacts.name_missing")))
    _fits("name", name, problems)
    role = _role(cells.get("role", ""), reference, problems)
    tier_value = _tier(cells.get("tier", ""), tier, problems)
    classes = _classes(cells.get("classes", ""), problems)
    methods = {}
    for kind in ("mobile", "pager", "desk", "radio"):
        value = " ".join(cells.get(kind, "").split())
        if value and kind != "radio" and not _PHONE.match(value):
            problems.append((kind, Message("contacts.not_phone_number", value=value)))
        elif value and _fits(kind, value, problems):
            methods[kind] = value
    email = cells.get("email", "").strip()
    if email and not _EMAIL.match(email):
        problems.append(("email", Message("contacts.not_email_address", value=email)))
    elif email and _fits("email", email, problems):
        methods["email"] = email
    texts = {}
    for column in ("organization", "unit", *DETAILS):
        value = " ".join(cells.get(column, "").split())
        _fits(column, value, problems)
        texts[column] = unicodedata.normalize("NFKC", value) if column == "unit" else value
    if texts["last_verified"]:
        texts["last_verified"] = _date(texts["last_verified"], problems)
    if problems or not name:
        return None
    return ContactRow(
        name=name,
        role=role,
        organization=texts["organization"],
        unit=texts["unit"] or (unit or ""),
        tier=tier_value,
        classes=classes,
        methods=methods,
        details={k: texts[k] for k in DETAILS if texts[k]},
    )


def _fits(column: str, value: str, problems: list[tuple[str, Message]]) -> bool:
    """True when ``value`` is at most ``MAX_TEXT`` characters; else a problem for ``column``."""
    if len(value) <= MAX_TEXT:
        return True
    too_long = Message("device_fields.too_long", length=len(value), max_length=MAX_TEXT)
    problems.append((column, too_long))
    return False


def _date(text: str, problems: list[tuple[str, Message]]) -> str:
    from datetime import date

    try:
        return date.fromisoformat(unicodedata.normalize("NFKC", text).replace("/", "-")).isoformat()
    except ValueError:
        problems.append(("last_verified", Message("contacts.not_date", value=text)))
        return ""


def _role(text: str, reference: Reference, problems: list[tuple[str, Message]]) -> str:
    value = " ".join(text.split())
    if not value:
        problems.append(("role", Message("contacts.role_missing")))
        return ""
    folded = value.casefold().replace(" ", "_").replace("-", "_")
    for role in reference.roles.roles:
        if (
            folded in (role.code, role.name.en.casefold().replace(" ", "_"))
            or value == role.name.ja
        ):
            return role.code
    if folded in EXTRA_ROLES:
        return folded
    if not _ROLE.match(value):
        problems.append(("role", Message("contacts.not_role_name", value=value)))
    return value  # a custom role, kept as written


def _tier(text: str, default: int | None, problems: list[tuple[str, Message]]) -> int:
    value = text.strip()
    if not value:
        return default or 1
    if not _small_number(value) or not 1 <= int(value) <= 9:
        problems.append(("tier", Message("contacts.not_tier", value=value)))
        return 1
    return int(value)


def _small_number(text: str) -> bool:
    """Text ``int()`` reads as a number of one or two digits ("²" is a digit to ``isdigit`` but
    not to ``int()``; 5,000 nines are more than ``int()`` converts)."""
    return text.isdecimal() and len(text) <= 2


def _classes(text: str, problems: list[tuple[str, Message]]) -> str:
    value = unicodedata.normalize("NFKC", text).replace(" ", "").replace(";", ",")
    if not value:
        return ""
    parts = value.split(",")
    if not all(_small_number(p) and 1 <= int(p) <= 7 for p in parts):
        problems.append(("classes", Message("contacts.not_classes", value=text)))
        return ""
    return ",".join(str(n) for n in sorted({int(p) for p in parts}))


def _read_vcards(
    path: Path, reference: Reference, unit: str | None, tier: int | None
) -> tuple[list[ContactRow], list[RowProblem]]:
    from app.services.vcard import read_vcards

    rows: list[ContactRow] = []
    errors: list[RowProblem] = []
    for card in read_vcards(path):
        problems: list[tuple[str, Message]] = []
        cells = {
            "name": card.name,
            "role": card.title or "",
            "organization": card.org or "",
            "mobile": card.phones.get("mobile", ""),
            "pager": card.phones.get("pager", ""),
            "desk": card.phones.get("desk", ""),
            "email": card.email or "",
        }
        if not cells["role"]:
            cells["role"] = "contact"
        row = _row_from_cells(cells, reference, unit, tier, problems)
        if problems:
            errors.extend(RowProblem(card.line, c, m) for c, m in problems)
        elif row is not None:
            row.row = card.line
            rows.append(row)
    return rows, errors


# --- writing ------------------------------------------------------------------------------------


def _known(conn: Any) -> dict[tuple[str, str], str]:
    return {
        (name.casefold(), org.casefold()): cid
        for cid, name, org in conn.execute(
            select(
                Contact.__table__.c.id, Contact.__table__.c.name, Contact.__table__.c.organization
            )
        )
    }


def _set_methods(conn: Any, contact_id: str, methods: dict[str, str]) -> None:
    table = ContactMethod.__table__
    for kind, value in methods.items():
        conn.execute(delete(table).where(table.c.contact_id == contact_id, table.c.kind == kind))
        conn.execute(insert(table).values(contact_id=contact_id, kind=kind, value=value))


def _place(conn: Any, contact_id: str, unit: str, tier: int, classes: str) -> None:
    table = EscalationEntry.__table__
    exists = conn.execute(
        select(table.c.id).where(
            table.c.contact_id == contact_id,
            table.c.unit == unit,
            table.c.tier == tier,
            table.c.classes == classes,
        )
    ).first()
    if exists is None:
        conn.execute(
            insert(table).values(contact_id=contact_id, unit=unit, tier=tier, classes=classes)
        )


def _kind_order(kind: str) -> int:
    return METHOD_KINDS.index(kind) if kind in METHOD_KINDS else len(METHOD_KINDS)


def _classes_list(classes: str) -> list[int]:
    return [int(c) for c in classes.split(",") if c]


def _neutralise(cell: str) -> str:
    """The inventory's reversible neutraliser (= + - @ TAB CR), which the importer undoes: the
    former one let a stored "'=x" out unchanged, and it came back as "=x"."""
    return neutralise(cell)


# --- the contact editor ---------------------------------------------------------------------------

EDITOR_FIELDS = (
    "name",
    "role",
    "organization",
    "mobile",
    "pager",
    "radio",
    "desk",
    "email",
    *DETAILS,
)


def save_contact(
    db: Database,
    reference: Reference,
    values: dict[str, str],
    *,
    places: list[tuple[str, int, str]],
    by: str,
    contact_id: str | None = None,
) -> ContactView:
    """Create (``contact_id`` None) or change one contact exactly as entered, with its places in
    escalation chains ((unit or '' for all units, tier, classes like '3,4,5' or '')).
    BadInputError names the field at fault ("mobile: '12' is not a phone number")."""
    who = " ".join(by.split())
    if not who:
        raise BadInputError(Message("common.name_person_saving_required"))
    problems: list[tuple[str, Message]] = []
    row = _row_from_cells(
        {k: values.get(k, "") or "" for k in EDITOR_FIELDS}, reference, None, None, problems
    )
    clean_places = []
    for unit, tier, classes in places:
        if not 1 <= int(tier) <= 9:
            problems.append(("tier", Message("contacts.not_tier", value=tier)))
        clean_places.append(
            (
                unicodedata.normalize("NFKC", " ".join(unit.split())),
                int(tier),
                _classes(classes, problems),
            )
        )
    if problems or row is None:
        column, message = problems[0] if problems else ("name", Message("contacts.name_missing"))
        raise BadInputError(Message("contacts.message", column=column, message=message))
    now = utc_now_iso()
    table = Contact.__table__
    with db.write() as session:
        conn = session.connection()
        clash = _known(conn).get((row.name.casefold(), row.organization.casefold()))
        if clash is not None and clash != contact_id:
            raise BadInputError(
                Message(
                    "contacts.message",
                    column="name",
                    message=Message(
                        "contacts.already_a_contact",
                        name=row.name,
                        organization=row.organization or "-",
                    ),
                )
            )
        fields = {
            "name": row.name,
            "role": row.role,
            "organization": row.organization,
            **{k: row.details.get(k) for k in DETAILS},
            "updated_at": now,
        }
        before = _contact_fields(conn, contact_id) if contact_id else None
        if contact_id is None:
            contact_id = str(uuid.uuid4())
            conn.execute(insert(table).values(id=contact_id, created_at=now, **fields))
        elif conn.execute(select(table.c.id).where(table.c.id == contact_id)).first() is None:
            raise BadInputError(Message("contacts.no_contact_id", contact_id=contact_id))
        else:
            conn.execute(table.update().where(table.c.id == contact_id).values(**fields))
        methods = ContactMethod.__table__
        conn.execute(delete(methods).where(methods.c.contact_id == contact_id))
        _set_methods(conn, contact_id, row.methods)
        entries = EscalationEntry.__table__
        conn.execute(delete(entries).where(entries.c.contact_id == contact_id))
        for unit, tier, classes in dict.fromkeys(clean_places):
            _place(conn, contact_id, unit, tier, classes)
        append_event(
            session,
            at=now,
            kind="contact.saved",
            entity="contact",
            entity_id=contact_id,
            actor=who,
            workstation=workstation_id(),
            payload={
                "name": row.name,
                "places": clean_places,
                "before": before,
                "after": _contact_fields(conn, contact_id),
            },
        )
    return next(c for c in list_contacts(db) if c.id == contact_id)


def _contact_fields(conn: Any, contact_id: str) -> dict[str, Any] | None:
    """A contact's stored fields and contact methods (for before/after in the audit trail)."""
    table = Contact.__table__
    row = conn.execute(select(table).where(table.c.id == contact_id)).mappings().first()
    if row is None:
        return None
    methods = ContactMethod.__table__
    found = conn.execute(
        select(methods.c.kind, methods.c.value).where(methods.c.contact_id == contact_id)
    ).all()
    fields = {k: v for k, v in row.items() if k not in ("id", "created_at", "updated_at")}
    return {**fields, "methods": dict(sorted((kind, value) for kind, value in found))}


def remove_contact(db: Database, contact_id: str, *, by: str) -> None:
    """Take a contact off every sheet and chain (the event log keeps who and when)."""
    who = " ".join(by.split())
    if not who:
        raise BadInputError(Message("contacts.name_person_removing_contact"))
    now = utc_now_iso()
    with db.write() as session:
        conn = session.connection()
        table = Contact.__table__
        found = conn.execute(select(table.c.name).where(table.c.id == contact_id)).first()
        if found is None:
            raise BadInputError(Message("contacts.no_contact_id", contact_id=contact_id))
        before = _contact_fields(conn, contact_id)
        for child in (ContactMethod.__table__, EscalationEntry.__table__):
            conn.execute(delete(child).where(child.c.contact_id == contact_id))
        conn.execute(delete(table).where(table.c.id == contact_id))
        append_event(
            session,
            at=now,
            kind="contact.removed",
            entity="contact",
            entity_id=contact_id,
            actor=who,
            workstation=workstation_id(),
            payload={"name": found[0], "before": before},
        )
