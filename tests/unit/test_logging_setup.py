"""The log goes to a rotating file in the user's log folder; an unwritable folder is no crash."""

from __future__ import annotations

import logging

from app.logging_setup import configure_logging, log_dir


def test_log_file_is_written(tmp_path):
    path = configure_logging(tmp_path / "logs")
    try:
        logging.getLogger("mdir.test").warning("a line for the log")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert path is not None and "a line for the log" in path.read_text(encoding="utf-8")
        assert (tmp_path / "logs" / "crash.log").exists()
    finally:
        import faulthandler
        import sys

        import app.logging_setup as setup

        faulthandler.enable(sys.__stderr__)  # give pytest its own fault handler back
        if setup._fault_file is not None:
            setup._fault_file.close()
            setup._fault_file = None
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
                root.removeHandler(handler)
                handler.close()


def test_unwritable_folder_means_no_log_file_not_a_crash(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert configure_logging(blocker / "logs") is None


def test_default_folder_follows_the_platform(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert str(log_dir()).startswith(str(tmp_path))
