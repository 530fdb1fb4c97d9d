"""Where the program finds its bundled files and keeps its own data.

Bundled files (``data/``, ``resources/``, the Alembic scripts) sit beside the ``app`` package in a source
checkout and under ``sys._MEIPASS`` in a PyInstaller bundle. The user's database lives in the platform's
user data directory unless ``--db`` or ``MDIR_DESK_DB`` says otherwise.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "mdir-desk"
DB_ENV_VAR = "MDIR_DESK_DB"


def bundle_root() -> Path:
    """The folder that holds ``data/`` and ``resources/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    return bundle_root() / "data"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "database" / "migrations"


def default_db_path() -> Path:
    """The database used when neither ``--db`` nor ``MDIR_DESK_DB`` is given."""
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "mdir-desk.sqlite3"


def user_data_dir() -> Path:
    """The platform's user data folder for MDIR Desk (not created here)."""
    import platformdirs  # imported here: only needed when no path was given

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def backups_dir(db_path: Path) -> Path:
    """The folder of the backups of ``db_path`` (not created here).

    ``<user data folder>/backups/<file stem>-<8 hex digits of the full path's hash>``: two databases
    never share a folder, even when their files have the same name.
    """
    resolved = Path(db_path).expanduser().resolve()
    import hashlib  # here, not at start-up: only backups need it (about 2 ms)

    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:8]
    return user_data_dir() / "backups" / f"{resolved.stem}-{digest}"
