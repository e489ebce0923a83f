"""One mapping between frozen dataclasses and table rows, driven by the type hints.

Scalars become columns (dates as ISO text, enums as their value, booleans as 0/1);
nested records and tuples become JSON. Every repository uses this instead of hand-written
conversions, so adding a field to a record needs no change here. The hints are read once per
record type (`_columns`): listing 100 000 rows must not ask `typing` a million questions.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

import orjson

from app.errors import ValidationError
from app.jsontext import compact
from app.models.identity import PersonalNumber
from app.models.limits import stored_records
from app.models.plain import decoder, hints, strip_optional, unchanged
from app.models.plain_out import plain

T = TypeVar("T")


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
        return _json(value)
    return value


@cache
def column_decoder(tp: Any) -> Callable[[Any], Any]:
    """Column value → field value for one type hint; nested records and tuples are JSON text."""
    inner = strip_optional(tp)
    if inner is PersonalNumber:
        convert: Callable[[Any], Any] = PersonalNumber  # our own column: validated when written
    elif typing.get_origin(inner) is tuple or dataclasses.is_dataclass(inner):
        plain = decoder(inner)
        convert = lambda text: plain(orjson.loads(text))  # noqa: E731  (our own JSON: 4× json.loads)
    else:
        convert = decoder(inner)  # handles None itself
        return convert
    return lambda value: None if value is None else convert(value)


def from_column(tp: Any, value: Any) -> Any:
    return column_decoder(tp)(value)


@cache
def _columns(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    return tuple((name, column_decoder(tp)) for name, tp in hints(cls).items())


def _json(value: Any) -> str:
    return compact(plain(value)).decode("utf-8")  # `to_plain`'s form, compiled per type (plain_out)


@cache
def column_encoder(tp: Any) -> Callable[[Any], Any]:
    """Field value → column value for one type hint (the inverse of `column_decoder`)."""
    inner = strip_optional(tp)
    if inner is PersonalNumber:
        encode: Callable[[Any], Any] = lambda v: v.digits  # noqa: E731
    elif inner is bool:
        encode = int
    elif isinstance(inner, type) and issubclass(inner, Enum):
        encode = lambda v: v._value_  # noqa: E731
    elif inner in (date, datetime):
        encode = lambda v: v.isoformat()  # noqa: E731
    elif typing.get_origin(inner) is tuple or dataclasses.is_dataclass(inner):
        encode = _json
    elif inner in (str, int, float):
        return unchanged
    else:
        return to_column  # anything else: decided by the value
    return lambda value: None if value is None else encode(value)


@cache
def _encoders(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    h = hints(cls)
    return tuple((f.name, column_encoder(h[f.name])) for f in dataclasses.fields(cls))


def to_row(obj: Any) -> dict[str, Any]:
    return {name: encode(getattr(obj, name)) for name, encode in _encoders(type(obj))}


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    try:
        return _revive(cls, row)
    except ValidationError:
        # A row written before a limit existed (a 10 000-character name, an ESC in a name)
        # still loads; the limits apply when it is next changed. Only this rare case pays for
        # the context switch.
        with stored_records():
            return _revive(cls, row)


def _revive(cls: type[T], row: dict[str, Any]) -> T:
    return cls(**{name: convert(row[name]) for name, convert in _columns(cls) if name in row})
