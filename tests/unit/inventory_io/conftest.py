"""Shared helpers for the inventory file-layer tests: files written in tmp_path, the shipped categories."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain.catalog import DeviceCategory
from app.services.reference import load_reference

SHARED_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "shared"


@pytest.fixture
def snipeit() -> Path:
    """The folder of real Snipe-IT exports copied into tests/fixtures/shared."""
    folder = SHARED_FIXTURES / "snipeit"
    assert folder.is_dir(), f"shared fixtures missing: {folder}"
    return folder


@pytest.fixture
def categories() -> tuple[DeviceCategory, ...]:
    return load_reference().categories.categories


@pytest.fixture
def write_bytes(tmp_path: Path) -> Callable[..., Path]:
    def write(data: bytes, name: str = "devices.csv") -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


@pytest.fixture
def write_text(tmp_path: Path) -> Callable[..., Path]:
    def write(text: str, name: str = "devices.csv", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write
