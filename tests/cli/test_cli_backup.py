"""``mdir-desk backup create|list|verify|restore`` as a user runs it: exit 0 done, 2 bad input (one
line on stderr), 1 a storage problem or a damaged backup."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.database.db import SCHEMA_HEAD

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures" / "db"
DECISION = [
    "decisions",
    "record",
    "--answer",
    "harm_now=no",
    "--answer",
    "implanted=yes",
    "--by",
    "Aiko Sato",
    "--role",
    "specialist",
    "--json",
]


def one_line(run) -> str:
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert "Traceback" not in run.err
    return lines[0]


@pytest.fixture
def filled(cli):
    assert cli("demo", "--devices", "20").code == 0
    first = cli(*DECISION)
    assert first.code == 0, first.err
    return first.json()["id"]


def test_create_list_verify(cli, filled, tmp_path):
    made = cli("backup", "create")
    assert made.code == 0, made.err
    path = Path(made.out.strip())
    assert (
        path.is_file() and path.name.startswith("backup-") and path.name.endswith("-manual.sqlite3")
    )

    out = tmp_path / "usb" / "ward.sqlite3"
    out.parent.mkdir()
    second = cli("backup", "create", "--out", str(out))
    assert second.code == 0 and second.out.strip() == str(out)

    listed = cli("backup", "list", "--json")
    assert listed.code == 0
    backups = listed.json()["backups"]
    assert [b["path"] for b in backups] == [str(path)]  # --out copies are not in the folder
    assert set(backups[0]) == {"path", "created_at", "kind", "size_bytes", "schema"}
    assert backups[0]["schema"] == SCHEMA_HEAD and backups[0]["size_bytes"] == path.stat().st_size
    text = cli("backup", "list")
    assert text.code == 0 and str(path) in text.out and "manual" in text.out

    verify = cli("backup", "verify", str(out))
    assert verify.code == 0 and verify.out.startswith("intact:"), verify.out
    as_json = cli("backup", "verify", str(path), "--json").json()
    assert as_json["intact"] is True and as_json["integrity"] == "ok"
    assert as_json["audit"]["decisions"] == 1 and as_json["first_problem"] is None

    trail = cli("audit", "list", "--json").json()
    created = sorted((e for e in trail if e["kind"] == "backup.created"), key=lambda e: e["seq"])
    assert [e["entity_id"] for e in created] == [path.name, out.name]
    assert cli("audit", "verify").code == 0


def test_create_never_overwrites_and_bad_places_are_one_line(cli, filled, tmp_path):
    existing = tmp_path / "existing.sqlite3"
    existing.write_bytes(b"keep me")
    run = cli("backup", "create", "--out", str(existing))
    assert run.code == 2 and run.out == ""
    assert "already exists" in one_line(run)
    assert existing.read_bytes() == b"keep me"
    run = cli("backup", "create", "--out", str(tmp_path / "absent" / "x.sqlite3"))
    assert run.code == 2 and "does not exist" in one_line(run)


def test_verify_a_damaged_copy_exits_1_and_leaves_it_alone(cli, filled, tmp_path):
    out = tmp_path / "copy.sqlite3"
    assert cli("backup", "create", "--out", str(out)).code == 0
    data = bytearray(out.read_bytes())
    data[4096:12288] = b"\xee" * 8192
    out.write_bytes(bytes(data))
    run = cli("backup", "verify", str(out))
    assert run.code == 1 and run.out.startswith("damaged:"), run.out
    as_json = cli("backup", "verify", str(out), "--json")
    assert as_json.code == 1 and as_json.json()["intact"] is False
    assert out.read_bytes() == bytes(data)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == [
        "copy.sqlite3"
    ]
    missing = cli("backup", "verify", str(tmp_path / "nope.sqlite3"))
    assert missing.code == 2 and "does not exist" in one_line(missing)


def test_restore_round_trip(cli, filled, tmp_path):
    out = tmp_path / "before.sqlite3"
    assert cli("backup", "create", "--out", str(out)).code == 0
    later = cli(*DECISION)
    assert later.code == 0
    assert len(cli("decisions", "list", "--json").json()) == 2

    run = cli("backup", "restore", str(out), "--json")
    assert run.code == 0, run.err
    result = run.json()
    kept = Path(result["replaced_file_kept_as"])
    assert kept.is_file() and kept.parent == cli.db.parent and "replaced-" in kept.name

    decisions = cli("decisions", "list", "--json").json()
    assert [d["id"] for d in decisions] == [filled]
    trail = cli("audit", "list", "--json").json()
    newest = max(trail, key=lambda e: e["seq"])
    assert newest["kind"] == "backup.restored" and newest["seq"] == result["event_seq"]
    assert cli("audit", "verify").code == 0
    # the replaced database is whole, with the later decision
    kept_list = cli("--db", str(kept), "decisions", "list", "--json", with_db=False)
    assert len(kept_list.json()) == 2


def test_restore_refuses_a_damaged_backup(cli, filled, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    before = cli.db.read_bytes()
    run = cli("backup", "restore", str(bad))
    assert run.code == 1 and "refused to restore" in one_line(run)
    assert cli.db.read_bytes() == before


def test_a_damaged_database_names_the_latest_backup_and_the_restore_command(cli, filled):
    made = Path(cli("backup", "create").out.strip())
    cli.db.write_bytes(b"\x00" * 8192)
    run = cli("decisions", "list")
    assert run.code == 1
    line = one_line(run)
    assert str(cli.db) in line and str(made) in line and "backup restore" in line
    restored = cli("backup", "restore", str(made))
    assert restored.code == 0, restored.err
    assert cli("decisions", "list", "--json").json()[0]["id"] == filled


def test_a_damaged_database_without_backups_says_so(cli, tmp_path):
    cli.db.write_bytes(b"hello" * 1000)
    run = cli("decisions", "list")
    assert run.code == 1
    line = one_line(run)
    assert str(cli.db) in line and "No backup" in line and "backup restore" in line


def test_upgrading_an_old_database_makes_and_logs_a_backup(cli):
    shutil.copyfile(FIXTURES / "schema-0003.sqlite3", cli.db)
    run = cli("decisions", "list", "--json")
    assert run.code == 0, run.err
    listed = cli("backup", "list", "--json").json()["backups"]
    assert [(b["kind"], b["schema"]) for b in listed] == [("pre-upgrade", "0003")]
    trail = cli("audit", "list", "--json").json()
    created = [e for e in trail if e["kind"] == "backup.created"]
    assert len(created) == 1 and created[0]["payload"]["upgraded_from_schema"] == "0003"
    assert cli("backup", "verify", listed[0]["path"]).code == 0


@pytest.mark.parametrize("where", ["missing-folder", "proc"])
def test_unusable_database_locations_are_one_clear_line(cli, tmp_path, where):
    if where == "proc" and not sys.platform.startswith("linux"):
        pytest.skip("/proc is Linux's")
    db = tmp_path / "absent" / "x.sqlite3" if where == "missing-folder" else Path("/proc/x.sqlite3")
    run = cli("--db", str(db), "decisions", "list", with_db=False)
    assert run.code == 1
    assert str(db) in one_line(run)
    run = cli("--db", str(db), "backup", "create", with_db=False)
    assert run.code == 1 and str(db) in one_line(run)


def _as_ordinary_user(command: list[str]) -> list[str] | None:
    """``command`` run without root's right to write anywhere (None when that cannot be done)."""
    if os.name != "posix":
        return None
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]


def test_read_only_folder_and_file_are_one_clear_line_for_an_ordinary_user():
    base = Path(tempfile.mkdtemp(prefix="mdir-desk-read-only-"))  # reachable by another user
    try:
        os.chmod(base, 0o755)
        folder, ro_file_folder = base / "read-only", base / "writable"
        folder.mkdir()
        ro_file_folder.mkdir()
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(base),
            "XDG_DATA_HOME": str(base / "data"),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(TESTS / "netguard_site"),
            "MDIR_NETGUARD_LOG": str(base / "netguard.log"),
        }
        (base / "netguard.log").touch(mode=0o666)
        os.chmod(base / "netguard.log", 0o666)
        (base / "data").mkdir(mode=0o777)
        os.chmod(base / "data", 0o777)
        existing = ro_file_folder / "ward.sqlite3"
        made = subprocess.run(
            [sys.executable, "-m", "app", "--db", str(existing), "demo", "--devices", "3"],
            env=env,
            capture_output=True,
            text=True,
        )
        assert made.returncode == 0, made.stderr
        os.chmod(existing, 0o444)
        os.chmod(folder, 0o555)
        cases = [
            (folder / "new.sqlite3", "is read-only"),
            (existing, "is read-only"),
        ]
        for db, expected in cases:
            command = _as_ordinary_user(
                [sys.executable, "-m", "app", "--db", str(db), "decisions", "list"]
            )
            if command is None:
                pytest.skip("no way to run as an ordinary user here")
            done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=base)
            assert done.returncode == 1, done
            lines = done.stderr.strip().splitlines()
            assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
            assert str(db) in lines[0] and expected in lines[0]
        assert not (folder / "new.sqlite3").exists()
        assert (base / "netguard.log").read_text() == ""
    finally:
        if (base / "read-only").exists():
            os.chmod(base / "read-only", 0o755)
        shutil.rmtree(base, ignore_errors=True)
