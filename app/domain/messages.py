"""The message catalogue (data/messages.yaml): what an expected error says, by code, in English and
Japanese, with ``{named}`` placeholders. Loaded once, on the first message rendered."""

from __future__ import annotations

import re
import string
import threading
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from pydantic import StrictStr, field_validator, model_validator

from app.domain.datafile import read_yaml, validate
from app.domain.localized import Strict
from app.errors import Listing, Message

KIND = "mdir-desk/messages"
CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")
SEPARATORS = {"ja": "、"}  # between the items of a Listing; English uses the listing's own


def placeholders(template: str) -> frozenset[str]:
    """The names of ``template``'s ``{named}`` placeholders; ValueError when one is not a plain name."""
    names = set()
    for _literal, field, _spec, _conversion in string.Formatter().parse(template):
        if field is None:
            continue
        if not field.isidentifier():
            raise ValueError(f"placeholder {{{field}}} is not a plain name")
        names.add(field)
    return frozenset(names)


class Template(Strict):
    en: StrictStr
    ja: StrictStr

    @field_validator("en", "ja")
    @classmethod
    def _well_formed(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is blank")
        if text != text.strip() or "\n" in text:
            raise ValueError("text is not one line without spaces around it")
        placeholders(text)  # raises on a broken placeholder
        return text

    @model_validator(mode="after")
    def _same_placeholders(self) -> Template:
        en, ja = placeholders(self.en), placeholders(self.ja)
        if en != ja:
            raise ValueError(f"the placeholders differ: en has {sorted(en)}, ja has {sorted(ja)}")
        return self


class MessageCatalogue(Strict):
    kind: StrictStr
    version: StrictStr
    messages: dict[StrictStr, Template]

    @field_validator("messages")
    @classmethod
    def _codes(cls, messages: dict[str, Template]) -> dict[str, Template]:
        for code in messages:
            if not CODE.fullmatch(code):
                raise ValueError(f"code '{code[:60]}' is not of the form area.name (a-z, 0-9, _)")
        return messages

    def template(self, code: str, lang: str) -> str:
        """The template of ``code`` in ``lang`` (English unless Japanese). KeyError when unknown."""
        entry = self.messages[code]
        return entry.ja if lang == "ja" else entry.en


def load_messages(path: Path) -> MessageCatalogue:
    """Read and check the message catalogue at ``path``; DataFileError when it is broken."""
    return validate(MessageCatalogue, read_yaml(path, KIND))


@cache
def catalogue() -> MessageCatalogue:
    """The shipped catalogue, loaded once."""
    from app.paths import data_dir

    return load_messages(data_dir() / "messages.yaml")


_state = threading.local()  # ``loading`` while this thread reads the catalogue


def render(code: str, params: Mapping[str, object], lang: str) -> str:
    """``code``'s template in ``lang`` with ``params`` filled in (nested messages and listings in
    the same language). When the catalogue itself cannot be read, the code and its parameters."""
    if getattr(_state, "loading", False):  # the catalogue is broken; its loader is saying so
        return _bare(code, params)
    _state.loading = True
    try:
        template = catalogue().template(code, lang)
    except Exception:
        return _bare(code, params)
    finally:
        _state.loading = False
    return template.format_map({name: _value(value, lang) for name, value in params.items()})


def _value(value: object, lang: str) -> object:
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, Listing):
        separator = SEPARATORS.get(lang, value.en_separator)
        return separator.join(str(_value(item, lang)) for item in value.items)
    return value


def _bare(code: str, params: Mapping[str, object]) -> str:
    shown = ", ".join(f"{name}={_value(value, 'en')!s}" for name, value in params.items())
    return f"{code} ({shown})" if shown else code
