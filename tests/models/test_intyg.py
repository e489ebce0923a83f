"""Egenvårdsintyg rules: issued only on a signed plan whose assessment found egenvård, by a
licensed professional with a profession, valid after it is issued; voided only once, with a
reason; the LSS short-stay rule in one function."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.errors import ValidationError
from app.i18n import set_language
from app.models.assessment import Assessment, Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import Practitioner, Profession, Role
from app.models.intyg import Intyg, IntygStatus, NotIssuable, awaits_intyg, current_intyg
from app.models.plan import Plan, PlanStatus, Setting, Signature

NURSE = Practitioner("Eva Lind", "Distriktssköterska", "Region Kronoberg", profession=Profession.NURSE)
LOW = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.SERIOUS, "Dubbelkontroll"),), "Låg risk")
ASSESSMENT = Assessment("p", "Sondmatning", NURSE, date(2026, 10, 1), LOW, Outcome.WITH_HELP, id="a")
SIGNED = Plan(
    person_id="p",
    assessment_id="a",
    setting=Setting.LSS_SHORT_STAY,
    measure="Sondmatning",
    performer_mode=Outcome.WITH_HELP,
    performer="Personalen",
    instruction_by="Eva Lind",
    instruction_how="Genomgång",
    on_harm="Ring 112",
    on_change="Kontakta Eva",
    follow_up="Eva, efter en månad",
    reassessment_on=date(2027, 4, 1),
    risk_analysis_done=True,
    signature=Signature("Växjö", date(2026, 10, 2), "Eva Lind", "Distriktssköterska"),
    status=PlanStatus.SIGNED,
    version=2,
)


def issued(**changes: object) -> Intyg:
    record = Intyg.issue(SIGNED, ASSESSMENT, NURSE, date(2026, 10, 3), "Kan utföras säkert", "Sondmatning", "3/dag")
    return replace(record, **changes) if changes else record


def test_issue_copies_the_plan_and_defaults_to_the_reassessment_date() -> None:
    record = issued()
    assert (record.person_id, record.plan_id, record.plan_version) == ("p", SIGNED.id, 2)
    assert record.measure == "Sondmatning"
    assert record.valid_until == date(2027, 4, 1)
    assert record.status is IntygStatus.VALID
    explicit = Intyg.issue(SIGNED, ASSESSMENT, NURSE, date(2026, 10, 3), "j", "h", "f", valid_until=date(2026, 12, 31))
    assert explicit.valid_until == date(2026, 12, 31)


@pytest.mark.parametrize("status", [PlanStatus.DRAFT, PlanStatus.VOIDED, PlanStatus.SUPERSEDED, PlanStatus.ENDED])
def test_only_a_signed_plan_in_force_gets_an_intyg(status: PlanStatus) -> None:
    with pytest.raises(NotIssuable) as caught:
        Intyg.issue(replace(SIGNED, status=status), ASSESSMENT, NURSE, date(2026, 10, 3), "j", "h", "f")
    assert str(caught.value) == ("Egenvårdsintyg utfärdas bara för en signerad plan som gäller; signera planen först.")


def test_an_assessment_that_is_not_egenvard_or_another_plans_gives_none() -> None:
    health_care = replace(ASSESSMENT, outcome=Outcome.HEALTH_CARE)
    for assessment in (health_care, replace(ASSESSMENT, id="other")):
        with pytest.raises(NotIssuable) as caught:
            Intyg.issue(SIGNED, assessment, NURSE, date(2026, 10, 3), "j", "h", "f")
        assert caught.value.field == "assessment"
        assert "inget egenvårdsintyg kan utfärdas" in str(caught.value)


def test_valid_until_after_issued_on() -> None:
    with pytest.raises(ValidationError) as caught:
        issued(valid_until=date(2026, 10, 3))
    assert caught.value.field == "valid_until"
    assert str(caught.value) == "”Giltigt till” måste ligga efter utfärdandedatum."
    set_language("en")
    with pytest.raises(ValidationError) as caught:
        Intyg.issue(SIGNED, ASSESSMENT, NURSE, date(2027, 4, 1), "j", "h", "f")  # issued on the default end
    assert str(caught.value) == "“Valid until” must be after the date of issue."


@pytest.mark.parametrize(
    ("field", "sentence"),
    [
        ("judgement", "Bedömningen att åtgärden är egenvård måste fyllas i."),
        ("help_needed", "Vilken hjälp som behövs måste fyllas i."),
        ("frequency", "Hur ofta måste fyllas i."),
        ("measure", "Åtgärd/insats måste fyllas i."),
    ],
)
def test_required_texts(field: str, sentence: str) -> None:
    with pytest.raises(ValidationError) as caught:
        issued(**{field: "  "})
    assert (caught.value.field, str(caught.value)) == (field, sentence)


def test_limits_apply() -> None:
    with pytest.raises(ValidationError) as caught:
        issued(frequency="x" * 201)
    assert caught.value.field == "frequency" and "högst 200 tecken" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        issued(judgement="ok\x1b[31m")
    assert caught.value.field == "judgement"
    assert len(issued(judgement="x" * 10_000).judgement) == 10_000


@pytest.mark.parametrize(
    "assessor",
    [
        Practitioner("Rut Rektor", "Rektor", role=Role.SCHOOL_LEADER),
        Practitioner("Utan Yrke", "Vårdare", role=Role.LICENSED),  # licensed, but no profession
    ],
)
def test_the_assessor_is_a_licensed_professional_with_a_profession(assessor: Practitioner) -> None:
    with pytest.raises(ValidationError) as caught:
        issued(assessor=assessor)
    assert str(caught.value) == "Intyget utfärdas av en legitimerad yrkesutövare; ange bedömarens yrke."


def test_void_once_with_reason_and_date() -> None:
    record = issued()
    with pytest.raises(ValidationError) as caught:
        record.voided("  ", date(2026, 11, 1))
    assert str(caught.value) == "Skäl för makulering måste fyllas i."
    voided = record.voided("Fel frekvens", date(2026, 11, 1))
    assert (voided.status, voided.void_reason, voided.voided_on) == (
        IntygStatus.VOIDED,
        "Fel frekvens",
        date(2026, 11, 1),
    )
    assert not voided.can_void and record.can_void
    with pytest.raises(ValidationError) as caught:
        voided.voided("igen", date(2026, 11, 2))
    assert str(caught.value) == "Intyget är redan makulerat."
    with pytest.raises(ValidationError):  # a voided record without its reason cannot exist
        replace(record, status=IntygStatus.VOIDED)


def test_an_issued_intyg_may_only_be_voided_and_a_voided_one_not_changed() -> None:
    """What an import may do to a stored row (the trigger intyg_fixed holds the same)."""
    record = issued()
    voided = record.voided("Fel frekvens", date(2026, 11, 1))
    assert record.may_become(voided)
    assert not record.may_become(replace(record, frequency="4/dag"))
    assert voided.may_become(voided)
    assert not voided.may_become(replace(voided, void_reason="Annat skäl"))
    assert not voided.may_become(record)


def test_valid_between_issue_and_end_inclusive_and_not_when_voided() -> None:
    record = issued()
    assert not record.is_valid_on(date(2026, 10, 2))
    assert record.is_valid_on(date(2026, 10, 3)) and record.is_valid_on(date(2027, 4, 1))
    assert not record.is_valid_on(date(2027, 4, 2))
    assert not record.voided("fel", date(2026, 10, 4)).is_valid_on(date(2026, 10, 5))


def test_current_intyg_is_the_latest_valid_one() -> None:
    first = issued()
    second = issued(issued_on=date(2026, 11, 1), id="second")
    assert current_intyg([first, second], date(2026, 10, 20)) is first
    assert current_intyg([first, second], date(2026, 11, 2)) is second
    assert current_intyg([first, second.voided("fel", date(2026, 11, 2))], date(2026, 11, 3)) is first
    assert current_intyg([], date(2026, 11, 3)) is None


@pytest.mark.parametrize(
    ("setting", "status", "has_intyg", "waits"),
    [
        (Setting.LSS_SHORT_STAY, PlanStatus.SIGNED, False, True),
        (Setting.LSS_SHORT_STAY, PlanStatus.DRAFT, False, True),
        (Setting.LSS_SHORT_STAY, PlanStatus.SIGNED, True, False),
        (Setting.LSS_SHORT_STAY, PlanStatus.VOIDED, False, False),
        (Setting.LSS_SHORT_STAY, PlanStatus.ENDED, False, False),
        (Setting.SCHOOL, PlanStatus.SIGNED, False, False),
        (Setting.HOME_CARE, PlanStatus.SIGNED, False, False),
        (Setting.LSS_HOUSING, PlanStatus.SIGNED, False, False),
    ],
)
def test_staff_at_an_lss_short_stay_wait_for_an_intyg(
    setting: Setting, status: PlanStatus, has_intyg: bool, waits: bool
) -> None:
    plan = replace(SIGNED, setting=setting, status=status)
    assert awaits_intyg(plan, issued() if has_intyg else None) is waits
