"""Test-wide setup: headless Qt, no network, an isolated user data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
os.environ.pop("MDIR_DESK_DB", None)

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS / "netguard_site"))  # the test credential store (mdir_test_keyring)

import netguard  # noqa: E402

from app.security import credential_store  # noqa: E402

NETGUARD_LOG = Path(
    os.environ.setdefault(
        netguard.LOG_ENV, str(ROOT / ".pytest_cache" / f"netguard-{os.getpid()}.log")
    )
)
NETGUARD_LOG.parent.mkdir(parents=True, exist_ok=True)
NETGUARD_LOG.unlink(missing_ok=True)
netguard.install()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test touches the real user data folder or keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    # An isolated credential store shared with the CLI processes a test starts.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "mdir_test_keyring.FileKeyring")
    monkeypatch.setenv("MDIR_TEST_KEYRING_FILE", str(home / "keyring.json"))
    credential_store.use_backend(None)  # choose again, from the variables above


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if NETGUARD_LOG.exists() and NETGUARD_LOG.read_text(encoding="utf-8").strip():
        print(f"\nNETWORK ACCESS ATTEMPTED during the tests; see {NETGUARD_LOG}", file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
