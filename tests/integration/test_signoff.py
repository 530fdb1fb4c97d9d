"""Sign-off at the service layer: the role matrix, re-authentication, real signatures bound to one
decision version, provisional results, versions, the queue."""

from __future__ import annotations

import sqlite3

import pytest
from accounts_helpers import CLASS_ANSWERS, PROVISIONAL_3, make_admin, make_user, record

from app.errors import AccessDeniedError, BadInputError
from app.services import accounts, signoff
from app.services.audit import list_events
from app.services.decisions import get_decision
from app.services.reference import load_reference
from app.services.store import open_store

REF = load_reference()
CLINICAL_ROLES = (
    "bedside_nurse",
    "charge_nurse",
    "biomed",
    "it_security",
    "clinical_leader",
    "specialist",
    "telehealth_lead",
)
DEFAULT_MATRIX = {
    1: {"biomed", "it_security"},
    2: {"charge_nurse"},
    3: {"clinical_leader"},
    4: {"clinical_leader"},
    5: {"clinical_leader"},
    6: {"specialist"},
    7: {"telehealth_lead"},
}


@pytest.fixture(scope="module")
def staffed(tmp_path_factory):
    """One database with an admin and one user per role (argon2 makes accounts slow to create)."""
    import os

    from app.security import credential_store

    home = tmp_path_factory.mktemp("staff")
    os.environ["PYTHON_KEYRING_BACKEND"] = "mdir_test_keyring.FileKeyring"
    os.environ["MDIR_TEST_KEYRING_FILE"] = str(home / "keyring.json")
    credential_store.use_backend(None)
    db = open_store(home / "staff.sqlite3")
    admin = make_admin(db)
    for role in CLINICAL_ROLES:
        make_user(db, admin, role.replace("_", "-"), role)
    yield db, admin, home / "keyring.json"
    db.close()


@pytest.fixture
def db(staffed, monkeypatch):
    database, _, keyring_file = staffed
    monkeypatch.setenv("MDIR_TEST_KEYRING_FILE", str(keyring_file))
    return database


def sign(db, decision_id, role, meaning="approved", **extra):
    user = role.replace("_", "-")
    return signoff.sign_decision(
        db, REF, decision_id, username=user, password=f"{user} password", meaning=meaning, **extra
    )


@pytest.mark.parametrize("ir_class", range(1, 8))
def test_role_matrix_for_approval(db, ir_class):
    decision = record(db, REF, CLASS_ANSWERS[ir_class])
    assert decision.ir_class == ir_class
    allowed = DEFAULT_MATRIX[ir_class]
    for role in CLINICAL_ROLES:
        if role not in allowed:
            with pytest.raises(AccessDeniedError, match="may not approve"):
                sign(db, decision.id, role)
    with pytest.raises(AccessDeniedError, match="may not approve"):
        signoff.sign_decision(
            db, REF, decision.id, username="admin", password="correct horse", meaning="approved"
        )
    signer = sorted(allowed)[0]
    signature = sign(db, decision.id, signer)
    assert signature.valid and signature.role == signer and signature.meaning == "approved"
    assert signoff.signoff_state(db, REF, decision) == signoff.APPROVED
    refused = [e for e in list_events(db) if e.kind == "decision.signoff_refused"]
    assert refused and refused[-1].entity_id == decision.id


def test_an_admin_with_a_clinical_role_may_sign(db, staffed):
    _, admin, _ = staffed
    accounts.add_user(
        db,
        username="cmo",
        full_name="Chief Medical Officer",
        roles=["admin", "clinical_leader"],
        password="cmo password",
        by=admin,
    )
    decision = record(db, REF, CLASS_ANSWERS[5])
    signature = signoff.sign_decision(
        db, REF, decision.id, username="cmo", password="cmo password", meaning="approved"
    )
    assert signature.role == "clinical_leader" and signature.full_name == "Chief Medical Officer"


def test_every_signature_re_authenticates(db):
    decision = record(db, REF, CLASS_ANSWERS[3])
    with pytest.raises(AccessDeniedError, match="wrong user name or password"):
        signoff.sign_decision(
            db, REF, decision.id, username="clinical-leader", password="guess", meaning="approved"
        )
    assert signoff.signatures_of(db, decision.id) == []
    failed = [e for e in list_events(db) if e.kind == "user.signin_failed"]
    assert failed[-1].actor == "clinical-leader"


def test_meanings_reasons_and_duplicates(db):
    decision = record(db, REF, CLASS_ANSWERS[3])
    with pytest.raises(BadInputError, match="rejection needs a reason"):
        sign(db, decision.id, "clinical_leader", "rejected")
    with pytest.raises(BadInputError, match="unknown meaning"):
        sign(db, decision.id, "clinical_leader", "liked")
    with pytest.raises(AccessDeniedError, match="'verified'"):
        sign(db, decision.id, "charge_nurse", "verified")
    assert sign(db, decision.id, "biomed", "verified").valid
    assert sign(db, decision.id, "bedside_nurse", "reviewed").valid
    assert signoff.signoff_state(db, REF, decision) == signoff.AWAITING  # not a decision yet
    rejected = sign(db, decision.id, "clinical_leader", "rejected", reason="wrong unit")
    assert rejected.reason == "wrong unit"
    assert signoff.signoff_state(db, REF, decision) == signoff.REJECTED
    with pytest.raises(BadInputError, match="already signed"):
        sign(db, decision.id, "clinical_leader", "rejected", reason="again")


def test_a_provisional_decision_needs_accepted_unknown_with_a_reason(db):
    decision = record(db, REF, PROVISIONAL_3)
    assert decision.provisional
    with pytest.raises(BadInputError, match="provisional"):
        sign(db, decision.id, "clinical_leader")
    with pytest.raises(BadInputError, match="needs a reason"):
        sign(db, decision.id, "clinical_leader", accept_unknown=True)
    signature = sign(
        db, decision.id, "clinical_leader", accept_unknown=True, reason="central station down"
    )
    assert signature.accepted_unknown and signature.valid
    final = record(db, REF, CLASS_ANSWERS[3])
    with pytest.raises(BadInputError, match="no unknown answer"):
        sign(db, final.id, "clinical_leader", accept_unknown=True, reason="x")


def test_a_new_version_needs_new_signatures_and_the_old_ones_stay(db):
    first = record(db, REF, PROVISIONAL_3)
    reviewed = sign(db, first.id, "clinical_leader", "reviewed")
    second = record(db, REF, CLASS_ANSWERS[3], supersedes=first.id)
    assert signoff.signoff_state(db, REF, second) == signoff.AWAITING
    assert signoff.signoff_state(db, REF, get_decision(db, first.id)) == signoff.REPLACED
    with pytest.raises(BadInputError, match="replaced"):
        sign(db, first.id, "clinical_leader", "reviewed")
    old = signoff.signatures_of(db, first.id)
    assert [s.id for s in old] == [reviewed.id] and old[0].valid
    assert [d.id for d in signoff.version_history(db, second.id)] == [first.id, second.id]
    assert [d.id for d in signoff.version_history(db, first.id)] == [first.id, second.id]
    sign(db, second.id, "clinical_leader")
    assert signoff.signoff_state(db, REF, get_decision(db, second.id)) == signoff.APPROVED


def test_the_manifestation_is_kept_with_the_signature(db):
    decision = record(db, REF, CLASS_ANSWERS[6])
    signature = sign(db, decision.id, "specialist")
    assert signature.full_name == "Specialist Person"
    assert signature.signed_at.endswith("+00:00")
    assert signature.signed_at_local[-6] in "+-"  # local time with its UTC offset
    shown = signature.to_json()
    assert {"name", "role", "meaning", "time", "valid"} <= set(shown)
    with sqlite3.connect(db.path) as raw:
        statement, components = raw.execute(
            "SELECT statement, components FROM signature WHERE id = ?", (signature.id,)
        ).fetchone()
    assert "legally binding" in statement and components == "username+password"


def test_any_change_after_signing_breaks_the_signature(db):
    decision = record(db, REF, CLASS_ANSWERS[3])
    sign(db, decision.id, "clinical_leader")
    with sqlite3.connect(db.path) as raw:
        raw.execute("DROP TRIGGER decision_answer_no_update")
        raw.execute(
            "UPDATE decision_answer SET answer = 'no' WHERE decision_id = ? "
            "AND question = 'network_clinical_impact'",
            (decision.id,),
        )
        raw.execute(
            "CREATE TRIGGER decision_answer_no_update BEFORE UPDATE ON decision_answer "
            "BEGIN SELECT RAISE(ABORT, 'decision_answer rows are append-only'); END"
        )
    (signature,) = signoff.signatures_of(db, decision.id)
    assert not signature.valid and "changed after it was signed" in signature.problem
    assert signoff.signoff_state(db, REF, decision) == signoff.AWAITING  # invalid ones don't count


def test_the_queue_holds_what_awaits_my_role(db):
    lead = accounts.authenticate(db, "clinical-leader", "clinical-leader password")
    nurse = accounts.authenticate(db, "charge-nurse", "charge-nurse password")
    before = {d.id for d in signoff.signoff_queue(db, REF, lead)}
    three = record(db, REF, CLASS_ANSWERS[3])
    five = record(db, REF, CLASS_ANSWERS[5])
    two = record(db, REF, CLASS_ANSWERS[2])
    queue = [d for d in signoff.signoff_queue(db, REF, lead) if d.id not in before]
    assert [d.id for d in queue] == [three.id, five.id]  # oldest first
    by_class = [d for d in signoff.signoff_queue(db, REF, lead, "class") if d.id not in before]
    assert [d.id for d in by_class] == [five.id, three.id]
    assert two.id in {d.id for d in signoff.signoff_queue(db, REF, nurse)}
    assert three.id not in {d.id for d in signoff.signoff_queue(db, REF, nurse)}
    sign(db, three.id, "clinical_leader")
    assert three.id not in {d.id for d in signoff.signoff_queue(db, REF, lead)}


def test_the_matrix_is_configurable(db, staffed):
    _, admin, _ = staffed
    nurse = accounts.authenticate(db, "charge-nurse", "charge-nurse password")
    with pytest.raises(AccessDeniedError, match="configuration"):
        signoff.set_signoff_roles(db, REF, 3, ["charge_nurse"], by=nurse)
    with pytest.raises(BadInputError, match="administrators do not sign"):
        signoff.set_signoff_roles(db, REF, 3, ["admin"], by=admin)
    with pytest.raises(BadInputError, match="unknown role"):
        signoff.set_signoff_roles(db, REF, 3, ["janitor"], by=admin)
    with pytest.raises(BadInputError, match="at least one"):
        signoff.set_signoff_roles(db, REF, 3, [""], by=admin)
    signoff.set_signoff_roles(db, REF, 3, ["clinical_leader,charge_nurse"], by=admin)
    try:
        decision = record(db, REF, CLASS_ANSWERS[3])
        assert sign(db, decision.id, "charge_nurse").role == "charge_nurse"
        assert signoff.signoff_matrix(db, REF)[3] == ("clinical_leader", "charge_nurse")
    finally:
        signoff.set_signoff_roles(db, REF, 3, ["clinical_leader"], by=admin)
    assert signoff.signoff_matrix(db, REF)[3] == ("clinical_leader",)


def test_training_can_be_required(db, staffed):
    from app.services.settings import set_setting

    _, admin, _ = staffed
    decision = record(db, REF, CLASS_ANSWERS[7])
    set_setting(db, "signoff_requires_training", "yes", by=admin)
    try:
        with pytest.raises(AccessDeniedError, match="no training record"):
            sign(db, decision.id, "telehealth_lead")
        accounts.update_user(db, "telehealth-lead", by=admin, training="MDIR course 2026-11")
        assert sign(db, decision.id, "telehealth_lead").valid
    finally:
        set_setting(db, "signoff_requires_training", "no", by=admin)
