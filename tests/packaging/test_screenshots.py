"""The README screenshots: every image README.md shows is committed, and packaging/make_screenshots.py
makes each of them again (same file names, not blank, English and Japanese different).

The made images are not compared with the committed ones pixel by pixel: fonts differ between
machines, and the GUI changes more often than the images are remade.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
SCRIPT = ROOT / "packaging" / "make_screenshots.py"
FOLDER = ROOT / "packaging" / "screenshots"
REFERENCE = re.compile(r"packaging/screenshots/([\w.-]+\.png)")
MIN_COLOURS = 8  # text, background, borders, a class colour... a blank or broken grab has 1 or 2


def readme_images() -> list[str]:
    names = REFERENCE.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    return sorted(set(names))


def script_module():
    spec = importlib.util.spec_from_file_location("make_screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)  # defines things only: Qt and the app load when it runs
    return module


def colours(path: Path) -> int:
    with Image.open(path) as image:
        found = image.convert("RGB").getcolors(maxcolors=1 << 16)
    return len(found) if found is not None else 1 << 16


def test_readme_shows_every_view_in_both_languages_and_the_files_are_committed():
    shown = readme_images()
    module = script_module()
    expected = sorted(f"{name}-{lang}.png" for name, _ in module.SHOTS for lang in module.LANGUAGES)
    assert shown == expected
    missing = [name for name in shown if not (FOLDER / name).is_file()]
    assert not missing, f"README.md shows images not in {FOLDER}: {missing}"
    total = sum((FOLDER / name).stat().st_size for name in shown)
    assert total < 3 * 1024 * 1024, f"the screenshots take {total} bytes"


@pytest.mark.slow
def test_the_script_makes_every_image_the_readme_shows(tmp_path: Path):
    out = tmp_path / "shots"
    environment = dict(os.environ)
    environment["PYTHONPATH"] = str(TESTS / "netguard_site")  # no network in the script either
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out), "--lang", "all"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        timeout=600,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr[-4000:]
    made = sorted(p.name for p in out.glob("*.png"))
    assert made == readme_images()
    for name in made:
        assert colours(out / name) >= MIN_COLOURS, f"{name} looks blank"
        with Image.open(out / name) as image:
            width, height = image.size
        assert width >= 1000 and height >= 700, f"{name} is {width}×{height}"
    for english in (name for name in made if name.endswith("-en.png")):
        japanese = english.replace("-en.png", "-ja.png")
        assert (out / english).read_bytes() != (out / japanese).read_bytes(), english
        with Image.open(out / english) as en, Image.open(out / japanese) as ja:
            assert en.convert("RGB").tobytes() != ja.convert("RGB").tobytes(), english


def test_one_language_and_a_folder_of_ones_own(tmp_path: Path):
    """--lang and --out are checked before anything is made (the script's options)."""
    module = script_module()
    with pytest.raises(SystemExit):
        module.main(["--lang", "fr", "--out", str(tmp_path)])
    with pytest.raises(SystemExit):
        module.main(["--scale", "9", "--out", str(tmp_path)])
    assert not list(tmp_path.iterdir())
