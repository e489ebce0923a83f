"""Limits on the shape of bundle.json, checked in one streaming pass before anything is built.

ijson builds each entry as Python objects, and fhir.resources validates them recursively: a
30 000-deep array took 2.2 GB (ijson keeps the path to every level), 32 000 keys took 40 s, a
50 MB string was stored. Here the parser's events are only counted, so a bundle over a limit
is refused after reading no more of it than it takes to cross the limit, in memory bounded by
the largest allowed string. The limits are far above anything Egenvårdsstöd writes (depth 10,
about 30 keys per object, one entry per record) and far below what hurts.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import ijson

from app.exchange.errors import InvalidFhir, TooComplex


@dataclass(frozen=True)
class ShapeLimits:
    max_depth: int = 32
    max_keys: int = 500  # per object
    max_top_keys: int = 32  # the Bundle itself has 11 elements; each one after `entry` costs a pass
    max_items: int = 10_000  # per array, other than Bundle.entry
    max_entries: int = 300_000  # Bundle.entry: 10 000 plans make about 60 000
    max_string: int = 1_000_000  # characters; the models hold names and free text far shorter


SHAPE_LIMITS = ShapeLimits()

_OPEN = {"start_map": True, "start_array": False}
_CLOSE = frozenset(("end_map", "end_array"))
# ijson joins a string that spans reads once per read: 64 KiB reads made a 50 MB string take
# 26 s; with 8 MiB reads it takes a fraction of a second.
_BUF = 8 << 20


def check_shape(raw: bytes, limits: ShapeLimits = SHAPE_LIMITS) -> None:
    """Refuse bundle.json if it nests, branches or stretches past `limits`.

    The top object's `entry` array may hold `max_entries` items; every other array
    `max_items`. Events are counted, never kept: memory stays at one string."""
    counts: list[int] = []  # items (arrays) or keys (maps) so far, per open container
    is_map: list[bool] = []
    entry_at = -1  # the depth of Bundle.entry's array, once open
    last_key = ""
    try:
        for event, value in ijson.basic_parse(io.BytesIO(raw), buf_size=_BUF, use_float=True):
            if counts and not is_map[-1] and event not in _CLOSE and event != "map_key":
                counts[-1] += 1
                cap = limits.max_entries if len(counts) == entry_at else limits.max_items
                if counts[-1] > cap:
                    raise TooComplex(detail=f"en lista med fler än {cap} delar / a list of more than {cap} items")
            if event in _OPEN:
                if len(counts) >= limits.max_depth:
                    raise TooComplex(detail=f"djupare än {limits.max_depth} nivåer / deeper than {limits.max_depth}")
                if event == "start_array" and len(counts) == 1 and last_key == "entry":
                    entry_at = 2
                counts.append(0)
                is_map.append(_OPEN[event])
            elif event in _CLOSE:
                counts.pop()
                is_map.pop()
            elif event == "map_key":
                last_key = value
                counts[-1] += 1
                cap = limits.max_top_keys if len(counts) == 1 else limits.max_keys
                if counts[-1] > cap:
                    raise TooComplex(detail=f"fler än {cap} nycklar / more than {cap} keys")
                if len(value) > limits.max_string:
                    raise TooComplex(detail=_too_long(limits))
            elif event == "string" and len(value) > limits.max_string:
                raise TooComplex(detail=_too_long(limits))
    except (ijson.JSONError, UnicodeDecodeError, RecursionError):
        raise InvalidFhir(detail="bundle.json är inte JSON / is not JSON") from None


def _too_long(limits: ShapeLimits) -> str:
    return f"en text längre än {limits.max_string} tecken / a text longer than {limits.max_string} characters"
