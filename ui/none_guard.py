"""A guard against a reference-counting fault of PySide6 6.12.0 on CPython 3.11.

Measured here: each call into PySide6 that returns None (``QLabel.setText``,
``QObject.setObjectName``, item setters, ...) takes one reference from ``None`` without giving it
back. After as many calls as ``None`` had references (a few thousand), the interpreter aborts with
"Fatal Python error: none_dealloc: deallocating None" — in a long session, or at exit. From
CPython 3.12 on, ``None`` is immortal (PEP 683) and the fault is harmless; PySide6 6.11.3 does not
have it, but the QtPdf wheel exists only for 6.12.

The same fault reaches ``True`` and ``False``: a run of the 490 GUI tests in one process aborted at
exit with "Fatal Python error: bool_dealloc: deallocating True or False" (not yet pinned to one
call: the per-test counts move both ways as widgets holding booleans are freed).

The guard gives ``None``, ``True`` and ``False`` an extra 2**60 references once, at import of
``ui``: at a million calls a second that lasts some 36,000 years. It changes nothing else (their
counts are never read by the program). Remove it when the requirement is CPython 3.12+ (where they
are immortal, PEP 683) or PySide6 fixes the fault.
"""

from __future__ import annotations

import ctypes
import sys

SPARE_REFERENCES = 1 << 60


GUARDED = (None, True, False)


def protect_none() -> bool:
    """Add the spare references to ``None``, ``True`` and ``False`` (once); True when they were
    added now."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > SPARE_REFERENCES:
        return False
    for singleton in GUARDED:
        # The reference count is the first field (Py_ssize_t) of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += SPARE_REFERENCES
    return True
