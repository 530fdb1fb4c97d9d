"""Inventory GUI fixtures: a few thousand demo devices (built once per module), helpers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.database.db import Database, open_database
from app.services.clock import utc_now_iso
from app.services.demo import populate_demo
from app.services.inventory import upsert_records
from app.services.reference import Reference
from ui import dialog_service

BIG = 5000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A prompt the test forgot to replace goes to stderr instead of waiting for ever."""
    monkeypatch.setattr(dialog_service, "interactive", False)


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory, reference: Reference) -> Iterator[Database]:
    """5,000 demo devices; tests on it only read."""
    database = open_database(tmp_path_factory.mktemp("big") / "big.db")
    populate_demo(database, reference, devices=BIG)
    yield database
    database.close()


@pytest.fixture
def classify():
    return give_class


def give_class(db: Database, reference: Reference, tag: str, number: int) -> None:
    """Give a device a default class as an import carrying approved classes would (the editor
    cannot: the default class belongs to pre-classification)."""
    with db.write() as session:
        upsert_records(
            session,
            reference,
            [
                {
                    "asset_tag": tag,
                    "default_class": number,
                    "default_class_approved_by": "Dr Kato",
                    "default_class_approved_at": "2026-11-20T09:00:00+00:00",
                }
            ],
            now=utc_now_iso(),
        )
