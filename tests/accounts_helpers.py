"""Shared set-up for the account, sign-off and audit tests."""

from __future__ import annotations

from app.services import accounts
from app.services.decisions import DecisionDraft, DecisionView, record_decision
from app.services.reference import Reference

ADMIN_PASSWORD = "correct horse"
# Answers that give each class (final), and a provisional class 3.
_BASE = {"harm_now": "no", "implanted": "no", "offsite": "no", "patient_connected": "yes"}
CLASS_ANSWERS = {
    1: {**_BASE, "removal": "now_ok", "multi_patient": "no", "network_clinical_impact": "no"},
    2: {**_BASE, "removal": "later_ok", "multi_patient": "no", "network_clinical_impact": "no"},
    3: {**_BASE, "removal": "now_ok", "multi_patient": "no", "network_clinical_impact": "yes"},
    4: {**_BASE, "removal": "now_ok", "multi_patient": "yes"},
    5: {**_BASE, "removal": "dependent"},
    6: {"harm_now": "no", "implanted": "yes"},
    7: {"harm_now": "no", "implanted": "no", "offsite": "yes"},
}
PROVISIONAL_3 = {**CLASS_ANSWERS[3], "network_clinical_impact": "unknown"}


def make_admin(db):
    accounts.add_user(
        db,
        username="admin",
        full_name="Ada Admin",
        roles=["admin"],
        password=ADMIN_PASSWORD,
        by=None,
    )
    return accounts.authenticate(db, "admin", ADMIN_PASSWORD)


def make_user(db, admin, username, role, password=None):
    accounts.add_user(
        db,
        username=username,
        full_name=f"{username.title()} Person",
        roles=[role],
        password=password or f"{username} password",
        by=admin,
    )
    return password or f"{username} password"


def record(db, reference: Reference, answers, **extra) -> DecisionView:
    return record_decision(
        db,
        reference,
        DecisionDraft(answers=answers, recorded_by="Nurse Ito", role="charge_nurse", **extra),
    )
