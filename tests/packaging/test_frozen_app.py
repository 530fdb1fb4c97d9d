"""The packaged program: build the PyInstaller bundle with the documented command
(packaging/build.py, which uses packaging/mdir-desk.spec) and run the frozen executable.

The bundle is built once for this module, from the working tree, into a temporary folder (about
30 s; a dist/ left by an earlier build is never reused, so what is tested is what is checked out).
The frozen ``mdir-desk`` then runs ``selftest`` (every data file, the Alembic scripts, every kind of
printed PDF, and a round trip through the credential store the program chooses on Linux, the
Secret Service), ``--version``, a GUI start with ``--quit-when-ready`` on a temporary database,
and ``decisions list --json`` on a demo database.

Prerequisites: PyInstaller (the ``build`` extra, which dev.py installs), a Python with a shared
libpython, objdump (binutils), and for the credential store a private D-Bus session
(dbus-run-session) with GNOME Keyring's Secret Service in it (gnome-keyring-daemon, unlocked with a
throw-away password, its keyring files in the test's temporary home). .ci/run installs them all.
Without them the tests are skipped with the reason, except in CI (``CI=true``), where a missing
prerequisite fails. No ``PYTHON_KEYRING_BACKEND`` is passed on: the frozen program picks its store as
it does on a user's machine, and no test backend is in the bundle to pick.

The network guard of the other tests (tests/netguard_site/sitecustomize.py) cannot be loaded into
these processes: a frozen program ignores PYTHONPATH and never imports sitecustomize; its
interpreter sees only the bundle. Instead, where ``unshare -n`` works (as root, as in CI), every
frozen process runs in a network namespace of its own with no network at all (a loopback that is
down), which shows that the program works offline. Unlike the guard, it would not notice a
connection attempt that the program tried and silently gave up on.
"""

from __future__ import annotations

import importlib.util
import json
import os
import runpy
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build.py"
MAX_BYTES = 220 * 2**20
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# Development tools, and the test credential stores (keyrings.alt would become a plaintext default).
NOT_SHIPPED = (
    "mypy",
    "hypothesis",
    "pytest",
    "_pytest",
    "pydantic.mypy",
    "pydantic.v1",
    "sqlalchemy.testing",
    "tkinter",
    "keyrings",
    "mdir_test_keyring",
    "netguard",
)
KEYRING_SESSION = (
    'printf "selftest\\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null '
    '&& exec "$@"'
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle only"),
]


def missing_prerequisites() -> list[str]:
    missing = []
    if importlib.util.find_spec("PyInstaller") is None:
        missing.append("PyInstaller (pip install -e '.[build]')")
    if not sysconfig.get_config_var("Py_ENABLE_SHARED"):
        missing.append("a Python built with a shared libpython")
    for tool, package in (
        ("objdump", "binutils"),
        ("dbus-run-session", "dbus-daemon"),
        ("gnome-keyring-daemon", "gnome-keyring"),
    ):
        if shutil.which(tool) is None:
            missing.append(f"{tool} (apt-get install {package})")
    return missing


def isolated_network() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


@dataclass(frozen=True)
class Bundle:
    folder: Path
    executable: Path
    offline: bool


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    missing = missing_prerequisites()
    if missing:
        message = "cannot build the frozen app here; missing: " + "; ".join(missing)
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    where = tmp_path_factory.mktemp("frozen")
    log = where / "build.log"
    with log.open("w", encoding="utf-8") as output:
        done = subprocess.run(
            [
                sys.executable,
                str(BUILD),
                "--dist",
                str(where / "dist"),
                "--work",
                str(where / "work"),
            ],
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
            env=dict(os.environ, LANG="C.UTF-8"),
            timeout=900,
        )
    if done.returncode != 0:
        tail = "\n".join(log.read_text(encoding="utf-8").splitlines()[-40:])
        pytest.fail(f"packaging/build.py failed ({done.returncode}):\n{tail}")
    folder = where / "dist" / "mdir-desk"
    return Bundle(folder, folder / "mdir-desk", isolated_network())


def frozen(bundle: Bundle, home: Path, *args: str, timeout: float = 120) -> Run:
    """Run the frozen program as a user would, with a clean environment and a temporary home, in
    a private D-Bus session with an unlocked Secret Service (and without a network when possible)."""
    runtime = home / "run"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    command = ["dbus-run-session", "--", "sh", "-c", KEYRING_SESSION, "sh"]
    command += [str(bundle.executable), *args]
    if bundle.offline:
        command = ["unshare", "-n", *command]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=home,
        timeout=timeout,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def test_the_bundle_holds_what_the_program_needs_and_no_more(bundle: Bundle) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    assert os.access(bundle.executable, os.X_OK)
    size = runpy.run_path(str(BUILD))["folder_bytes"](bundle.folder)
    assert size <= MAX_BYTES, f"{size / 2**20:.1f} MiB"
    inside = bundle.folder / "_internal"
    for wanted in (
        "data/decision_tree.yaml",
        "data/exercises/imaging.yaml",
        "resources/fonts/ipaexg.ttf",
        "resources/fonts/IPA_Font_License_Agreement_v1.0.txt",
        "resources/translations/mdir_desk_ja.qm",
        "resources/icons/mdir-desk.svg",
        "resources/icons/mdir-desk-256.png",
        "app/database/migrations/env.py",
        "app/database/migrations/versions/0001_initial.py",
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/lib/libQt6Pdf.so.6",  # print previews (QPdfDocument, QPdfView)
        "PySide6/QtPdfWidgets.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
    ):
        assert (inside / wanted).is_file(), wanted
    shipped = {p.name for p in (ROOT / "app/database/migrations/versions").glob("*.py")}
    bundled = {p.name for p in (inside / "app/database/migrations/versions").glob("*.py")}
    assert bundled == shipped
    assert not list((inside / "resources/translations").glob("*.ts"))
    qt_translations = {p.name for p in (inside / "PySide6/Qt/translations").iterdir()}
    assert all(name.endswith(("_ja.qm", "_en.qm")) for name in qt_translations)
    for unwanted in ("platforms/libqwayland", "platforms/libqeglfs", "platformthemes/libqgtk3"):
        assert not list((inside / "PySide6/Qt/plugins").glob(f"{unwanted}*")), unwanted
    assert not list(inside.rglob("libgtk-3*"))
    share = bundle.folder / "share"
    assert (share / "applications/mdir-desk.desktop").is_file()
    assert (share / "icons/hicolor/48x48/apps/mdir-desk.png").is_file()

    archive = CArchiveReader(str(bundle.executable))
    modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
    for wanted in (
        "app.services.selftest",
        "ui.app",
        "ui.main_window",
        "keyring.backends.SecretService",
        "keyring.backends.Windows",
        "keyring.backends.macOS",
        "reportlab.graphics.barcode.code128",
        "alembic.op",
    ):
        assert wanted in modules, wanted
    leaked = [m for m in modules for t in NOT_SHIPPED if m == t or m.startswith(f"{t}.")]
    assert leaked == []


def test_the_frozen_selftest_passes(bundle: Bundle, tmp_path: Path) -> None:
    run = frozen(bundle, tmp_path, "selftest")
    assert run.code == 0, run.out + run.err
    lines = run.out.strip().splitlines()
    assert lines[-1] == "selftest passed"
    assert all(line.startswith("ok   ") for line in lines[:-1]), run.out
    assert "print every kind of document to PDF" in run.out
    assert "keyring.backends.SecretService.Keyring" in run.out  # the store a user's Linux gets
    assert "Traceback" not in run.err


def test_the_frozen_program_says_its_version(bundle: Bundle, tmp_path: Path) -> None:
    version = runpy.run_path(str(ROOT / "app" / "version.py"))["__version__"]
    run = frozen(bundle, tmp_path, "--version")
    assert run.code == 0, run.err
    assert run.out.strip() == f"mdir-desk {version}"


def test_the_frozen_gui_starts_and_quits(bundle: Bundle, tmp_path: Path) -> None:
    db = tmp_path / "gui.sqlite3"
    run = frozen(bundle, tmp_path, "--db", str(db), "--lang", "ja", "--quit-when-ready")
    assert run.code == 0, run.out + run.err
    assert db.is_file()
    assert "Traceback" not in run.err and "internal error" not in run.err


def test_a_frozen_cli_command_reads_a_demo_database(bundle: Bundle, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    assert frozen(bundle, tmp_path, "--db", str(db), "demo", "--devices", "20").code == 0
    answers = ("harm_now=no", "implanted=no", "offsite=no", "patient_connected=yes")
    record = ["decisions", "record", "--by", "Frozen Test", "--role", "charge_nurse"]
    record += ["--category", "ventilator", "--answer", "removal=dependent"]
    for answer in answers:
        record += ["--answer", answer]
    assert frozen(bundle, tmp_path, "--db", str(db), *record).code == 0
    run = frozen(bundle, tmp_path, "--db", str(db), "decisions", "list", "--json")
    assert run.code == 0, run.err
    decisions = json.loads(run.out)
    assert [(d["recorded_by"], d["ir_class"]) for d in decisions] == [("Frozen Test", 5)]
