"""Settings of this installation, kept in the database (so a backup or a bundle carries them).

Changing one is a configuration change: it needs a signed-in user allowed to configure, and it is
logged with the value before and after.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.database.db import Database
from app.database.events import append_event
from app.database.tables import AppSetting
from app.errors import BadInputError, Listing, Message
from app.services.authority import AuthenticatedUser, require
from app.services.clock import utc_now_iso, workstation_id


@dataclass(frozen=True)
class Setting:
    description: str
    default: str | None = None
    low: int | None = None  # whole numbers: the range allowed
    high: int | None = None
    choices: tuple[str, ...] = ()


# Clinical leadership and administrators configure these (DOMAIN.md §4.6, §7).
SETTINGS = {
    "facility": Setting("the facility (hospital) name printed on every sheet"),
    "recheck_minutes": Setting(
        "minutes before a provisional result is overdue (default from data, 15)", None, 1, 1440
    ),
    "lockout_attempts": Setting(
        "failed sign-ins in a row that lock an account (0: never lock)", "5", 0, 100
    ),
    "lockout_minutes": Setting("how long a locked account stays locked", "15", 1, 7 * 24 * 60),
    "password_max_age_days": Setting(
        "days after which a password must be changed before signing (0: no limit)", "0", 0, 3650
    ),
    "signin_idle_minutes": Setting(
        "minutes without activity after which the GUI signs the user out", "15", 1, 24 * 60
    ),
    "signoff_requires_training": Setting(
        "refuse signatures from accounts without a training record", "no", choices=("yes", "no")
    ),
    "clock_jurisdiction": Setting(
        "which regulatory clocks incidents show: us or jp (reminders, not legal advice)",
        "us",
        choices=("us", "jp"),
    ),
    "backup_keep": Setting(
        "automatic backups (daily, before upgrades) kept per database; the newest is never deleted",
        "14",
        1,
        1000,
    ),
}


def get_setting(db: Database, key: str) -> str | None:
    row = db.raw_reader().execute("SELECT value FROM app_setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def setting_value(db: Database, key: str) -> str | None:
    """The setting, or its default when it was never set."""
    value = get_setting(db, key)
    return value if value not in (None, "") else SETTINGS[key].default


def int_setting(db: Database, key: str) -> int:
    value = setting_value(db, key)
    return int(value) if value else 0


def all_settings(db: Database) -> dict[str, str | None]:
    return {key: setting_value(db, key) for key in SETTINGS}


def set_setting(db: Database, key: str, value: str, *, by: AuthenticatedUser) -> None:
    role = require(db, by, "configure")
    if key not in SETTINGS:
        raise BadInputError(
            Message("settings.unknown_setting_settings", key=key, settings=Listing(SETTINGS))
        )
    value = " ".join(value.split())
    _check_value(key, SETTINGS[key], value)
    write_setting(db, key, value, by=by, role=role)


def write_setting(db: Database, key: str, value: str, *, by: AuthenticatedUser, role: str) -> None:
    """Store a validated configuration value with its audit event (callers check permission)."""
    now = utc_now_iso()
    with db.write() as session:
        row = session.get(AppSetting, key) or AppSetting(
            key=key, value="", updated_at=now, updated_by=by.username
        )
        old = row.value
        row.value, row.updated_at, row.updated_by = value, now, by.username
        session.add(row)
        append_event(
            session,
            at=now,
            kind="setting.changed",
            entity="app_setting",
            entity_id=key,
            actor=by.username,
            workstation=workstation_id(),
            payload={"before": old, "after": value},
            role=role,
            authenticated=True,
        )


def _check_value(key: str, setting: Setting, value: str) -> None:
    if setting.low is not None:
        assert setting.high is not None
        if not (value.isdigit() and setting.low <= int(value) <= setting.high):
            raise BadInputError(
                Message(
                    "settings.must_got", key=key, low=setting.low, high=setting.high, value=value
                )
            )
    if setting.choices and value not in setting.choices:
        raise BadInputError(
            Message("settings.must_one_got", key=key, choices=Listing(setting.choices), value=value)
        )
    if len(value) > 200:
        raise BadInputError(Message("settings.too_long_most_200", key=key))
