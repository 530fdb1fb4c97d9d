"""What an import would change, per kind: added, changed (field by field), unchanged."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Change:
    key: str  # what a person recognises: an asset tag, a contact's name, "unit ICU, tier 1"
    action: str  # "added" or "changed"
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # name -> (before, after)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "action": self.action,
            "fields": {n: {"before": b, "after": a} for n, (b, a) in self.fields.items()},
        }


@dataclass
class KindChanges:
    kind: str
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    items: list[Change] = field(default_factory=list)
    note: str | None = None  # e.g. the tree: same or different

    @property
    def touched(self) -> int:
        return self.added + self.changed

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "note": self.note,
            "items": [c.to_json() for c in self.items],
        }


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {k: (before.get(k), after.get(k)) for k in after if before.get(k) != after.get(k)}
