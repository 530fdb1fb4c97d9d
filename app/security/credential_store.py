"""The operating system's credential store, reached through ``keyring`` with an explicit backend.

The backend is never left to keyring's automatic choice, because on a machine with ``keyrings.alt``
installed that choice silently becomes a plaintext file. ``PYTHON_KEYRING_BACKEND`` is honoured when
set (keyring's own convention, used by the tests); otherwise the platform's native store is used:
Windows Credential Locker, the macOS Keychain, or the Secret Service (GNOME Keyring, KWallet) on
Linux. When none is usable, operations that need a secret are refused with a clear message.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from app.errors import AppError, Message

SERVICE = "MDIR Desk"
BACKEND_ENV_VAR = "PYTHON_KEYRING_BACKEND"

_backend: Any = None


class CredentialStoreError(AppError):
    """No usable credential store, or it failed; nothing that needed it was done."""

    exit_code = 1


def use_backend(backend: Any) -> None:
    """Use ``backend`` (a keyring backend instance) from now on; ``None`` chooses again."""
    global _backend
    _backend = backend


def backend() -> Any:
    """The backend in use, chosen on first use. Raises CredentialStoreError when none is usable."""
    global _backend
    if _backend is None:
        _backend = _choose_backend()
    return _backend


def backend_name() -> str:
    """A readable name of the backend in use, or why there is none."""
    try:
        chosen = backend()
    except CredentialStoreError as exc:
        return f"none ({exc.message})"
    return f"{type(chosen).__module__}.{type(chosen).__name__}"


def _choose_backend() -> Any:
    from keyring.core import load_keyring

    configured = os.environ.get(BACKEND_ENV_VAR, "").strip()
    if configured:
        try:
            return load_keyring(configured)
        except Exception as exc:  # keyring raises whatever the import raised
            raise CredentialStoreError(
                Message(
                    "credential_store.cannot_load",
                    name=configured,
                    variable=BACKEND_ENV_VAR,
                    reason=exc,
                )
            ) from None
    candidate = _native_backend_class()
    if candidate is None:
        raise CredentialStoreError(Message("credential_store.none_available"))
    try:
        viable = candidate.viable
    except Exception:
        viable = False
    if not viable:
        raise CredentialStoreError(Message("credential_store.none_available"))
    return candidate()


def _native_backend_class() -> Any:
    try:
        if sys.platform == "win32":
            from keyring.backends.Windows import WinVaultKeyring

            return WinVaultKeyring
        if sys.platform == "darwin":
            from keyring.backends.macOS import Keyring as MacKeyring

            return MacKeyring
        from keyring.backends.SecretService import Keyring as SecretServiceKeyring

        return SecretServiceKeyring
    except Exception:
        return None


def store_secret(name: str, secret: str) -> None:
    """Keep ``secret`` under ``name``; read it back to prove the store really kept it."""
    chosen = backend()
    try:
        chosen.set_password(SERVICE, name, secret)
        kept = chosen.get_password(SERVICE, name)
    except Exception as exc:
        raise CredentialStoreError(Message("credential_store.refused", reason=exc)) from None
    if kept != secret:
        raise CredentialStoreError(Message("credential_store.not_kept", backend=backend_name()))


def load_secret(name: str) -> str | None:
    """The secret kept under ``name``, or None when there is none."""
    chosen = backend()
    try:
        return chosen.get_password(SERVICE, name)
    except Exception as exc:
        raise CredentialStoreError(Message("credential_store.cannot_read", reason=exc)) from None
