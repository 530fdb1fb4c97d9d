"""The network guard itself works, in this process and in the CLI subprocesses the tests start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import netguard
import pytest

TESTS = Path(__file__).resolve().parents[1]


def test_connections_and_lookups_fail_in_process(tmp_path, monkeypatch):
    log = tmp_path / "guard.log"
    monkeypatch.setenv(netguard.LOG_ENV, str(log))
    with pytest.raises(netguard.NetworkAttemptError):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    with pytest.raises(netguard.NetworkAttemptError):
        socket.getaddrinfo("example.org", 443)
    assert "connect" in log.read_text() and "example.org" in log.read_text()


def test_local_unix_sockets_stay_allowed():
    left, right = socket.socketpair()
    left.sendall(b"ok")
    assert right.recv(2) == b"ok"
    left.close()
    right.close()


def test_guard_is_loaded_in_subprocesses(tmp_path):
    log = tmp_path / "guard.log"
    env = dict(os.environ, PYTHONPATH=str(TESTS / "netguard_site"), **{netguard.LOG_ENV: str(log)})
    code = (
        "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\n"
        "except OSError as e:\n    print(type(e).__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.strip() == "NetworkAttemptError"
    assert "127.0.0.1" in log.read_text()
