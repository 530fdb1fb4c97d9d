"""Evidence and its chain of custody (CER-04, DOMAIN.md §5.3).

The file itself stays where it is: the record keeps its name, SHA-256 and size, who collected it,
when, and where it is kept. Every hand-over adds to the custody chain (both tables are append-only
by trigger); the newest hand-over says who holds the evidence now and where. A file can later be
checked against the record (``verify_evidence``), which leaves an event either way.
"""

from __future__ import annotations

import hashlib
import os
import stat
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from app.database.db import Database
from app.database.tables import CustodyTransfer, Evidence
from app.errors import BadInputError, Message
from app.services.authority import AuthenticatedUser
from app.services.clock import utc_now_iso
from app.services.incident_input import (
    actor_of,
    by_id_prefix,
    iso,
    line,
    lookup_key,
    parse_time,
    shown,
    text,
)
from app.services.incidents import find_incident_row, log_incident_event, require_open

CHUNK = 1024 * 1024  # bytes read at a time: evidence images may be many gigabytes


@dataclass(frozen=True)
class TransferView:
    from_person: str
    to_person: str
    at: str
    reason: str
    location: str | None
    recorded_by: str

    def to_json(self) -> dict[str, Any]:
        return {
            "from_person": self.from_person,
            "to_person": self.to_person,
            "at": self.at,
            "reason": self.reason,
            "location": self.location,
            "recorded_by": self.recorded_by,
        }


@dataclass(frozen=True)
class EvidenceView:
    id: str
    incident_id: str
    file_name: str
    sha256: str
    size: int
    description: str | None
    collected_by: str
    collected_at: str
    location: str  # where it is now: the newest hand-over's location if given, else the first
    holder: str  # who has it now: the newest hand-over's receiver, else the collector
    transfers: tuple[TransferView, ...]
    collected_location: str = ""  # where it was first kept

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "incident_id": self.incident_id,
            "file_name": self.file_name,
            "sha256": self.sha256,
            "size": self.size,
            "description": self.description,
            "collected_by": self.collected_by,
            "collected_at": self.collected_at,
            "location": self.location,
            "holder": self.holder,
            "transfers": [t.to_json() for t in self.transfers],
            "collected_location": self.collected_location,
        }


def add_evidence(
    db: Database,
    key: str,
    file: Path,
    *,
    by: str | AuthenticatedUser | None,
    location: str,
    description: str | None = None,
    collected_at: str | None = None,
) -> EvidenceView:
    """Record a file as evidence of the open incident ``key``: its SHA-256 and size are computed
    here (the file is read, never moved or changed). The same content twice in one incident is
    refused, naming the earlier record."""
    actor = actor_of(by)
    clean_location = line(location, Message("field.where_evidence_kept"), required=True) or ""
    clean_description = text(description, Message("field.description"))
    when = iso(parse_time(collected_at, Message("field.collection_time"))) if collected_at else None
    with db.read() as session:
        require_open(find_incident_row(session, key))  # fail before reading gigabytes
    path = Path(file)
    sha256, size = file_digest(path)
    now = utc_now_iso()
    evidence_id = _new_id()
    with db.write() as session:
        incident = find_incident_row(session, key)
        require_open(incident)
        earlier = session.exec(
            select(Evidence).where(Evidence.incident_id == incident.id, Evidence.sha256 == sha256)
        ).first()
        if earlier is not None:
            raise BadInputError(
                Message(
                    "evidence.already_recorded_incident_evidence",
                    file=path.name,
                    incident=incident.ref,
                    evidence_id=earlier.id[:8],
                    file_name=earlier.file_name,
                )
            )
        row = Evidence(
            id=evidence_id,
            incident_id=incident.id,
            file_name=path.name,
            sha256=sha256,
            size=size,
            description=clean_description,
            collected_by=actor.name,
            collected_at=when or now,
            location=clean_location,
        )
        session.add(row)
        log_incident_event(
            session,
            incident.id,
            "evidence.added",
            actor,
            now,
            {
                "evidence": evidence_id,
                "file": row.file_name,
                "sha256": sha256,
                "size": size,
                "location": clean_location,
                "description": clean_description,
            },
        )
    return get_evidence(db, evidence_id)


def transfer_evidence(
    db: Database,
    evidence_id: str,
    *,
    from_person: str,
    to_person: str,
    reason: str,
    location: str | None = None,
    by: str | AuthenticatedUser | None = None,
    at: str | None = None,
) -> EvidenceView:
    """Record a hand-over from the current holder to someone else. Allowed after the incident
    closed too: evidence still moves (to legal, to the vendor, into storage)."""
    actor = actor_of(by)
    giver = line(from_person, Message("field.person_handing_evidence_over"), required=True) or ""
    receiver = line(to_person, Message("field.person_receiving_evidence"), required=True) or ""
    clean_reason = line(reason, Message("field.reason_for_hand_over"), required=True) or ""
    clean_location = line(location, Message("field.where_evidence_kept"))
    if giver.casefold() == receiver.casefold():
        raise BadInputError(Message("evidence.cannot_hand_evidence_over", giver=giver))
    when = parse_time(at, Message("field.hand_over_time")) if at else None
    now = utc_now_iso()
    with db.write() as session:
        row = _find_row(session, evidence_id)
        current = _view(row, _transfers(session, row.id))
        if giver.casefold() != current.holder.casefold():
            raise BadInputError(
                Message(
                    "evidence.does_not_hold_evidence",
                    giver=giver,
                    evidence_id=row.id[:8],
                    holder=current.holder,
                )
            )
        last = current.transfers[-1].at if current.transfers else current.collected_at
        if when is not None and when < datetime.fromisoformat(last):
            raise BadInputError(
                Message("evidence.hand_over_time_before", time=iso(when), last=last)
            )
        session.add(
            CustodyTransfer(
                evidence_id=row.id,
                from_person=giver,
                to_person=receiver,
                at=iso(when) if when else now,
                reason=clean_reason,
                location=clean_location,
                recorded_by=actor.name,
            )
        )
        log_incident_event(
            session,
            row.incident_id,
            "evidence.transferred",
            actor,
            now,
            {
                "evidence": row.id,
                "file": row.file_name,
                "from_person": giver,
                "to_person": receiver,
                "reason": clean_reason,
                "location": clean_location,
            },
        )
        found = row.id
    return get_evidence(db, found)


def list_evidence(db: Database, key: str) -> list[EvidenceView]:
    """The incident's evidence in the order it was collected."""
    with db.read() as session:
        incident = find_incident_row(session, key)
        rows = session.exec(select(Evidence).where(Evidence.incident_id == incident.id)).all()
        views = [_view(r, _transfers(session, r.id)) for r in rows]
    return sorted(views, key=lambda v: (datetime.fromisoformat(v.collected_at), v.id))


def get_evidence(db: Database, evidence_id: str) -> EvidenceView:
    """One evidence item by its id or the first eight or more characters of it."""
    with db.read() as session:
        row = _find_row(session, evidence_id)
        return _view(row, _transfers(session, row.id))


def verify_evidence(
    db: Database, evidence_id: str, file: Path, *, by: str | AuthenticatedUser | None = None
) -> bool:
    """Hash ``file`` again and compare it with the record (SHA-256 and size); the check is
    logged as "evidence.verified" whatever it finds. A file that cannot be read logs nothing."""
    actor = actor_of(by)
    path = Path(file)
    with db.read() as session:
        row = _find_row(session, evidence_id)
    sha256, size = file_digest(path)
    match = sha256 == row.sha256 and size == row.size
    now = utc_now_iso()
    with db.write() as session:
        log_incident_event(
            session,
            row.incident_id,
            "evidence.verified",
            actor,
            now,
            {"evidence": row.id, "file": path.name, "match": match},
        )
    return match


def file_digest(path: Path) -> tuple[str, int]:
    """The SHA-256 (hex) and size of a regular file, read in chunks. Directories, devices and
    pipes are refused without waiting on them (a pipe is opened non-blocking, then refused)."""
    try:
        before = os.stat(path)
    except FileNotFoundError:
        raise BadInputError(Message("common.no_such_file", path=path)) from None
    except OSError as exc:
        raise BadInputError(
            Message("common.cannot_read_2", path=path, reason=exc.strerror or exc)
        ) from None
    _require_regular(path, before.st_mode)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise BadInputError(
            Message("common.cannot_read_2", path=path, reason=exc.strerror or exc)
        ) from None
    digest, size = hashlib.sha256(), 0
    try:
        _require_regular(path, os.fstat(fd).st_mode)  # it may have been swapped since the stat
        with os.fdopen(fd, "rb", closefd=False) as stream:
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        raise BadInputError(
            Message("evidence.reading_failed", path=path, reason=exc.strerror or exc)
        ) from None
    finally:
        os.close(fd)
    return digest.hexdigest(), size


def _require_regular(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    kind = (
        "evidence.kind_folder"
        if stat.S_ISDIR(mode)
        else "evidence.kind_pipe"
        if stat.S_ISFIFO(mode)
        else "evidence.kind_device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "evidence.kind_other"
    )
    raise BadInputError(Message("evidence.evidence_must_file", path=path, kind=Message(kind)))


def _new_id() -> str:
    return str(uuid.uuid4())


def _find_row(session: Session, evidence_id: str) -> Evidence:
    if not (evidence_id or "").strip():
        raise BadInputError(Message("evidence.no_evidence_id_given"))
    wanted = lookup_key(evidence_id, Message("field.evidence_id")).lower()
    row = by_id_prefix(session, Evidence, wanted, Message("field.evidence_items"))
    if row is None:
        raise BadInputError(Message("evidence.no_evidence_id", wanted=shown(wanted)))
    return row


def _transfers(session: Session, evidence_id: str) -> list[CustodyTransfer]:
    return list(
        session.exec(
            select(CustodyTransfer)
            .where(CustodyTransfer.evidence_id == evidence_id)
            .order_by(col(CustodyTransfer.id))
        ).all()
    )


def _view(row: Evidence, transfers: list[CustodyTransfer]) -> EvidenceView:
    chain = tuple(
        TransferView(t.from_person, t.to_person, t.at, t.reason, t.location, t.recorded_by)
        for t in transfers
    )
    location = next((t.location for t in reversed(chain) if t.location), row.location)
    return EvidenceView(
        id=row.id,
        incident_id=row.incident_id,
        file_name=row.file_name,
        sha256=row.sha256,
        size=row.size,
        description=row.description,
        collected_by=row.collected_by,
        collected_at=row.collected_at,
        location=location,
        holder=chain[-1].to_person if chain else row.collected_by,
        transfers=chain,
        collected_location=row.location,
    )
