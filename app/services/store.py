"""Opening the database for use: migrated, with its audit events sealed by this computer's key."""

from __future__ import annotations

import logging
from pathlib import Path

from app.database.db import Database, open_database
from app.errors import Message
from app.security.credential_store import CredentialStoreError
from app.security.seals import SealKey, create_seal_key, load_seal_key

log = logging.getLogger(__name__)


def open_store(path: Path, *, create: bool = True) -> Database:
    db = open_database(path, create=create)
    db.sealer = InstallationSealer(installation_id(db))
    return db


def installation_id(db: Database) -> str:
    row = (
        db.raw_reader()
        .execute("SELECT value FROM app_setting WHERE key = 'installation_id'")
        .fetchone()
    )
    if row is None:  # the migration writes it; a file without it was not made by this program
        raise CredentialStoreError(Message("store.database_no_installation_id"))
    return str(row[0])


class InstallationSealer:
    """Seals events with the installation's key, made on first use.

    Used inside write transactions, which ``BEGIN IMMEDIATE`` serialises, so two programs on one
    file never both create a key. When no credential store is usable the events are written
    unsealed: recording a decision must never fail for want of a seal.
    """

    def __init__(self, installation: str) -> None:
        self.installation = installation
        self._key: SealKey | None = None
        self._warned = False

    def seal(self, label: str, seq: int, digest: str) -> str | None:
        key = self._key or load_seal_key(self.installation)
        if key is None and label == "event":
            try:
                key = create_seal_key(self.installation, since_seq=seq)
            except CredentialStoreError as exc:
                if not self._warned:
                    log.warning("audit events are not sealed: %s", exc.message)
                    self._warned = True
                return None
        self._key = key
        return key.seal(label, seq, digest) if key else None
