"""The import's fast paths give what the general ones give (issue 13, the import's speed): the
entries of our layout read with orjson (`entries._Text.value`) are the entries the standard
library's parser reads, whatever the layout, the pieces and the numbers; the validating process
leaves the same entries to the general reading; `plain_out.plain` is `to_plain`."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import math
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from app.exchange import entries, fhir, fhir_ext
from app.exchange.entries import NotOurs, iter_entries
from app.exchange.errors import InvalidFhir
from app.exchange.fhir_kinds import SD, TAG_SYSTEM
from app.exchange.limits import TooComplex, check_shape
from app.exchange.plain import canonical
from app.exchange.records import KINDS
from app.models.common import Practitioner, Profession, Role, to_plain
from app.models.plain import from_plain, hints, strip_optional
from app.models.plain_out import plain
from app.models.plan import PlanStatus


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


# The validating process holds each entry to the shape limits on the schema's walk itself (and
# walks the whole entry where that walk stops short): the same entries are left to the general
# reading as when every entry was walked on its own first.
def _deep_extension(levels: int) -> dict[str, Any]:
    ext: dict[str, Any] = {"url": "u", "valueString": "x"}
    for _ in range(levels - 1):
        ext = {"url": "u", "extension": [ext]}
    return ext


def _references(objects: int) -> dict[str, Any]:
    """A Reference of `objects` objects, one in the other: Reference.identifier.assigner…"""
    kinds = ["identifier" if i % 2 == 0 else "assigner" for i in range(objects - 1)]
    node: dict[str, Any] = {"display": "x"} if len(kinds) % 2 == 0 else {"value": "x"}
    for key in reversed(kinds):
        node = {key: node}
    return node


def _patient(**members: Any) -> str:
    return json.dumps({"fullUrl": "urn:uuid:p", "resource": {"resourceType": "Patient", "id": "p", **members}})


LIMITED = [
    # (entry, within the limits): levels are counted from the Bundle (1) and its entry array (2)
    # Bundle, entry array, entry, resource, then an array and an object per extension: 4 + 2 × 14 = 32
    (_patient(extension=[_deep_extension(14)]), True),
    (_patient(extension=[_deep_extension(15)]), False),
    (_patient(extension=[{"url": "u", "extension": [_deep_extension(14)]}]), False),
    (_patient(identifier=[{"value": "1"}] * 10_000), True),
    (_patient(identifier=[{"value": "1"}] * 10_001), False),
    (_patient(name=[{"given": ["a"] * 10_001}]), False),  # a list of texts
    (_patient(bogus=1, identifier=[{"value": "1"}] * 10_001), False),  # the walk stops at `bogus`
    (_patient(**{f"k{i}": 1 for i in range(501)}), False),
    # … then an object, its valueReference the 7th container: 26 objects to 32, 27 to 33
    (_patient(extension=[{"url": "u", "valueReference": _references(26)}]), True),
    (_patient(extension=[{"url": "u", "valueReference": _references(27)}]), False),
    (_patient(contact=[{"name": {"given": ["x"], **{f"k{i}": 1 for i in range(500)}}}]), False),
    (_patient(text={"status": "generated", "div": [[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]}), False),
    (_patient(text={"status": "generated", "div": [[1]]}), True),  # xhtml takes anything: the schema decides
    (
        json.dumps({"fullUrl": "u", "search": {"a": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}),
        False,
    ),
    (json.dumps({"fullUrl": "u", "resource": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}), False),
]


@pytest.mark.parametrize(("entry", "limited"), LIMITED)
def test_the_validating_process_leaves_the_same_entries_to_the_general_reading(entry: str, limited: bool) -> None:
    bundle = '{"resourceType":"Bundle","type":"collection","entry":[' + entry + "]}"
    head = {"resourceType": "Bundle", "type": "collection"}
    if limited:
        check_shape(bundle.encode())
        with contextlib.suppress(InvalidFhir):  # refused by the schema, not left to the general reading
            fhir.check_entries(head, io.BytesIO(("[" + entry + "]").encode()))
    else:
        with pytest.raises(TooComplex):
            check_shape(bundle.encode())
        with pytest.raises(NotOurs):
            fhir.check_entries(head, io.BytesIO(("[" + entry + "]").encode()))


def test_plain_is_to_plain_for_every_record_of_a_bundle(small_bundle: tuple[bytes, Any]) -> None:
    _raw, records = small_bundle
    kinds = set()
    for kind, record in records.items():
        assert repr(plain(record)) == repr(to_plain(record)), kind  # repr: an enum member is no text
        assert canonical(plain(record)) == canonical(to_plain(record)), kind
        kinds.add(kind)
    assert {"person", "assessment", "plan", "review", "deviation"} <= kinds


def test_plain_of_values_written_out_by_hand() -> None:
    nurse = Practitioner("Åsa Öberg", "Sjuksköterska", "Region", role=Role.LICENSED, profession=Profession.NURSE)
    written = {
        "name": "Åsa Öberg",
        "title": "Sjuksköterska",
        "organisation": "Region",
        "unit": "",
        "role": "nurse",
        "profession": "nurse",
        "school_health": False,
    }
    assert repr(plain(nurse)) == repr(written)  # hsa_id (hash version 2) left out at its default
    assert plain(Practitioner("Åsa Öberg", hsa_id="SE2321000131-P000000123457"))["hsa_id"] == (
        "SE2321000131-P000000123457"
    )
    made = plain((date(2026, 1, 2), [PlanStatus.SIGNED, 3, None], "x"))
    assert repr(made) == repr(["2026-01-02", ["signed", 3, None], "x"])


def test_a_value_other_than_its_hint_is_made_as_to_plain_makes_it(small_bundle: tuple[bytes, Any]) -> None:
    plan = small_bundle[1].plans[0]
    object.__setattr__(plan := copy.copy(plan), "reassessment_on", PlanStatus.ENDED)  # a hint says date
    assert repr(plain(plan)) == repr(to_plain(plan)) and plain(plan)["reassessment_on"] == "ended"
    nurse = from_plain(Practitioner, {"name": "Åsa"})
    object.__setattr__(nurse, "title", PlanStatus.SIGNED)  # a hint says str; an enum member it is
    object.__setattr__(nurse, "unit", (date(2026, 1, 2),))
    assert repr(plain(nurse)) == repr(to_plain(nurse))
    assert plain(nurse)["title"] == "signed" and plain(nurse)["unit"] == ["2026-01-02"]


def _read_fields(cls: type, exts: list[dict[str, Any]], name_of: Any) -> dict[str, Any]:
    """The general reading `read_named` replaced (kept here as its measure): each extension's
    field name from `name_of` (None for someone else's), the absent fields read as empty."""
    fields = fhir_ext._fields(cls)
    found: dict[str, Any] = {}
    for ext in exts:
        name = name_of(ext)
        if name is None:
            continue
        if name not in fields:
            raise ValueError(f"extension {name}")
        fhir_ext._put(found, name, *fields[name], ext)
    absent, _required = fhir_ext.empty_values(cls)
    return {**{k: v for k, v in absent.items() if k not in found and v is not fhir_ext._DEFAULT}, **found}


def _own_url(ext: dict[str, Any]) -> str:
    return str(ext.get("url", ""))


def _structures(exts: list[Any], cls: type) -> Iterator[tuple[type, list[Any]]]:
    """Every complex extension's sub-extensions in `exts` of a record type, with its type."""
    fields = fhir_ext._fields(cls)
    for ext in exts:
        name = str(ext.get("url", "")).rsplit("-", 1)[-1].rsplit("/", 1)[-1]
        spec = fields.get(name) or fields.get(str(ext.get("url", "")))
        if spec is None or "extension" not in ext:
            continue
        t = strip_optional(spec[2] if spec[0] else hints(cls)[name if name in fields else ext["url"]])
        yield t, ext["extension"]
        yield from _structures(ext["extension"], t)


def test_extensions_read_by_url_are_those_read_by_name(small_bundle: tuple[bytes, Any]) -> None:
    raw, _records = small_bundle
    compared = 0
    for entry in json.loads(raw)["entry"]:
        res = entry["resource"]
        kind = next((t["code"] for t in res.get("meta", {}).get("tag", []) if t["system"] == TAG_SYSTEM), None)
        if kind is None:
            continue
        cls, prefix = KINDS[kind][0], f"{SD}/{kind}-"

        def name_of(ext: dict[str, Any], prefix: str = prefix) -> str | None:
            url = ext.get("url", "")
            return url[len(prefix) :] if isinstance(url, str) and url.startswith(prefix) else None

        exts = res.get("extension", [])
        assert fhir_ext.read_named(cls, exts, prefix) == _read_fields(cls, exts, name_of)
        for t, subs in _structures(exts, cls):
            assert fhir_ext.read_named(t, subs, "", others=False) == _read_fields(t, subs, _own_url)
            compared += 1
    assert compared > 20  # the structures (samråd, hazards, …) were compared too


@pytest.mark.parametrize(
    ("exts", "read"),
    [
        ([{"url": "https://other.example/x", "valueString": "ignored"}], {"title": ""}),
        ([{"url": f"{SD}/practitioner-title", "valueString": "Skolsköterska"}], {"title": "Skolsköterska"}),
        ([{"url": f"{SD}/practitioner-nonsense", "valueString": "x"}], ValueError),
        ([{"url": 7, "valueString": "x"}], {"title": ""}),  # not ours (the schema refuses it anyway)
    ],
)
def test_extensions_by_url_written_out_by_hand(exts: list[Any], read: Any) -> None:
    prefix = f"{SD}/practitioner-"
    if read is ValueError:
        with pytest.raises(ValueError):
            fhir_ext.read_named(Practitioner, exts, prefix)
        with pytest.raises(ValueError):
            fhir_ext.read_named(Practitioner, [{"url": "x", "valueString": "y"}], "", others=False)
    else:
        # Absent: text "", a flag false, an optional none; the role (a default of its own) left out.
        absent = {"name": "", "organisation": "", "unit": "", "profession": None, "school_health": False, "hsa_id": ""}
        assert fhir_ext.read_named(Practitioner, exts, prefix) == {**absent, **read}


def test_long_digit_runs_do_not_turn_the_fast_reading_off(monkeypatch: pytest.MonkeyPatch) -> None:
    hashed = '{"fullUrl":"u","follows":"' + "1234567890" * 3 + '"}'  # a hash may hold 19 digits in a row
    text = "[" + ",".join([hashed] * 30 + ['{"fullUrl":"v"}'] * 30) + "]"
    standard = _standard_reads(monkeypatch)
    assert list(iter_entries(_read(text))) == json.loads(text)
    assert standard[0] == 31  # the 30 with digits, and the last entry
