#!/usr/bin/env python3
"""Build the packaged program: dist/mdir-desk/ with the executable mdir-desk (PyInstaller, onedir).

    python3 dev.py build                       # from a fresh checkout (sets up .venv first)
    .venv/bin/python packaging/build.py [--dist DIR] [--work DIR] [--selftest]

Steps: compile the Qt translations, run PyInstaller with packaging/mdir-desk.spec, add the Linux
desktop entry and icons under dist/mdir-desk/share/, check that the executable starts
(``--version``) and that the folder stays within the size limit. ``--selftest`` also runs the
frozen ``mdir-desk selftest``, which needs a working credential store on this machine.

Needs the ``build`` extra (``pip install -e '.[build]'``), a Python built with a shared libpython and,
on Linux, objdump (Debian: binutils). Build on the oldest system you support: the bundle needs at
least the glibc of the build machine (Debian 12 gives 2.36).
"""

from __future__ import annotations

import argparse
import os
import runpy
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "mdir-desk.spec"
NAME = "mdir-desk"
MAX_MIB = 220
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def say(message: str) -> None:
    print(f"build: {message}", flush=True)


def fail(message: str) -> None:
    print(f"build: {message}", file=sys.stderr, flush=True)
    raise SystemExit(2)


def check_prerequisites() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        fail(f"PyInstaller is missing: {sys.executable} -m pip install -e '{ROOT}[build]'")
    if os.name != "nt" and not sysconfig.get_config_var("Py_ENABLE_SHARED"):
        fail(
            "this Python has no shared libpython (PyInstaller needs one): on Debian install "
            "libpython3.11, with pyenv rebuild with PYTHON_CONFIGURE_OPTS=--enable-shared"
        )
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        fail("objdump is missing (PyInstaller needs it on Linux): apt-get install binutils")


def version() -> str:
    return str(runpy.run_path(str(ROOT / "app" / "version.py"))["__version__"])


def folder_bytes(folder: Path) -> int:
    """Apparent size of ``folder`` as ``du -sb`` counts it (files, links and folders)."""
    total = folder.lstat().st_size
    for path in folder.rglob("*"):
        total += path.lstat().st_size
    return total


def add_desktop_entry(bundle: Path) -> None:
    """share/applications/mdir-desk.desktop and the hicolor icons, ready to copy into
    ~/.local/share or /usr/share (see the README)."""
    share = bundle / "share"
    shutil.rmtree(share, ignore_errors=True)
    applications = share / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "linux" / f"{NAME}.desktop", applications)
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons / f"{NAME}-{size}.png", target / f"{NAME}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / f"{NAME}.svg", scalable / f"{NAME}.svg")


def executable(bundle: Path) -> Path:
    return bundle / (f"{NAME}.exe" if os.name == "nt" else NAME)


def smoke_test(bundle: Path, selftest: bool) -> None:
    env = dict(os.environ, LANG=os.environ.get("LANG") or "C.UTF-8")
    run = subprocess.run(
        [str(executable(bundle)), "--version"], capture_output=True, text=True, env=env
    )
    expected = f"{NAME} {version()}"
    if run.returncode != 0 or run.stdout.strip() != expected:
        fail(f"the built program does not start: {run.stdout}{run.stderr}".strip())
    say(f"{executable(bundle)} --version: {run.stdout.strip()}")
    if selftest:
        run = subprocess.run([str(executable(bundle)), "selftest"], env=env)
        if run.returncode != 0:
            fail("the built program failed its self-test")


def build(dist: Path, work: Path, *, selftest: bool = False) -> Path:
    """Build into ``dist``/mdir-desk (replacing it); returns that folder."""
    check_prerequisites()
    sys.path.insert(0, str(ROOT / "packaging"))
    import build_translations

    build_translations.build()
    started = time.monotonic()
    say(f"PyInstaller {SPEC.relative_to(ROOT)} -> {dist / NAME}")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    bundle = dist / NAME
    if sys.platform.startswith("linux"):
        add_desktop_entry(bundle)
    size = folder_bytes(bundle)
    say(
        f"built {bundle} in {time.monotonic() - started:.0f} s: {size:,} bytes "
        f"({size / 2**20:.1f} MiB, limit {MAX_MIB} MiB)"
    )
    # The limit is the Linux bundle's (the spec's filters name Linux files); elsewhere it is shown only.
    if size > MAX_MIB * 2**20 and sys.platform.startswith("linux"):
        fail(f"the bundle is larger than {MAX_MIB} MiB: look at what the spec lets in")
    smoke_test(bundle, selftest)
    return bundle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="default: build/")
    parser.add_argument("--selftest", action="store_true", help="run the frozen selftest too")
    args = parser.parse_args()
    build(args.dist.resolve(), args.work.resolve(), selftest=args.selftest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
