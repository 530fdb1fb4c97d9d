"""Text in every language the product ships, and the base for strict data-file models."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, StrictStr, field_validator

Language = Literal["en", "ja"]
LANGUAGES: tuple[Language, ...] = ("en", "ja")


class Strict(BaseModel):
    """Frozen, refuses unknown keys: a typo in a data file is an error, not a silently ignored key."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class LocalizedText(Strict):
    """One text in English and Japanese; both are required and may not be blank."""

    en: StrictStr
    ja: StrictStr

    @field_validator("en", "ja")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value.strip()

    def get(self, lang: str) -> str:
        """The text in ``lang``; English for a language we do not ship."""
        return self.ja if lang == "ja" else self.en
