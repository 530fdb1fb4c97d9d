"""The shipped reference data (question tree, classes, roles, categories), loaded once and validated."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.domain.catalog import CategoryList, RoleList, load_categories, load_roles
from app.domain.engine import Classification, classify
from app.domain.escalation import EscalationDefaults, load_escalation_defaults
from app.domain.ir_classes import IRClass, IRClassCatalog, load_ir_classes
from app.domain.signoff_policy import SignoffPolicy, load_signoff_policy
from app.domain.tree import DecisionTree, load_tree
from app.errors import DataFileError, Listing, Message
from app.paths import data_dir


@dataclass(frozen=True)
class Reference:
    tree: DecisionTree
    classes: IRClassCatalog
    roles: RoleList
    categories: CategoryList
    escalation: EscalationDefaults
    signoff: SignoffPolicy

    def classify(self, answers: dict[str, str]) -> Classification:
        return classify(self.tree, answers)

    def ir_class(self, number: int) -> IRClass:
        return self.classes.get(number)

    def class_name(self, number: int | None, lang: str) -> str | None:
        return None if number is None else self.classes.get(number).name.get(lang)


def load_reference(folder: Path | None = None) -> Reference:
    """Load every reference file from ``folder`` (default: the bundled ``data/``)."""
    return _load(Path(folder) if folder else data_dir())


@cache
def _load(folder: Path) -> Reference:
    roles = load_roles(folder / "roles.yaml")
    return Reference(
        tree=load_tree(folder / "decision_tree.yaml"),
        classes=load_ir_classes(folder / "ir_classes.yaml"),
        roles=roles,
        categories=load_categories(folder / "device_categories.yaml"),
        escalation=load_escalation_defaults(folder / "escalation.yaml"),
        signoff=_checked_signoff(folder / "signoff.yaml", roles),
    )


def _checked_signoff(path: Path, roles: RoleList) -> SignoffPolicy:
    policy = load_signoff_policy(path)
    known = set(roles.codes())
    named = [r for c in policy.classes.values() for r in c.roles] + [
        r for m in policy.meanings.values() for r in m.roles or ()
    ]
    for role in named:
        if role not in known:
            raise DataFileError(
                str(path),
                Message("reference.unknown_role_roles", role=role, roles=Listing(sorted(known))),
            )
    return policy
