"""app.jsontext writes the bytes the standard library wrote: a content hash computed here must
equal the one a partner's older version computed from the same record."""

from __future__ import annotations

import dataclasses
import hashlib
import typing

import pytest

from app import jsontext
from app.exchange.records import KINDS
from app.models.plain import hints


def _every_character() -> list[str]:
    """Every Unicode scalar value, in texts of 4 096 characters (surrogates cannot be encoded)."""
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    return ["".join(chars[i : i + 4096]) for i in range(0, len(chars), 4096)]


def test_every_character_is_written_as_the_standard_library_wrote_it() -> None:
    for text in _every_character():
        value = {"b": text, "a": [text, 1, True, None]}
        e = _escaped(text)
        assert jsontext.compact(value).decode("utf-8") == '{"b":"' + e + '","a":["' + e + '",1,true,null]}'
        assert jsontext.canonical(value).decode("utf-8") == '{"a":["' + e + '",1,true,null],"b":"' + e + '"}'


def _escaped(text: str) -> str:
    """JSON's escapes as the standard library writes them with ensure_ascii=False, spelt out here:
    the two-character ones, then \\u00XX in lower case for the other controls; nothing else."""
    short = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
    return "".join(short.get(c) or (f"\\u{ord(c):04x}" if ord(c) < 0x20 else c) for c in text)


def test_known_hashes_stay() -> None:
    """Hashes of fixed values, as the standard library's encoder made them (written down once)."""
    value = {"namn": "Åsa Öberg", "id": "p-1", "n": 3, "ja": False, "lista": ["é", "\u0007"], "tom": None}
    assert jsontext.canonical(value) == (
        b'{"id":"p-1","ja":false,"lista":["\xc3\xa9","\\u0007"],"n":3,"namn":"\xc3\x85sa \xc3\x96berg","tom":null}'
    )
    assert hashlib.sha256(jsontext.canonical({"a": "b"})).hexdigest() == (
        "db4a7ecb114bc66c623a06c4ff6fe8daa2f49cc270ebbf7a1f81e22ab061c837"
    )


def test_what_orjson_refuses_is_written_by_the_standard_library() -> None:
    assert jsontext.compact({"n": 2**70}) == b'{"n":1180591620717411303424}'
    assert jsontext.canonical({2: "x", 1: "y"}) == b'{"1":"y","2":"x"}'
    with pytest.raises(UnicodeEncodeError):  # a lone surrogate was never written, and is not now
        jsontext.compact("\ud800")


def _types_within(tp: typing.Any, seen: set[type]) -> typing.Iterator[typing.Any]:
    yield tp
    for arg in typing.get_args(tp):
        yield from _types_within(arg, seen)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type) and tp not in seen:
        seen.add(tp)
        for field_type in hints(tp).values():
            yield from _types_within(field_type, seen)


def test_no_exchanged_record_holds_a_float() -> None:
    """orjson writes floats unlike the standard library (1e-5, not 1e-05): a float field in an
    exchanged record would change its content hash between versions."""
    seen: set[type] = set()
    found = [cls.__name__ for cls, _attr in KINDS.values() for tp in _types_within(cls, seen) if tp is float]
    assert found == []
    assert len(seen) > 15  # the walk reached the nested records, not only the top ones
