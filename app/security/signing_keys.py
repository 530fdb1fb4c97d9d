"""Ed25519 signing keys: creating, wrapping under a password-derived key, signing, verifying."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import Message
from app.security.passwords import derive_key

WRAP_FORMAT = "mdir-desk/wrapped-ed25519/1"


class KeyUnwrapError(Exception):
    """The wrapped key could not be opened: wrong password, or the stored blob is damaged.

    ``message`` says why as a coded clause; ``str()`` is its English.
    """

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.message = message


@dataclass(frozen=True)
class KeyPair:
    private: Ed25519PrivateKey
    public: bytes  # raw 32 bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)


def new_key_pair() -> KeyPair:
    private = Ed25519PrivateKey.generate()
    return KeyPair(private, private.public_key().public_bytes_raw())


def fingerprint(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()


def wrap(pair: KeyPair, password: str, context: str) -> str:
    """The private key encrypted (AES-256-GCM) under a key derived from ``password``.

    ``context`` (e.g. the key's id) is bound in as associated data, so a blob cannot be moved to
    another key record.
    """
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(derive_key(password, salt)).encrypt(
        nonce, pair.private.private_bytes_raw(), context.encode("utf-8")
    )
    return json.dumps(
        {
            "format": WRAP_FORMAT,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "ciphertext": _b64(sealed),
        }
    )


def unwrap(blob: str, password: str, context: str) -> KeyPair:
    try:
        fields = json.loads(blob)
        if fields.get("format") != WRAP_FORMAT:
            raise KeyUnwrapError(Message("signing_keys.unknown_format"))
        salt, nonce = _unb64(fields["salt"]), _unb64(fields["nonce"])
        raw = AESGCM(derive_key(password, salt)).decrypt(
            nonce, _unb64(fields["ciphertext"]), context.encode("utf-8")
        )
    except InvalidTag:
        raise KeyUnwrapError(Message("signing_keys.wrong_password_or_damaged")) from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyUnwrapError(Message("signing_keys.damaged", reason=exc)) from None
    private = Ed25519PrivateKey.from_private_bytes(raw)
    return KeyPair(private, private.public_key().public_bytes_raw())


def rewrap(blob: str, old_password: str, new_password: str, context: str) -> str:
    return wrap(unwrap(blob, old_password, context), new_password, context)


def sign(pair: KeyPair, message: bytes) -> str:
    return _b64(pair.private.sign(message))


def verify(public: bytes, message: bytes, signature: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(_unb64(signature), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
