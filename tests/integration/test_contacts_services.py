"""Contacts and escalation on a real database: imports, ordering, class filters, the re-check clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from accounts_helpers import make_admin, make_user

from app.database.db import open_database
from app.domain.escalation import recheck, tier_to_call
from app.errors import BadInputError
from app.services import accounts
from app.services.contacts import export_contacts, import_contacts, list_contacts
from app.services.decisions import DecisionDraft, get_decision, record_decision
from app.services.escalation import call_now, escalation_for, set_tier
from app.services.reference import load_reference

REF = load_reference()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "contacts"


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "c.sqlite3")
    import_contacts(database, REF, FIXTURES / "contacts.csv")
    yield database
    database.close()


@pytest.fixture
def lead(db):
    """A signed-in clinical leader (authentication itself is tested in test_accounts.py)."""
    admin = make_admin(db)
    make_user(db, admin, "lead", "clinical_leader")
    return accounts.authenticate(db, "lead", "lead password")


def names(tiers):
    return [[c.name for c in tier.contacts] for tier in tiers]


def test_escalation_order_unit_and_class_filters(db):
    assert names(escalation_for(db, REF, "ICU", 3)) == [
        ["髙橋 花子", "山﨑 一郎"],
        ["渡邊 健"],
        ["Acme Infusion PSIRT"],
    ]
    assert names(escalation_for(db, REF, "OR", 2)) == [["山﨑 一郎"], ["Acme Infusion PSIRT"]]
    tiers = escalation_for(db, REF, "ICU", 1)
    assert [t.tier for t in tiers] == [1, 3]  # tier 2 only for classes 3-5
    assert tiers[0].wait_minutes == 10 and tiers[0].triggers == ("any_decision",)
    takahashi = tiers[0].contacts[0]
    assert [k for k, _ in takahashi.methods] == ["mobile", "desk"]  # out-of-band first
    with pytest.raises(BadInputError, match="1-7"):
        escalation_for(db, REF, "ICU", 8)


def test_unit_tier_settings_override_the_defaults(db, lead):
    set_tier(db, unit="ICU", tier=1, wait_minutes=5, triggers=["class_at_least:2"], by=lead)
    assert escalation_for(db, REF, "ICU", 3)[0].wait_minutes == 5
    assert escalation_for(db, REF, "OR", 3)[0].wait_minutes == 10
    with pytest.raises(BadInputError, match="unknown trigger"):
        set_tier(db, unit="ICU", tier=1, wait_minutes=5, triggers=["sunrise"], by=lead)


def test_reimport_updates_and_bad_rows_write_nothing(db, tmp_path):
    report = import_contacts(db, REF, FIXTURES / "contacts.csv")
    assert (report.imported, report.updated) == (0, 4)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "name,role,tier,mobile,email,classes\nA,biomed,1,090-1,ok@x.org,3\n"
        ",biomed,1,,,\nB,biomed,zero,abc,nope,9\n",
        encoding="utf-8",
    )
    report = import_contacts(db, REF, bad)
    assert not report.written and report.rejected == 2
    assert {(e["row"], e["column"]) for e in report.errors} == {
        (3, "name"),
        (4, "tier"),
        (4, "mobile"),
        (4, "email"),
        (4, "classes"),
    }
    assert "A" not in [c.name for c in list_contacts(db)]
    report = import_contacts(db, REF, bad, skip_invalid=True)
    assert report.written and report.imported == 1


def test_vcards_3_and_4(db):
    report = import_contacts(db, REF, FIXTURES / "team.vcf", unit="CCU", tier=2)
    assert (report.imported, report.updated, report.rejected) == (1, 1, 0)
    watanabe = next(c for c in list_contacts(db) if c.name == "Dr. Ken Watanabe")
    assert dict(watanabe.methods) == {"mobile": "+81-90-5555-6666", "pager": "4321"}
    assert watanabe.role == "specialist" and watanabe.places == (("CCU", 2, ""),)
    assert names(escalation_for(db, REF, "CCU", 6))[1][0] == "Dr. Ken Watanabe"


def test_export_round_trips(db, tmp_path):
    out = tmp_path / "contacts.csv"
    assert export_contacts(db, out) == 4
    fresh = open_database(tmp_path / "fresh.sqlite3")
    assert import_contacts(fresh, REF, out).imported == 4
    assert names(escalation_for(fresh, REF, "ICU", 3)) == names(escalation_for(db, REF, "ICU", 3))
    fresh.close()


def test_recheck_clock_and_tier_to_call():
    start = datetime(2026, 11, 25, 10, 0)
    state = recheck(start, start + timedelta(minutes=14), 15)
    assert not state.overdue and state.remaining == timedelta(minutes=1)
    assert recheck(start, start + timedelta(minutes=15), 15).overdue
    waits = [10, 15, 30]
    assert tier_to_call(waits, timedelta(minutes=9)) == 0
    assert tier_to_call(waits, timedelta(minutes=10)) == 1
    assert tier_to_call(waits, timedelta(minutes=25)) == 2
    assert tier_to_call(waits, timedelta(hours=9)) == 2
    assert tier_to_call(waits, timedelta(minutes=1), provisional_overdue=True) == 1


def test_provisional_decision_calls_the_next_tier_once_overdue(db):
    decision = record_decision(
        db,
        REF,
        DecisionDraft(
            answers={
                "harm_now": "no",
                "implanted": "no",
                "offsite": "no",
                "patient_connected": "unknown",
                "removal": "dependent",
            },
            recorded_by="Aiko",
            role="charge_nurse",
            unit="ICU",
        ),
    )
    created = datetime.fromisoformat(decision.created_at)
    early = call_now(db, REF, decision, created + timedelta(minutes=2))
    assert early.recheck is not None and not early.recheck.overdue and early.tier.tier == 1
    late = call_now(db, REF, decision, created + timedelta(minutes=16))
    assert late.recheck.overdue and late.tier.tier == 2


def test_resolving_an_unknown_records_a_new_version(db):
    first = record_decision(
        db,
        REF,
        DecisionDraft(
            answers={"harm_now": "no", "implanted": "unknown"}, recorded_by="A", role="charge_nurse"
        ),
    )
    second = record_decision(
        db,
        REF,
        DecisionDraft(
            answers={"harm_now": "no", "implanted": "no", "offsite": "yes"},
            recorded_by="A",
            role="charge_nurse",
            supersedes=first.id,
        ),
    )
    assert second.supersedes == first.id
    assert get_decision(db, first.id).superseded_by == second.id
    assert get_decision(db, first.id).ir_class == 6  # the earlier version is kept unchanged
    with pytest.raises(BadInputError, match="already replaced"):
        record_decision(
            db,
            REF,
            DecisionDraft(
                answers=second.answers, recorded_by="A", role="charge_nurse", supersedes=first.id
            ),
        )
    with pytest.raises(BadInputError, match="no decision with id"):
        record_decision(
            db,
            REF,
            DecisionDraft(
                answers=second.answers, recorded_by="A", role="charge_nurse", supersedes="nope"
            ),
        )


def test_recheck_time_is_a_setting(db, lead):
    from app.services.settings import all_settings, set_setting

    set_setting(db, "recheck_minutes", "30", by=lead)
    decision = record_decision(
        db,
        REF,
        DecisionDraft(
            answers={"harm_now": "no", "implanted": "unknown"}, recorded_by="A", role="charge_nurse"
        ),
    )
    created = datetime.fromisoformat(decision.created_at)
    assert not call_now(db, REF, decision, created + timedelta(minutes=20)).recheck.overdue
    assert call_now(db, REF, decision, created + timedelta(minutes=31)).recheck.overdue
    set_setting(db, "facility", "  St. Example   Hospital ", by=lead)
    settings = all_settings(db)
    assert (settings["facility"], settings["recheck_minutes"]) == ("St. Example Hospital", "30")
    assert settings["lockout_attempts"] == "5"  # defaults are shown too
    with pytest.raises(BadInputError, match="1-1440"):
        set_setting(db, "recheck_minutes", "0", by=lead)
    with pytest.raises(BadInputError, match="unknown setting"):
        set_setting(db, "colour", "red", by=lead)


def test_optional_details_and_last_verified(db, tmp_path):
    path = tmp_path / "vendors.csv"
    path.write_text(
        "name,role,organization,tier,desk,authority,last_verified,models_covered,contract_number,"
        "service_desk,psirt\n"
        "Acme Infusion PSIRT,vendor,Acme Infusion,3,+1 800 555 0100,firmware advice,2026/11/01,"
        "LVP-500; Syringe S2,C-77,+1 800 555 0101,psirt@acme.example\n"
        "Bad Date,biomed,,1,03-1,,yesterday,,,,\n",
        encoding="utf-8",
    )
    report = import_contacts(db, REF, path)
    assert not report.written and report.errors == [
        {
            "row": 3,
            "column": "last_verified",
            "message": "'yesterday' is not a date like 2026-11-25",
        }
    ]
    report = import_contacts(db, REF, path, skip_invalid=True)
    assert report.updated == 1
    acme = next(c for c in list_contacts(db) if c.name == "Acme Infusion PSIRT")
    assert acme.last_verified == "2026-11-01" and acme.authority == "firmware advice"
    assert acme.vendor == {
        "models_covered": "LVP-500; Syringe S2",
        "contract_number": "C-77",
        "service_desk": "+1 800 555 0101",
        "psirt": "psirt@acme.example",
    }
    out = tmp_path / "out.csv"
    export_contacts(db, out)
    assert "C-77" in out.read_text(encoding="utf-8-sig") and "2026-11-01" in out.read_text(
        encoding="utf-8-sig"
    )


def test_no_call_now_for_replaced_or_long_past_final_decisions(db):
    final = record_decision(
        db,
        REF,
        DecisionDraft(
            answers={"harm_now": "no", "implanted": "yes"},
            recorded_by="A",
            role="specialist",
            unit="ICU",
        ),
    )
    created = datetime.fromisoformat(final.created_at)
    assert call_now(db, REF, final, created + timedelta(minutes=5)).tier.tier == 1
    late = call_now(db, REF, final, created + timedelta(days=7))
    assert late.tier is None and late.tiers  # the chain is still listed
    first = record_decision(
        db,
        REF,
        DecisionDraft(
            answers={"harm_now": "no", "implanted": "unknown"},
            recorded_by="A",
            role="charge_nurse",
            unit="ICU",
        ),
    )
    record_decision(
        db,
        REF,
        DecisionDraft(
            answers={"harm_now": "no", "implanted": "yes"},
            recorded_by="A",
            role="charge_nurse",
            unit="ICU",
            supersedes=first.id,
        ),
    )
    replaced = call_now(db, REF, get_decision(db, first.id), created + timedelta(days=7))
    assert replaced.tier is None and replaced.recheck is None


def test_contact_editor_saves_exactly_and_removes(db):
    from app.services.contacts import remove_contact, save_contact

    saved = save_contact(
        db,
        REF,
        {
            "name": "Sato Ken",
            "role": "it_security",
            "mobile": "090-7",
            "radio": "ch 5",
            "email": "sato@example.org",
            "last_verified": "2026-11-20",
        },
        places=[("ICU", 1, "3,4"), ("", 2, "")],
        by="Lead",
    )
    assert dict(saved.methods) == {"mobile": "090-7", "radio": "ch 5", "email": "sato@example.org"}
    assert saved.places == (("", 2, ""), ("ICU", 1, "3,4"))
    assert "Sato Ken" in names(escalation_for(db, REF, "ICU", 3))[0]
    changed = save_contact(
        db,
        REF,
        {"name": "Sato Ken", "role": "it_security", "desk": "03-9"},
        places=[("OR", 1, "")],
        by="Lead",
        contact_id=saved.id,
    )
    assert dict(changed.methods) == {"desk": "03-9"} and changed.last_verified is None
    assert all("Sato Ken" not in tier for tier in names(escalation_for(db, REF, "ICU", 3)))
    with pytest.raises(BadInputError, match=r"^mobile: 'abc' is not a phone number"):
        save_contact(
            db, REF, {"name": "X", "role": "biomed", "mobile": "abc"}, places=[], by="Lead"
        )
    with pytest.raises(BadInputError, match="already a contact"):
        save_contact(
            db,
            REF,
            {"name": "髙橋 花子", "role": "biomed", "organization": "看護部"},
            places=[],
            by="Lead",
        )
    remove_contact(db, saved.id, by="Lead")
    assert "Sato Ken" not in [c.name for c in list_contacts(db)]
    with pytest.raises(BadInputError, match="no contact"):
        remove_contact(db, saved.id, by="Lead")


def test_two_new_versions_of_one_decision_cannot_both_be_saved(db, monkeypatch):
    """The check before writing can race with another instance; the unique index decides."""
    import app.services.decisions as decisions

    first = record_decision(
        db,
        REF,
        DecisionDraft(
            answers={"harm_now": "no", "implanted": "unknown"}, recorded_by="A", role="charge_nurse"
        ),
    )
    resolved = {"harm_now": "no", "implanted": "yes"}
    record_decision(
        db,
        REF,
        DecisionDraft(answers=resolved, recorded_by="A", role="charge_nurse", supersedes=first.id),
    )
    monkeypatch.setattr(decisions, "_check_supersedes", lambda _db, decision_id: decision_id)
    with pytest.raises(BadInputError, match="just replaced by someone else"):
        record_decision(
            db,
            REF,
            DecisionDraft(
                answers=resolved, recorded_by="B", role="charge_nurse", supersedes=first.id
            ),
        )
    assert get_decision(db, first.id).superseded_by is not None
