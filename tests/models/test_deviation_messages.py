"""A deviation's rules and sentences live in the model, in Swedish and English."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app import i18n
from app.errors import ValidationError
from app.models.deviation import Deviation, Harm, InformedParty


def _deviation(**kw) -> Deviation:  # type: ignore[no-untyped-def]
    return Deviation(
        "p", datetime(2026, 11, 1, 10, tzinfo=UTC), "Hagaskolan", "Dos missades", "Elevassistent", "Växjö kommun", **kw
    )


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    i18n.set_language("en")
    yield
    i18n.set_language("sv")


def test_which_harm_calls_for_a_reassessment() -> None:
    assert [h.calls_for_reassessment for h in (Harm.NONE, Harm.RISK, Harm.HARM)] == [False, True, True]


def test_awaits_the_assessor_until_the_date_is_set() -> None:
    assert not _deviation().awaits_assessor
    assert _deviation(harm=Harm.HARM).awaits_assessor
    assert not _deviation(harm=Harm.HARM, assessor_informed_on=date(2026, 11, 2)).awaits_assessor


def test_notices_in_swedish_and_in_english(english) -> None:  # type: ignore[no-untyped-def]
    dev = _deviation(harm=Harm.RISK, parties=(InformedParty("Region Kronoberg"),))
    assert dev.open_notices() == [
        "Region Kronoberg is not informed",
        "the assessor is not contacted for re-assessment",
        "the joint event analysis is missing",
    ]
    with pytest.raises(ValidationError) as refused:
        dev.closed()
    assert refused.value.field == "status"
    assert str(refused.value) == (
        "The deviation cannot be closed: Region Kronoberg is not informed; "
        "the assessor is not contacted for re-assessment; the joint event analysis is missing."
    )
    i18n.set_language("sv")
    assert str(refused.value) == (
        "Avvikelsen kan inte avslutas: Region Kronoberg är inte informerad; "
        "bedömaren är inte kontaktad för omprövning; gemensam händelseanalys saknas."
    )
    assert dev.open_notices()[2] == "gemensam händelseanalys saknas"


@pytest.mark.parametrize(
    ("typed", "expected"), [("", None), (" 2026-11-02 ", date(2026, 11, 2)), ("2026-11-02", date(2026, 11, 2))]
)
def test_a_party_as_typed(typed: str, expected: date | None) -> None:
    assert InformedParty.from_text("Region Kronoberg", "Ann", typed) == InformedParty(
        "Region Kronoberg", "Ann", expected
    )


@pytest.mark.parametrize("typed", ["igår", "2026-13-01", "1/11"])
def test_a_party_date_that_cannot_be_read_names_the_parties(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        InformedParty.from_text("Region Kronoberg", "", typed)
    assert refused.value.field == "parties"
    assert str(refused.value) == f"Datum för informerad part skrivs ÅÅÅÅ-MM-DD (”{typed}”)."
