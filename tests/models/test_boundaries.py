"""The edges of the domain rules: the day a date becomes late, the score a risk becomes high,
the stored values that must never move. Each expected value is written out by hand.

Found by the mutation check (`tools/mutate.py app/models --tests tests/models`): these are the
comparisons and constants whose flip no other test noticed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import pkgutil
from datetime import date, datetime

import pytest

import app.models as models
from app.errors import ValidationError
from app.models.assessment import (
    HIGH_RISK_SCORE,
    Consequence,
    Hazard,
    Likelihood,
    RiskAnalysis,
)
from app.models.audit import GENESIS, AuditEvent
from app.models.common import Consent, ConsentGiver
from app.models.dispute import Dispute
from app.models.records import (
    BistandDecision,
    CopyHandover,
    DecisionResult,
    Instruction,
    Law,
    Performance,
    Recipient,
    SipLink,
)
from app.models.review import Review, ReviewOutcome

D = date(2026, 3, 10)


def _all_records() -> list[type]:
    found = []
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"app.models.{info.name}")
        found += [
            obj
            for obj in vars(module).values()
            if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == module.__name__
        ]
    return found


def test_every_record_is_frozen() -> None:
    """Records cross layers; a mutable one could change under a view or a service."""
    records = _all_records()
    assert len(records) >= 15
    thawed = [cls.__qualname__ for cls in records if not cls.__dataclass_params__.frozen]  # type: ignore[attr-defined]
    assert thawed == []


# --- risk analysis -------------------------------------------------------------------------------


def test_stored_risk_scale_values() -> None:
    """The ratings are stored as numbers and travel in bundles: they must never shift."""
    assert [int(v) for v in Likelihood] == [1, 2, 3, 4]
    assert [int(c) for c in Consequence] == [1, 2, 3, 4]
    assert (Likelihood.UNLIKELY, Likelihood.POSSIBLE, Likelihood.LIKELY, Likelihood.ALMOST_CERTAIN) == (1, 2, 3, 4)
    assert (Consequence.MINOR, Consequence.MODERATE, Consequence.SERIOUS, Consequence.CATASTROPHIC) == (1, 2, 3, 4)
    assert HIGH_RISK_SCORE == 8


@pytest.mark.parametrize(
    ("likelihood", "consequence", "score", "high"),
    [
        (2, 4, 8, True),  # the lowest high score
        (4, 2, 8, True),
        (3, 3, 9, True),
        (3, 2, 6, False),  # the highest acceptable score
        (1, 4, 4, False),
        (4, 4, 16, True),
    ],
)
def test_hazard_score_and_high(likelihood: int, consequence: int, score: int, high: bool) -> None:
    hazard = Hazard("Fel dos", likelihood, consequence)  # type: ignore[arg-type]
    assert hazard.score == score
    assert hazard.is_high is high


def test_risk_analysis_done_needs_hazard_and_conclusion() -> None:
    hazard = Hazard("Fel dos", 1, 1)  # type: ignore[arg-type]
    assert RiskAnalysis((hazard,), "Låg risk").is_done is True
    assert RiskAnalysis((hazard,), "").is_done is False
    assert RiskAnalysis((), "Låg risk").is_done is False


def test_assessor_conclusion_alone_shows_risk() -> None:
    low = Hazard("Fel dos", 1, 1)  # type: ignore[arg-type]
    assert RiskAnalysis((low,), "x").shows_risk_of_harm is False
    assert RiskAnalysis((low,), "x", risk_of_harm=True).shows_risk_of_harm is True
    assert RiskAnalysis((low,), "x", risk_of_harm=True).high_hazards() == ()


# --- reviews -------------------------------------------------------------------------------------


def test_review_overdue_from_the_day_after() -> None:
    review = Review("p", planned_on=D)
    assert review.is_overdue(date(2026, 3, 10)) is False
    assert review.is_overdue(date(2026, 3, 11)) is True
    assert Review("p", planned_on=D, cancelled=True).is_overdue(date(2026, 4, 1)) is False


def test_next_review_must_be_after_this_one() -> None:
    review = Review("p", planned_on=D)
    with pytest.raises(ValidationError) as same_day:
        review.completed(D, "Eva Ek", ReviewOutcome.CONTINUE, next_on=D)
    assert same_day.value.field == "next_on"
    done = review.completed(D, "Eva Ek", ReviewOutcome.CONTINUE, next_on=date(2026, 3, 11))
    assert done.next_on == date(2026, 3, 11)
    assert done.is_open is False


def test_ended_review_needs_no_next_date() -> None:
    done = Review("p", planned_on=D).completed(D, "Eva Ek", ReviewOutcome.END, next_on=None)
    assert done.outcome is ReviewOutcome.END
    with pytest.raises(ValidationError, match="redan gjord"):
        done.completed(D, "Eva Ek", ReviewOutcome.END, next_on=None)


# --- disputes ------------------------------------------------------------------------------------


def test_dispute_due_in_fourteen_days_overdue_on_the_fifteenth() -> None:
    dispute = Dispute(("Skolan", "Regionen"), "Vem instruerar?", opened_on=D)
    assert dispute.due_on == date(2026, 3, 24)
    assert dispute.is_overdue(date(2026, 3, 24)) is False
    assert dispute.is_overdue(date(2026, 3, 25)) is True


def test_dispute_resolved_the_same_day_but_not_before() -> None:
    dispute = Dispute(("Skolan", "Regionen"), "Vem instruerar?", opened_on=D)
    assert dispute.resolved(D, "Regionen instruerar").is_open is False
    with pytest.raises(ValidationError) as early:
        dispute.resolved(date(2026, 3, 9), "Regionen instruerar")
    assert early.value.field == "resolved_on"


def test_dispute_needs_two_parties() -> None:
    with pytest.raises(ValidationError) as one:
        Dispute(("Skolan", " "), "Vem instruerar?", opened_on=D)
    assert one.value.field == "parties"
    assert [p.name for p in Dispute(("Skolan", "Regionen"), "Vem?", opened_on=D).parties] == ["Skolan", "Regionen"]


# --- copies, instructions, performance, bistånd, SIP ---------------------------------------------


def _consent(giver: ConsentGiver, on: date) -> Consent:
    return Consent("Sara Lind", giver, on)


def test_copy_to_the_person_or_guardian_needs_no_consent() -> None:
    for recipient in (Recipient.PERSON, Recipient.GUARDIAN):
        copy = CopyHandover("p", 1, recipient, "Sara Lind", D)
        assert copy.needs_consent is False
        copy.check(person_is_child=True)  # no consent, no error
    assert CopyHandover("p", 1, Recipient.SCHOOL_LEADER, "Rektor", D).needs_consent is True


def test_copy_consent_on_the_same_day_is_in_time() -> None:
    same_day = CopyHandover("p", 1, Recipient.SCHOOL_LEADER, "Rektor", D, _consent(ConsentGiver.PERSON, D))
    same_day.check(person_is_child=False)
    late = CopyHandover("p", 1, Recipient.SCHOOL_LEADER, "Rektor", D, _consent(ConsentGiver.PERSON, date(2026, 3, 11)))
    with pytest.raises(ValidationError, match="innan kopian"):
        late.check(person_is_child=False)


def test_child_consent_comes_from_a_guardian() -> None:
    by_child = CopyHandover("p", 1, Recipient.SCHOOL_LEADER, "Rektor", D, _consent(ConsentGiver.PERSON, D))
    with pytest.raises(ValidationError, match="vårdnadshavare"):
        by_child.check(person_is_child=True)
    by_guardian = CopyHandover("p", 1, Recipient.SCHOOL_LEADER, "Rektor", D, _consent(ConsentGiver.GUARDIAN, D))
    by_guardian.check(person_is_child=True)


def test_instruction_renewal_after_the_instruction_day() -> None:
    with pytest.raises(ValidationError) as same_day:
        Instruction("p", "Kim Berg", "Eva Ek", D, renew_on=D)
    assert same_day.value.field == "renew_on"
    assert Instruction("p", "Kim Berg", "Eva Ek", D, renew_on=date(2026, 3, 11)).renew_on == date(2026, 3, 11)


def test_not_done_needs_a_reason_done_does_not() -> None:
    at = datetime(2026, 3, 10, 8, 0)
    assert Performance("p", at, "Kim Berg", done=True).reason == ""
    assert Performance("p", at, "Kim Berg", done=False, reason="Sjuk").reason == "Sjuk"
    with pytest.raises(ValidationError) as missing:
        Performance("p", at, "Kim Berg", done=False, reason="  ")
    assert missing.value.field == "reason"


def test_bistand_decision_dates() -> None:
    pending = BistandDecision("p", Law.LSS, D, "Handläggare Hansson")
    assert pending.result is DecisionResult.PENDING and pending.decided_on is None
    same_day = BistandDecision("p", Law.LSS, D, "H", DecisionResult.GRANTED, decided_on=D, plan_id="plan")
    assert same_day.decided_on == D
    with pytest.raises(ValidationError) as undated:
        BistandDecision("p", Law.LSS, D, "H", DecisionResult.DENIED)
    assert undated.value.field == "decided_on"
    with pytest.raises(ValidationError, match="före ansökningsdatum"):
        BistandDecision("p", Law.LSS, D, "H", DecisionResult.GRANTED, decided_on=date(2026, 3, 9))


def test_sip_follow_up_after_the_sip() -> None:
    consent = _consent(ConsentGiver.PERSON, D)
    with pytest.raises(ValidationError) as same_day:
        SipLink("p", D, "Samordnare", consent, next_follow_up=D)
    assert same_day.value.field == "next_follow_up"
    later = SipLink(
        "p", D, "Samordnare", consent, parties=("Skolan", " ", "Regionen"), next_follow_up=date(2026, 3, 11)
    )
    assert later.parties == ("Skolan", "Regionen")


# --- the audit chain -----------------------------------------------------------------------------


def test_audit_digest_is_sha256_of_canonical_json() -> None:
    """Written out by hand: the canonical form another tool would hash to check the chain."""
    body = '[1,"2026-03-10T08:00:00+00:00","Eva Ek","sign","plan","p1","x1","' + "0" * 64 + '"]'
    expected = hashlib.sha256(body.encode("utf-8")).hexdigest()
    assert GENESIS == "0" * 64
    got = AuditEvent.digest(1, "2026-03-10T08:00:00+00:00", "Eva Ek", "sign", "plan", "p1", "x1", GENESIS)
    assert got == expected
    non_ascii = '[2,"t","Åsa Öberg","read","person","p","p","h"]'
    assert (
        AuditEvent.digest(2, "t", "Åsa Öberg", "read", "person", "p", "p", "h")
        == hashlib.sha256(non_ascii.encode("utf-8")).hexdigest()
    )
