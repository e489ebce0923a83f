"""The hand-over rules of 002 "Uppföljning och omprövning", one row per rule, sentences by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from app.errors import ValidationError
from app.models.assessment import Assessment, Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import Practitioner, Profession, Role
from app.models.handover import Handover, responsible_now
from app.models.plan import Plan, PlanStatus, Setting, Signature

GIVER = Practitioner(
    "Anna Berg", "Distriktssköterska", "Växjö kommun", "Hemsjukvården", Role.LICENSED, Profession.NURSE
)
EVA = Practitioner("Eva Lund", "Sjuksköterska", "Region Kronoberg", "Barnmedicin", Role.LICENSED, Profession.NURSE)
PLAN = Plan(
    "person-1",
    "assessment-1",
    setting=Setting.HOME_CARE,
    signature=Signature("Växjö", date(2026, 5, 1), "Anna Berg", "Distriktssköterska"),
    status=PlanStatus.SIGNED,
)
SAME_PROFESSION = (
    "Ansvaret kan bara tas över av en legitimerad yrkesutövare med samma profession "
    "(sjuksköterska → sjuksköterska). Mottagaren är läkare."
)
ELEVHALSAN = (
    "Skolans legitimerade hälso- och sjukvårdspersonal (elevhälsan) ska inte ansvara för omprövning eller uppföljning."
)
BEFORE_SIGNING = "Datum för överlåtelsen kan inte ligga före planens signeringsdatum (2026-05-01)."


def _handover(receiver: Practitioner = EVA, on: date = date(2026, 5, 2), giver: Practitioner = GIVER) -> Handover:
    return Handover(PLAN.id, "person-1", giver, receiver, on, "Telefon 2026-04-28")


# (case, receiver, date, the sentence of the refusal or None when it is allowed)
CASES = [
    ("same profession, other organisation", EVA, date(2026, 5, 2), None),
    ("on the signing day", EVA, date(2026, 5, 1), None),
    (
        "other profession",
        Practitioner("Per Ek", "Läkare", "Region Kronoberg", role=Role.LICENSED, profession=Profession.PHYSICIAN),
        date(2026, 5, 2),
        SAME_PROFESSION,
    ),
    ("elevhälsan", replace(EVA, school_health=True), date(2026, 5, 2), ELEVHALSAN),
    (
        "to oneself",
        replace(GIVER, title="Sjuksköterska", unit="Annan enhet"),
        date(2026, 5, 2),
        "Anna Berg har redan ansvaret; det kan inte lämnas över till sig själv.",
    ),
    ("before signing", EVA, date(2026, 4, 30), BEFORE_SIGNING),
    (
        "not licensed",
        Practitioner("Rut Rektor", "Rektor", "Växjö kommun", role=Role.SCHOOL_LEADER),
        date(2026, 5, 2),
        "Ansvaret kan bara tas över av en legitimerad yrkesutövare.",
    ),
]


@pytest.mark.parametrize(("case", "receiver", "on", "refusal"), CASES, ids=[c[0] for c in CASES])
def test_hand_over_rules(case: str, receiver: Practitioner, on: date, refusal: str | None) -> None:
    if refusal is None:
        record = _handover(receiver, on)
        record.check(PLAN, None)
        assert record.receiver == receiver
        return
    with pytest.raises(ValidationError) as refused:
        _handover(receiver, on).check(PLAN, None)
    assert str(refused.value) == refusal


def test_a_draft_plan_is_not_handed_over() -> None:
    with pytest.raises(ValidationError) as refused:
        _handover().check(replace(PLAN, status=PlanStatus.DRAFT, signature=None), None)
    assert str(refused.value) == "Bara ansvaret för en signerad plan som gäller kan lämnas över."


def test_not_before_the_previous_hand_over() -> None:
    first = _handover(on=date(2026, 6, 1))
    second = _handover(replace(GIVER, organisation="Alvesta kommun"), date(2026, 5, 20), giver=EVA)
    with pytest.raises(ValidationError) as refused:
        second.check(PLAN, first)
    assert str(refused.value) == "Datum för överlåtelsen kan inte ligga före förra överlåtelsen (2026-06-01)."


def test_the_agreement_must_be_written() -> None:
    with pytest.raises(ValidationError) as refused:
        Handover(PLAN.id, "person-1", GIVER, EVA, date(2026, 5, 2), "  ")
    assert str(refused.value) == "Överenskommelse måste fyllas i."


def test_the_refusal_in_english() -> None:
    from app.i18n import set_language

    set_language("en")
    try:
        with pytest.raises(ValidationError) as refused:
            _handover(CASES[2][1])
        assert str(refused.value) == (
            "Responsibility can only be taken over by a licensed professional of the same profession "
            "(nurse → nurse). The receiver is physician."
        )
    finally:
        set_language("sv")


def test_responsible_now_is_the_latest_receiver_else_the_assessor() -> None:
    risk = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MINOR),), "Säkert")
    assessment = Assessment("person-1", "Ögondroppar", GIVER, date(2026, 4, 20), risk, Outcome.WITH_HELP)
    assert responsible_now(assessment, []) == GIVER
    lisa = replace(EVA, name="Lisa Holm")
    t0 = datetime(2026, 6, 1, 9, 0)
    to_eva = replace(_handover(EVA, date(2026, 5, 2)), created_at=t0 + timedelta(days=3))
    to_lisa = replace(_handover(lisa, date(2026, 6, 1), giver=EVA), created_at=t0)
    # by the day it took effect, not by when it was recorded (Eva's was typed in later)
    assert responsible_now(assessment, [to_lisa, to_eva]).name == "Lisa Holm"
    assert responsible_now(assessment, [to_eva]).name == "Eva Lund"


def test_the_line_on_the_form() -> None:
    assert _handover().line_sv() == (
        "Ansvar övertaget av Eva Lund (Sjuksköterska, Region Kronoberg) 2026-05-02 enligt överenskommelse"
    )
    assert _handover().across_organisations


def test_on_the_day_of_the_previous_hand_over_is_allowed() -> None:
    """Only a date before the previous hand-over is refused: the same day passes on (a hand-over
    back the day it was made)."""
    first = _handover(on=date(2026, 6, 1))
    second = _handover(replace(GIVER, organisation="Alvesta kommun"), date(2026, 6, 1), giver=EVA)
    second.check(PLAN, first)
    day_before = _handover(replace(GIVER, organisation="Alvesta kommun"), date(2026, 5, 31), giver=EVA)
    with pytest.raises(ValidationError):
        day_before.check(PLAN, first)
