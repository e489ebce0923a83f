"""The import's fast paths give what the general ones give (issue 13, the import's speed): the
entries of our layout read with orjson (`entries._Text.value`) are the entries the standard
library's parser reads, whatever the layout, the pieces and the numbers."""

from __future__ import annotations

import io
import json
import math
from typing import Any

import pytest

from app.exchange import entries
from app.exchange.entries import NotOurs, iter_entries


def _read(text: str | bytes, piece: int = 1 << 20) -> Any:
    data = io.BytesIO(text.encode() if isinstance(text, str) else text)
    return lambda _n: data.read(piece)


def _standard_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many entries the standard parser read (the rest orjson read)."""
    count = [0]
    standard = entries._Text._standard

    def counted(self: Any) -> Any:
        count[0] += 1
        return standard(self)

    monkeypatch.setattr(entries._Text, "_standard", counted)
    return count


def test_a_bundle_of_ours_is_read_by_orjson_as_the_standard_parser_reads_it(
    small_bundle: tuple[bytes, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, _records = small_bundle
    standard = _standard_reads(monkeypatch)
    start = raw.index(b'"entry":[') + len(b'"entry":')
    got = list(iter_entries(_read(raw[start:-1])))
    want = json.loads(raw)["entry"]
    assert len(got) == len(want) > 20
    assert got == want
    assert standard[0] == 1  # the last entry: no entry follows it to say where it ends


# Entries that look like ours to the search for `,{"fullUrl":"` but are not split there.
NESTED = '{"fullUrl":"a","resource":{"x":[1,{"fullUrl":"b","n":2}],"y":"Åsa ,{\\"fullUrl\\":\\"c"}}'
TRICKY = [
    f'[{NESTED},{{"fullUrl":"d"}}]',  # the beginning of an entry inside an entry
    '[{"fullUrl":"a"},{"fullUrl":"b","n":123456789012345678901234567890},{"fullUrl":"c"}]',
    '[{"fullUrl":"a","n":-9223372036854775809},{"fullUrl":"b"}]',  # beyond 64 bits: an int still
    '[{"fullUrl":"a","f":-1.5e3,"g":1e-400,"h":0.1},{"fullUrl":"b"}]',
    '[ {"fullUrl":"a"} ,\n {"fullUrl":"b"}\n]',  # another writer's whitespace
    "[" + ",".join(f'{{"resource":{{"id":"{i}"}},"fullUrl":"u{i}"}}' for i in range(30)) + "]",  # not our order
    '[{"fullUrl":"ä"},{"fullUrl":"€😀","t":"\\u00e5\\n"},7,"x",{"fullUrl":"z"}]',
]


@pytest.mark.parametrize("piece", [1, 3, 7, 64, 1 << 20])
@pytest.mark.parametrize("text", TRICKY)
def test_entries_are_what_the_standard_parser_reads(text: str, piece: int) -> None:
    got = list(iter_entries(_read(text, piece)))
    assert got == json.loads(text)
    assert repr(got) == repr(json.loads(text))  # an int stays an int, -0.0 stays -0.0


def test_numbers_written_out_by_hand() -> None:
    got = list(iter_entries(_read(TRICKY[1])))
    assert got[1]["n"] == 123456789012345678901234567890 and type(got[1]["n"]) is int
    assert next(iter_entries(_read(TRICKY[2])))["n"] == -9223372036854775809
    big = list(iter_entries(_read('[{"fullUrl":"a","f":1e400},{"fullUrl":"b"}]')))
    assert math.isinf(big[0]["f"])  # as the standard parser reads it (the schema then refuses it)


@pytest.mark.parametrize(
    "text",
    [
        '[{"fullUrl":"a","n":NaN},{"fullUrl":"b"}]',
        '[{"fullUrl":"a","t":"\\ud800"},{"fullUrl":"b"}]',
        '[{"fullUrl":"a","t":"\xff"},{"fullUrl":"b"}]',
        '[{"fullUrl":"a",},{"fullUrl":"b"}]',
        '[{"fullUrl":"a"} x,{"fullUrl":"b"}]',
    ],
)
def test_what_neither_parser_takes_is_left_to_the_general_reading(text: str) -> None:
    data = text.encode("latin-1") if "\xff" in text else text.encode()
    with pytest.raises(NotOurs):
        list(iter_entries(_read(data)))


def test_another_layout_stops_the_search_after_a_few_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entries, "_SEARCH", 64)
    text = "[" + ",\n".join(f'{{"resource":{{"id":"{i}","t":"{"x" * 80}"}}}}' for i in range(100)) + "]"
    found = []
    searched = entries._Text.value

    def value(self: Any) -> Any:
        found.append(self._misses)
        return searched(self)

    monkeypatch.setattr(entries._Text, "value", value)
    assert list(iter_entries(_read(text))) == json.loads(text)
    assert max(found) == entries._MISSES
