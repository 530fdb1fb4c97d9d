"""Local accounts at the service layer: first administrator, permissions, passwords, lockout,
deactivation, resets; nothing secret in the database file."""

from __future__ import annotations

import sqlite3

import pytest
from accounts_helpers import ADMIN_PASSWORD, make_admin, make_user

from app.errors import AccessDeniedError, BadInputError, PasswordChangeRequired
from app.security import credential_store
from app.services import accounts
from app.services.audit import EventFilter, list_events
from app.services.authority import AuthenticatedUser
from app.services.settings import set_setting
from app.services.store import open_store


@pytest.fixture
def db(tmp_path):
    database = open_store(tmp_path / "accounts.sqlite3")
    yield database
    database.close()


def kinds(db):
    return [e.kind for e in list_events(db)]


def test_the_first_account_must_be_an_admin_and_later_ones_need_an_admin(db):
    with pytest.raises(BadInputError, match="first account must be an administrator"):
        accounts.add_user(
            db, username="nurse", full_name="N", roles=["charge_nurse"], password="x" * 10, by=None
        )
    admin = make_admin(db)
    assert admin.roles == ("admin",)
    with pytest.raises(AccessDeniedError, match="accounts exist already"):
        accounts.add_user(
            db, username="eve", full_name="Eve", roles=["admin"], password="y" * 10, by=None
        )
    make_user(db, admin, "lead", "clinical_leader")
    lead = accounts.authenticate(db, "lead", "lead password")
    with pytest.raises(AccessDeniedError, match="may not manage accounts"):
        accounts.add_user(
            db, username="x", full_name="X", roles=["biomed"], password="z" * 10, by=lead
        )
    assert [u.username for u in accounts.list_users(db)] == ["admin", "lead"]
    assert kinds(db).count("user.created") == 2


def test_usernames_are_unique_case_blind_and_never_reused(db):
    admin = make_admin(db)
    make_user(db, admin, "lead", "clinical_leader")
    with pytest.raises(BadInputError, match="taken"):
        make_user(db, admin, "LEAD", "biomed")
    accounts.deactivate_user(db, "lead", by=admin)
    with pytest.raises(BadInputError, match="never reused"):
        make_user(db, admin, "lead", "biomed")
    with pytest.raises(BadInputError, match="not allowed"):
        make_user(db, admin, "bad name!", "biomed")
    with sqlite3.connect(db.path) as raw, pytest.raises(sqlite3.IntegrityError, match="never"):
        raw.execute("DELETE FROM user_account WHERE username = 'lead'")


def test_password_rules(db):
    admin = make_admin(db)
    for password, problem in (("short", "at least 8"), ("lead", "at least 8")):
        with pytest.raises(BadInputError, match=problem):
            make_user(db, admin, "lead", "clinical_leader", password=password)
    with pytest.raises(BadInputError, match="must not be the user name"):
        make_user(db, admin, "leadership", "clinical_leader", password="Leadership")


def test_wrong_passwords_lock_the_account_and_are_logged(db):
    admin = make_admin(db)
    set_setting(db, "lockout_attempts", "3", by=admin)
    make_user(db, admin, "lead", "clinical_leader")
    for _ in range(3):
        with pytest.raises(AccessDeniedError, match="wrong user name or password"):
            accounts.authenticate(db, "lead", "not it at all")
    with pytest.raises(AccessDeniedError, match="locked"):
        accounts.authenticate(db, "lead", "lead password")  # the right one, but locked
    assert accounts.get_user(db, "lead").locked
    events = list_events(db, EventFilter(kind="user."))
    assert [e.kind for e in events].count("user.signin_failed") == 4
    assert [e.kind for e in events].count("user.locked") == 1
    assert all(e.actor == "lead" and not e.authenticated for e in events if "signin" in e.kind)
    accounts.unlock_user(db, "lead", by=admin)
    assert accounts.authenticate(db, "lead", "lead password").username == "lead"


def test_a_lock_runs_out(db):
    admin = make_admin(db)
    set_setting(db, "lockout_attempts", "1", by=admin)
    make_user(db, admin, "lead", "clinical_leader")
    with pytest.raises(AccessDeniedError):
        accounts.authenticate(db, "lead", "nope nope")
    with sqlite3.connect(db.path) as raw:
        raw.execute("UPDATE user_account SET locked_until = '2000-01-01T00:00:00+00:00'")
    assert accounts.authenticate(db, "lead", "lead password").username == "lead"


def test_unknown_user_and_deactivated_user(db):
    admin = make_admin(db)
    with pytest.raises(AccessDeniedError, match="wrong user name or password"):
        accounts.authenticate(db, "ghost", "whatever1")
    make_user(db, admin, "lead", "clinical_leader")
    accounts.deactivate_user(db, "lead", by=admin)
    with pytest.raises(AccessDeniedError, match="deactivated"):
        accounts.authenticate(db, "lead", "lead password")
    assert not accounts.get_user(db, "lead").active


def test_the_last_admin_cannot_be_removed(db):
    admin = make_admin(db)
    with pytest.raises(BadInputError, match="last active administrator"):
        accounts.deactivate_user(db, "admin", by=admin)
    with pytest.raises(BadInputError, match="last active administrator"):
        accounts.update_user(db, "admin", by=admin, roles=["biomed"])


def test_reset_password_forces_a_change_and_makes_a_new_key(db):
    admin = make_admin(db)
    make_user(db, admin, "lead", "clinical_leader")
    old_key = accounts.get_user(db, "lead").key_fingerprint
    accounts.reset_password(db, "lead", "temporary 123", by=admin)
    with pytest.raises(AccessDeniedError, match="reset"):
        accounts.authenticate(db, "lead", "temporary 123")
    with pytest.raises(AccessDeniedError, match="wrong"):
        accounts.authenticate(db, "lead", "lead password")  # the old password is gone
    accounts.change_password(db, "lead", "temporary 123", "my own secret")
    user = accounts.get_user(db, "lead")
    assert not user.must_change_password and user.key_fingerprint != old_key
    assert accounts.authenticate(db, "lead", "my own secret").username == "lead"
    assert "user.password_reset" in kinds(db) and "user.password_changed" in kinds(db)


def test_change_password_keeps_the_signing_key(db):
    admin = make_admin(db)
    make_user(db, admin, "lead", "clinical_leader")
    key = accounts.get_user(db, "lead").key_fingerprint
    accounts.change_password(db, "lead", "lead password", "a better one")
    lead = accounts.authenticate(db, "lead", "a better one")
    _, pair = accounts.open_signing_key(db, lead, "a better one")
    assert pair.fingerprint == key
    with pytest.raises(BadInputError, match="differ"):
        accounts.change_password(db, "lead", "a better one", "a better one")


def test_password_age_limit(db):
    admin = make_admin(db)
    set_setting(db, "password_max_age_days", "30", by=admin)
    with sqlite3.connect(db.path) as raw:
        raw.execute("UPDATE user_account SET password_changed_at = '2020-01-01T00:00:00+00:00'")
    with pytest.raises(AccessDeniedError, match="older than 30 days"):
        accounts.authenticate(db, "admin", ADMIN_PASSWORD)
    accounts.change_password(db, "admin", ADMIN_PASSWORD, "fresh password")
    assert accounts.authenticate(db, "admin", "fresh password")


def test_configuration_needs_a_configuring_role(db):
    admin = make_admin(db)
    make_user(db, admin, "cn", "charge_nurse")
    nurse = accounts.authenticate(db, "cn", "cn password")
    with pytest.raises(AccessDeniedError, match="may not change the configuration"):
        set_setting(db, "facility", "X", by=nurse)
    forged = AuthenticatedUser("id", "cn", "Cn", ("charge_nurse",))
    with pytest.raises(AccessDeniedError):
        set_setting(db, "facility", "X", by=forged)
    set_setting(db, "facility", "St. Example", by=admin)
    changed = [e for e in list_events(db) if e.kind == "setting.changed"][-1]
    assert changed.actor == "admin" and changed.authenticated and changed.actor_role == "admin"
    assert changed.payload == {"before": "", "after": "St. Example"}


def test_no_password_in_the_database_files_or_the_credential_store(db, tmp_path):
    admin = make_admin(db)
    make_user(db, admin, "lead", "clinical_leader", password="Zebra-Lantern-42")
    with pytest.raises(AccessDeniedError):
        accounts.authenticate(db, "lead", "Wrong-Lantern-43")
    db.close()
    store = credential_store.backend()._path()  # the test store (a JSON file)
    for path in [*tmp_path.glob("accounts.sqlite3*"), store]:
        data = path.read_bytes()
        for secret in (b"Zebra-Lantern-42", b"Wrong-Lantern-43", ADMIN_PASSWORD.encode()):
            assert secret not in data, f"{secret!r} found in {path.name}"
        assert "Zebra-Lantern-42".encode("utf-16-le") not in data


def test_a_missing_credential_store_refuses_clearly_and_writes_nothing(db, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    credential_store.use_backend(None)
    with pytest.raises(credential_store.CredentialStoreError, match="did not keep the secret"):
        make_admin(db)
    assert accounts.list_users(db) == []
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no_such_module.Keyring")
    credential_store.use_backend(None)
    with pytest.raises(credential_store.CredentialStoreError, match="could not be loaded"):
        make_admin(db)
    assert accounts.list_users(db) == []


def test_a_deactivated_or_demoted_user_loses_permissions_at_once(db):
    admin = make_admin(db)
    make_user(db, admin, "second", "admin")
    second = accounts.authenticate(db, "second", "second password")  # signed in (GUI session)
    set_setting(db, "facility", "A", by=second)
    accounts.update_user(db, "second", by=admin, roles=["biomed"])
    with pytest.raises(AccessDeniedError, match="may not change the configuration"):
        set_setting(db, "facility", "B", by=second)
    accounts.deactivate_user(db, "second", by=admin)
    with pytest.raises(AccessDeniedError, match="not active"):
        make_user(db, second, "third", "biomed")


def test_a_reset_password_raises_its_own_error(db):
    admin = make_admin(db)
    make_user(db, admin, "lead", "clinical_leader")
    accounts.reset_password(db, "lead", "temporary 123", by=admin)
    with pytest.raises(PasswordChangeRequired, match="choose a new password"):
        accounts.authenticate(db, "lead", "temporary 123")
    with pytest.raises(AccessDeniedError) as wrong:
        accounts.authenticate(db, "lead", "not the one")
    assert not isinstance(wrong.value, PasswordChangeRequired)
