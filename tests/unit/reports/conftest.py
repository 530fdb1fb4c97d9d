"""Sample inputs for the printed documents (Japanese names with variant kanji, out-of-band numbers) and
PDF inspection helpers."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pypdf
import pytest

from app.reports.model import (
    Binder,
    Contact,
    ContactSheet,
    DecisionRecord,
    DeviceCard,
    EscalationTier,
    RecordedAnswer,
    Regulator,
)
from app.services.reference import Reference, load_reference

JST = timezone(timedelta(hours=9), "JST")
GENERATED = datetime(2026, 11, 3, 14, 5, tzinfo=JST)
# GENERATED as the documents print it, per language (app.reports.dates)
GENERATED_TEXT = {
    "en": "3 Nov 2026 14:05 JST (UTC+09:00)",
    "ja": "2026年11月3日 14:05 JST (UTC+09:00)",
}
VARIANT_NAMES = ("髙橋 一郎", "山﨑 花子", "渡邊 健")
PHONE = "090-1234-5678"
SIZES = {"a4": (595.0, 842.0), "letter": (612.0, 792.0)}


@pytest.fixture(scope="session")
def ref() -> Reference:
    return load_reference()


def person(i: int, name: str | None = None) -> Contact:
    return Contact(
        name=name or f"Contact {i:04d} 佐藤",
        role="charge_nurse",
        role_label="リーダー看護師 / Charge nurse",
        organization="ICU 3A",
        hics_position="Operations Section Chief" if i % 5 == 0 else "",
        methods=[
            ("mobile", f"090-{i % 10000:04d}-{(i * 7) % 10000:04d}"),
            ("pager", f"PHS {7000 + i % 1000}"),
            ("email", f"c{i}@hospital.example"),
        ],
        hours="24/7",
        authority="May approve class 1–2 isolation",
        notes="backup for night shift" if i % 3 == 0 else "",
        last_verified=date(2026, 10, 1) if i % 4 else None,
    )


def sample_sheet(contacts: int = 6, unit: str | None = "ICU 3A") -> ContactSheet:
    people = [person(0, VARIANT_NAMES[0]), person(1, VARIANT_NAMES[1]), person(2, VARIANT_NAMES[2])]
    people[0] = Contact(**{**people[0].__dict__, "methods": [("mobile", PHONE), ("radio", "Ch 4")]})
    people += [person(i) for i in range(3, contacts)]
    per_tier = max(1, len(people) // 3)
    tiers = [
        EscalationTier(
            number=n + 1,
            wait_minutes=(10, 15, 30)[n],
            contacts=people[n * per_tier : (n + 1) * per_tier if n < 2 else len(people)],
            triggers=["any decision of class 3 or higher", "provisional result past 15 min"],
        )
        for n in range(3)
    ]
    vendor = Contact(
        name="Service desk",
        role="vendor",
        role_label="Vendor",
        organization="VitalWorks Japan 株式会社",
        methods=[("desk", "0120-123-456")],
        hours="平日 9:00–17:00",
        models_covered="BM-500, BM-700 輸液ポンプ",
        contract_number="K-2026-0042",
        service_desk="0120-123-456",
        psirt="03-5555-0101",
    )
    return ContactSheet(
        facility="Sakura General Hospital 桜総合病院",
        unit=unit,
        generated_at=GENERATED,
        last_verified=date(2026, 10, 1),
        tiers=tiers,
        vendors=[vendor],
        regulators=[
            Regulator("厚生労働省 医政局", "03-5253-1111", "速やかに"),
            Regulator("FDA (user facility MDR)", "Form 3500A", "≤ 10 work days"),
        ],
    )


def sample_record(ref: Reference, lang: str = "en") -> DecisionRecord:
    tree = ref.tree
    answers = []
    for qid, value, inv in (
        ("harm_now", "no", False),
        ("implanted", "no", True),
        ("offsite", "no", True),
        ("patient_connected", "yes", False),
        ("removal", "unknown", False),
    ):
        q = tree.question(qid)
        answers.append(RecordedAnswer(q.text.get(lang), q.option(value).label.get(lang), True, inv))
    q = tree.question("multi_patient")
    answers.append(RecordedAnswer(q.text.get(lang), q.option("no").label.get(lang), False, True))
    return DecisionRecord(
        id="D-2026-0007",
        created_at=GENERATED,
        recorded_by=VARIANT_NAMES[1],
        role_label="担当看護師" if lang == "ja" else "Bedside nurse",
        device_tag="MD-0424",
        category_name="人工呼吸器" if lang == "ja" else "Ventilator",
        unit="ICU 3A",
        location="Bed 12",
        note="Alarm forwarding looked odd; 渡邊 confirmed at bedside.",
        ir_class=5,
        provisional=True,
        safety_override=True,
        also_matches=[3],
        answers=answers,
        tree_version=tree.version,
        tree_sha256=tree.sha256,
        purpose="live incident" if lang == "en" else "インシデント対応",
    )


def sample_cards(n: int = 30) -> list[DeviceCard]:
    cards = []
    for i in range(n):
        cls = None if i % 8 == 7 else (i % 7) + 1
        cards.append(
            DeviceCard(
                asset_tag=f"MD-{i:05d}",
                category_name="輸液ポンプ" if i % 2 else "Patient monitor",
                model=f"BM-{500 + i % 3 * 100}",
                unit="ICU 3A",
                location=f"Bed {i % 20 + 1}",
                ir_class=cls,
                first_contact=None if i % 10 == 9 else (VARIANT_NAMES[i % 3], PHONE),
            )
        )
    return cards


def sample_binder() -> Binder:
    return Binder(
        facility="Sakura General Hospital 桜総合病院",
        unit="ICU 3A",
        generated_at=GENERATED,
        sheets=[sample_sheet()],
    )


# --- PDF inspection ------------------------------------------------------------------------------
def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def fonts_of(path: Path) -> list[tuple[str, bool]]:
    """(BaseFont, embedded) for every font in every page's resources (descendant fonts included)."""
    found = []
    for page in pypdf.PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptors = [font.get("/FontDescriptor")]
            for desc in font.get("/DescendantFonts", []):
                descriptors.append(desc.get_object().get("/FontDescriptor"))
            embedded = any(
                d is not None
                and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors
            )
            found.append((str(font["/BaseFont"]), embedded))
    return found


def page_sizes(path: Path) -> set[tuple[float, float]]:
    return {
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in pypdf.PdfReader(path).pages
    }
