"""Every kind of printed document, printed in Japanese from a database, says nothing in English: no
word of the documents' English texts (app/reports/texts.py) appears, and the Japanese font is embedded.

The data is written in Japanese or as codes (asset tags, model names, references), so any English
word in the text comes from the program. Legitimately English text is allowed: codes the Japanese
texts use too (HICS, PSIRT, SHA-256, UTC, IR...), the program's name and the legal citations of the
regulatory clocks (printed as cited: "SEC Form 8-K Item 1.05", "CIRCIA proposed rule (NPRM)").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest

from app.reports.texts import all_pairs
from app.security import credential_store
from app.services import (
    accounts,
    evidence,
    incident_checklist,
    incident_devices,
    incident_printing,
    incident_timeline,
    lessons,
    printing,
)
from app.services.clock import utc_now_iso
from app.services.contacts import save_contact
from app.services.decisions import DecisionDraft
from app.services.exercises import start_exercise
from app.services.incidents import create_incident, record_in_incident
from app.services.inventory import upsert_records
from app.services.playbook import Playbook, load_playbook
from app.services.reference import Reference, load_reference
from app.services.signoff import sign_decision
from app.services.store import open_store

REF = load_reference()
PLAYBOOK = load_playbook()
WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if len(w) >= 3}


def english_words() -> set[str]:
    """Words of the documents' English texts that their Japanese texts do not use too."""
    english = set().union(*(words(en) for en, _ in all_pairs()))
    japanese = set().union(*(words(ja) for _, ja in all_pairs()))
    return english - japanese


def legitimately_english() -> set[str]:
    """The program's name ("MDIR Desk") and the clocks' legal citations, printed as cited."""
    citations = set().union(*(words(rule.source) for rule in PLAYBOOK.clocks.clocks))
    return {"mdir", "desk"} | citations


def build(db, reference: Reference, playbook: Playbook, folder: Path) -> dict[str, str]:
    """A contact, devices, an incident with a signed decision, a timeline entry, a ticked check,
    evidence handed on, a device state, lessons with an action, and an exercise — all in Japanese."""
    save_contact(
        db,
        reference,
        {"name": "佐藤 愛子", "role": "biomed", "mobile": "090-0000-0000"},
        places=[("ICU", 1, "")],
        by="佐藤 愛子",
    )
    with db.write() as session:
        upsert_records(
            session,
            reference,
            [
                {"asset_tag": "MD-00001", "category": "infusion_pump", "unit": "ICU"},
                {"asset_tag": "MD-00002", "category": "ventilator", "unit": "ICU"},
            ],
            now=utc_now_iso(),
        )
    incident = create_incident(
        db, name="輸液ポンプサーバーの障害", t0=utc_now_iso(), source="SOC警報", by="佐藤 愛子"
    )
    decision = record_in_incident(
        db,
        reference,
        DecisionDraft(
            answers={
                "harm_now": "no",
                "implanted": "no",
                "offsite": "no",
                "patient_connected": "yes",
                "removal": "dependent",
            },
            recorded_by="伊藤 健",
            role="charge_nurse",
            device_tag="MD-00002",
            incident_id=incident.ref,
        ),
    )
    accounts.add_user(
        db, username="kanri", full_name="管理 者", roles=["admin"], password="kanri pass 1", by=None
    )
    admin = accounts.authenticate(db, "kanri", "kanri pass 1")
    accounts.add_user(
        db,
        username="rinsho",
        full_name="臨床 責任",
        roles=["clinical_leader"],
        password="rinsho pass 1",
        by=admin,
    )
    sign_decision(
        db,
        reference,
        decision.id,
        username="rinsho",
        password="rinsho pass 1",
        meaning="approved",
        reason="代替手段を確認済み",
    )
    incident_timeline.add_entry(db, incident.ref, "サーバーを隔離", by="佐藤 愛子", position="運用")
    first = incident_checklist.checklist(db, playbook.checklists, incident.ref)[0].item.id
    incident_checklist.set_check(db, playbook.checklists, incident.ref, first, "done", by="佐藤")
    dump = folder / "メモリ.raw"
    dump.write_bytes(b"\0" * 100)
    kept = evidence.add_evidence(db, incident.ref, dump, by="佐藤 愛子", location="金庫2")
    evidence.transfer_evidence(
        db, kept.id, from_person="佐藤 愛子", to_person="伊藤 健", reason="解析", by="佐藤 愛子"
    )
    incident_devices.set_device_state(db, incident.ref, "MD-00002", "isolated", by="佐藤 愛子")
    lessons.save_lessons(
        db, incident.ref, what_happened="経過", what_worked="良", what_did_not="否", by="佐藤"
    )
    lessons.add_action(
        db, incident.ref, action="カード更新", owner="臨工", due="2026-12-01", by="佐藤"
    )
    scenario = next(iter(playbook.scenarios.values()))
    exercise = start_exercise(db, playbook, scenario.id, by="佐藤 愛子", lang="ja")
    expected = scenario.expected_decisions[0]
    unsigned = record_in_incident(
        db,
        reference,
        DecisionDraft(
            answers=dict(expected.answers),
            recorded_by="伊藤 健",
            role="biomed",
            category=expected.category,
            incident_id=exercise.ref,
        ),
    )
    return {
        "decision": decision.id,
        "unsigned": unsigned.id,
        "incident": incident.ref,
        "exercise": exercise.ref,
    }


def kinds(db, keys: dict[str, str]) -> dict[str, Callable[[Path], int]]:
    """The seven kinds of printed document (app.services.selftest.PRINTED_KINDS), in Japanese; the
    decision record both signed and awaiting sign-off."""
    ref, pb, ja = REF, PLAYBOOK, "ja"
    return {
        "contact sheet": lambda o: printing.print_contact_sheet(db, ref, "ICU", ja, "a4", o),
        "decision record (signed)": lambda o: printing.print_decision(
            db, ref, keys["decision"], ja, "a4", o
        ),
        "decision record (awaiting)": lambda o: printing.print_decision(
            db, ref, keys["unsigned"], ja, "a4", o
        ),
        "device cards": lambda o: printing.print_cards(db, ref, "ICU", ja, "a4", o),
        "binder": lambda o: printing.print_binder(db, ref, None, ja, "a4", o),
        "incident report": lambda o: incident_printing.print_incident_report(
            db, ref, pb, keys["incident"], o, ja
        ),
        "exercise after-action report": lambda o: incident_printing.print_incident_report(
            db, ref, pb, keys["exercise"], o, ja
        ),
        "HICS 214 activity log": lambda o: incident_printing.print_activity_log(
            db, ref, pb, keys["incident"], o, ja
        ),
    }


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, Path]:
    """Printed once for all the tests (the credential store set up as tests/conftest.py does it
    per test: sign-off needs one)."""
    folder = tmp_path_factory.mktemp("ja-documents")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(folder / "data"))
        mp.setenv("PYTHON_KEYRING_BACKEND", "mdir_test_keyring.FileKeyring")
        mp.setenv("MDIR_TEST_KEYRING_FILE", str(folder / "keyring.json"))
        credential_store.use_backend(None)
        db = open_store(folder / "ja.sqlite3")
        try:
            keys = build(db, REF, PLAYBOOK, folder)
            paths = {}
            for number, (kind, render) in enumerate(kinds(db, keys).items()):
                paths[kind] = folder / f"{number}.pdf"
                render(paths[kind])
        finally:
            db.close()
    credential_store.use_backend(None)
    return paths


KINDS = list(kinds(None, {}))


@pytest.mark.parametrize("kind", KINDS)
def test_no_english_word_in_a_japanese_document(printed, kind) -> None:
    text = "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(printed[kind]).pages)
    assert "ページ" in text  # printed in Japanese at all
    leaked = (words(text) & english_words()) - legitimately_english()
    lines = [line for line in text.splitlines() if words(line) & leaked]
    assert not leaked, f"{kind}: English words {sorted(leaked)} in lines {lines[:10]}"
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", text), "an ISO time printed as stored"


@pytest.mark.parametrize("kind", KINDS)
def test_the_japanese_font_is_embedded(printed, kind) -> None:
    fonts = []
    for page in pypdf.PdfReader(printed[kind]).pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            font = ref.get_object()
            descriptors = [font.get("/FontDescriptor")] + [
                d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
            ]
            embedded = any(
                d is not None and any(k in d.get_object() for k in ("/FontFile", "/FontFile2"))
                for d in descriptors
            )
            fonts.append((str(font["/BaseFont"]).split("+")[-1], embedded))
    assert fonts and {name for name, _ in fonts} == {"IPAexGothic"}, fonts
    assert all(embedded for _, embedded in fonts), fonts
