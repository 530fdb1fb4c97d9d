"""Starting the GUI from the command line, as a user (or a packaging smoke test) does."""

from __future__ import annotations


def test_quit_when_ready_opens_the_window_and_exits_0(cli):
    assert cli("demo", "--devices", "10").code == 0
    run = cli("--quit-when-ready")
    assert run.code == 0, run.err
    assert "Traceback" not in run.err


def test_quit_when_ready_in_japanese_on_a_new_database(cli):
    run = cli("--lang", "ja", "--quit-when-ready")
    assert run.code == 0, run.err
    assert cli.db.exists()  # created and migrated on first start


def test_gui_refuses_a_damaged_database_without_hanging(cli, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00garbage" * 64)
    run = cli("--db", str(bad), "--quit-when-ready", with_db=False, timeout=30)
    assert run.code == 1
    assert "not an MDIR Desk database" in run.err
    assert bad.read_bytes() == b"\x00garbage" * 64


def test_without_any_display_the_gui_says_so_instead_of_aborting(cli):
    run = cli(
        "--quit-when-ready", env={"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    )
    assert run.code == 2
    assert run.err.strip().startswith("mdir-desk: no display")
