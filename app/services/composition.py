"""Device composition: SBOMs attached to device models, and which devices carry a component.

An SBOM is attached to a model (and optionally one firmware version); every device of that model
(and firmware) carries its components, including devices added to the inventory later. A component
of unknown version is reported as "may be affected" when a version filter is given, never dropped:
not knowing is not the same as not affected.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert

from app.database.db import Database
from app.database.events import append_event
from app.database.tables import Sbom, SbomComponent
from app.errors import BadInputError, Message
from app.services.clock import utc_now_iso, workstation_id
from app.services.devices import DEVICE_SELECT, DeviceView, view_of_row
from app.services.sbom import Component, component_key, matches, parse_purl_or_none, version_status


@dataclass(frozen=True)
class SbomImport:
    sbom_id: str
    format: str
    spec_version: str
    components: int
    devices: int  # devices of that model (and firmware) in the inventory now


@dataclass(frozen=True)
class AttachedSbom:
    id: str
    model: str
    firmware: str | None
    format: str
    spec_version: str
    file_name: str
    components: int
    imported_at: str
    imported_by: str


@dataclass(frozen=True)
class AffectedDevice:
    device: DeviceView
    component: Component
    version_status: str  # "match", or "unknown" when the version cannot be told
    sbom_id: str


def import_sbom(
    db: Database, path: Path, *, model: str, firmware: str | None, by: str
) -> SbomImport:
    from app.services.sbom import parse_sbom

    model = unicodedata.normalize("NFKC", " ".join(model.split()))
    if not model:
        raise BadInputError(Message("composition.device_model_sbom_describes"))
    firmware = unicodedata.normalize("NFKC", " ".join(firmware.split())) if firmware else None
    document = parse_sbom(Path(path))
    for attached in list_sboms(db):
        same_target = (attached.model.casefold(), attached.firmware) == (model.casefold(), firmware)
        if same_target and attached.id in _with_sha(db, document.sha256):
            raise BadInputError(
                Message(
                    "composition.already_attached_firmware",
                    file=Path(path).name,
                    model=attached.model,
                    firmware=firmware,
                )
                if firmware
                else Message(
                    "composition.already_attached", file=Path(path).name, model=attached.model
                )
            )
    sbom_id = str(uuid.uuid4())
    now = utc_now_iso()
    with db.write() as session:
        session.add(
            Sbom(
                id=sbom_id,
                model=model,
                firmware=firmware,
                format=document.format,
                spec_version=document.spec_version,
                document_name=document.name,
                file_name=Path(path).name,
                file_sha256=document.sha256,
                imported_at=now,
                imported_by=by,
            )
        )
        session.flush()
        rows = [_component_row(sbom_id, c) for c in document.components]
        if rows:
            session.connection().execute(insert(SbomComponent.__table__), rows)
        append_event(
            session,
            at=now,
            kind="sbom.imported",
            entity="sbom",
            entity_id=sbom_id,
            actor=by,
            workstation=workstation_id(),
            payload={
                "model": model,
                "firmware": firmware,
                "sha256": document.sha256,
                "components": len(rows),
            },
        )
    devices = len(_devices_of(db, model, firmware))
    return SbomImport(sbom_id, document.format, document.spec_version, len(rows), devices)


def list_sboms(db: Database) -> list[AttachedSbom]:
    """The SBOMs attached so far, newest first, with their component counts."""
    rows = db.raw_reader().execute(
        "SELECT s.id, s.model, s.firmware, s.format, s.spec_version, s.file_name, "
        "(SELECT count(*) FROM sbom_component c WHERE c.sbom_id = s.id), "
        "s.imported_at, s.imported_by FROM sbom s ORDER BY s.imported_at DESC"
    )
    return [AttachedSbom(*row) for row in rows.fetchall()]


def components_of(db: Database, device: DeviceView) -> list[Component]:
    """The software components a device carries, by the SBOMs of its model (and firmware)."""
    model = device.model
    if not model:
        return []
    rows = db.raw_reader().execute(
        "SELECT DISTINCT c.name, c.grp, c.version, c.purl, c.supplier FROM sbom_component c "
        "JOIN sbom s ON s.id = c.sbom_id WHERE s.model = ? COLLATE NOCASE "
        "AND (s.firmware IS NULL OR s.firmware = ? COLLATE NOCASE) ORDER BY c.name, c.version",
        (model, device.record.get("firmware_version") or ""),
    )
    return [Component(name=n, group=g, version=v, purl=p, supplier=su) for n, g, v, p, su in rows]


def _with_sha(db: Database, sha256: str) -> set[str]:
    rows = db.raw_reader().execute("SELECT id FROM sbom WHERE file_sha256 = ?", (sha256,))
    return {row[0] for row in rows.fetchall()}


def affected_devices(db: Database, query: str, version: str | None = None) -> list[AffectedDevice]:
    """Devices carrying the component ``query`` (purl, group/name or name), optionally at
    ``version`` (``1.2``, ``<=1.2``, ...); unknown versions are kept and marked "unknown"."""
    wanted = component_key(query)
    conn = db.raw_reader()
    found: list[AffectedDevice] = []
    rows = conn.execute(
        "SELECT c.name, c.grp, c.version, c.purl, c.supplier, s.id, s.model, s.firmware "
        "FROM sbom_component c JOIN sbom s ON s.id = c.sbom_id ORDER BY s.imported_at, c.id"
    )
    for name, grp, comp_version, purl, supplier, sbom_id, model, firmware in rows.fetchall():
        component = Component(
            name=name, group=grp, version=comp_version, purl=purl, supplier=supplier
        )
        if not matches(wanted, component):
            continue
        status = "match" if version is None else version_status(comp_version, version)
        if status == "no-match":
            continue
        for device in _devices_of(db, model, firmware):
            found.append(AffectedDevice(device, component, status, sbom_id))
    unique = {(a.device.id, a.component, a.sbom_id): a for a in found}
    return sorted(unique.values(), key=lambda a: (a.device.asset_tag, a.component.name))


def _devices_of(db: Database, model: str, firmware: str | None) -> list[DeviceView]:
    sql = f"{DEVICE_SELECT} WHERE d.model = ? COLLATE NOCASE"
    params: tuple[str, ...] = (model,)
    if firmware is not None:
        sql += " AND d.firmware_version = ? COLLATE NOCASE"
        params = (model, firmware)
    return [view_of_row(row) for row in db.raw_reader().execute(sql, params).fetchall()]


def _component_row(sbom_id: str, component: Component) -> dict[str, object]:
    purl = parse_purl_or_none(component.purl)
    purl_key = None
    if purl is not None:
        purl_key = "/".join(p for p in (purl.type, purl.namespace or "", purl.name) if p).casefold()
    return {
        "sbom_id": sbom_id,
        "name": component.name,
        "name_key": component.name.casefold(),
        "grp": component.group,
        "version": component.version,
        "purl": component.purl,
        "purl_key": purl_key,
        "supplier": component.supplier,
    }
