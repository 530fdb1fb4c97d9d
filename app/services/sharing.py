"""A share package for an ISAC, an ISAO or a partner hospital (SHR-01, DOMAIN.md §6.7).

What is shared is what helps others check their own fleet: device makes, models and firmware, the
classes decided, why devices came into scope (a component, a model), and when things happened.
What could name a person or a patient is left out by construction, not by filtering text: no
names, no asset tags or serial numbers, no addresses, no locations or units, no notes or typed
texts. The package says what it left out (``redacted``) and carries a TLP 2.0 marking.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from app.database.db import Database
from app.database.tables import IncidentDevice
from app.errors import BadInputError, Listing, Message
from app.services.authority import AuthenticatedUser
from app.services.clock import utc_now_iso
from app.services.decisions import DecisionView
from app.services.incident_devices import incident_devices
from app.services.incident_input import shown
from app.services.incident_timeline import timeline
from app.services.incidents import current_decisions, find_incident_row, view_of
from app.services.output_log import logged_output
from app.services.reference import Reference

TLP_MARKINGS = ("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED")
FORMAT = "mdir-desk/incident-share"
VERSION = 1
# Scope reasons the program writes itself (anything else was typed by a person and is withheld).
_KNOWN_REASON = re.compile(r"manual|decision|component \S.*|same model \S.*")
REDACTED = (
    "incident name",
    "detection source text",
    "names of people",
    "asset tags",
    "serial numbers",
    "IP and MAC addresses",
    "locations, units, rooms and beds",
    "notes and closing notes",
    "manual timeline text",
    "evidence file names and descriptions",
    "lessons-learned text and actions",
    "scope reasons typed by hand",
)


def check_tlp(tlp: str) -> str:
    """The TLP 2.0 marking ``tlp`` in its normal form ("amber", "TLP:Amber" -> "AMBER")."""
    raw = "".join((tlp or "").split()).upper()
    wanted = raw.removeprefix("TLP:")
    if wanted not in TLP_MARKINGS:
        raise BadInputError(
            Message(
                "sharing.unknown_tlp_marking_use",
                tlp=shown(tlp or ""),
                tlp_markings=Listing(TLP_MARKINGS),
            )
        )
    return wanted


def share_package(db: Database, reference: Reference, key: str, *, tlp: str) -> dict[str, Any]:
    """The share package of the incident ``key`` as a JSON-ready dict (see the module text)."""
    marking = check_tlp(tlp)
    members = incident_devices(db, key)
    with db.read() as session:
        incident = view_of(find_incident_row(session, key))
        decisions = current_decisions(session, incident.id)
        reasons = _scope_reasons(session, incident.id)
    events = timeline(db, incident.id)
    newest: dict[str, DecisionView] = {}
    for decision in decisions:  # oldest first, so the newest wins
        if decision.device_id is not None:
            newest[decision.device_id] = decision
    devices = []
    for member in members:
        decision = newest.get(member.device.id)
        devices.append(
            {
                "manufacturer": member.device.manufacturer,
                "model": member.device.model,
                "firmware_version": member.device.record.get("firmware_version"),
                "category": member.device.category,
                "ir_class": decision.ir_class if decision else None,
                "state": member.state,
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "tlp": f"TLP:{marking}",
        "generated_at": utc_now_iso(),
        "exercise": incident.exercise,
        "incident": {
            "ref": incident.ref,
            "severity": incident.severity,
            "status": incident.status,
            "phase": incident.phase,
            "t0": incident.t0,
            "has_detection_source": bool(incident.source),
        },
        "devices": sorted(devices, key=_device_order),
        "decisions": [
            {
                "ir_class": d.ir_class,
                "ir_class_name": reference.class_name(d.ir_class, "en"),
                "provisional": d.provisional,
                "category": d.category,
                "created_at": d.created_at,
            }
            for d in decisions
        ],
        "classes": _class_counts(devices, decisions),
        "scope_reasons": reasons,
        "timeline": [{"at": item.at, "kind": item.kind} for item in events],
        "redacted": list(REDACTED),
    }


def export_share(
    db: Database,
    reference: Reference,
    key: str,
    out: Path,
    *,
    tlp: str,
    by: str | AuthenticatedUser | None = None,
) -> Path:
    """Write the share package to ``out`` (JSON, UTF-8), never over an existing file, all or
    nothing; the finished file is logged ("export.incident_share")."""
    target = Path(out)
    marking = check_tlp(tlp)
    with db.read() as session:
        incident_id = find_incident_row(session, key).id
    if not target.parent.is_dir():
        raise BadInputError(Message("sharing.folder_does_not_exist", target=target))
    if target.exists() or target.is_symlink():
        raise BadInputError(Message("sharing.already_exists_choose_another", target=target))
    package = share_package(db, reference, incident_id, tlp=marking)
    data = (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    _write_new(target, data)
    logged_output(
        db,
        target,
        kind="export.incident_share",
        entity="incident",
        entity_id=incident_id,
        by=by,
        details={
            "ref": package["incident"]["ref"],
            "tlp": package["tlp"],
            "exercise": package["exercise"],
        },
    )
    return target


def _write_new(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target``, flush it to disk, then put it in
    place without replacing a file that appeared meanwhile. On any failure nothing is left."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise BadInputError(
            Message("sharing.cannot_write", target_parent=target.parent, reason=exc.strerror or exc)
        ) from None
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _place(temp, target)
    except OSError as exc:
        raise BadInputError(
            Message("sharing.cannot_write_2", target=target, reason=exc.strerror or exc)
        ) from None
    finally:
        temp.unlink(missing_ok=True)
    _sync_folder(target.parent)


def _place(temp: Path, target: Path) -> None:
    """A hard link fails when ``target`` exists, so nothing is ever overwritten; where links are
    not supported (FAT, some network shares) a rename is used after one more check."""
    try:
        os.link(temp, target)
        return
    except FileExistsError:
        raise BadInputError(
            Message("sharing.already_exists_choose_another", target=target)
        ) from None
    except OSError:
        pass
    if target.exists():
        raise BadInputError(Message("sharing.already_exists_choose_another", target=target))
    os.rename(temp, target)  # Windows refuses an existing target; elsewhere a tiny race remains


def _sync_folder(folder: Path) -> None:
    """Make the new directory entry durable too (POSIX; not possible on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _scope_reasons(session: Session, incident_id: str) -> list[str]:
    found = session.exec(
        select(IncidentDevice.reason).where(IncidentDevice.incident_id == incident_id)
    ).all()
    known = {r for r in found if _KNOWN_REASON.fullmatch(r)}
    return sorted(known) + (["other (typed by hand, withheld)"] if set(found) - known else [])


def _class_counts(devices: list[dict[str, Any]], decisions: list[DecisionView]) -> dict[str, int]:
    """Devices in scope by class (their newest decision; "unclassified" without one), plus each
    decision made for a category without a device, as in the HICS 251 roll-up."""
    counts: Counter[str] = Counter()
    for device in devices:
        counts[str(device["ir_class"]) if device["ir_class"] else "unclassified"] += 1
    for decision in decisions:
        if decision.device_id is None:
            counts[str(decision.ir_class)] += 1
    return dict(sorted(counts.items()))


def _device_order(device: dict[str, Any]) -> tuple[str, ...]:
    """By what is shared (never by asset tag, which would hint at it)."""
    keys = ("manufacturer", "model", "firmware_version", "category", "ir_class", "state")
    return tuple(str(device[k] or "") for k in keys)
