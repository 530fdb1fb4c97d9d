"""The seven IR classes of the CSA Medical Device Incident Response Playbook, loaded from data."""

from __future__ import annotations

import math
import re
from pathlib import Path

from pydantic import StrictInt, StrictStr, field_validator, model_validator

from app.domain.datafile import read_yaml, validate
from app.domain.localized import LocalizedText, Strict

IR_CLASS_NUMBERS = range(1, 8)
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

# The shape drawn beside a class's number and name (the class is never shown by colour alone).
# Each is a polygon in a box from (-1, -1) to (1, 1), y pointing down (as on screen); "circle" has no
# corners. The same geometry is drawn by the GUI (ui/widgets/class_icon.py) and on paper.
SHAPES = ("circle", "square", "triangle", "diamond", "octagon", "star", "house")


def _regular(corners: int, radius: float = 1.0, turn: float = 0.0) -> list[tuple[float, float]]:
    """A regular polygon with its first corner straight up, turned by ``turn`` of a corner."""
    step = 2 * math.pi / corners
    return [
        (radius * math.sin((i + turn) * step), -radius * math.cos((i + turn) * step))
        for i in range(corners)
    ]


def _star() -> list[tuple[float, float]]:
    outer = _regular(5)
    inner = _regular(5, 0.45, 0.5)
    return [point for pair in zip(outer, inner, strict=True) for point in pair]


_POINTS: dict[str, list[tuple[float, float]]] = {
    "circle": [],
    "square": [(-0.82, -0.82), (0.82, -0.82), (0.82, 0.82), (-0.82, 0.82)],
    "triangle": [(0.0, -1.0), (1.0, 0.82), (-1.0, 0.82)],
    "diamond": [(0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0)],
    "octagon": _regular(8, 1.0, 0.5),
    "star": _star(),
    "house": [(0.0, -1.0), (0.95, -0.1), (0.95, 0.9), (-0.95, 0.9), (-0.95, -0.1)],
}


def shape_points(shape: str) -> list[tuple[float, float]]:
    """The corners of ``shape`` in the box (-1, -1)–(1, 1); empty for the circle."""
    return list(_POINTS[shape])


class IRClass(Strict):
    number: StrictInt
    name: LocalizedText
    short: LocalizedText
    colour: StrictStr
    text_colour: StrictStr
    shape: StrictStr
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

    @field_validator("shape")
    @classmethod
    def _known_shape(cls, value: str) -> str:
        if value not in SHAPES:
            raise ValueError(f"shape '{value}' is not one of {', '.join(SHAPES)}")
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
        shapes = [c.shape for c in self.classes]
        if len(set(shapes)) != len(shapes):
            raise ValueError(f"each class needs its own shape, found {shapes}")
        return self

    def get(self, number: int) -> IRClass:
        for ir_class in self.classes:
            if ir_class.number == number:
                return ir_class
        raise KeyError(number)


def load_ir_classes(path: Path) -> IRClassCatalog:
    return validate(IRClassCatalog, read_yaml(path, "mdir-desk/ir-classes"))
