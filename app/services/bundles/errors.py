"""Why a bundle is refused: bad input (exit 2) or a publisher this installation does not trust
(exit 4). Messages are one line, written for the person importing."""

from __future__ import annotations

from app.errors import AppError, BadInputError


class BundleRefused(BadInputError):
    """The file is not a sound bundle, or applying it would be wrong; nothing was written."""


class UntrustedPublisher(AppError):
    """The bundle is intact but signed by a key this installation does not trust (or revoked)."""

    exit_code = 4
