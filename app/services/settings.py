"""Settings of this installation, kept in the database (so a backup or a bundle carries them)."""

from __future__ import annotations

from app.database.db import Database
from app.database.events import append_event
from app.database.tables import AppSetting
from app.errors import BadInputError
from app.services.clock import utc_now_iso, workstation_id

# key -> (description, check); clinical leadership configures these (DOMAIN.md §4.6).
SETTINGS = {
    "facility": "the facility (hospital) name printed on every sheet",
    "recheck_minutes": "minutes before a provisional result is overdue (default from data, 15)",
}


def get_setting(db: Database, key: str) -> str | None:
    row = db.raw_reader().execute("SELECT value FROM app_setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def all_settings(db: Database) -> dict[str, str | None]:
    return {key: get_setting(db, key) for key in SETTINGS}


def set_setting(db: Database, key: str, value: str, *, by: str) -> None:
    if key not in SETTINGS:
        raise BadInputError(f"unknown setting '{key}' (settings: {', '.join(SETTINGS)})")
    value = " ".join(value.split())
    if key == "recheck_minutes" and not (value.isdigit() and 1 <= int(value) <= 24 * 60):
        raise BadInputError(f"recheck_minutes must be 1-1440, got '{value}'")
    if len(value) > 200:
        raise BadInputError(f"{key} is too long (at most 200 characters)")
    who = " ".join(by.split())
    if not who:
        raise BadInputError("the name of the person changing the setting is required")
    now = utc_now_iso()
    with db.write() as session:
        row = session.get(AppSetting, key) or AppSetting(
            key=key, value="", updated_at=now, updated_by=who
        )
        old = row.value
        row.value, row.updated_at, row.updated_by = value, now, who
        session.add(row)
        append_event(
            session,
            at=now,
            kind="setting.changed",
            entity="app_setting",
            entity_id=key,
            actor=who,
            workstation=workstation_id(),
            payload={"old": old, "new": value},
        )
