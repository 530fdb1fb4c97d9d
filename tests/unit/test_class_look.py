"""How a class looks: a readable badge (WCAG contrast) and its own shape, so that a class is never told
by colour alone (data/ir_classes.yaml; the shapes' geometry in app.domain.ir_classes)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml

from app.domain.ir_classes import SHAPES, load_ir_classes, shape_points
from app.errors import DataFileError
from app.paths import data_dir

CLASSES_FILE = data_dir() / "ir_classes.yaml"


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of "#RRGGBB"."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula() -> None:
    assert contrast("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast("#E65100", "#FFFFFF") == pytest.approx(3.79, abs=0.01)  # the old class 4


def test_badge_text_is_readable_on_every_class_colour() -> None:
    """WCAG 2.x AA for normal text: at least 4.5:1."""
    ratios = {
        c.number: round(contrast(c.text_colour, c.colour), 2)
        for c in load_ir_classes(CLASSES_FILE).classes
    }
    assert all(ratio >= 4.5 for ratio in ratios.values()), ratios


def test_class_colours_stay_apart() -> None:
    """No two classes have nearly the same colour (a distance in RGB, a guard against a new colour
    landing on another's). The closest pair is 1 (dark green) and 7 (blue grey), at 59: their shapes
    and numbers tell them apart, as they must for anyone who does not see colour."""
    classes = load_ir_classes(CLASSES_FILE).classes
    for a, b in itertools.combinations(classes, 2):
        rgb_a = [int(a.colour[i : i + 2], 16) for i in (1, 3, 5)]
        rgb_b = [int(b.colour[i : i + 2], 16) for i in (1, 3, 5)]
        distance = sum((x - y) ** 2 for x, y in zip(rgb_a, rgb_b, strict=True)) ** 0.5
        assert distance > 50, (a.number, b.number)


def test_every_class_has_its_own_shape() -> None:
    shapes = [c.shape for c in load_ir_classes(CLASSES_FILE).classes]
    assert len(set(shapes)) == 7 and set(shapes) <= set(SHAPES)


@pytest.mark.parametrize("shape", SHAPES)
def test_shape_geometry_fits_its_box(shape: str) -> None:
    points = shape_points(shape)
    assert (shape == "circle") == (not points)
    assert all(-1.0 <= x <= 1.0 and -1.0 <= y <= 1.0 for x, y in points)
    assert len(set(points)) == len(points)


def _write(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "classes.yaml"
    path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    return path


def test_unknown_missing_or_repeated_shape_is_refused(tmp_path: Path) -> None:
    content = yaml.safe_load(CLASSES_FILE.read_text(encoding="utf-8"))
    content["classes"][2]["shape"] = "blob"
    with pytest.raises(DataFileError, match="shape 'blob' is not one of circle, square"):
        load_ir_classes(_write(tmp_path, content))
    content = yaml.safe_load(CLASSES_FILE.read_text(encoding="utf-8"))
    del content["classes"][2]["shape"]
    with pytest.raises(DataFileError, match="shape"):
        load_ir_classes(_write(tmp_path, content))
    content = yaml.safe_load(CLASSES_FILE.read_text(encoding="utf-8"))
    content["classes"][6]["shape"] = content["classes"][0]["shape"]
    with pytest.raises(DataFileError, match="each class needs its own shape"):
        load_ir_classes(_write(tmp_path, content))
