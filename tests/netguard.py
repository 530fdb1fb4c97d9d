"""A guard that makes any network connection attempt fail loudly (the program must work offline).

Installed in the test process by tests/conftest.py and in every CLI subprocess the tests start (through
tests/netguard_site/sitecustomize.py). Local inter-process sockets (AF_UNIX) stay allowed; anything that
would reach an IP address or resolve a host name is refused, and written to the file named by
MDIR_NETGUARD_LOG so the test session fails even if the program swallowed the error.
"""

from __future__ import annotations

import os
import socket
import traceback

LOG_ENV = "MDIR_NETGUARD_LOG"
_installed = False


class NetworkAttemptError(OSError):
    pass


def _record(what: str) -> None:
    log = os.environ.get(LOG_ENV)
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{what}\n{''.join(traceback.format_stack(limit=8))}\n")
    raise NetworkAttemptError(f"network access attempted during tests: {what}")


def _is_network(sock: socket.socket) -> bool:
    return sock.family in (socket.AF_INET, socket.AF_INET6)


def install() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_sendto = socket.socket.sendto

    def connect(self: socket.socket, address: object) -> None:
        if _is_network(self):
            _record(f"connect to {address!r}")
        real_connect(self, address)  # type: ignore[arg-type]

    def connect_ex(self: socket.socket, address: object) -> int:
        if _is_network(self):
            _record(f"connect_ex to {address!r}")
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    def sendto(self: socket.socket, *args: object) -> int:
        if _is_network(self):
            _record(f"sendto {args[-1]!r}")
        return real_sendto(self, *args)  # type: ignore[arg-type]

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> list:  # type: ignore[type-arg]
        _record(f"name lookup of {host!r}")
        return []

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = sendto  # type: ignore[method-assign,assignment]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    socket.gethostbyname = lambda host: _record(f"name lookup of {host!r}")  # type: ignore[assignment]
