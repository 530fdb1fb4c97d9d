"""Texts the GUI builds from codes and records (translated with Qt; data texts come from YAML)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.services.reference import Reference

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
    """ "Class 3 — Disconnection from network results in clinical impact"."""
    return translate("Strings", "Class {number} — {name}").format(
        number=number, name=reference.ir_class(number).name.get(lang)
    )


def class_short(reference: Reference, number: int, lang: str) -> str:
    return translate("Strings", "{number} · {short}").format(
        number=number, short=reference.ir_class(number).short.get(lang)
    )


def local_time(iso_utc: str, with_seconds: bool = False) -> str:
    """A stored UTC time as local time with its time zone, e.g. "2026-11-08 14:03 JST"."""
    try:
        moment = datetime.fromisoformat(iso_utc).astimezone()
    except ValueError:
        return iso_utc
    zone = moment.strftime("%Z") or moment.strftime("UTC%z")
    pattern = "%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M"
    return f"{moment.strftime(pattern)} {zone}"


def role_list(reference: Reference, codes: tuple[str, ...] | list[str], lang: str) -> str:
    """Several roles by name, with the list separator of the language."""
    separator = "、" if lang == "ja" else ", "
    return separator.join(role_name(reference, code, lang) for code in codes)


def signed_time(signed_at_local: str) -> str:
    """A signature's local time with its UTC offset as recorded: "2026-11-08 14:03:22 (UTC+09:00)"."""
    try:
        moment = datetime.fromisoformat(signed_at_local)
    except ValueError:
        return signed_at_local
    offset = moment.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "?"
    return f"{moment.strftime('%Y-%m-%d %H:%M:%S')} ({zone})"
