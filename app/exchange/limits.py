"""Limits on the shape of bundle.json, checked in one streaming pass before anything is built.

ijson builds each entry as Python objects, and the validation walks them recursively: a
30 000-deep array took 2.2 GB (ijson keeps the path to every level), 32 000 keys took 40 s, a
50 MB string was stored. Here the parser's events are only counted, so a bundle over a limit
is refused after reading no more of it than it takes to cross the limit, in memory bounded by
the largest allowed string. The limits are far above anything Egenvårdsstöd writes (depth 10,
about 30 keys per object, one entry per record) and far below what hurts.
A large bundle in our layout is read without this pass (`entries.py`: the C parser keeps no
paths and stops at the recursion limit); its validating process holds each entry to the same
limits before validating it.
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

# Bytes per read. ijson joins a string that spans reads once per read (64 KiB reads made a 50 MB
# string take 26 s), and it turns each read into all of its events before the first is seen
# (8 MiB of `{},` became 300 MB of events). 1 MiB keeps both small.
_BUF = 1 << 20


def check_shape(raw: bytes, limits: ShapeLimits = SHAPE_LIMITS) -> None:
    """Refuse bundle.json if it nests, branches or stretches past `limits`.

    The top object's `entry` array may hold `max_entries` items; every other array
    `max_items`. Events are counted, never kept: memory stays at one string. The loop is the
    import's one pass over every event (6.7 million for 10 000 plans), so it is kept lean:
    the most frequent events first, the open container's limit in a local."""
    counts: list[int] = []  # per open container: its keys or items so far
    frames: list[tuple[bool, int]] = []  # per open container: (is an array, its limit)
    in_array, cap, last_key = False, 0, ""
    try:
        for event, value in ijson.basic_parse(io.BytesIO(raw), buf_size=_BUF, use_float=True):
            if event == "map_key":
                counts[-1] += 1
                if counts[-1] > cap:
                    raise TooComplex(detail=f"fler än {cap} nycklar / more than {cap} keys")
                if len(value) > limits.max_string:
                    raise TooComplex(detail=_too_long(limits))
                last_key = value
                continue
            if in_array and event[0] != "e":  # a value in an array (not its end): one more item
                counts[-1] += 1
                if counts[-1] > cap:
                    raise TooComplex(detail=f"en lista med fler än {cap} delar / a list of more than {cap} items")
            if event == "string":
                if len(value) > limits.max_string:
                    raise TooComplex(detail=_too_long(limits))
            elif event[0] == "s":  # start_map, start_array
                if len(counts) >= limits.max_depth:
                    raise TooComplex(detail=f"djupare än {limits.max_depth} nivåer / deeper than {limits.max_depth}")
                in_array = event == "start_array"
                if in_array:
                    entries = len(counts) == 1 and last_key == "entry"
                    cap = limits.max_entries if entries else limits.max_items
                else:
                    cap = limits.max_keys if counts else limits.max_top_keys
                counts.append(0)
                frames.append((in_array, cap))
            elif event[0] == "e":  # end_map, end_array
                counts.pop()
                frames.pop()
                in_array, cap = frames[-1] if frames else (False, 0)
    except (ijson.JSONError, UnicodeDecodeError, RecursionError):
        raise InvalidFhir(detail="bundle.json är inte JSON / is not JSON") from None


def _too_long(limits: ShapeLimits) -> str:
    return f"en text längre än {limits.max_string} tecken / a text longer than {limits.max_string} characters"
