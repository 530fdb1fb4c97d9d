"""The fields of a device record (DOMAIN.md §8.1, the part that matters now) and how values are read.

One place defines every field's name, kind and limits; the importer, the exporter, the device editor
and the database all follow it. Normalisers are pure: text in, a clean value or a ``FieldProblem`` out.
A blank or "unknown" yes/no cell is ``None`` (unknown), never "no".
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum

from app.errors import Listing, Message


class Kind(Enum):
    TEXT = "text"
    BOOL = "bool"  # yes / no / unknown (None)
    CHOICE = "choice"
    IP = "ip"
    MAC = "mac"
    INT = "int"
    DATETIME = "datetime"
    CATEGORY = "category"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: Kind
    max_length: int = 200
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    required: bool = False


class FieldProblem(ValueError):
    """A value that cannot be accepted for a field, written for the person importing or editing.

    ``message`` is the coded :class:`Message` (shown in the GUI's language); ``str()`` is its English.
    """

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.message = message


CARE_SETTINGS = ("icu", "ed", "or", "ward", "outpatient", "home", "other")
MULTI_PATIENT_ROLES = ("none", "server", "central", "gateway", "middleware", "shared_modality")
NETWORK_FUNCTIONS = ("alarm_forwarding", "auto_programming", "results_images", "other")

FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("asset_tag", Kind.TEXT, max_length=64, required=True),
    FieldSpec("serial", Kind.TEXT, max_length=128),
    FieldSpec("manufacturer", Kind.TEXT),
    FieldSpec("model", Kind.TEXT),
    FieldSpec("model_number", Kind.TEXT, max_length=128),
    FieldSpec("category", Kind.CATEGORY),
    FieldSpec("site", Kind.TEXT),
    FieldSpec("building", Kind.TEXT),
    FieldSpec("unit", Kind.TEXT),
    FieldSpec("room", Kind.TEXT, max_length=64),
    FieldSpec("bed", Kind.TEXT, max_length=64),
    FieldSpec("location", Kind.TEXT),
    FieldSpec("care_setting", Kind.CHOICE, choices=CARE_SETTINGS),
    FieldSpec("patient_connectable", Kind.BOOL),
    FieldSpec("life_sustaining", Kind.BOOL),
    FieldSpec("implanted", Kind.BOOL),
    FieldSpec("multi_patient_role", Kind.CHOICE, choices=MULTI_PATIENT_ROLES),
    FieldSpec("network_functions", Kind.TEXT, max_length=400),
    FieldSpec("ip", Kind.IP, max_length=64),
    FieldSpec("mac", Kind.MAC, max_length=32),
    FieldSpec("vlan", Kind.INT, minimum=1, maximum=4094),
    FieldSpec("os_version", Kind.TEXT, max_length=128),
    FieldSpec("firmware_version", Kind.TEXT, max_length=128),
    FieldSpec("stores_phi", Kind.BOOL),
    FieldSpec("transmits_phi", Kind.BOOL),
    FieldSpec("known_good_image", Kind.TEXT, max_length=400),
    FieldSpec("config_backup", Kind.TEXT, max_length=400),
    FieldSpec("notes", Kind.TEXT, max_length=4000),
    FieldSpec("default_class", Kind.INT, minimum=1, maximum=7),
    FieldSpec("default_class_approved_by", Kind.TEXT),
    FieldSpec("default_class_approved_at", Kind.DATETIME, max_length=64),
)
FIELD_NAMES = tuple(f.name for f in FIELDS)
BY_NAME = {f.name: f for f in FIELDS}
FIELD_NAME_AREA = "device_field"  # the catalogue's field names: device_field.asset_tag, ...


def field_name(name: str) -> Message:
    """The field ``name`` as a message parameter: the name itself in English (what the CLI has
    always printed), the field's label in Japanese (``device_field.<name>`` in the catalogue)."""
    return Message(f"{FIELD_NAME_AREA}.{name}")


def field_of(value: object) -> str | None:
    """The field named by ``value``: a :func:`field_name` message or a plain field name."""
    if isinstance(value, Message) and value.code.startswith(f"{FIELD_NAME_AREA}."):
        value = value.code.removeprefix(f"{FIELD_NAME_AREA}.")
    return value if isinstance(value, str) and value in BY_NAME else None


_YES = {"yes", "y", "true", "t", "1", "x", "はい", "有", "あり", "有り", "○", "〇", "◯", "要"}
_NO = {"no", "n", "false", "f", "0", "いいえ", "無", "なし", "無し", "×", "✕", "-", "不要"}
_UNKNOWN = {"", "unknown", "?", "n/a", "na", "不明", "わからない", "未確認"}
_CHOICE_SYNONYMS = {
    "care_setting": {
        "集中治療室": "icu",
        "集中治療": "icu",
        "救急": "ed",
        "救急外来": "ed",
        "emergency": "ed",
        "手術室": "or",
        "operating room": "or",
        "theatre": "or",
        "病棟": "ward",
        "一般病棟": "ward",
        "外来": "outpatient",
        "clinic": "outpatient",
        "在宅": "home",
        "自宅": "home",
        "その他": "other",
    },
    "multi_patient_role": {
        "なし": "none",
        "無": "none",
        "サーバ": "server",
        "サーバー": "server",
        "セントラル": "central",
        "central station": "central",
        "ゲートウェイ": "gateway",
        "ミドルウェア": "middleware",
        "shared modality": "shared_modality",
        "共有": "shared_modality",
    },
}
_MAC_HEX = re.compile(r"^[0-9a-f]{12}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(raw: str, spec: FieldSpec) -> str | None:
    """Trimmed text (inner runs of spaces kept for notes), or None when blank."""
    text = raw.strip() if spec.name == "notes" else " ".join(raw.split())
    if _CONTROL.search(text):
        raise FieldProblem(Message("device_fields.control_characters"))
    if len(text) > spec.max_length:
        raise FieldProblem(
            Message("device_fields.too_long", length=len(text), max_length=spec.max_length)
        )
    return text or None


def parse_bool(raw: str) -> bool | None:
    """Yes/no in English or Japanese; blank or unknown is None (never "no")."""
    value = raw.strip().lower()
    if value in _UNKNOWN:
        return None
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise FieldProblem(Message("device_fields.not_yes_no", value=raw.strip()))


def parse_choice(raw: str, spec: FieldSpec) -> str | None:
    value = " ".join(raw.strip().lower().replace("-", "_").split())
    if not value:
        return None
    value = _CHOICE_SYNONYMS.get(spec.name, {}).get(value, value).replace(" ", "_")
    if value not in spec.choices:
        raise FieldProblem(
            Message("device_fields.not_one_of", value=raw.strip(), choices=Listing(spec.choices))
        )
    return value


def parse_ip(raw: str) -> str | None:
    value = raw.strip()
    if not value:
        return None
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        raise FieldProblem(Message("device_fields.not_ip_address", value=value)) from None


def parse_mac(raw: str) -> str | None:
    """Any common MAC spelling (colons, dashes, dots, none) becomes aa:bb:cc:dd:ee:ff."""
    value = raw.strip()
    if not value:
        return None
    digits = re.sub(r"[:\-.\s]", "", value).lower()
    if not _MAC_HEX.match(digits):
        raise FieldProblem(Message("device_fields.not_mac_address", value=value))
    return ":".join(digits[i : i + 2] for i in range(0, 12, 2))


def parse_int(raw: str, spec: FieldSpec) -> int | None:
    value = raw.strip()
    if not value:
        return None
    try:
        number = int(float(value)) if re.fullmatch(r"\d+\.0+", value) else int(value)
    except (ValueError, OverflowError):  # OverflowError: "9" * 400 + ".0" is float infinity
        raise FieldProblem(Message("device_fields.not_whole_number", value=value)) from None
    too_small = spec.minimum is not None and number < spec.minimum
    too_large = spec.maximum is not None and number > spec.maximum
    if too_small or too_large:
        raise FieldProblem(
            Message(
                "device_fields.outside_range",
                number=number,
                minimum=spec.minimum,
                maximum=spec.maximum,
            )
        )
    return number


def parse_datetime(raw: str) -> str | None:
    """A date or date-time; stored as ISO 8601 in UTC (a date alone means midnight UTC)."""
    value = raw.strip()
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("/", "-"))
    except ValueError:
        raise FieldProblem(Message("device_fields.not_date", value=value)) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC).isoformat()
    except OverflowError:  # 0001-01-01T00:00+05:00 is before the year 1 in UTC
        raise FieldProblem(Message("device_fields.outside_years", value=value)) from None


def parse_value(spec: FieldSpec, raw: str) -> object:
    """The clean value of ``raw`` for ``spec`` (categories are resolved by the caller)."""
    if spec.kind is Kind.BOOL:
        return parse_bool(raw)
    if spec.kind is Kind.CHOICE:
        return parse_choice(raw, spec)
    if spec.kind is Kind.IP:
        return parse_ip(raw)
    if spec.kind is Kind.MAC:
        return parse_mac(raw)
    if spec.kind is Kind.INT:
        return parse_int(raw, spec)
    if spec.kind is Kind.DATETIME:
        return parse_datetime(raw)
    return clean_text(raw, spec)


def format_value(value: object) -> str:
    """A stored value as text for export and display (None is empty; booleans yes/no)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)
