"""The colours of both themes meet WCAG 2.x AA, and every colour on screen comes from a theme."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ui import style
from ui.themes import EDGE_MINIMUM, TEXT_MINIMUM, THEMES, contrast, luminance

ROOT = Path(__file__).resolve().parents[2]
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")


def test_contrast_arithmetic():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#1565C0", "#1565C0") == pytest.approx(1.0)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # the known AA grey
    assert contrast("#FFFFFF", "#767676") == contrast("#767676", "#FFFFFF")
    assert luminance("#FFFFFF") == pytest.approx(1.0)
    with pytest.raises(ValueError):
        luminance("#FFF")


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_every_text_pair_meets_aa(theme):
    low = [
        f"{what}: {contrast(fg, bg):.2f}"
        for what, fg, bg in theme.text_pairs()
        if contrast(fg, bg) < TEXT_MINIMUM
    ]
    assert low == []


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_edges_and_focus_rings_meet_aa(theme):
    low = [
        f"{what}: {contrast(edge, bg):.2f}"
        for what, edge, bg in theme.edge_pairs()
        if contrast(edge, bg) < EDGE_MINIMUM
    ]
    assert low == []


def test_high_contrast_is_higher_than_standard():
    standard, high = THEMES["standard"], THEMES["high_contrast"]
    assert min(contrast(f, b) for _, f, b in high.text_pairs()) > min(
        contrast(f, b) for _, f, b in standard.text_pairs()
    )
    assert contrast(high.text, high.window_bg) == pytest.approx(21.0)


def test_every_theme_colour_is_in_a_pair():
    """A colour that no pair checks could be unreadable unnoticed."""
    for theme in THEMES.values():
        used = {c for _, a, b in theme.text_pairs() + theme.edge_pairs() for c in (a, b)}
        unchecked = {
            name
            for name, colour in theme.colours().items()
            if colour not in used and name not in ("code", "statement_border", "other_border")
        }
        assert unchecked == set(), theme.code


def test_no_colour_in_the_screens_but_the_themes():
    """Every colour the GUI draws comes from ui/themes.py (or the class colours of the data)."""
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if path.name != "themes.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HEX.search(line)
    ]
    assert found == []


@pytest.mark.parametrize("code", list(THEMES))
@pytest.mark.parametrize("percent", [100, 200])
def test_the_style_sheet_uses_only_the_theme(code, percent):
    theme = THEMES[code]
    try:
        style.use(theme, percent)
        sheet = style.app_stylesheet()
        colours = {c.upper() for c in HEX.findall(sheet)}
        assert colours <= set(theme.colours().values())
        assert theme.focus in colours
        if percent == 200:
            assert f"min-height: {2 * style.BUTTON_MIN_HEIGHT}px" in sheet
    finally:
        style.use(THEMES["standard"], 100)
