"""Why a bundle is refused: bad input (exit 2) or a publisher this installation does not trust
(exit 4). Messages are one line, written for the person importing: text from the bundle that they
quote is shown with its control characters escaped."""

from __future__ import annotations

from app.errors import AppError, BadInputError


def printable(message: str) -> str:
    """``message`` with every non-printable character (line breaks, controls) escaped."""
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message
    )


class BundleRefused(BadInputError):
    """The file is not a sound bundle, or applying it would be wrong; nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__(printable(message))


class UntrustedPublisher(AppError):
    """The bundle is intact but signed by a key this installation does not trust (or revoked)."""

    exit_code = 4

    def __init__(self, message: str) -> None:
        super().__init__(printable(message))
