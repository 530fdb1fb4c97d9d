"""Accounts and decisions for the sign-in, sign-off, audit and account tests.

Making an account costs about 0.3 s (argon2), so tests make only the few they need.
"""

from __future__ import annotations

from app.services.accounts import add_user
from app.services.authority import AuthenticatedUser
from app.services.decisions import DecisionDraft, DecisionView, record_decision

PASSWORD = "correct horse 42"
CLASS_3 = {
    "harm_now": "no",
    "implanted": "no",
    "offsite": "no",
    "multi_patient": "no",
    "patient_connected": "no",
    "network_clinical_impact": "yes",
}
PROVISIONAL_4 = {
    "harm_now": "no",
    "implanted": "no",
    "offsite": "no",
    "patient_connected": "no",
    "multi_patient": "unknown",
}
PEOPLE = {
    "admin": ("Ada Admin", ("admin",)),
    "lead": ("Lena Leader", ("clinical_leader",)),
    "charge": ("Carl Charge", ("charge_nurse",)),
}


def make_accounts(db, *usernames: str) -> dict[str, AuthenticatedUser]:
    """The administrator first (the first account), then the others it adds."""
    made: dict[str, AuthenticatedUser] = {}
    for username in ("admin", *[u for u in usernames if u != "admin"]):
        full_name, roles = PEOPLE[username]
        view = add_user(
            db,
            username=username,
            full_name=full_name,
            roles=roles,
            password=PASSWORD,
            by=made.get("admin"),
        )
        made[username] = AuthenticatedUser(view.id, view.username, view.full_name, view.roles)
    return made


def record(db, reference, answers=None, **fields) -> DecisionView:
    draft = DecisionDraft(
        answers=answers or CLASS_3,
        recorded_by=fields.pop("by", "Nurse N"),
        role="charge_nurse",
        **fields,
    )
    return record_decision(db, reference, draft)


class FakeClock:
    """The session's clock (seconds), moved by the test instead of waiting."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds

    def advance(self, minutes: float) -> None:
        self.seconds += minutes * 60
