"""Errors the program expects and explains to people (as opposed to bugs, which keep their traceback)."""

from __future__ import annotations


class AppError(Exception):
    """An expected failure with a message written for the person using the program.

    The CLI prints ``message`` as one line on stderr and exits with ``exit_code``; the GUI shows it calmly.
    """

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadInputError(AppError):
    """Something the user gave us (an argument, an answer, a file) is not acceptable. Exit 2."""

    exit_code = 2


class DataFileError(AppError):
    """A shipped or configured data file (question tree, classes, ...) is broken and was refused."""

    exit_code = 2

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class StorageError(AppError):
    """The database could not be opened or written; nothing was saved."""

    exit_code = 1


class AccessDeniedError(AppError):
    """Sign-in failed, the account is locked or inactive, or the person may not do this. Exit 4."""

    exit_code = 4


class PasswordChangeRequired(AccessDeniedError):
    """The password is right but was reset by an administrator or has expired: the person must
    choose a new one before doing anything else with it."""
