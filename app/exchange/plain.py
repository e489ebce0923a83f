"""Records as plain JSON values and back, and the content hash that detects changes.

The hash of a record's canonical JSON is what "the same version" means across
organisations: two databases holding equal records compute equal hashes.
"""

from __future__ import annotations

import hashlib
import typing
from typing import Any, TypeVar

from app import jsontext
from app.models.plain import from_plain as _from_plain
from app.models.plain import hints, strip_optional  # noqa: F401  (used by the FHIR mapping)
from app.models.plain_out import plain

T = TypeVar("T")


def from_plain(tp: Any, value: Any) -> Any:
    """The inverse of `to_plain` for data from another organisation: types are checked."""
    return _from_plain(tp, value, strict=True)


def record_from_plain(cls: type[T], data: dict[str, Any]) -> T:
    return typing.cast(T, from_plain(cls, data))


def canonical(value: Any) -> bytes:
    return jsontext.canonical(value)


def record_hash(record: Any) -> str:
    """SHA-256 of the record's canonical JSON: equal content, equal hash, on every machine.
    (`plain` is `to_plain` compiled per record type: an import hashes 61 000 records.)"""
    return plain_hash(plain(record))


def plain_hash(plain: Any) -> str:
    return hashlib.sha256(canonical(plain)).hexdigest()
