"""Publisher keys this installation trusts for bundles: adding, listing, revoking; key files.

Trust is kept append-only (``trusted_key``): adding a key appends a "trusted" row, removing it a
"revoked" row; the newest row of a fingerprint is its state. A revoked key is never trusted again
(the publisher gets a new key from a password reset and sends that). Changing trust needs a
signed-in administrator; both changes are in the audit trail.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from app.database.db import Database
from app.database.events import append_event, canonical_json
from app.database.tables import TrustedKey, UserAccount, UserKey
from app.errors import AccessDeniedError, BadInputError, Message
from app.services import accounts
from app.services.authority import AuthenticatedUser, require
from app.services.bundles.container import write_new_file
from app.services.bundles.manifest import strict_json
from app.services.clock import utc_now_iso, workstation_id
from app.services.output_log import Actor, logged_output
from app.services.store import installation_id

KEY_FORMAT = "mdir-desk/public-key/1"
TRUSTED, REVOKED = "trusted", "revoked"
MAX_KEY_FILE = 64 * 1024


@dataclass(frozen=True)
class KeyFile:
    username: str
    full_name: str
    installation: str
    key_id: str
    public_key: bytes
    fingerprint: str


@dataclass(frozen=True)
class TrustView:
    fingerprint: str
    label: str
    publisher: str
    installation: str
    state: str  # trusted or revoked
    since: str
    by: str

    def to_json(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "label": self.label,
            "publisher": self.publisher,
            "installation": self.installation,
            "state": self.state,
            "since": self.since,
            "by": self.by,
        }


def key_file_json(db: Database, username: str) -> dict[str, Any]:
    """The public key file of ``username``'s current signing key (public data only)."""
    with db.read() as session:
        user = session.exec(
            select(UserAccount).where(UserAccount.username == accounts.normalise_username(username))
        ).first()
        if user is None:
            raise BadInputError(
                Message("common.no_account_named", username=accounts.normalise_username(username))
            )
        key = accounts.current_key(session, user.id)
        if key is None:
            raise BadInputError(
                Message("bundles.trust.account_no_signing_key", username=user.username)
            )
        return _key_fields(user, key, installation_id(db))


def _key_fields(user: UserAccount, key: UserKey, installation: str) -> dict[str, Any]:
    return {
        "format": KEY_FORMAT,
        "username": user.username,
        "full_name": user.full_name,
        "user_id": user.id,
        "installation": installation,
        "key_id": key.id,
        "public_key": key.public_key,
        "fingerprint": key.fingerprint,
        "created_at": key.created_at,
    }


def export_key(db: Database, username: str, out: Path, *, by: Actor = None) -> KeyFile:
    """Write ``username``'s public key file to ``out`` (never over a file); logged."""
    fields = key_file_json(db, username)
    out = Path(out)
    write_new_file(out, (canonical_json(fields) + "\n").encode("utf-8"))
    logged_output(
        db,
        out,
        kind="export.public_key",
        entity="user_key",
        entity_id=fields["key_id"],
        by=by,
        details={"username": fields["username"], "fingerprint": fields["fingerprint"]},
    )
    return parse_key_file(out.read_bytes(), out.name)


def read_key_file(path: Path) -> KeyFile:
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(MAX_KEY_FILE + 1)
    except OSError as exc:
        raise BadInputError(
            Message("common.cannot_read", path=path, reason=exc.strerror or exc)
        ) from None
    if len(data) > MAX_KEY_FILE:
        raise BadInputError(Message("bundles.trust.not_public_key_file", file=Path(path).name))
    return parse_key_file(data, Path(path).name)


def parse_key_file(data: bytes, name: str) -> KeyFile:
    raw = strict_json(data, f"{name}")
    try:
        if raw.get("format") != KEY_FORMAT:
            raise ValueError(f"not a {KEY_FORMAT} file")
        public = base64.b64decode(str(raw["public_key"]), validate=True)
        fingerprint = str(raw["fingerprint"])
        texts = [str(raw[k]) for k in ("username", "full_name", "installation", "key_id")]
    except (AttributeError, KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise BadInputError(
            Message("bundles.trust.not_public_key_file_3", name=name, detail=str(exc)[:100])
        ) from None
    if len(public) != 32 or hashlib.sha256(public).hexdigest() != fingerprint:
        raise BadInputError(Message("bundles.trust.key_does_not_match", name=name))
    if any(len(t) > 200 or not t.isprintable() for t in texts):
        raise BadInputError(Message("bundles.trust.not_public_key_file_2", name=name))
    return KeyFile(texts[0], texts[1], texts[2], texts[3], public, fingerprint)


def trust_state(session: Session, fingerprint: str) -> TrustedKey | None:
    """The newest trust row of ``fingerprint`` (None: never trusted here)."""
    return session.exec(
        select(TrustedKey)
        .where(TrustedKey.fingerprint == fingerprint)
        .order_by(col(TrustedKey.id).desc())
        .limit(1)
    ).first()


def _admin(db: Database, by: AuthenticatedUser) -> str:
    try:
        return require(db, by, "manage_users")
    except AccessDeniedError:
        raise AccessDeniedError(
            Message("bundles.trust.may_not_change_trusted", username=by.username)
        ) from None


def add_trust(
    db: Database, key: KeyFile, *, label: str | None, by: AuthenticatedUser
) -> tuple[TrustView, bool]:
    """Trust ``key`` for bundles; returns its view and whether anything was added."""
    role = _admin(db, by)
    clean = " ".join((label or "").split()) or f"{key.username} ({key.full_name})"
    if len(clean) > 200 or not clean.isprintable():
        raise BadInputError(Message("bundles.trust.label_must_one_line"))
    with db.write() as session:
        current = trust_state(session, key.fingerprint)
        if current is not None and current.action == REVOKED:
            raise BadInputError(
                Message(
                    "bundles.trust.key_revoked_on_revoked",
                    fingerprint=key.fingerprint[:16],
                    revoked_at=current.at,
                    revoked_by=current.by,
                )
            )
        if current is not None:
            return _view(current, current), False
        row = TrustedKey(
            fingerprint=key.fingerprint,
            public_key=base64.b64encode(key.public_key).decode("ascii"),
            label=clean,
            publisher=key.username,
            installation=key.installation,
            action=TRUSTED,
            at=utc_now_iso(),
            by=by.username,
        )
        session.add(row)
        session.flush()
        _event(session, "trust.added", row, by, role)
        return _view(row, row), True


def remove_trust(db: Database, fingerprint: str, *, by: AuthenticatedUser) -> TrustView:
    """Revoke a trusted key (full fingerprint or a unique prefix of at least 8 characters)."""
    role = _admin(db, by)
    wanted = fingerprint.strip().lower()
    with db.write() as session:
        first = _resolve(session, wanted)
        current = trust_state(session, first.fingerprint)
        assert current is not None
        if current.action == REVOKED:
            raise BadInputError(
                Message("bundles.trust.key_already_revoked", fingerprint=first.fingerprint[:16])
            )
        row = TrustedKey(
            fingerprint=first.fingerprint,
            public_key=first.public_key,
            label=first.label,
            publisher=first.publisher,
            installation=first.installation,
            action=REVOKED,
            at=utc_now_iso(),
            by=by.username,
        )
        session.add(row)
        session.flush()
        _event(session, "trust.revoked", row, by, role)
        return _view(first, row)


def _resolve(session: Session, wanted: str) -> TrustedKey:
    if len(wanted) < 8 or any(ch not in "0123456789abcdef" for ch in wanted):
        raise BadInputError(Message("bundles.trust.give_key_s_fingerprint"))
    rows = session.exec(
        select(TrustedKey)
        .where(col(TrustedKey.fingerprint).startswith(wanted))
        .order_by(col(TrustedKey.id))
    ).all()
    found = {r.fingerprint: r for r in reversed(rows)}  # the first row of each fingerprint
    if not found:
        raise BadInputError(Message("bundles.trust.no_trusted_key_fingerprint", wanted=wanted[:64]))
    if len(found) > 1:
        raise BadInputError(
            Message("bundles.trust.matches_keys_give_more", prefix=wanted, count=len(found))
        )
    return next(iter(found.values()))


def list_trust(db: Database) -> list[TrustView]:
    with db.read() as session:
        rows = session.exec(select(TrustedKey).order_by(col(TrustedKey.id))).all()
    first: dict[str, TrustedKey] = {}
    newest: dict[str, TrustedKey] = {}
    for row in rows:
        first.setdefault(row.fingerprint, row)
        newest[row.fingerprint] = row
    return [_view(first[f], newest[f]) for f in first]


def _view(first: TrustedKey, newest: TrustedKey) -> TrustView:
    return TrustView(
        fingerprint=first.fingerprint,
        label=first.label,
        publisher=first.publisher,
        installation=first.installation,
        state=newest.action,
        since=newest.at,
        by=newest.by,
    )


def _event(session: Session, kind: str, row: TrustedKey, by: AuthenticatedUser, role: str) -> None:
    append_event(
        session,
        at=row.at,
        kind=kind,
        entity="trusted_key",
        entity_id=row.fingerprint,
        actor=by.username,
        workstation=workstation_id(),
        payload={
            "fingerprint": row.fingerprint,
            "label": row.label,
            "publisher": row.publisher,
            "installation": row.installation,
        },
        role=role,
        authenticated=True,
    )
