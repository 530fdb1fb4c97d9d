"""Password hashing (argon2id) and password-derived keys. Plaintext is never kept or logged."""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.low_level import hash_secret_raw

from app.errors import Message

# argon2-cffi's defaults are the RFC 9106 "low memory" profile: argon2id, t=3, m=64 MiB, p=4.
_HASHER = PasswordHasher(type=Type.ID)
MIN_LENGTH = 8
MAX_LENGTH = 256


def password_problem(password: str, username: str) -> Message | None:
    """Why ``password`` is not acceptable as a new password (a catalogue message), or None."""
    if len(password) < MIN_LENGTH:
        return Message("password.too_short", min_length=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        return Message("password.too_long", max_length=MAX_LENGTH)
    if password.strip().casefold() == username.strip().casefold():
        return Message("password.is_user_name")
    if any(ord(ch) < 32 for ch in password):
        return Message("password.control_characters")
    return None


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def check_password(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def derive_key(password: str, salt: bytes) -> bytes:
    """A 32-byte key from ``password`` (argon2id, same cost as the password hash)."""
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=_HASHER.time_cost,
        memory_cost=_HASHER.memory_cost,
        parallelism=_HASHER.parallelism,
        hash_len=32,
        type=Type.ID,
    )
