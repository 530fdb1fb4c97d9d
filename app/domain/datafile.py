"""Loading a YAML data file into a validated model, with one clear message when it is broken."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from app.errors import DataFileError, Message

M = TypeVar("M", bound=BaseModel)
# libyaml's safe loader when the wheel has it (about 4x faster), else the pure-Python one.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_MESSAGE_CHARS = 300  # a problem quoting text from the file is cut to this length


@dataclass(frozen=True)
class RawDataFile:
    path: Path
    content: Any
    sha256: str


def read_yaml(path: Path, kind: str) -> RawDataFile:
    """Read ``path`` as YAML and check its ``kind``; any problem becomes a DataFileError."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataFileError(
            str(path), Message("datafile.cannot_read", reason=exc.strerror or exc)
        ) from None
    try:
        content = yaml.load(raw, Loader=_SAFE_LOADER)
    except yaml.reader.ReaderError as exc:  # not UTF-8/UTF-16, or control characters
        raise DataFileError(
            str(path), Message("datafile.not_valid_yaml_text", unreadable=_unreadable(exc))
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        message = (
            Message(
                "datafile.not_valid_yaml_at",
                line=mark.line + 1,
                column=mark.column + 1,
                problem=problem,
            )
            if mark
            else Message("datafile.not_valid_yaml", problem=problem)
        )
        raise DataFileError(str(path), message) from None
    except RecursionError:  # only the pure-Python loader recurses; libyaml stops at depth 1000
        raise DataFileError(str(path), Message("datafile.not_valid_yaml_nested")) from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. 2026-02-30, a 5000-digit number
        raise DataFileError(
            str(path), Message("datafile.not_valid_yaml_value", reason=exc)
        ) from None
    if not isinstance(content, dict):
        raise DataFileError(str(path), Message("datafile.expected_mapping_top_level"))
    if content.get("kind") != kind:
        raise DataFileError(
            str(path),
            Message("datafile.expected_kind_found", kind=kind, found=_brief(content.get("kind"))),
        )
    return RawDataFile(path=path, content=content, sha256=hashlib.sha256(raw).hexdigest())


def _unreadable(exc: yaml.reader.ReaderError) -> str:
    char = exc.character
    code = ord(char) if isinstance(char, str) and len(char) == 1 else char
    where = f"0x{code:02x} at offset {exc.position}" if isinstance(code, int) else "offset"
    return f"{exc.reason} ({where}); data files are UTF-8"


def _brief(value: Any, limit: int = 60) -> str:
    """A value from the file for a message: scalars on one line and cut short, containers by kind
    only (a YAML alias can make a tiny file hold a structure far too large to print)."""
    if isinstance(value, str):
        text = " ".join(value.split())
        return repr(text if len(text) <= limit else text[:limit] + "...")
    if isinstance(value, int) and value.bit_length() > 200:
        return "a very large number"
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    return {dict: "a mapping", list: "a list"}.get(type(value), f"a {type(value).__name__}")


def validate(model: type[M], raw: RawDataFile) -> M:
    """Build ``model`` from the file's content, reporting the first problem by its place in the file."""
    try:
        return model.model_validate(raw.content)
    except ValidationError as exc:
        problem = describe_first_error(exc, raw.content)
        if len(problem) > MAX_MESSAGE_CHARS:
            problem = problem[:MAX_MESSAGE_CHARS] + "..."
        raise DataFileError(
            str(raw.path), Message("datafile.invalid", problem=" ".join(problem.split()))
        ) from None


def describe_first_error(exc: ValidationError, content: Any) -> str:
    err = exc.errors(include_url=False)[0]
    where = _describe_location(err["loc"], content)
    kind = err["type"]
    if kind == "missing":
        field = err["loc"][-1] if err["loc"] else "?"
        message = f"missing '{field}'"
        if field in ("en", "ja"):
            message = f"missing the '{field}' text"
        where = _describe_location(err["loc"][:-1], content)
    elif kind == "extra_forbidden":
        message = f"unknown key {_brief(err['loc'][-1])}"
        where = _describe_location(err["loc"][:-1], content)
    elif kind == "string_type" and isinstance(err.get("input"), bool):
        message = 'expected text but found a yes/no value: write it in quotes, e.g. "yes"'
    else:
        message = str(err["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def _describe_location(loc: tuple[Any, ...], content: Any) -> str:
    """Render a pydantic location, naming list items by their id, code or number when they have one."""
    parts: list[str] = []
    node = content
    for step in loc:
        if isinstance(step, int) and isinstance(node, list) and step < len(node):
            node = node[step]
            label = _item_label(node)
            parts.append(f"[{label}]" if label else f"[{step}]")
            continue
        node = node.get(step) if isinstance(node, dict) else None
        name = step if isinstance(step, str) and len(step) <= 60 else _brief(step)
        parts.append(f".{name}" if parts else str(name))
    return "".join(parts)


def _item_label(item: Any) -> str | None:
    if isinstance(item, dict):
        for key in ("id", "code", "number", "value"):
            if key in item:
                value = item[key]
                shown = value if isinstance(value, str) and len(value) <= 60 else _brief(value)
                return f"{key}={shown}"
    return None
