"""Checks every value read from a bundle gets (a trusted publisher may run an older or newer
program, so nothing is taken on trust): records of the expected format, texts without control
characters, whole numbers in range, true or false, no unknown fields."""

from __future__ import annotations

from typing import Any

from app.errors import Message
from app.services.bundles.errors import BundleRefused


def items(content: Any, member: str, field: str, fmt: str) -> list[dict[str, Any]]:
    """``content[field]``: a list of objects, in a member of format ``fmt``."""
    if not isinstance(content, dict) or content.get("format") != fmt:
        raise BundleRefused(Message("bundles.checks.malformed_not_format", member=member, fmt=fmt))
    found = content.get(field)
    if not isinstance(found, list) or not all(isinstance(i, dict) for i in found):
        raise BundleRefused(
            Message("bundles.checks.malformed_not_list_records", member=member, field=field)
        )
    return found


def text(value: Any, where: str, limit: int = 400, *, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise BundleRefused(
            Message("bundles.checks.not_text_most_characters", where=where, limit=limit)
        )
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in value) or "\x7f" in value:
        raise BundleRefused(Message("bundles.checks.contains_control_characters", where=where))
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        raise BundleRefused(Message("bundles.checks.contains_half_surrogate_pair", where=where))
    return value


def integer(value: Any, where: str, low: int, high: int, *, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise BundleRefused(
            Message("bundles.checks.not_whole_number", where=where, low=low, high=high)
        )
    return value


def flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise BundleRefused(Message("bundles.checks.not_true_or_false", where=where))
    return value


def only_keys(record: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
    extra = sorted(set(record) - set(allowed))
    if extra:
        raise BundleRefused(
            Message("bundles.checks.unknown_field", where=where, extra=extra[0][:40])
        )
