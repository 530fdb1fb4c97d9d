"""Reading passwords for ``--password-stdin`` (one per line), or asking at a terminal."""

from __future__ import annotations

import getpass
import sys

from app.errors import BadInputError


def read_passwords(from_stdin: bool, prompts: list[str]) -> list[str]:
    """One password per prompt: lines of standard input with ``--password-stdin``, otherwise
    asked without echo at a terminal. A password is never an argument (it would show in ``ps``
    and the shell history)."""
    if from_stdin:
        lines = sys.stdin.read().splitlines()
        if len(lines) < len(prompts):
            wanted = ", then ".join(prompts)
            raise BadInputError(
                f"--password-stdin expects {len(prompts)} line(s) on standard input: {wanted}"
            )
        return lines[: len(prompts)]
    if not sys.stdin.isatty():
        raise BadInputError("give the password(s) on standard input with --password-stdin")
    return [getpass.getpass(f"{prompt}: ") for prompt in prompts]
