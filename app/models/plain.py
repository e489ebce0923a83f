"""The inverse of `to_plain`: records back from plain JSON values, one compiled decoder per type.

The store (rows it wrote itself) and the exchange import (data from another organisation)
both turn plain values into records. Reading the type hints for every value made a 10 000-plan
export spend most of its time in `typing`; here the hints are read once per type and turned
into a small function, cached.

`strict` is for data from outside: an int must be an int, a str a str, a bool a bool, an
object an object; a TypeError says what was expected. The lenient form trusts our own columns
(booleans stored as 0/1). Domain rules run in the records' constructors either way.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from app.models.identity import PersonalNumber

T = TypeVar("T")
Decoder = Callable[[Any], Any]


@cache
def hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def strip_optional(tp: Any) -> Any:
    """`X | None` → `X`; anything else as it is."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def _checked(kind: type, name: str) -> Decoder:
    def check(value: Any) -> Any:
        # bool is an int subclass: an int field must not accept True.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TypeError(f"expected {name}")
        return value

    return check


def _personal_number(value: Any) -> PersonalNumber:
    return PersonalNumber.parse(value["digits"] if isinstance(value, dict) else value)


def _enum(cls: type[Enum]) -> Decoder:
    members = cls._value2member_map_  # the lookup `cls(value)` makes, without its overhead

    def member(value: Any) -> Any:
        try:
            return members[value]
        except (KeyError, TypeError):
            return cls(value)  # raises the usual ValueError for an unknown value

    return member


def _record(cls: type, strict: bool) -> Decoder:
    fields = {name: decoder(tp, strict) for name, tp in hints(cls).items()}

    def build(value: Any) -> Any:
        if strict and not isinstance(value, dict):
            raise TypeError(f"expected an object for {cls.__name__}")
        return cls(**{k: fields[k](v) for k, v in value.items() if k in fields})

    return build


def _inner(tp: Any, strict: bool) -> Decoder:
    if tp is PersonalNumber:
        return _personal_number
    if typing.get_origin(tp) is tuple:
        item = decoder(typing.get_args(tp)[0], strict)
        return lambda value: tuple(item(v) for v in value)
    if dataclasses.is_dataclass(tp):
        return _record(tp, strict)  # type: ignore[arg-type]
    if tp is datetime:
        return datetime.fromisoformat
    if tp is date:
        return date.fromisoformat
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _enum(tp)
    if tp is bool:
        return _checked(bool, "a boolean") if strict else bool
    if strict and tp is int:
        return _checked(int, "an integer")
    if strict and tp is str:
        return _checked(str, "a string")
    return unchanged


def unchanged(value: Any) -> Any:
    return value


@cache
def decoder(tp: Any, strict: bool = False) -> Decoder:
    """A function from a plain value to a value of type `tp` (None stays None)."""
    inner = _inner(strip_optional(tp), strict)
    if inner is unchanged:
        return unchanged  # most fields: no second call just to pass None through
    return lambda value: None if value is None else inner(value)


def from_plain(tp: Any, value: Any, strict: bool = False) -> Any:
    return decoder(tp, strict)(value)
