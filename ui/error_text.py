"""The text of an error in the GUI's language: the message catalogue's template with the error's
parameters for a coded AppError, else its (English) message, else ``str(exc)``."""

from __future__ import annotations

from app.errors import AppError
from ui import locale_format


def error_text(exc: BaseException, lang: str | None = None) -> str:
    """What to show for ``exc`` in ``lang`` (default: the GUI's current language)."""
    if isinstance(exc, AppError):
        return exc.text(lang or locale_format.current_language())
    message = getattr(exc, "message", None)
    return message if isinstance(message, str) else str(exc)
