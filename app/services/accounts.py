"""Local accounts: creating, signing in, locking out, deactivating, resetting passwords.

Passwords are kept only as argon2id hashes. Every account has an Ed25519 signing key; its private
half is kept in the OS credential store, encrypted under a key derived from the account's password,
and its public half in the database. Permissions are checked here, not only in the GUI.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import Session, col, select

from app.database.db import Database
from app.database.events import append_event
from app.database.tables import UserAccount, UserKey
from app.errors import AccessDeniedError, BadInputError, Listing, Message, PasswordChangeRequired
from app.security import signing_keys
from app.security.credential_store import load_secret, store_secret
from app.security.passwords import check_password, hash_password, password_problem
from app.services.authority import ROLES, AuthenticatedUser, require
from app.services.clock import utc_now_iso, workstation_id
from app.services.reference import Reference
from app.services.settings import int_setting
from app.services.store import installation_id

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_DUMMY_HASH = hash_password("not a real password, only for even timing")


@dataclass(frozen=True)
class UserView:
    id: str
    username: str
    full_name: str
    roles: tuple[str, ...]
    active: bool
    locked: bool
    must_change_password: bool
    training: str | None
    identity_verified: str | None
    created_at: str
    created_by: str
    deactivated_at: str | None
    key_fingerprint: str | None

    def to_json(self) -> dict[str, object]:
        return {
            "username": self.username,
            "full_name": self.full_name,
            "roles": list(self.roles),
            "active": self.active,
            "locked": self.locked,
            "must_change_password": self.must_change_password,
            "training": self.training,
            "identity_verified": self.identity_verified,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "deactivated_at": self.deactivated_at,
            "key_fingerprint": self.key_fingerprint,
        }


def has_accounts(db: Database) -> bool:
    return db.raw_reader().execute("SELECT 1 FROM user_account LIMIT 1").fetchone() is not None


def normalise_username(username: str) -> str:
    return username.strip().lower()


def check_roles(roles: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    cleaned: list[str] = []
    for role in roles:
        for part in role.split(","):
            code = part.strip()
            if code and code not in cleaned:
                if code not in ROLES:
                    raise BadInputError(
                        Message("accounts.unknown_role_roles", code=code, roles=Listing(ROLES))
                    )
                cleaned.append(code)
    if not cleaned:
        raise BadInputError(Message("accounts.account_needs_least_one"))
    return tuple(cleaned)


# --- signing in -----------------------------------------------------------------------------


def authenticate(
    db: Database, username: str, password: str, *, purpose: str = "sign-in"
) -> AuthenticatedUser:
    """Check user name and password (both components, every time). Failures are logged; after
    ``lockout_attempts`` failures in a row the account locks for ``lockout_minutes``.

    A temporary password (after a reset) or an expired one only allows ``purpose="change-password"``.
    """
    name = normalise_username(username)
    with db.read() as session:
        row = _user_by_name(session, name)
    now = datetime.now(UTC)
    if row is None:
        check_password(_DUMMY_HASH, password)  # the same time as a real check
        _log_failure(db, name, None, "unknown user name")
        raise AccessDeniedError(Message("accounts.wrong_user_name_or"))
    if not row.active:
        _log_failure(db, name, row.id, "account deactivated")
        raise AccessDeniedError(Message("accounts.account_deactivated", name=name))
    if row.locked_until and datetime.fromisoformat(row.locked_until) > now:
        _log_failure(db, name, row.id, "account locked")
        until = datetime.fromisoformat(row.locked_until).astimezone().strftime("%H:%M %Z")
        raise AccessDeniedError(
            Message("accounts.account_locked_until_after", name=name, until=until)
        )
    if not check_password(row.password_hash, password):
        _record_wrong_password(db, row.id, name)
        raise AccessDeniedError(Message("accounts.wrong_user_name_or"))
    if row.failed_attempts or row.locked_until:
        _clear_failures(db, row.id)
    if purpose != "change-password":
        _check_password_current(db, row, now)
    return _authenticated(row)


def _check_password_current(db: Database, row: UserAccount, now: datetime) -> None:
    if row.must_change_password:
        raise PasswordChangeRequired(
            Message("accounts.password_reset_choose_new", username=row.username)
        )
    max_days = int_setting(db, "password_max_age_days")
    if (
        max_days
        and datetime.fromisoformat(row.password_changed_at) + timedelta(days=max_days) < now
    ):
        raise PasswordChangeRequired(
            Message("accounts.password_older_than_days", username=row.username, max_days=max_days)
        )


def _authenticated(row: UserAccount) -> AuthenticatedUser:
    return AuthenticatedUser(row.id, row.username, row.full_name, tuple(json.loads(row.roles)))


def _log_failure(db: Database, name: str, user_id: str | None, why: str) -> None:
    with db.write() as session:
        _event(session, "user.signin_failed", user_id or name, name, None, False, {"reason": why})


def _record_wrong_password(db: Database, user_id: str, name: str) -> None:
    attempts = int_setting(db, "lockout_attempts")
    minutes = int_setting(db, "lockout_minutes")
    with db.write() as session:
        row = session.get(UserAccount, user_id)
        assert row is not None
        row.failed_attempts += 1
        _event(
            session,
            "user.signin_failed",
            user_id,
            name,
            None,
            False,
            {"reason": "wrong password", "failed_attempts": row.failed_attempts},
        )
        if attempts and row.failed_attempts >= attempts:
            row.locked_until = (datetime.now(UTC) + timedelta(minutes=minutes)).isoformat(
                timespec="seconds"
            )
            _event(
                session,
                "user.locked",
                user_id,
                name,
                None,
                False,
                {"failed_attempts": row.failed_attempts, "locked_until": row.locked_until},
            )
        session.add(row)


def _clear_failures(db: Database, user_id: str) -> None:
    with db.write() as session:
        row = session.get(UserAccount, user_id)
        assert row is not None
        row.failed_attempts, row.locked_until = 0, None
        session.add(row)


# --- managing accounts ----------------------------------------------------------------------


def add_user(
    db: Database,
    *,
    username: str,
    full_name: str,
    roles: list[str] | tuple[str, ...],
    password: str,
    by: AuthenticatedUser | None,
    training: str | None = None,
    identity_verified: str | None = None,
) -> UserView:
    """Create an account. The very first one needs no ``by`` and must be an administrator; every
    later one is created by a signed-in administrator."""
    name = normalise_username(username)
    if not USERNAME_RE.match(name):
        raise BadInputError(Message("accounts.user_name_not_allowed", username=username))
    clean_name = _one_line(full_name, Message("field.full_name"), required=True)
    codes = check_roles(roles)
    if by is None:
        if "admin" not in codes:
            raise BadInputError(Message("accounts.first_account_must_administrator"))
    else:
        require(db, by, "manage_users")
    problem = password_problem(password, name)
    if problem:
        raise BadInputError(problem)
    now = utc_now_iso()
    user_id = str(uuid.uuid4())
    with db.read() as session:
        if _user_by_name(session, name) is not None:
            raise BadInputError(Message("accounts.user_name_taken_user", name=name))
    if by is None and has_accounts(db):
        raise AccessDeniedError(Message("accounts.accounts_exist_already_administrator"))
    key_row = _new_key(db, user_id, password, now)  # the credential store first: nothing half-made
    with db.write() as session:
        if by is None and session.exec(select(UserAccount.id).limit(1)).first() is not None:
            raise AccessDeniedError(Message("accounts.accounts_exist_already_administrator"))
        row = UserAccount(
            id=user_id,
            username=name,
            full_name=clean_name,
            roles=json.dumps(list(codes)),
            active=True,
            password_hash=hash_password(password),
            must_change_password=False,
            password_changed_at=now,
            failed_attempts=0,
            training=_one_line(training, Message("field.training")),
            identity_verified=_one_line(identity_verified, Message("field.identity_check")),
            created_at=now,
            created_by=by.username if by else name,
        )
        session.add(row)
        session.flush()
        session.add(key_row)
        after = _account_fields(row)
        _by_event(session, "user.created", user_id, by or _authenticated(row), {"after": after})
        _key_event(session, key_row, by or _authenticated(row))
    return get_user(db, name)


def update_user(
    db: Database,
    username: str,
    *,
    by: AuthenticatedUser,
    full_name: str | None = None,
    roles: list[str] | None = None,
    training: str | None = None,
    identity_verified: str | None = None,
) -> UserView:
    require(db, by, "manage_users")
    with db.write() as session:
        row = _existing(session, username)
        before = _account_fields(row)
        if full_name is not None:
            row.full_name = (
                _one_line(full_name, Message("field.full_name"), required=True) or row.full_name
            )
        if roles is not None:
            codes = check_roles(roles)
            if "admin" in json.loads(row.roles) and "admin" not in codes:
                _keep_an_admin(session, row.id)
            row.roles = json.dumps(list(codes))
        if training is not None:
            row.training = _one_line(training, Message("field.training"))
        if identity_verified is not None:
            row.identity_verified = _one_line(identity_verified, Message("field.identity_check"))
        session.add(row)
        after = _account_fields(row)
        if after != before:
            _by_event(session, "user.changed", row.id, by, {"before": before, "after": after})
    return get_user(db, username)


def deactivate_user(db: Database, username: str, *, by: AuthenticatedUser) -> UserView:
    require(db, by, "manage_users")
    with db.write() as session:
        row = _existing(session, username)
        if not row.active:
            raise BadInputError(
                Message("accounts.account_already_deactivated", username=row.username)
            )
        if "admin" in json.loads(row.roles):
            _keep_an_admin(session, row.id)
        row.active = False
        row.deactivated_at, row.deactivated_by = utc_now_iso(), by.username
        session.add(row)
        _by_event(
            session,
            "user.deactivated",
            row.id,
            by,
            {"before": {"active": True}, "after": {"active": False}, "username": row.username},
        )
    return get_user(db, username)


def unlock_user(db: Database, username: str, *, by: AuthenticatedUser) -> UserView:
    require(db, by, "manage_users")
    with db.write() as session:
        row = _existing(session, username)
        before = {"failed_attempts": row.failed_attempts, "locked_until": row.locked_until}
        row.failed_attempts, row.locked_until = 0, None
        session.add(row)
        _by_event(
            session, "user.unlocked", row.id, by, {"before": before, "username": row.username}
        )
    return get_user(db, username)


def reset_password(
    db: Database, username: str, temporary_password: str, *, by: AuthenticatedUser
) -> UserView:
    """An administrator sets a temporary password. It can only be used to choose a new one
    (the administrator never knows the password the person signs with). The old signing key
    cannot be opened without the old password, so a new key is made; old keys stay for checking
    old signatures."""
    require(db, by, "manage_users")
    name = normalise_username(username)
    problem = password_problem(temporary_password, name)
    if problem:
        raise BadInputError(problem)
    with db.read() as session:
        user_id = _existing(session, name).id
    now = utc_now_iso()
    key_row = _new_key(db, user_id, temporary_password, now)
    with db.write() as session:
        row = _existing(session, name)
        if not row.active:
            raise BadInputError(Message("accounts.account_deactivated", name=name))
        row.password_hash = hash_password(temporary_password)
        row.must_change_password = True
        row.password_changed_at = now
        row.failed_attempts, row.locked_until = 0, None
        session.add(row)
        session.add(key_row)
        _by_event(
            session, "user.password_reset", row.id, by, {"username": name, "new_key": key_row.id}
        )
        _key_event(session, key_row, by)
    return get_user(db, name)


def change_password(db: Database, username: str, old_password: str, new_password: str) -> UserView:
    """The account's owner chooses a new password; the signing key is re-wrapped under it."""
    user = authenticate(db, username, old_password, purpose="change-password")
    problem = password_problem(new_password, user.username)
    if problem:
        raise BadInputError(problem)
    if new_password == old_password:
        raise BadInputError(Message("accounts.new_password_must_differ"))
    now = utc_now_iso()
    inst = installation_id(db)
    with db.read() as session:
        key = current_key(session, user.id)
    new_key_row = None
    rewrapped = None
    if key is not None:
        blob = load_secret(_key_secret_name(inst, key.id))
        try:
            rewrapped = (
                signing_keys.rewrap(blob, old_password, new_password, key.id) if blob else None
            )
        except signing_keys.KeyUnwrapError:
            rewrapped = None
    if key is not None and rewrapped is not None:
        store_secret(_key_secret_name(inst, key.id), rewrapped)
    else:  # the key is not on this computer (the file was moved) or cannot be opened: a new one
        new_key_row = _new_key(db, user.id, new_password, now)
    with db.write() as session:
        row = _existing(session, user.username)
        row.password_hash = hash_password(new_password)
        row.must_change_password = False
        row.password_changed_at = now
        session.add(row)
        if new_key_row is not None:
            session.add(new_key_row)
            _key_event(session, new_key_row, user)
        _by_event(session, "user.password_changed", row.id, user, {"username": row.username})
    return get_user(db, user.username)


def list_users(db: Database) -> list[UserView]:
    with db.read() as session:
        rows = session.exec(select(UserAccount).order_by(col(UserAccount.username))).all()
        return [_view(session, row) for row in rows]


def get_user(db: Database, username: str) -> UserView:
    with db.read() as session:
        return _view(session, _existing(session, username))


def role_names(reference: Reference, roles: tuple[str, ...], lang: str) -> str:
    names = {r.code: r.name.get(lang) for r in reference.roles.roles}
    return ", ".join(names.get(code, code) for code in roles)


# --- signing keys ---------------------------------------------------------------------------


def current_key(session: Session, user_id: str) -> UserKey | None:
    return session.exec(
        select(UserKey)
        .where(UserKey.user_id == user_id)
        .order_by(col(UserKey.created_at).desc(), col(UserKey.id))
        .limit(1)
    ).first()


def open_signing_key(
    db: Database, user: AuthenticatedUser, password: str
) -> tuple[UserKey, signing_keys.KeyPair]:
    """The user's current key pair, opened with their password (already checked)."""
    with db.read() as session:
        key = current_key(session, user.id)
    blob = load_secret(_key_secret_name(installation_id(db), key.id)) if key else None
    if key is None or blob is None:
        raise AccessDeniedError(Message("accounts.signing_key_not_on", username=user.username))
    try:
        pair = signing_keys.unwrap(blob, password, key.id)
    except signing_keys.KeyUnwrapError as exc:
        raise AccessDeniedError(
            Message("accounts.signing_key_could_not", username=user.username, reason=exc.message)
        ) from None
    if pair.fingerprint != key.fingerprint:
        raise AccessDeniedError(Message("accounts.signing_key_does_not", username=user.username))
    return key, pair


def _new_key(db: Database, user_id: str, password: str, now: str) -> UserKey:
    pair = signing_keys.new_key_pair()
    key_id = str(uuid.uuid4())
    store_secret(
        _key_secret_name(installation_id(db), key_id), signing_keys.wrap(pair, password, key_id)
    )
    return UserKey(
        id=key_id,
        user_id=user_id,
        public_key=base64.b64encode(pair.public).decode("ascii"),
        fingerprint=pair.fingerprint,
        created_at=now,
    )


def _key_secret_name(installation: str, key_id: str) -> str:
    return f"signing-key:{installation}:{key_id}"


# --- helpers --------------------------------------------------------------------------------


def _user_by_name(session: Session, name: str) -> UserAccount | None:
    return session.exec(select(UserAccount).where(UserAccount.username == name)).first()


def _existing(session: Session, username: str) -> UserAccount:
    row = _user_by_name(session, normalise_username(username))
    if row is None:
        raise BadInputError(
            Message("common.no_account_named", username=normalise_username(username))
        )
    return row


def _keep_an_admin(session: Session, user_id: str) -> None:
    others = [
        row
        for row in session.exec(select(UserAccount).where(UserAccount.active == True)).all()  # noqa: E712
        if row.id != user_id and "admin" in json.loads(row.roles)
    ]
    if not others:
        raise BadInputError(Message("accounts.last_active_administrator_add"))


def _view(session: Session, row: UserAccount) -> UserView:
    key = current_key(session, row.id)
    locked = bool(row.locked_until and datetime.fromisoformat(row.locked_until) > datetime.now(UTC))
    return UserView(
        id=row.id,
        username=row.username,
        full_name=row.full_name,
        roles=tuple(json.loads(row.roles)),
        active=row.active,
        locked=locked,
        must_change_password=row.must_change_password,
        training=row.training,
        identity_verified=row.identity_verified,
        created_at=row.created_at,
        created_by=row.created_by,
        deactivated_at=row.deactivated_at,
        key_fingerprint=key.fingerprint if key else None,
    )


def _account_fields(row: UserAccount) -> dict[str, object]:
    return {
        "username": row.username,
        "full_name": row.full_name,
        "roles": json.loads(row.roles),
        "active": row.active,
        "training": row.training,
        "identity_verified": row.identity_verified,
    }


def _one_line(text: str | None, what: Message, *, required: bool = False) -> str | None:
    cleaned = " ".join((text or "").split())
    if required and not cleaned:
        raise BadInputError(Message("accounts.required", what=what))
    if len(cleaned) > 200:
        raise BadInputError(Message("accounts.too_long_most_200", what=what))
    return cleaned or None


def _event(
    session: Session,
    kind: str,
    entity_id: str,
    actor: str,
    role: str | None,
    authenticated: bool,
    payload: dict[str, object],
) -> None:
    append_event(
        session,
        at=utc_now_iso(),
        kind=kind,
        entity="user_account",
        entity_id=entity_id,
        actor=actor,
        workstation=workstation_id(),
        payload=payload,
        role=role,
        authenticated=authenticated,
    )


def _by_event(
    session: Session, kind: str, entity_id: str, by: AuthenticatedUser, payload: dict[str, object]
) -> None:
    _event(session, kind, entity_id, by.username, by.role_text(), True, payload)


def _key_event(session: Session, key: UserKey, by: AuthenticatedUser) -> None:
    append_event(
        session,
        at=utc_now_iso(),
        kind="user.key_created",
        entity="user_key",
        entity_id=key.id,
        actor=by.username,
        workstation=workstation_id(),
        payload={"user_id": key.user_id, "fingerprint": key.fingerprint},
        role=by.role_text(),
        authenticated=True,
    )
