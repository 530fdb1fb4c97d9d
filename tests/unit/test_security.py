"""The security primitives: credential store choice, password hashing, key wrapping, signatures,
seals."""

from __future__ import annotations

import json

import pytest

from app.security import credential_store, passwords, seals, signing_keys


class _Store:
    """A stand-in native backend."""

    viable = True

    def __init__(self):
        self.kept = {}

    def set_password(self, service, name, secret):
        self.kept[(service, name)] = secret

    def get_password(self, service, name):
        return self.kept.get((service, name))


class _Unviable(_Store):
    viable = False


@pytest.fixture
def no_env(monkeypatch):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    credential_store.use_backend(None)
    yield
    credential_store.use_backend(None)


def test_the_native_store_is_chosen_explicitly(no_env, monkeypatch):
    monkeypatch.setattr(credential_store, "_native_backend_class", lambda: _Store)
    credential_store.store_secret("a", "secret")
    assert credential_store.load_secret("a") == "secret"
    assert credential_store.backend_name().endswith("_Store")


def test_without_a_usable_store_operations_are_refused(no_env, monkeypatch):
    """Never keyring's automatic choice, which may be a plaintext file (keyrings.alt)."""
    monkeypatch.setattr(credential_store, "_native_backend_class", lambda: _Unviable)
    with pytest.raises(credential_store.CredentialStoreError, match="no credential store"):
        credential_store.store_secret("a", "secret")
    assert credential_store.backend_name().startswith("none (no credential store")
    monkeypatch.setattr(credential_store, "_native_backend_class", lambda: None)
    credential_store.use_backend(None)
    with pytest.raises(credential_store.CredentialStoreError, match="no credential store"):
        credential_store.load_secret("a")


def test_the_environment_variable_is_honoured(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    credential_store.use_backend(None)
    with pytest.raises(credential_store.CredentialStoreError, match="refused to keep"):
        credential_store.store_secret("a", "b")
    credential_store.use_backend(None)


def test_password_hashes_are_argon2id_and_check(monkeypatch):
    stored = passwords.hash_password("correct horse")
    assert stored.startswith("$argon2id$")
    assert "correct horse" not in stored
    assert passwords.check_password(stored, "correct horse")
    assert not passwords.check_password(stored, "correct horsE")
    assert not passwords.check_password("not a hash", "correct horse")


def test_wrapped_keys_open_only_with_the_password_and_their_context():
    pair = signing_keys.new_key_pair()
    blob = signing_keys.wrap(pair, "pass phrase", "key-1")
    assert pair.private.private_bytes_raw().hex() not in blob
    assert signing_keys.unwrap(blob, "pass phrase", "key-1").fingerprint == pair.fingerprint
    with pytest.raises(signing_keys.KeyUnwrapError, match="wrong password"):
        signing_keys.unwrap(blob, "pass phrasE", "key-1")
    with pytest.raises(signing_keys.KeyUnwrapError):
        signing_keys.unwrap(blob, "pass phrase", "key-2")  # moved to another key record
    damaged = json.loads(blob)
    damaged["ciphertext"] = "!!"
    with pytest.raises(signing_keys.KeyUnwrapError, match="damaged"):
        signing_keys.unwrap(json.dumps(damaged), "pass phrase", "key-1")
    rewrapped = signing_keys.rewrap(blob, "pass phrase", "new phrase", "key-1")
    assert signing_keys.unwrap(rewrapped, "new phrase", "key-1").fingerprint == pair.fingerprint


def test_signatures_verify_and_fail_on_any_change():
    pair = signing_keys.new_key_pair()
    signature = signing_keys.sign(pair, b"decision v1")
    assert signing_keys.verify(pair.public, b"decision v1", signature)
    assert not signing_keys.verify(pair.public, b"decision v2", signature)
    other = signing_keys.new_key_pair()
    assert not signing_keys.verify(other.public, b"decision v1", signature)
    assert not signing_keys.verify(pair.public, b"decision v1", "garbage")


def test_seal_keys_round_trip_and_seals_bind_label_seq_and_hash():
    key = seals.create_seal_key("inst-1", since_seq=7)
    loaded = seals.load_seal_key("inst-1")
    assert loaded == key and loaded.since_seq == 7
    seal = key.seal("event", 7, "ab" * 32)
    assert key.check("event", 7, "ab" * 32, seal)
    assert not key.check("event", 8, "ab" * 32, seal)
    assert not key.check("head", 7, "ab" * 32, seal)
    assert not key.check("event", 7, "cd" * 32, seal)
    assert not key.check("event", 7, "ab" * 32, None)
    assert seals.load_seal_key("inst-2") is None
