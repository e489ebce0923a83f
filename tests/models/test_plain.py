"""Records back from plain JSON: strict for data from outside, lenient for our own columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

import pytest

from app.models.common import to_plain
from app.models.identity import PersonalNumber
from app.models.plain import decoder, from_plain, strip_optional, unchanged


class Colour(StrEnum):
    RED = "red"
    BLUE = "blue"


@dataclass(frozen=True)
class Inner:
    colour: Colour
    count: int = 0


@dataclass(frozen=True)
class Outer:
    name: str
    when: date
    at: datetime | None
    flag: bool
    inner: Inner | None
    items: tuple[Inner, ...] = ()
    number: PersonalNumber | None = None


PLAIN = {
    "name": "Åsa",
    "when": "2026-03-10",
    "at": "2026-03-10T08:30:00+00:00",
    "flag": True,
    "inner": {"colour": "red", "count": 2},
    "items": [{"colour": "blue"}, {"colour": "red", "count": 5}],
    "number": {"digits": "201212121212"},
}


def test_strip_optional() -> None:
    assert strip_optional(int | None) is int
    assert strip_optional(int) is int
    assert strip_optional(int | str) == int | str  # a real union stays


@pytest.mark.parametrize("strict", [False, True])
def test_a_record_with_every_kind_of_field(strict: bool) -> None:
    got = from_plain(Outer, PLAIN, strict=strict)
    assert got == Outer(
        name="Åsa",
        when=date(2026, 3, 10),
        at=datetime.fromisoformat("2026-03-10T08:30:00+00:00"),
        flag=True,
        inner=Inner(Colour.RED, 2),
        items=(Inner(Colour.BLUE, 0), Inner(Colour.RED, 5)),
        number=PersonalNumber("201212121212"),
    )
    assert isinstance(got.items, tuple)


def test_none_stays_none_and_unknown_keys_are_ignored() -> None:
    plain = dict(PLAIN, at=None, inner=None, number=None, extra="ignored")
    got = from_plain(Outer, plain, strict=True)
    assert (got.at, got.inner, got.number) == (None, None, None)


def test_round_trip_through_to_plain() -> None:
    record = from_plain(Outer, PLAIN)
    assert from_plain(Outer, to_plain(record), strict=True) == record


def test_a_number_given_as_text() -> None:
    assert from_plain(PersonalNumber, "20121212-1212") == PersonalNumber("201212121212")


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("name", 7, "expected a string"),
        ("flag", 1, "expected a boolean"),
        ("inner", [], "expected an object for Inner"),
    ],
)
def test_strict_refuses_the_wrong_type(field: str, value: object, expected: str) -> None:
    with pytest.raises(TypeError, match=expected):
        from_plain(Outer, dict(PLAIN, **{field: value}), strict=True)


def test_strict_int_refuses_a_boolean() -> None:
    with pytest.raises(TypeError, match="expected an integer"):
        from_plain(Inner, {"colour": "red", "count": True}, strict=True)
    assert from_plain(Inner, {"colour": "red", "count": 3}, strict=True).count == 3


def test_lenient_reads_our_own_columns() -> None:
    """SQLite stores booleans as 0/1; our own rows are trusted."""
    got = from_plain(Outer, dict(PLAIN, flag=0))
    assert got.flag is False
    assert from_plain(Outer, dict(PLAIN, flag=1)).flag is True


def test_an_unknown_enum_value_is_refused() -> None:
    with pytest.raises(ValueError, match="'green' is not a valid Colour"):
        from_plain(Inner, {"colour": "green"})
    with pytest.raises(ValueError):
        from_plain(Inner, {"colour": ["red"]})  # unhashable: still the enum's own error


def test_plain_fields_pass_through_without_a_wrapper() -> None:
    assert decoder(str) is unchanged
    assert decoder(str | None) is unchanged
    assert decoder(str, True) is not unchanged
    assert decoder(int | None, True)(None) is None
