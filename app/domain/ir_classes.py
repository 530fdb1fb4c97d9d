"""The seven IR classes of the CSA Medical Device Incident Response Playbook, loaded from data."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import StrictInt, StrictStr, field_validator, model_validator

from app.domain.datafile import read_yaml, validate
from app.domain.localized import LocalizedText, Strict

IR_CLASS_NUMBERS = range(1, 8)
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class IRClass(Strict):
    number: StrictInt
    name: LocalizedText
    short: LocalizedText
    colour: StrictStr
    text_colour: StrictStr
    containment: LocalizedText
    eradication: LocalizedText
    recovery: LocalizedText
    who_decides: LocalizedText

    @field_validator("number")
    @classmethod
    def _in_range(cls, value: int) -> int:
        if value not in IR_CLASS_NUMBERS:
            raise ValueError(f"class number {value} is not one of 1-7")
        return value

    @field_validator("colour", "text_colour")
    @classmethod
    def _is_colour(cls, value: str) -> str:
        if not _COLOUR.match(value):
            raise ValueError(f"'{value}' is not a colour like #1B5E20")
        return value


class IRClassCatalog(Strict):
    kind: StrictStr
    version: StrictStr
    classes: tuple[IRClass, ...]

    @model_validator(mode="after")
    def _exactly_seven(self) -> IRClassCatalog:
        numbers = sorted(c.number for c in self.classes)
        if numbers != list(IR_CLASS_NUMBERS):
            raise ValueError(f"classes must be exactly 1-7 once each, found {numbers}")
        return self

    def get(self, number: int) -> IRClass:
        for ir_class in self.classes:
            if ir_class.number == number:
                return ir_class
        raise KeyError(number)


def load_ir_classes(path: Path) -> IRClassCatalog:
    return validate(IRClassCatalog, read_yaml(path, "mdir-desk/ir-classes"))
