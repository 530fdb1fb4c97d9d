"""Errors the program expects and explains to people (as opposed to bugs, which keep their traceback).

An error is raised with a :class:`Message`: a code of the message catalogue (``data/messages.yaml``)
and its parameters. ``message`` is the English text (what the CLI prints); :meth:`AppError.text`
gives it in another language (what the GUI shows).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class Message:
    """A catalogue code with its named parameters, rendered in a language on demand.

    A parameter may itself be a :class:`Message` (a clause rendered in the same language) or a
    :class:`Listing` (items joined the way the language joins them).
    """

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params: Mapping[str, object] = params

    def render(self, lang: str = "en") -> str:
        """The text in ``lang`` (English for a language the catalogue does not hold)."""
        from app.domain.messages import render  # lazily: the catalogue loads on first use

        return render(self.code, self.params, lang)

    def __repr__(self) -> str:
        return f"Message({self.code!r}, **{dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash(self.code)


class Listing:
    """Items shown as one list: ``", "`` between them in English (or ``en_separator``), ``"、"`` in
    Japanese. Items may be messages."""

    __slots__ = ("en_separator", "items")

    def __init__(self, items: Iterable[object], en_separator: str = ", ") -> None:
        self.items = tuple(items)
        self.en_separator = en_separator

    def __repr__(self) -> str:
        return f"Listing({self.items!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Listing) and (self.items, self.en_separator) == (
            other.items,
            other.en_separator,
        )

    def __hash__(self) -> int:
        return hash(self.items)


class AppError(Exception):
    """An expected failure with a message written for the person using the program.

    The CLI prints ``message`` (English, one line) on stderr and exits with ``exit_code``; the GUI
    shows :meth:`text` in its language, calmly. ``code`` and ``params`` are the catalogue code and
    parameters (``None`` and ``{}`` for an error raised with plain text).
    """

    exit_code = 1

    def __init__(self, message: str | Message) -> None:
        if isinstance(message, Message):
            self.code: str | None = message.code
            self.params: Mapping[str, object] = message.params
            text = message.render("en")
        else:
            self.code = None
            self.params = {}
            text = message
        super().__init__(text)
        self.message = text

    def text(self, lang: str) -> str:
        """The message in ``lang``: the catalogue's text with the parameters filled in."""
        if self.code is None:
            return self.message
        return Message(self.code, **self.params).render(lang)


class BadInputError(AppError):
    """Something the user gave us (an argument, an answer, a file) is not acceptable. Exit 2."""

    exit_code = 2


class DataFileError(AppError):
    """A shipped or configured data file (question tree, classes, ...) is broken and was refused.

    ``problem`` is the English description; ``code`` and ``params`` are those of the problem (the
    message is ``"{path}: {problem}"`` in every language).
    """

    exit_code = 2

    def __init__(self, path: str, problem: str | Message) -> None:
        self._problem = problem
        english = problem.render("en") if isinstance(problem, Message) else problem
        super().__init__(f"{path}: {english}")
        if isinstance(problem, Message):
            self.code, self.params = problem.code, problem.params
        self.path = path
        self.problem = english

    def text(self, lang: str) -> str:
        """``path: problem`` with the problem in ``lang``."""
        if isinstance(self._problem, Message):
            return f"{self.path}: {self._problem.render(lang)}"
        return self.message


class StorageError(AppError):
    """The database could not be opened or written; nothing was saved."""

    exit_code = 1


class AccessDeniedError(AppError):
    """Sign-in failed, the account is locked or inactive, or the person may not do this. Exit 4."""

    exit_code = 4


class PasswordChangeRequired(AccessDeniedError):
    """The password is right but was reset by an administrator or has expired: the person must
    choose a new one before doing anything else with it."""
