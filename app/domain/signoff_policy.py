"""Who may sign which decision, and what a signature means (data/signoff.yaml)."""

from __future__ import annotations

from pathlib import Path

from pydantic import StrictStr, model_validator

from app.domain.datafile import read_yaml, validate
from app.domain.localized import LocalizedText, Strict

MEANINGS = ("approved", "rejected", "reviewed", "verified")
# Meanings that decide a decision's sign-off state; they take their roles from the class.
DECIDING = ("approved", "rejected")
CLASSES = tuple(range(1, 8))


class ClassSignoff(Strict):
    roles: tuple[StrictStr, ...]
    note: LocalizedText


class Meaning(Strict):
    label: LocalizedText
    roles: tuple[StrictStr, ...] | None = None


class SignoffPolicy(Strict):
    kind: StrictStr
    version: StrictStr
    classes: dict[int, ClassSignoff]
    meanings: dict[StrictStr, Meaning]
    statement: LocalizedText

    @model_validator(mode="after")
    def _complete(self) -> SignoffPolicy:
        if sorted(self.classes) != list(CLASSES):
            raise ValueError("classes must list 1-7 once each")
        if sorted(self.meanings) != sorted(MEANINGS):
            raise ValueError(f"meanings must be exactly {', '.join(MEANINGS)}")
        for number, entry in self.classes.items():
            check_roles(entry.roles, f"class {number}")
        for code, meaning in self.meanings.items():
            if (meaning.roles is None) != (code in DECIDING):
                raise ValueError(f"meaning '{code}': roles are given only for reviewed/verified")
        return self

    def meaning_label(self, meaning: str, lang: str) -> str:
        return self.meanings[meaning].label.get(lang)


def check_roles(roles: tuple[str, ...], where: str) -> None:
    """A class's signing roles: at least one, no duplicates, never the administrator alone."""
    if not roles:
        raise ValueError(f"{where}: at least one role must be able to sign")
    if len(set(roles)) != len(roles):
        raise ValueError(f"{where}: a role is listed twice")
    if "admin" in roles:
        raise ValueError(
            f"{where}: administrators do not sign clinical decisions (give the person a clinical role)"
        )


def signing_role(
    policy: SignoffPolicy,
    class_roles: dict[int, tuple[str, ...]],
    ir_class: int,
    meaning: str,
    user_roles: tuple[str, ...],
) -> str | None:
    """The role under which someone with ``user_roles`` may sign with ``meaning``, or None."""
    allowed = class_roles[ir_class] if meaning in DECIDING else policy.meanings[meaning].roles or ()
    for role in allowed:
        if role in user_roles:
            return role
    return None


def load_signoff_policy(path: Path) -> SignoffPolicy:
    return validate(SignoffPolicy, read_yaml(path, "mdir-desk/signoff"))
