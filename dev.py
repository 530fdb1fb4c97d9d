#!/usr/bin/env python3
"""Set up and run MDIR Desk from a source checkout, with nothing but Python 3.11+ installed.

    python3 dev.py run [mdir-desk options]   # set up, fill a demo hospital database, open the app
    python3 dev.py test [pytest options]     # set up, run the whole test suite headless
    python3 dev.py build [build.py options]  # set up, build the packaged app into dist/mdir-desk/
    python3 dev.py screenshots [options]     # set up, remake the README screenshots (--out, --lang)

Setting up means: a virtual environment in .venv with the pinned dependencies, the development and
packaging tools among them (re-installed when pyproject.toml changes), and the Qt translations
compiled. It uses only the standard library, so it runs before anything else is installed.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".mdir-desk-installed"
DEMO_DB = ROOT / ".demo" / "mdir-desk-demo.sqlite3"
QT_LIBRARIES = ("EGL", "GL", "fontconfig", "xkbcommon", "glib-2.0", "dbus-1")
APT_LINE = (
    "apt-get install -y --no-install-recommends libegl1 libgl1 libfontconfig1 "
    "libxkbcommon0 libglib2.0-0 libdbus-1-3"
)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def fail(message: str) -> None:
    print(f"dev.py: {message}", file=sys.stderr, flush=True)
    raise SystemExit(2)


def ensure_environment() -> None:
    if sys.version_info < (3, 11):
        fail(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}")
    if sys.platform.startswith("linux"):
        missing = [lib for lib in QT_LIBRARIES if ctypes.util.find_library(lib) is None]
        if missing:
            fail(
                f"Qt needs system libraries that are missing ({', '.join(missing)}). "
                f"On Debian/Ubuntu: sudo {APT_LINE}"
            )
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted and venv_python().exists():
        return
    if not venv_python().exists():
        say("creating the virtual environment in .venv")
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except Exception as exc:  # e.g. Debian without python3-venv
            fail(f"cannot create .venv ({exc}); on Debian/Ubuntu install python3-venv")
    say("installing MDIR Desk and its pinned dependencies (first time: about a minute)")
    pip = [str(venv_python()), "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[dev,build]"], check=True)
    STAMP.write_text(wanted)


def build_translations() -> None:
    subprocess.run(
        [str(venv_python()), str(ROOT / "packaging" / "build_translations.py")], check=True
    )


def run_app(args: list[str]) -> int:
    env = dict(os.environ)
    db_args = (
        [] if any(a == "--db" or a.startswith("--db=") for a in args) else ["--db", str(DEMO_DB)]
    )
    if db_args:
        DEMO_DB.parent.mkdir(exist_ok=True)
        subprocess.run([str(venv_python()), "-m", "app", *db_args, "demo"], check=True, env=env)
    return subprocess.run([str(venv_python()), "-m", "app", *db_args, *args], env=env).returncode


def run_tests(args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG=os.environ.get("LANG") or "C.UTF-8")
    return subprocess.run([str(venv_python()), "-m", "pytest", *args], cwd=ROOT, env=env).returncode


def build_app(args: list[str]) -> int:
    build = ROOT / "packaging" / "build.py"
    return subprocess.run([str(venv_python()), str(build), *args], cwd=ROOT).returncode


def make_screenshots(args: list[str]) -> int:
    script = ROOT / "packaging" / "make_screenshots.py"
    return subprocess.run([str(venv_python()), str(script), *args], cwd=ROOT).returncode


def main() -> int:
    commands = ("run", "test", "build", "screenshots", "setup")
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__.strip())
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    ensure_environment()
    build_translations()
    if command == "run":
        return run_app(rest)
    if command == "test":
        return run_tests(rest)
    if command == "build":
        return build_app(rest)
    if command == "screenshots":
        return make_screenshots(rest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
