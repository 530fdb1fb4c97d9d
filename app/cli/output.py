"""Printing for the CLI: UTF-8 JSON on stdout, flushed; messages kept to one line."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(value: Any, indent: int | None = 2) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=indent) + "\n")
    sys.stdout.flush()


def one_line(message: str) -> str:
    """``message`` on one line, whatever it holds (a file name may contain a line break)."""
    return " ".join(message.replace("\r", "\n").split("\n"))
