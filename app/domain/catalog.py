"""Small reference lists kept as data: roles, device categories, worked examples."""

from __future__ import annotations

from pathlib import Path

from pydantic import StrictInt, StrictStr

from app.domain.datafile import read_yaml, validate
from app.domain.localized import LocalizedText, Strict


class Role(Strict):
    code: StrictStr
    name: LocalizedText


class RoleList(Strict):
    kind: StrictStr
    version: StrictStr
    roles: tuple[Role, ...]

    def codes(self) -> tuple[str, ...]:
        return tuple(role.code for role in self.roles)


class DeviceCategory(Strict):
    code: StrictStr
    name: LocalizedText
    default_class_idle: StrictInt | None
    default_class_in_use: StrictInt | None


class CategoryList(Strict):
    kind: StrictStr
    version: StrictStr
    categories: tuple[DeviceCategory, ...]

    def get(self, code: str) -> DeviceCategory:
        for category in self.categories:
            if category.code == code:
                return category
        raise KeyError(code)


class ExpectedResult(Strict):
    ir_class: StrictInt
    provisional: bool


class WorkedExample(Strict):
    id: StrictStr
    situation: LocalizedText
    answers: dict[StrictStr, StrictStr]
    expect: ExpectedResult


class WorkedExampleList(Strict):
    kind: StrictStr
    version: StrictStr
    examples: tuple[WorkedExample, ...]


def load_roles(path: Path) -> RoleList:
    return validate(RoleList, read_yaml(path, "mdir-desk/roles"))


def load_categories(path: Path) -> CategoryList:
    return validate(CategoryList, read_yaml(path, "mdir-desk/device-categories"))


def load_worked_examples(path: Path) -> WorkedExampleList:
    return validate(WorkedExampleList, read_yaml(path, "mdir-desk/worked-examples"))
