"""Writing a file so that a half-written one never appears: a temporary file beside it, then a rename."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from app.errors import BadInputError, Message


@contextlib.contextmanager
def atomic_binary(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that replaces ``path`` only when the ``with`` block ends without an exception."""
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise BadInputError(
            Message("common.cannot_write", path=path, reason=exc.strerror or exc)
        ) from None
    temp = Path(temp_name)
    try:
        with contextlib.suppress(OSError):
            os.chmod(temp, 0o644)  # mkstemp makes it private; an export is an ordinary file
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise BadInputError(
            Message("common.cannot_write", path=path, reason=exc.strerror or exc)
        ) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_text(path: Path, encoding: str = "utf-8-sig") -> Iterator[IO[str]]:
    """A text file (``newline=""``, for the csv module) written atomically to ``path``."""
    with atomic_binary(path) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="", write_through=False)
        try:
            yield text
        finally:
            text.flush()
            text.detach()
