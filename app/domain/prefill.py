"""Answers the inventory already knows about a device's nature, to pre-fill in triage.

Only facts about the device itself are taken (implant, used at home, serves many patients); the
situational questions are always asked. An unknown field pre-fills nothing: unknown never becomes "no".
"""

from __future__ import annotations

from collections.abc import Mapping

SHARED_ROLES = ("server", "central", "gateway", "middleware", "shared_modality")


def prefill_answers(record: Mapping[str, object]) -> dict[str, str]:
    """Question id -> answer from a device record (keys as in app.domain.device_fields)."""
    answers: dict[str, str] = {}
    implanted = record.get("implanted")
    if implanted is not None:
        answers["implanted"] = "yes" if implanted else "no"
    care_setting = record.get("care_setting")
    if care_setting == "home":
        answers["offsite"] = "yes"
    elif care_setting not in (None, "", "other"):
        answers["offsite"] = "no"
    role = record.get("multi_patient_role")
    if role in SHARED_ROLES:
        answers["multi_patient"] = "yes"
    elif role == "none":
        answers["multi_patient"] = "no"
    return answers
