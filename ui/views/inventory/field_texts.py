"""Names of the device record fields and of their choices, as people read them (translated).

The field names themselves come from ``app.domain.device_fields``; only the words live here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.device_fields import CARE_SETTINGS, MULTI_PATIENT_ROLES

translate = QCoreApplication.translate

# The editor's groups, in order: (group code, fields). The default class group is read-only.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("identity", ("asset_tag", "category", "manufacturer", "model", "model_number", "serial")),
    ("location", ("site", "building", "unit", "room", "bed", "location")),
    (
        "clinical",
        (
            "care_setting",
            "patient_connectable",
            "life_sustaining",
            "implanted",
            "multi_patient_role",
        ),
    ),
    ("network", ("ip", "mac", "vlan", "network_functions")),
    ("software", ("firmware_version", "os_version")),
    ("data", ("stores_phi", "transmits_phi")),
    ("recovery", ("known_good_image", "config_backup")),
    ("notes", ("notes",)),
)
READ_ONLY = ("default_class", "default_class_approved_by", "default_class_approved_at")


def group_title(code: str) -> str:
    return {
        "identity": translate("DeviceFields", "Identity"),
        "location": translate("DeviceFields", "Location"),
        "clinical": translate("DeviceFields", "Clinical nature"),
        "network": translate("DeviceFields", "Network"),
        "software": translate("DeviceFields", "Software"),
        "data": translate("DeviceFields", "Patient data"),
        "recovery": translate("DeviceFields", "Recovery"),
        "notes": translate("DeviceFields", "Notes"),
        "default_class": translate("DeviceFields", "Default class"),
    }.get(code, code)


def field_label(name: str) -> str:
    return {
        "asset_tag": translate("DeviceFields", "Asset tag"),
        "serial": translate("DeviceFields", "Serial number"),
        "manufacturer": translate("DeviceFields", "Manufacturer"),
        "model": translate("DeviceFields", "Model"),
        "model_number": translate("DeviceFields", "Model number"),
        "category": translate("DeviceFields", "Category"),
        "site": translate("DeviceFields", "Site"),
        "building": translate("DeviceFields", "Building"),
        "unit": translate("DeviceFields", "Unit"),
        "room": translate("DeviceFields", "Room"),
        "bed": translate("DeviceFields", "Bed"),
        "location": translate("DeviceFields", "Location label"),
        "care_setting": translate("DeviceFields", "Care setting"),
        "patient_connectable": translate("DeviceFields", "Connects to a patient"),
        "life_sustaining": translate("DeviceFields", "Life-sustaining"),
        "implanted": translate("DeviceFields", "Implanted"),
        "multi_patient_role": translate("DeviceFields", "Serves many patients as"),
        "network_functions": translate("DeviceFields", "Network functions"),
        "ip": translate("DeviceFields", "IP address"),
        "mac": translate("DeviceFields", "MAC address"),
        "vlan": translate("DeviceFields", "VLAN"),
        "os_version": translate("DeviceFields", "Operating system version"),
        "firmware_version": translate("DeviceFields", "Firmware version"),
        "stores_phi": translate("DeviceFields", "Stores patient data"),
        "transmits_phi": translate("DeviceFields", "Sends patient data"),
        "known_good_image": translate("DeviceFields", "Known-good image"),
        "config_backup": translate("DeviceFields", "Configuration backup"),
        "notes": translate("DeviceFields", "Notes"),
        "default_class": translate("DeviceFields", "Default class"),
        "default_class_approved_by": translate("DeviceFields", "Default class approved by"),
        "default_class_approved_at": translate("DeviceFields", "Default class approved at"),
    }.get(name, name)


def field_help(name: str) -> str:
    """What a device field holds, in plain words (a screen reader reads it after the name)."""
    return {
        "asset_tag": translate("DeviceFields", "Required: the hospital's label on the device"),
        "serial": translate("DeviceFields", "The maker's serial number, from the device's label"),
        "manufacturer": translate("DeviceFields", "The company that makes the device"),
        "model": translate("DeviceFields", "The model name, e.g. LVP-500"),
        "model_number": translate("DeviceFields", "The maker's model or catalogue number"),
        "category": translate("DeviceFields", "The kind of device, e.g. infusion pump"),
        "site": translate("DeviceFields", "The hospital or campus where the device is"),
        "building": translate("DeviceFields", "The building where the device is"),
        "unit": translate("DeviceFields", "The ward or unit that uses the device"),
        "room": translate("DeviceFields", "The room where the device is"),
        "bed": translate("DeviceFields", "The bed the device serves, if any"),
        "location": translate("DeviceFields", "A short description of where the device is"),
        "care_setting": translate("DeviceFields", "Where the device is used, e.g. intensive care"),
        "patient_connectable": translate(
            "DeviceFields", "Whether the device is attached to a patient when in use"
        ),
        "life_sustaining": translate(
            "DeviceFields", "Whether a patient's life depends on the device working"
        ),
        "implanted": translate("DeviceFields", "Whether the device is inside the patient's body"),
        "multi_patient_role": translate(
            "DeviceFields", "Whether the device serves many patients, and how"
        ),
        "network_functions": translate(
            "DeviceFields", "What the device uses the network for, separated by commas"
        ),
        "ip": translate("DeviceFields", "The device's network address, e.g. 10.0.0.12"),
        "mac": translate("DeviceFields", "The device's hardware network address"),
        "vlan": translate("DeviceFields", "The network segment number the device is on"),
        "os_version": translate("DeviceFields", "The version of the device's operating system"),
        "firmware_version": translate("DeviceFields", "The version of the device's own software"),
        "stores_phi": translate("DeviceFields", "Whether the device keeps patient information"),
        "transmits_phi": translate(
            "DeviceFields", "Whether the device sends patient information over the network"
        ),
        "known_good_image": translate(
            "DeviceFields", "Where a clean copy of the device's software is kept, to restore it"
        ),
        "config_backup": translate(
            "DeviceFields", "Where a copy of the device's settings is kept, to restore them"
        ),
        "notes": translate("DeviceFields", "Anything else to know about the device"),
    }.get(name, "")


def choice_label(field: str, code: str) -> str:
    if field == "care_setting":
        return {
            "icu": translate("DeviceFields", "Intensive care"),
            "ed": translate("DeviceFields", "Emergency department"),
            "or": translate("DeviceFields", "Operating room"),
            "ward": translate("DeviceFields", "Ward"),
            "outpatient": translate("DeviceFields", "Outpatient clinic"),
            "home": translate("DeviceFields", "Patient's home"),
            "other": translate("DeviceFields", "Other"),
        }.get(code, code)
    if field == "multi_patient_role":
        return {
            "none": translate("DeviceFields", "One patient only"),
            "server": translate("DeviceFields", "Server"),
            "central": translate("DeviceFields", "Central station"),
            "gateway": translate("DeviceFields", "Gateway"),
            "middleware": translate("DeviceFields", "Middleware"),
            "shared_modality": translate("DeviceFields", "Shared modality"),
        }.get(code, code)
    return code


def choices(field: str) -> tuple[str, ...]:
    return {"care_setting": CARE_SETTINGS, "multi_patient_role": MULTI_PATIENT_ROLES}.get(field, ())


def unknown_text() -> str:
    return translate("DeviceFields", "Unknown")


def yes_text() -> str:
    return translate("DeviceFields", "Yes")


def no_text() -> str:
    return translate("DeviceFields", "No")


def not_classified_text() -> str:
    return translate("DeviceFields", "Not classified")
