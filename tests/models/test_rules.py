"""The domain rules, each refused with a sentence that names what is wrong."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date

import pytest

from app.errors import ValidationError
from app.i18n import set_language
from app.models.assessment import Assessment, Consequence, Hazard, Likelihood, Outcome, RiskAnalysis, RiskOfHarm
from app.models.common import Consent, ConsentGiver, Practitioner
from app.models.deviation import Deviation, Harm, InformedParty
from app.models.dispute import Dispute
from app.models.identity import PersonalNumber
from app.models.person import Guardian, Person
from app.models.plan import Plan, PlanIncomplete, PlanLocked, PlanStatus, Setting, Signature
from app.models.records import CopyHandover, Performance, Recipient
from app.models.review import Review, ReviewOutcome

NURSE = Practitioner("Eva Lind", "Distriktssköterska", "Region Kronoberg")
LOW = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.SERIOUS, "Dubbelkontroll"),), "Låg risk")
SIG = Signature("Växjö", date(2026, 11, 2), "Eva Lind", "Distriktssköterska")


def full_plan(**changes: object) -> Plan:
    plan = Plan(
        person_id="p",
        assessment_id="a",
        setting=Setting.SCHOOL,
        measure="Insulininjektion",
        performer_mode=Outcome.WITH_HELP,
        performer="Elevassistent",
        instruction_by="Eva Lind",
        instruction_how="Praktisk genomgång",
        on_harm="Ring 112",
        on_change="Kontakta Eva",
        follow_up="Eva, var tredje månad",
        reassessment_on=date(2027, 2, 1),
        risk_analysis_done=True,
    )
    return replace(plan, **changes)


class TestPersonalNumber:
    @pytest.mark.parametrize("text", ["19850709-9805", "198507099805", "850709-9805"])
    def test_valid_forms_normalise(self, text: str) -> None:
        assert PersonalNumber.parse(text).digits == "198507099805"

    def test_coordination_number_gives_real_birth_date(self) -> None:
        number = PersonalNumber.parse("19850769-9802")
        assert number.is_coordination
        assert number.birth_date == date(1985, 7, 9)

    @pytest.mark.parametrize("text", ["19850709-9806", "19851309-9805", "abc", "", "1985070998"])
    def test_invalid_is_refused_in_words(self, text: str) -> None:
        with pytest.raises(ValidationError, match="inte ett giltigt personnummer"):
            PersonalNumber.parse(text)

    def test_repr_never_shows_the_serial(self) -> None:
        assert "9805" not in repr(PersonalNumber.parse("19850709-9805"))

    def test_english_message(self) -> None:
        set_language("en")
        try:
            with pytest.raises(ValidationError, match="not a valid Swedish personal identity"):
                PersonalNumber.parse("19850709-9806")
        finally:
            set_language("sv")


def test_child_is_derived_from_birth_date() -> None:
    child = Person("Liam", "Nilsson", PersonalNumber.parse("20150315-9806"))
    assert child.is_child(date(2026, 11, 22))
    assert not child.is_child(date(2033, 3, 15))
    assert child.shown_number == "20150315-9806"
    assert replace(child, protected_identity=True).shown_number == "20150315-****"


class TestAssessment:
    def test_risk_of_harm_cannot_be_egenvard(self) -> None:
        high = RiskAnalysis((Hazard("Kvävning vid sondmatning", Likelihood.LIKELY, Consequence.CATASTROPHIC),), "Hög")
        with pytest.raises(RiskOfHarm, match="Kvävning vid sondmatning.*hälso- och sjukvårdsinsats"):
            Assessment("p", "Sondmatning", NURSE, date(2026, 11, 1), high, Outcome.WITH_HELP)

    def test_assessor_conclusion_alone_is_enough(self) -> None:
        concluded = replace(LOW, risk_of_harm=True)
        with pytest.raises(RiskOfHarm):
            Assessment("p", "Sondmatning", NURSE, date(2026, 11, 1), concluded, Outcome.SELF)

    def test_risk_of_harm_is_fine_as_health_care_measure(self) -> None:
        high = RiskAnalysis((Hazard("Kvävning", 4, 4),), "Hög risk", True)
        a = Assessment("p", "Sondmatning", NURSE, date(2026, 11, 1), high, Outcome.HEALTH_CARE)
        assert not a.allows_plan


class TestPlan:
    def test_missing_points_are_named_in_words(self) -> None:
        plan = full_plan(on_harm="", reassessment_on=None)
        with pytest.raises(PlanIncomplete) as err:
            plan.signed(SIG, True)
        assert err.value.missing == [4, 7]
        assert "4. vilka åtgärder som ska vidtas och vem som ska kontaktas vid skada" in str(err.value)
        assert "7. datum för omprövning" in str(err.value)

    def test_point_two_needs_both_mode_and_performer(self) -> None:
        assert full_plan(performer="").missing_points() == [2]
        assert full_plan(performer_mode=None).missing_points() == [2]

    def test_signed_is_locked_and_edit_makes_next_version(self) -> None:
        signed = full_plan().signed(SIG, True)
        assert signed.status is PlanStatus.SIGNED
        nxt = signed.edited(on_harm="Ring 112 och skolsköterskan")
        assert (nxt.version, nxt.status, nxt.signature) == (2, PlanStatus.DRAFT, None)
        assert signed.on_harm == "Ring 112"
        with pytest.raises(PlanLocked):
            signed.signed(SIG, True)

    def test_void_needs_a_reason_and_locks(self) -> None:
        with pytest.raises(ValidationError, match="Skäl för makulering"):
            full_plan().voided("  ")
        voided = full_plan().voided("Fel person")
        with pytest.raises(PlanLocked):
            voided.edited(measure="x")

    def test_cannot_sign_when_assessment_says_health_care(self) -> None:
        with pytest.raises(ValidationError, match="inte är egenvård"):
            full_plan().signed(SIG, False)

    def test_reassessment_must_be_after_signing(self) -> None:
        with pytest.raises(ValidationError, match="efter signeringsdatum"):
            full_plan(reassessment_on=date(2026, 11, 2)).signed(SIG, True)


class TestReview:
    def test_review_requires_next_date(self) -> None:
        review = Review("plan", date(2026, 12, 1))
        with pytest.raises(ValidationError, match="datum för nästa uppföljning"):
            review.completed(date(2026, 12, 1), "Eva", ReviewOutcome.CONTINUE, None)
        with pytest.raises(ValidationError, match="efter dagens"):
            review.completed(date(2026, 12, 1), "Eva", ReviewOutcome.CHANGE, date(2026, 11, 1))
        done = review.completed(date(2026, 12, 1), "Eva", ReviewOutcome.CONTINUE, date(2027, 3, 1))
        assert done.next_on == date(2027, 3, 1) and not done.is_open

    def test_ending_needs_no_next_date(self) -> None:
        done = Review("plan", date(2026, 12, 1)).completed(date(2026, 12, 1), "Eva", ReviewOutcome.END, None)
        assert done.outcome is ReviewOutcome.END


class TestCopy:
    def test_copy_to_school_without_consent_is_refused(self) -> None:
        copy = CopyHandover("plan", 1, Recipient.SCHOOL_LEADER, "Rektor Ek", date(2026, 11, 3))
        with pytest.raises(ValidationError, match="kräver registrerat samtycke"):
            copy.check(person_is_child=True)

    def test_child_consent_must_come_from_guardian(self) -> None:
        own = Consent("Liam Nilsson", ConsentGiver.PERSON, date(2026, 11, 1))
        copy = CopyHandover("plan", 1, Recipient.SCHOOL_LEADER, "Rektor Ek", date(2026, 11, 3), own)
        with pytest.raises(ValidationError, match="vårdnadshavare"):
            copy.check(person_is_child=True)
        copy.check(person_is_child=False)  # an adult pupil consents for herself

    def test_copy_to_person_needs_no_consent(self) -> None:
        CopyHandover("plan", 1, Recipient.PERSON, "Anna", date(2026, 11, 3)).check(person_is_child=False)

    def test_consent_after_handover_is_refused(self) -> None:
        late = Consent("Sara Nilsson", ConsentGiver.GUARDIAN, date(2026, 11, 5))
        copy = CopyHandover("plan", 1, Recipient.SCHOOL_LEADER, "Rektor", date(2026, 11, 3), late)
        with pytest.raises(ValidationError, match="innan kopian"):
            copy.check(person_is_child=True)


def test_dispute_is_due_in_two_weeks() -> None:
    d = Dispute(("Region Kronoberg", "Hagaskolan"), "Vem instruerar vikarier?", date(2026, 11, 1))
    assert d.due_on == date(2026, 11, 15)
    assert not d.is_overdue(date(2026, 11, 15)) and d.is_overdue(date(2026, 11, 16))
    with pytest.raises(ValidationError, match="Lösningen"):
        d.resolved(date(2026, 11, 10), "")
    assert not d.resolved(date(2026, 11, 10), "Rektor ansvarar").is_overdue(date(2027, 1, 1))
    with pytest.raises(ValidationError, match="två parter"):
        Dispute(("Region",), "Fråga", date(2026, 11, 1))


def test_deviation_with_harm_needs_reassessment_and_informed_parties() -> None:
    from datetime import datetime

    dev = Deviation(
        "p",
        datetime(2026, 11, 1, 10, tzinfo=UTC),
        "Hagaskolan",
        "Dos missades",
        "Elevassistent",
        "Växjö kommun",
        harm=Harm.RISK,
        parties=(InformedParty("Region Kronoberg"),),
    )
    assert dev.needs_reassessment and dev.crosses_borders
    with pytest.raises(ValidationError, match="Region Kronoberg är inte informerad.*bedömaren"):
        dev.closed()
    ok = replace(
        dev,
        parties=(InformedParty("Region Kronoberg", informed_on=date(2026, 11, 1)),),
        assessor_informed_on=date(2026, 11, 1),
        event_analysis="Gemensam analys gjord",
    )
    assert ok.closed().status.value == "closed"


def test_not_done_needs_a_reason() -> None:
    from datetime import datetime

    with pytest.raises(ValidationError, match="varför"):
        Performance("plan", datetime(2026, 11, 1, tzinfo=UTC), "Kim", False)


def test_guardian_needs_a_name() -> None:
    with pytest.raises(ValidationError, match="Vårdnadshavarens namn"):
        Guardian(" ")
