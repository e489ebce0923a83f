"""Record fields as typed FHIR extensions, and back: the meaning in the model, not in strings.

A field's type (the record's type hints) decides its extension:
  text → valueString; date → valueDate; datetime with a zone → valueDateTime; bool →
  valueBoolean; int → valueInteger; an enum → valueCoding in our CodeSystem for that enum
  (`code_system`); a structure (dataclass) → a complex extension whose sub-extensions are its
  fields, by name; a tuple → the extension repeated, once per item, in order.
Empty text, None and empty tuples are left out (FHIR has no empty values); an absent extension
reads back as the field's empty value ("", false, none, ()). docs/fhir/ publishes a
StructureDefinition for every extension and a CodeSystem for every enum, made from the same
walk over the types (`definitions.py` there; a test keeps them equal).

Bundles written before 2026-11 carry structures and lists as compact JSON in `valueString`
and enums as plain codes in `valueString`; they read back the same.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any

from app.models.identity import PersonalNumber
from app.models.plain import hints, strip_optional

CODE_SYSTEM_BASE = "https://egenvardsstod.se/fhir/CodeSystem"


def _zoned(value: str) -> bool:
    """An ISO time with a zone (…Z or …±hh:mm): a FHIR dateTime; without one it is not."""
    return "T" in value and (value.endswith("Z") or (value[-6:-5] in ("+", "-") and value[-3:-2] == ":"))


def kebab(name: str) -> str:
    """PlanKind → plan-kind."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def code_system(enum: type[Enum]) -> str:
    return f"{CODE_SYSTEM_BASE}/{kebab(enum.__name__)}"


def _is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, Enum)


def _item(t: Any) -> Any | None:
    """The item type of a tuple field, else None."""
    return typing.get_args(t)[0] if typing.get_origin(t) is tuple else None


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def encode(url: str, tp: Any, value: Any) -> list[dict[str, Any]]:
    """The extensions (none, one, or one per item) for a plain `value` of type `tp`."""
    return [] if _empty(value) else encoder(tp)(url, value)


Encoder = typing.Callable[[str, Any], list[dict[str, Any]]]


@functools.cache
def encoder(tp: Any) -> Encoder:
    """One function per type, made once (10 000 plans: reading the type hints per value cost
    more than the rest of the export). Called only with a value that is not empty."""
    t = strip_optional(tp)
    item = _item(t)
    if item is not None:
        one = encoder(item)
        return lambda url, value: [e for v in value if not _empty(v) for e in one(url, v)]
    if t is PersonalNumber:
        return lambda url, value: [{"url": url, "valueString": value["digits"] if isinstance(value, dict) else value}]
    if dataclasses.is_dataclass(t):
        return _structure(t)  # type: ignore[arg-type]
    if _is_enum(t):
        system = code_system(t)
        return lambda url, value: [{"url": url, "valueCoding": {"system": system, "code": str(value)}}]
    key = {bool: "valueBoolean", int: "valueInteger", date: "valueDate"}.get(t)
    if key is not None:
        return lambda url, value: [{"url": url, key: value}]
    if t is datetime:
        return lambda url, value: [{"url": url, "valueDateTime" if _zoned(value) else "valueString": value}]
    return _text


def _text(url: str, value: Any) -> list[dict[str, Any]]:
    if isinstance(value, str):
        return [{"url": url, "valueString": value}]
    return [{"url": url, "valueString": json.dumps(value, ensure_ascii=False, separators=(",", ":"))}]


def _structure(cls: type) -> Encoder:
    """A complex extension: one sub-extension per field, by name; all empty → none at all."""
    h = hints(cls)
    fields = [(f.name, encoder(h[f.name])) for f in dataclasses.fields(cls)]

    def encode_structure(url: str, value: Any) -> list[dict[str, Any]]:
        subs: list[dict[str, Any]] = []
        for name, enc in fields:
            v = value.get(name)
            if not _empty(v):
                subs += enc(name, v)
        return [{"url": url, "extension": subs}] if subs else []

    return encode_structure


_DEFAULT = object()  # an absent field that takes the record's own default (e.g. created_at: now)


@functools.cache
def empty_values(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    """What an absent field reads as, and the fields that must be present (required). Absent:
    text is "", a flag false, a list empty; a field with a default takes it (a partner's record
    without `created_at` was made now); otherwise none, and a field that cannot be none is
    required (a missing element, refused by name)."""
    absent: dict[str, Any] = {}
    required = set()
    h = hints(cls)
    for f in dataclasses.fields(cls):
        tp = h[f.name]
        t = strip_optional(tp)
        has_default = f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        if _item(t) is not None:
            absent[f.name] = []
        elif t is str:
            absent[f.name] = ""
        elif t is bool:
            absent[f.name] = False
        elif t is tp and has_default:
            absent[f.name] = _DEFAULT
        else:
            absent[f.name] = None
            if t is tp:  # not Optional: None is not a value, so absent is a missing element
                required.add(f.name)
    return absent, frozenset(required)


def _value(ext: dict[str, Any]) -> Any:
    for k, v in ext.items():
        if k.startswith("value"):
            return v
    return None


def decode(tp: Any, ext: dict[str, Any]) -> Any:
    """The plain value of one extension for a field of type `tp` (a tuple field's one item)."""
    return _decoder(tp)(ext)


@functools.cache
def _decoder(tp: Any) -> typing.Callable[[dict[str, Any]], Any]:
    """One function per type, made once (the type hints are read here, not per value)."""
    t = strip_optional(tp)
    if dataclasses.is_dataclass(t):

        def structure(ext: dict[str, Any]) -> Any:
            if "valueString" in ext:  # older bundles: the structure as JSON
                return json.loads(ext["valueString"])
            return read_named(t, ext.get("extension", []), "", others=False)  # type: ignore[arg-type]

        return structure
    numeric = _is_enum(t) and all(isinstance(m.value, int) for m in t)

    def value(ext: dict[str, Any]) -> Any:
        coding = ext.get("valueCoding")
        if coding is not None:
            return int(coding["code"]) if numeric else coding["code"]
        return _value(ext)

    return value


@functools.cache
def _fields(cls: type) -> dict[str, tuple[bool, typing.Callable[[dict[str, Any]], Any], Any]]:
    """Per field: is it a list, the decoder of one value (or item), the item type."""
    out = {}
    for name, tp in hints(cls).items():
        t = strip_optional(tp)
        item = _item(t)
        out[name] = (item is not None, _decoder(item if item is not None else t), item)
    return out


def _put(
    plain: dict[str, Any], name: str, many: bool, dec: typing.Callable[[dict[str, Any]], Any], item: Any, ext: dict
) -> None:
    """One extension's value into `plain`: a field, an item of a list, or a whole list in the
    older JSON-in-valueString form."""
    if not many:
        plain[name] = dec(ext)
    elif "valueString" in ext and _older_list(ext["valueString"], item):
        plain[name] = json.loads(ext["valueString"])
    else:
        plain.setdefault(name, []).append(dec(ext))


def read_named(cls: type, exts: list[dict[str, Any]], prefix: str, others: bool = True) -> dict:
    """The fields of `cls` found in `exts`, the absent ones read as empty; an extension's field
    name is its url after `prefix`. With `others`, an extension whose url does not start with
    `prefix` is someone else's and ignored; without, it is an unknown field (a structure's
    sub-extensions are named by the field alone). An unknown field name is a ValueError the
    caller names. The import reads 400 000 extensions for 10 000 plans, so the urls are looked
    up in a table made once per type and prefix, and the absent fields added after
    (tests/exchange/test_fast_paths.py holds it to a reading by name, extension by extension)."""
    urls = _urls(cls, prefix)
    plain: dict[str, Any] = {}
    for ext in exts:
        url = ext.get("url", "")
        found = urls.get(url) if isinstance(url, str) else None
        if found is None:
            if others and not (isinstance(url, str) and url.startswith(prefix)):
                continue
            raise ValueError(f"extension {str(url)[len(prefix) :]}")
        _put(plain, *found, ext)
    for name, value in _absent(cls):
        if name not in plain:
            plain[name] = value
    return plain


@functools.cache
def _urls(cls: type, prefix: str) -> dict[str, tuple[str, bool, typing.Callable[[dict[str, Any]], Any], Any]]:
    return {prefix + name: (name, *spec) for name, spec in _fields(cls).items()}


@functools.cache
def _absent(cls: type) -> tuple[tuple[str, Any], ...]:
    absent, _required = empty_values(cls)
    return tuple((k, v) for k, v in absent.items() if v is not _DEFAULT)


def _older_list(text: str, item: Any) -> bool:
    """A whole tuple as JSON text (bundles before 2026-11), not one text item."""
    if not text.startswith("["):
        return False
    try:
        return isinstance(json.loads(text), list)
    except ValueError:
        return False
