"""Who is acting: a signed-in user, and what each role may do. Checked in the services, so the
rules hold whether the CLI, the GUI or a test calls them."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.database.db import Database
from app.errors import AccessDeniedError, Message

ROLES = (
    "bedside_nurse",
    "charge_nurse",
    "biomed",
    "it_security",
    "clinical_leader",
    "specialist",
    "telehealth_lead",
    "admin",
)
# What each permission needs (signing decisions has its own matrix: data/signoff.yaml).
PERMISSIONS = {
    "manage_users": ("admin",),
    "configure": ("admin", "clinical_leader"),
    # PIR-08: an incident is closed with clinical leadership's sign-off.
    "close_incident": ("clinical_leader",),
}
_PERMISSION_TEXT = {  # catalogue codes of what each permission allows, for refusals
    "manage_users": "authority.permission_manage_users",
    "configure": "authority.permission_configure",
    "close_incident": "authority.permission_close_incident",
}


@dataclass(frozen=True)
class AuthenticatedUser:
    """Someone who has just proved who they are (user name + password)."""

    id: str
    username: str
    full_name: str
    roles: tuple[str, ...]

    def role_text(self) -> str:
        return ",".join(self.roles)


def require(db: Database, user: AuthenticatedUser, permission: str) -> str:
    """The role that lets ``user`` do ``permission``; AccessDeniedError when none does.

    The account is read again: someone deactivated, or whose role was taken away, while signed in
    loses the permission at once, not at sign-out.
    """
    row = (
        db.raw_reader()
        .execute("SELECT active, roles FROM user_account WHERE id = ?", (user.id,))
        .fetchone()
    )
    if row is None or not row[0]:
        raise AccessDeniedError(Message("authority.account_not_active", username=user.username))
    roles = tuple(json.loads(row[1]))
    for role in PERMISSIONS[permission]:
        if role in roles:
            return role
    needed = " or ".join(PERMISSIONS[permission])
    raise AccessDeniedError(
        Message(
            "authority.may_not_needs_role",
            username=user.username,
            permission_text=Message(_PERMISSION_TEXT[permission]),
            needed=needed,
        )
    )
