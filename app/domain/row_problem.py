"""A problem with one row of an imported file (devices, contacts): where it is and what it is.

The report files and the CLI show the English text (``message``, ``as_dict``); the GUI shows the
coded ``problem`` in its own language (``text``).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import Message


@dataclass(frozen=True, slots=True)
class RowProblem:
    """An error or warning: spreadsheet ``row`` number, ``column`` as named in the file (``""``
    when it concerns no single column), ``problem`` as a coded message."""

    row: int
    column: str
    problem: Message

    @property
    def message(self) -> str:
        """The problem in English, as reports and the CLI give it."""
        return self.problem.render("en")

    def text(self, lang: str) -> str:
        """The problem in ``lang``."""
        return self.problem.render(lang)

    def as_dict(self) -> dict[str, object]:
        """``{"row", "column", "message"}`` with the English message (the JSON of reports)."""
        return {"row": self.row, "column": self.column, "message": self.message}

    def describe(self) -> str:
        """ "Column: message" in English (just the message when it concerns no single column)."""
        return f"{self.column}: {self.message}" if self.column else self.message
