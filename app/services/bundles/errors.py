"""Why a bundle is refused: bad input (exit 2) or a publisher this installation does not trust
(exit 4). Messages are one line, written for the person importing: text from the bundle that they
quote is shown with its control characters escaped."""

from __future__ import annotations

from app.errors import AppError, BadInputError, Message


def printable(message: str) -> str:
    """``message`` with every non-printable character (line breaks, controls) escaped."""
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message
    )


def _printable(message: str | Message) -> str | Message:
    """``message`` with the text parameters (quoted from the bundle) made printable."""
    if isinstance(message, str):
        return printable(message)
    params = {k: printable(v) if isinstance(v, str) else v for k, v in message.params.items()}
    return Message(message.code, **params)


class BundleRefused(BadInputError):
    """The file is not a sound bundle, or applying it would be wrong; nothing was written."""

    def __init__(self, message: str | Message) -> None:
        super().__init__(_printable(message))


class UntrustedPublisher(AppError):
    """The bundle is intact but signed by a key this installation does not trust (or revoked)."""

    exit_code = 4

    def __init__(self, message: str | Message) -> None:
        super().__init__(_printable(message))
