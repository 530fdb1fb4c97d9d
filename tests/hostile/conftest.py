"""Fixtures of the hostile-input tests (helpers are in hostile_helpers.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_helpers import seed

from app.database.db import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A database in tmp_path holding devices, contacts and an SBOM."""
    folder = tmp_path / "db"
    folder.mkdir()
    database = open_database(folder / "hostile.sqlite3")
    seed(database)
    yield database
    database.close()
