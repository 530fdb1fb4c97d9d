"""Loading a YAML data file into a validated model, with one clear message when it is broken."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from app.errors import DataFileError

M = TypeVar("M", bound=BaseModel)
# libyaml's safe loader when the wheel has it (about 4x faster), else the pure-Python one.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
        raise DataFileError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    try:
        content = yaml.load(raw, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise DataFileError(str(path), f"not valid YAML{where}: {problem}") from None
    if not isinstance(content, dict):
        raise DataFileError(str(path), "expected a mapping at the top level")
    if content.get("kind") != kind:
        raise DataFileError(str(path), f"expected kind '{kind}', found {content.get('kind')!r}")
    return RawDataFile(path=path, content=content, sha256=hashlib.sha256(raw).hexdigest())


def validate(model: type[M], raw: RawDataFile) -> M:
    """Build ``model`` from the file's content, reporting the first problem by its place in the file."""
    try:
        return model.model_validate(raw.content)
    except ValidationError as exc:
        raise DataFileError(str(raw.path), describe_first_error(exc, raw.content)) from None


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
        message = f"unknown key '{err['loc'][-1]}'"
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
        parts.append(f".{step}" if parts else str(step))
    return "".join(parts)


def _item_label(item: Any) -> str | None:
    if isinstance(item, dict):
        for key in ("id", "code", "number", "value"):
            if key in item:
                return f"{key}={item[key]}"
    return None
