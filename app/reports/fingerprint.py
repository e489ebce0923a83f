"""A short fingerprint of a plan version's content, printed in the footer and the QR code.

It lets a reader compare a paper copy with the record: same fingerprint, same content.
The status is left out on purpose: a signed version that is later superseded or voided
is still the same content.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any

from app.models.common import to_plain
from app.models.plan import Plan

SHORT = 12
_EXCLUDED = {"status", "void_reason"}


def canonical(record: Any, exclude: frozenset[str] | set[str] = frozenset()) -> bytes:
    """Sorted-key compact JSON of a record's content; the models already NFC-normalise text."""
    body = {f.name: to_plain(getattr(record, f.name)) for f in dataclasses.fields(record) if f.name not in exclude}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def of_record(record: Any, exclude: frozenset[str] | set[str] = frozenset()) -> str:
    """Short fingerprint of any record (a deviation report, a summary's parts)."""
    return hashlib.sha256(canonical(record, exclude)).hexdigest()[:SHORT]


def full(plan: Plan) -> str:
    return hashlib.sha256(canonical(plan, _EXCLUDED)).hexdigest()


def short(plan: Plan) -> str:
    return full(plan)[:SHORT]
