"""The printed decision record carries its electronic signatures (Part 11 §11.50: printed name,
role, meaning, date and time with zone), the sign-off state, the version chain and, on every page,
the audit head and the content SHA-256."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime

import pypdf
import pytest

from app.reports.dates import fmt_day, fmt_utc
from app.services import accounts
from app.services.decision_document import decision_document, document_sha256
from app.services.decisions import DecisionDraft, record_decision
from app.services.output_log import audit_head
from app.services.printing import decision_record, print_decision
from app.services.reference import load_reference
from app.services.signoff import sign_decision, signatures_of
from app.services.store import open_store

REF = load_reference()
CLASS_3 = {
    "harm_now": "no",
    "implanted": "no",
    "offsite": "no",
    "multi_patient": "no",
    "patient_connected": "no",
    "network_clinical_impact": "yes",
}


@pytest.fixture
def db(tmp_path):
    database = open_store(tmp_path / "x.sqlite3")
    yield database
    database.close()


@pytest.fixture
def leader(db):
    accounts.add_user(
        db,
        username="admin",
        full_name="Ada Admin",
        roles=["admin"],
        password="correct horse",
        by=None,
    )
    admin = accounts.authenticate(db, "admin", "correct horse")
    accounts.add_user(
        db,
        username="lead",
        full_name="Lee Leader",
        roles=["clinical_leader"],
        password="leader pass 1",
        by=admin,
    )
    return "lead"


def record(db, **changes) -> str:
    values = {"answers": dict(CLASS_3), "recorded_by": "Nurse N", "role": "charge_nurse"}
    values.update(changes)
    decision = record_decision(db, REF, DecisionDraft(**values))
    assert decision.ir_class == 3
    return decision.id


def sign(db, decision_id: str, meaning: str = "approved", reason: str | None = None):
    return sign_decision(
        db,
        REF,
        decision_id,
        username="lead",
        password="leader pass 1",
        meaning=meaning,
        reason=reason,
    )


def pdf_pages(path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def flat(pages: list[str]) -> str:
    return "".join(pages).replace("\n", "").replace(" ", "")


def compact(text: str) -> str:
    return text.replace(" ", "")


def test_signed_decision_prints_the_manifestation_in_english(db, leader, tmp_path):
    decision_id = record(db)
    signature = sign(db, decision_id, reason="Backup monitoring in place")
    head = audit_head(db)
    assert head is not None
    out = tmp_path / "en.pdf"
    pages = print_decision(db, REF, decision_id, "en", "a4", out)
    texts = pdf_pages(out)
    assert len(texts) == pages
    whole = "\n".join(texts)
    assert "Lee Leader" in whole
    assert "Clinical leader" in whole
    assert "Approved" in whole and "APPROVED" in whole
    assert "Electronic signatures" in whole
    local = datetime.fromisoformat(signature.signed_at_local)
    offset = local.strftime("%z")
    zoned = f"{fmt_day(local, 'en')} {local:%H:%M} UTC{offset[:3]}:{offset[3:]}"
    assert compact(zoned) in flat(texts)
    utc = datetime.fromisoformat(signature.signed_at)
    assert compact(f"UTC: {fmt_utc(utc, 'en')}") in flat(texts)
    assert "Backup monitoring in place" in whole
    assert signature.key_fingerprint[:16] in whole
    assert "Valid (verified)" in whole and "NOT VALID" not in whole
    assert "to be completed on paper" not in whole  # signed: no blank lines for a wet signature
    with db.read() as session:
        sha = document_sha256(decision_document(session, decision_id))
    for text in texts:  # the footer of every page: audit head and content hash
        assert compact(f"Audit head #{head[0]} {head[1][:16]}") in compact(text)
        assert sha in text.replace("\n", "")


@pytest.fixture
def tokyo(monkeypatch):
    """The workstation's local time zone is Japan's (UTC+09:00, no daylight saving)."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_japanese_record_uses_japanese_labels(db, leader, tmp_path, tokyo):
    decision_id = record(db)
    signature = sign(db, decision_id)
    assert signature.signed_at_local.endswith("+09:00")
    head = audit_head(db)
    out = tmp_path / "ja.pdf"
    print_decision(db, REF, decision_id, "ja", "a4", out)
    texts = pdf_pages(out)
    text = flat(texts)
    assert "LeeLeader" in text
    assert "臨床部門責任者" in text  # the role in Japanese
    assert "承認済み" in text and "電子署名" in text and "署名日時" in text
    assert "有効（検証済み）" in text and "無効" not in text
    local = datetime.fromisoformat(signature.signed_at_local)
    assert f"{fmt_day(local, 'ja')}{local:%H:%M}UTC+09:00" in text
    utc = datetime.fromisoformat(signature.signed_at)
    assert compact(f"UTC：{fmt_utc(utc, 'ja')}") in text
    assert f"監査証跡の最終記録#{head[0]}{head[1][:16]}" in text
    assert "Approved" not in text


def test_unsigned_record_awaits_sign_off_and_keeps_wet_signature_lines(db, leader, tmp_path):
    decision_id = record(db)
    record_view = decision_record(db, REF, decision_id, "en")
    assert record_view.signoff_state == "awaiting" and record_view.signatures == ()
    assert record_view.signers == ("Clinical leader",)
    out = tmp_path / "unsigned.pdf"
    print_decision(db, REF, decision_id, "en", "letter", out)
    whole = "\n".join(pdf_pages(out))
    assert "AWAITING SIGN-OFF" in whole
    assert "May approve: Clinical leader" in whole
    assert "to be completed on paper" in whole and "Not signed yet." in whole
    assert "Printed name" in whole and "Date / time (24 h)" in whole
    assert "first version" in whole and "newest version" in whole


def test_rejected_and_replaced_versions_say_so(db, leader, tmp_path):
    first = record(db)
    sign(db, first, meaning="rejected", reason="Wrong device")
    out = tmp_path / "rejected.pdf"
    print_decision(db, REF, first, "en", "a4", out)
    whole = "\n".join(pdf_pages(out))
    assert "REJECTED" in whole and "Rejected" in whole and "Reason: Wrong device" in whole

    second = record(db, supersedes=first)
    print_decision(db, REF, first, "en", "a4", out)
    old = flat(pdf_pages(out))
    assert "REPLACED" in old and second in old and compact("do not act on this version") in old
    print_decision(db, REF, second, "ja", "a4", out)
    new = flat(pdf_pages(out))
    assert "承認待ち" in new and first in new  # replaces <first>
    assert "置き換え元" in new


def test_invalid_signature_is_marked_not_valid(db, leader, tmp_path):
    decision_id = record(db)
    sign(db, decision_id)
    with sqlite3.connect(db.path) as raw:
        raw.executescript(
            "DROP TRIGGER signature_no_update; UPDATE signature SET meaning='reviewed';"
        )
    [signature] = signatures_of(db, decision_id)
    assert not signature.valid
    out = tmp_path / "tampered.pdf"
    print_decision(db, REF, decision_id, "en", "a4", out)
    whole = "\n".join(pdf_pages(out))
    assert "NOT VALID" in whole
    assert compact(f"NOT VALID — {signature.problem}") in flat(pdf_pages(out))
    assert "AWAITING SIGN-OFF" in whole  # an invalid approval does not sign the decision off
    assert "1 signature(s) NOT VALID" in whole  # said in the state box on page 1 too
    assert "APPROVED" not in whole
    print_decision(db, REF, decision_id, "ja", "a4", out)
    assert "無効—署名が記録と一致しません" in flat(pdf_pages(out))
