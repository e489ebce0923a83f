"""One mapping between frozen dataclasses and table rows, driven by the type hints.

Scalars become columns (dates as ISO text, enums as their value, booleans as 0/1);
nested records and tuples become JSON. Every repository uses this instead of hand-written
conversions, so adding a field to a record needs no change here.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from app.models.common import to_plain
from app.models.identity import PersonalNumber

T = TypeVar("T")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _strip_optional(tp: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def _from_plain(tp: Any, value: Any) -> Any:
    tp, _ = _strip_optional(tp)
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin is tuple:
        inner = typing.get_args(tp)[0]
        return tuple(_from_plain(inner, v) for v in value)
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{k: _from_plain(hints[k], v) for k, v in value.items() if k in hints})
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is date:
        return date.fromisoformat(value)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    if tp is bool:
        return bool(value)
    return value


def to_column(value: Any) -> Any:
    if isinstance(value, PersonalNumber):
        return value.digits
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) or isinstance(value, tuple | list):
        return json.dumps(to_plain(value), ensure_ascii=False, separators=(",", ":"))
    return value


def from_column(tp: Any, value: Any) -> Any:
    tp, _ = _strip_optional(tp)
    if value is None:
        return None
    if tp is PersonalNumber:
        return PersonalNumber(value)
    if typing.get_origin(tp) is tuple or dataclasses.is_dataclass(tp):
        return _from_plain(tp, json.loads(value))
    return _from_plain(tp, value)


def to_row(obj: Any) -> dict[str, Any]:
    return {f.name: to_column(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    hints = _hints(cls)
    return cls(**{name: from_column(hints[name], row[name]) for name in hints if name in row})
