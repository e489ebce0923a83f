"""Records as plain JSON values and back, and the content hash that detects changes.

The hash of a record's canonical JSON is what "the same version" means across
organisations: two databases holding equal records compute equal hashes.
"""

from __future__ import annotations

import dataclasses
import hashlib
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
def hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def strip_optional(tp: Any) -> Any:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def from_plain(tp: Any, value: Any) -> Any:
    """The inverse of `to_plain` for one type hint; domain validation runs in the constructors."""
    tp = strip_optional(tp)
    if value is None:
        return None
    if tp is PersonalNumber:
        return PersonalNumber.parse(value["digits"] if isinstance(value, dict) else value)
    if typing.get_origin(tp) is tuple:
        inner = typing.get_args(tp)[0]
        return tuple(from_plain(inner, v) for v in value)
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise TypeError(f"expected an object for {tp.__name__}")
        h = hints(tp)
        return tp(**{k: from_plain(h[k], v) for k, v in value.items() if k in h})
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is date:
        return date.fromisoformat(value)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    if tp is bool:
        if not isinstance(value, bool):
            raise TypeError("expected a boolean")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("expected an integer")
        return value
    if tp is str and not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def record_from_plain(cls: type[T], data: dict[str, Any]) -> T:
    return typing.cast(T, from_plain(cls, data))


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def record_hash(record: Any) -> str:
    """SHA-256 of the record's canonical JSON: equal content, equal hash, on every machine."""
    return hashlib.sha256(canonical(to_plain(record))).hexdigest()
