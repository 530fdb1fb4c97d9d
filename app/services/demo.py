"""A deterministic synthetic hospital for demonstrations and tests (no real patients or devices)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from app.database.db import Database
from app.database.events import append_event
from app.database.tables import Device
from app.errors import BadInputError, Message
from app.services.clock import utc_now_iso, workstation_id
from app.services.inventory import upsert_records
from app.services.reference import Reference

MAX_DEMO_DEVICES = 100_000
SEED = 20211108  # the playbook's publication date; any fixed number keeps the demo reproducible

# (unit code, rooms, beds per room)
UNITS = [
    ("ICU", 12, 1),
    ("ED", 20, 1),
    ("OR", 8, 1),
    ("WARD-3A", 15, 4),
    ("WARD-4B", 15, 4),
    ("NICU", 10, 2),
    ("RADIOLOGY", 6, 1),
    ("LAB", 4, 1),
    ("DIALYSIS", 6, 2),
    ("HOME-CARE", 1, 1),
]
# (category code, weight, manufacturers, models, usual units)
PROFILES = [
    ("infusion_pump", 36, ["Acme Infusion", "Medisys"], ["LVP-500", "Syringe S2"], None),
    ("pca_pump", 4, ["Acme Infusion"], ["PCA-7"], ["WARD-3A", "WARD-4B", "OR"]),
    ("patient_monitor", 22, ["VitalWorks", "Nihon Vital"], ["BM-12", "BM-15"], None),
    ("telemetry_transmitter", 6, ["VitalWorks"], ["TX-3"], ["WARD-3A", "WARD-4B"]),
    ("central_station", 1, ["VitalWorks"], ["CS-9000"], ["ICU", "ED", "WARD-3A", "WARD-4B"]),
    ("ventilator", 5, ["AeroCare"], ["V-800"], ["ICU", "NICU", "OR", "ED"]),
    ("dialysis", 3, ["RenalTech"], ["HD-4"], ["DIALYSIS", "ICU"]),
    ("anaesthesia_workstation", 2, ["AeroCare"], ["AW-2"], ["OR"]),
    ("imaging_modality", 3, ["Imagix"], ["CT-64", "MR-1.5T", "DR-X"], ["RADIOLOGY", "ED"]),
    ("pacs", 1, ["Imagix"], ["PACS Server 5"], ["RADIOLOGY"]),
    ("lab_analyser", 3, ["LabCore"], ["CHEM-800"], ["LAB"]),
    ("poc_analyser", 3, ["LabCore"], ["BG-10"], ["ICU", "ED", "NICU"]),
    ("dispensing_cabinet", 2, ["MedStore"], ["ADC-4"], ["ICU", "ED", "WARD-3A", "WARD-4B"]),
    ("implant", 3, ["CardioImplant"], ["ICD-Q", "PM-S"], ["HOME-CARE"]),
    ("insulin_pump", 2, ["GlucoFlow"], ["IP-2"], ["WARD-3A", "HOME-CARE"]),
    ("home_telehealth", 4, ["CareLink Home"], ["Hub-4G"], ["HOME-CARE"]),
]


@dataclass(frozen=True)
class DemoSummary:
    added: int
    already_present: int
    total_requested: int


# The nature of each category, as a biomed engineer would record it (used by triage pre-fill).
NATURE = {
    "central_station": {"multi_patient_role": "central"},
    "pacs": {"multi_patient_role": "server"},
    "lab_analyser": {"multi_patient_role": "none"},
    "implant": {"implanted": True, "care_setting": "home"},
    "home_telehealth": {"care_setting": "home", "implanted": False},
    "ventilator": {"life_sustaining": True, "patient_connectable": True},
    "ecmo": {"life_sustaining": True, "patient_connectable": True},
    "dialysis": {"life_sustaining": True, "patient_connectable": True},
}
CARE_SETTING = {
    "ICU": "icu",
    "NICU": "icu",
    "ED": "ed",
    "OR": "or",
    "WARD-3A": "ward",
    "WARD-4B": "ward",
    "DIALYSIS": "outpatient",
    "HOME-CARE": "home",
}


def demo_devices(count: int) -> list[dict[str, Any]]:
    """The same ``count`` devices every time: tags MD-00001 upwards (fields of device_fields)."""
    rng = random.Random(SEED)
    weights = [p[1] for p in PROFILES]
    unit_codes = [u[0] for u in UNITS]
    rooms = {u[0]: (u[1], u[2]) for u in UNITS}
    devices = []
    for n in range(1, count + 1):
        code, _, makers, models, usual = rng.choices(PROFILES, weights)[0]
        unit = rng.choice(usual or unit_codes[:6])
        room_count, beds = rooms[unit]
        room = str(rng.randint(1, room_count))
        bed = str(rng.randint(1, beds)) if beds > 1 else None
        record: dict[str, Any] = {
            "asset_tag": f"MD-{n:05d}",
            "serial": f"SN{rng.getrandbits(40):012X}",
            "category": code,
            "manufacturer": rng.choice(makers),
            "model": rng.choice(models),
            "unit": unit,
            "room": room,
            "bed": bed,
            "care_setting": CARE_SETTING.get(unit),
            "firmware_version": f"{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
            "ip": f"10.{20 + unit_codes.index(unit)}.{n // 250 % 250}.{n % 250 + 1}",
            "mac": ":".join(f"{rng.getrandbits(8):02x}" for _ in range(6)),
        }
        record.update(NATURE.get(code, {}))
        devices.append(record)
    return devices


def populate_demo(db: Database, reference: Reference, devices: int = 300) -> DemoSummary:
    """Add the demo devices that are not there yet (running it twice adds nothing)."""
    if not 1 <= devices <= MAX_DEMO_DEVICES:
        raise BadInputError(
            Message(
                "demo.devices_must_between_1", max_demo_devices=MAX_DEMO_DEVICES, devices=devices
            )
        )
    known = {c.code for c in reference.categories.categories}
    rows = demo_devices(devices)
    assert all(r["category"] in known for r in rows)
    now = utc_now_iso()
    with db.write() as session:
        existing = {t.lower() for t in session.exec(select(Device.asset_tag)).all()}
        new = [r for r in rows if r["asset_tag"].lower() not in existing]
        if new:
            upsert_records(session, reference, new, now=now)
            append_event(
                session,
                at=now,
                kind="demo.populated",
                entity="device",
                entity_id="*",
                actor="mdir-desk demo",
                workstation=workstation_id(),
                payload={"added": len(new), "requested": devices},
            )
    return DemoSummary(added=len(new), already_present=devices - len(new), total_requested=devices)
