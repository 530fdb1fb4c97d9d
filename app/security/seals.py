"""HMAC seals over the audit chain, with a key kept in the credential store.

Someone who edits the database file can recompute the SHA-256 chain, but not these seals without
the key. The key is made on the first sealed event of a database and remembers from which event
sealing began, so a missing seal after that point is itself evidence.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from app.security.credential_store import CredentialStoreError, load_secret, store_secret


@dataclass(frozen=True)
class SealKey:
    key: bytes
    since_seq: int

    def seal(self, label: str, seq: int, digest: str) -> str:
        message = f"{label}:{seq}:{digest}".encode("ascii")
        return hmac.new(self.key, message, hashlib.sha256).hexdigest()

    def check(self, label: str, seq: int, digest: str, seal: str | None) -> bool:
        return seal is not None and hmac.compare_digest(self.seal(label, seq, digest), seal)


def _secret_name(installation_id: str) -> str:
    return f"audit-seal:{installation_id}"


def load_seal_key(installation_id: str) -> SealKey | None:
    """This database's seal key, or None when this computer has none (or no credential store)."""
    try:
        text = load_secret(_secret_name(installation_id))
    except CredentialStoreError:
        return None
    if not text:
        return None
    try:
        fields = json.loads(text)
        return SealKey(base64.b64decode(fields["key"]), int(fields["since_seq"]))
    except (ValueError, KeyError, TypeError):
        return None


def create_seal_key(installation_id: str, since_seq: int) -> SealKey:
    key = SealKey(os.urandom(32), since_seq)
    store_secret(
        _secret_name(installation_id),
        json.dumps({"key": base64.b64encode(key.key).decode("ascii"), "since_seq": since_seq}),
    )
    return key
