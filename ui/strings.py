"""Texts the GUI builds from codes and records (translated with Qt; data texts come from YAML)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from app.services.reference import Reference
from ui.locale_format import format_date, format_datetime, format_wall_clock

translate = QCoreApplication.translate


def question_short(reference: Reference, question_id: str, lang: str) -> str:
    """A few words naming a question, for the path of earlier answers (from the tree file)."""
    return reference.tree.question(question_id).short.get(lang)


def answer_label(reference: Reference, question_id: str, value: str, lang: str) -> str:
    try:
        return reference.tree.question(question_id).option(value).label.get(lang)
    except KeyError:
        return value


def category_name(reference: Reference, code: str | None, lang: str) -> str:
    if not code:
        return ""
    try:
        return reference.categories.get(code).name.get(lang)
    except KeyError:
        return code


def role_name(reference: Reference, code: str, lang: str) -> str:
    for role in reference.roles.roles:
        if role.code == code:
            return role.name.get(lang)
    return code


def contact_role(reference: Reference, code: str, lang: str) -> str:
    """A contact's role: a known role code in the language, the kinds contacts add, else as written."""
    extra = {
        "vendor": translate("Strings", "Vendor"),
        "regulator": translate("Strings", "Regulator"),
        "contact": translate("Strings", "Contact"),
    }
    if code in extra:
        return extra[code]
    return role_name(reference, code, lang)


def class_title(reference: Reference, number: int, lang: str) -> str:
    """ "Class 3 — " and the class's name from data/ir_classes.yaml, in the language."""
    return translate("Strings", "Class {number} — {name}").format(
        number=number, name=reference.ir_class(number).name.get(lang)
    )


def class_short(reference: Reference, number: int, lang: str) -> str:
    return translate("Strings", "{number} · {short}").format(
        number=number, short=reference.ir_class(number).short.get(lang)
    )


def local_time(iso_utc: str, with_seconds: bool = False) -> str:
    """A stored UTC time as local time in the GUI language's format with its time zone, e.g.
    "Nov 8, 2026 2:03 PM EST", "8 Nov 2026 14:03 GMT", "2026年11月8日 14:03 JST" (ui.locale_format)."""
    try:
        moment = datetime.fromisoformat(iso_utc)
    except (TypeError, ValueError):
        return iso_utc
    return format_datetime(moment, with_seconds)


def local_date(value: date | str | None) -> str:
    """A calendar date (a due date, a verification date) in the GUI language's format:
    "Nov 25, 2026" / "25 Nov 2026" / "2026年11月25日"; text that is no date is shown as it is."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return format_date(value)


def role_list(reference: Reference, codes: tuple[str, ...] | list[str], lang: str) -> str:
    """Several roles by name, with the list separator of the language."""
    separator = "、" if lang == "ja" else ", "
    return separator.join(role_name(reference, code, lang) for code in codes)


def signed_time(signed_at_local: str) -> str:
    """A signature's local time with its UTC offset as recorded, in the GUI language's format:
    "Nov 8, 2026 2:03:22 PM (UTC+09:00)", "2026年11月8日 14:03:22 (UTC+09:00)"."""
    try:
        moment = datetime.fromisoformat(signed_at_local)
    except ValueError:
        return signed_at_local
    offset = moment.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:5]}" if offset else "?"
    return f"{format_wall_clock(moment, with_seconds=True)} ({zone})"
