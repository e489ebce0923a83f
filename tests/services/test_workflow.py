"""The routine through the services: assessment → plan → sign → review → copy → deviation."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.errors import ValidationError
from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis, RiskOfHarm
from app.models.common import Consent, ConsentGiver, Practitioner
from app.models.deviation import DeviationStatus, Harm, InformedParty
from app.models.person import Guardian
from app.models.plan import PlanIncomplete, PlanStatus, Setting, Signature
from app.models.records import Recipient
from app.models.review import ReviewOutcome
from app.services import cases, persons, plans
from app.services.workspace import Workspace

NURSE = Practitioner("Jonas Berg", "Sjuksköterska", "Region Kronoberg", "Barnmedicin")
RISK = RiskAnalysis(
    (Hazard("Hypoglykemi", Likelihood.POSSIBLE, Consequence.SERIOUS, "Druvsocker i klassrummet"),),
    "Kan utföras säkert av instruerad elevassistent",
)
POINTS = dict(
    performer="Elevassistent på Hagaskolan",
    instruction_by="Jonas Berg, sjuksköterska",
    instruction_how="Praktisk genomgång och skriftlig instruktion",
    on_harm="Ge druvsocker, ring 112 vid medvetslöshet",
    on_change="Kontakta Jonas Berg",
    follow_up="Jonas Berg vid terminsstart",
    reassessment_on=date(2027, 2, 1),
)
SIGNATURE = Signature("Växjö", date(2026, 11, 2), "Jonas Berg", "Sjuksköterska")


@pytest.fixture
def pupil(ws: Workspace):
    return persons.register(
        ws, "Liam", "Nilsson", "20150315-9806", unit="Hagaskolan", guardians=(Guardian("Sara Nilsson", "070-1234567"),)
    )


def signed_plan(ws: Workspace, person_id: str):
    assessment = plans.assess(ws, person_id, "Insulininjektion", NURSE, date(2026, 11, 1), RISK, Outcome.WITH_HELP)
    draft = plans.start_plan(ws, assessment, Setting.SCHOOL)
    draft = plans.edit_plan(ws, draft, **POINTS)
    return plans.sign_plan(ws, draft, SIGNATURE)


def test_from_assessment_to_signed_plan_with_review(ws: Workspace, pupil) -> None:
    assessment = plans.assess(ws, pupil.id, "Insulininjektion", NURSE, date(2026, 11, 1), RISK, Outcome.WITH_HELP)
    draft = plans.start_plan(ws, assessment, Setting.SCHOOL)
    assert draft.measure == "Insulininjektion" and draft.risk_analysis_done
    with pytest.raises(PlanIncomplete) as err:
        plans.sign_plan(ws, draft, SIGNATURE)
    assert err.value.missing == [2, 3, 4, 5, 6, 7]
    assert plans.get_plan(ws, draft.id).status is PlanStatus.DRAFT  # nothing half-signed
    signed = plans.sign_plan(ws, plans.edit_plan(ws, draft, **POINTS), SIGNATURE)
    review = plans.next_review(ws, signed.id)
    assert review is not None and review.planned_on == date(2027, 2, 1)
    assert [r["plan_id"] for r in ws.repos.reviews.due(date(2027, 2, 1))] == [signed.id]


def test_risk_of_harm_is_refused_and_nothing_saved(ws: Workspace, pupil) -> None:
    high = RiskAnalysis((Hazard("Allvarlig hypoglykemi", 3, 4),), "Hög risk")
    with pytest.raises(RiskOfHarm):
        plans.assess(ws, pupil.id, "Insulininjektion", NURSE, date(2026, 11, 1), high, Outcome.WITH_HELP)
    assert ws.repos.assessments.count() == 0
    health = plans.assess(ws, pupil.id, "Insulininjektion", NURSE, date(2026, 11, 1), high, Outcome.HEALTH_CARE)
    with pytest.raises(ValidationError, match="inte egenvård"):
        plans.start_plan(ws, health, Setting.SCHOOL)


def test_edit_after_signing_makes_new_version_and_supersedes(ws: Workspace, pupil) -> None:
    v1 = signed_plan(ws, pupil.id)
    v2 = plans.edit_plan(ws, v1, on_harm="Ge druvsocker och ring skolsköterskan")
    assert (v2.version, v2.status) == (2, PlanStatus.DRAFT)
    assert plans.get_plan(ws, v1.id).version == 2
    assert ws.repos.plans.version(v1.id, 1).status is PlanStatus.SIGNED  # still valid until v2 is signed
    plans.sign_plan(ws, v2, Signature("Växjö", date(2026, 11, 20), "Jonas Berg", "Sjuksköterska"))
    history = plans.plan_history(ws, v1.id)
    assert [(p.version, p.status) for p in history] == [(1, PlanStatus.SUPERSEDED), (2, PlanStatus.SIGNED)]
    assert history[0].on_harm == POINTS["on_harm"]


def test_signed_version_cannot_be_changed_in_sql(ws: Workspace, pupil) -> None:
    from app.errors import UserError

    v1 = signed_plan(ws, pupil.id)
    with pytest.raises(UserError):
        with ws.store.atomic():
            ws.store.conn.execute("UPDATE plans SET on_harm = 'ändrat' WHERE id = ?", (v1.id,))
    with pytest.raises(UserError):
        with ws.store.atomic():
            ws.store.conn.execute("DELETE FROM plans WHERE id = ?", (v1.id,))
    assert plans.get_plan(ws, v1.id).on_harm == POINTS["on_harm"]


def test_review_sets_next_date_and_end_ends_plan(ws: Workspace, pupil) -> None:
    plan = signed_plan(ws, pupil.id)
    review = plans.next_review(ws, plan.id)
    with pytest.raises(ValidationError, match="nästa uppföljning"):
        plans.complete_review(ws, review, date(2027, 2, 1), "Jonas Berg", ReviewOutcome.CONTINUE, None)
    plans.complete_review(ws, review, date(2027, 2, 1), "Jonas Berg", ReviewOutcome.CONTINUE, date(2027, 8, 1))
    nxt = plans.next_review(ws, plan.id)
    assert nxt.planned_on == date(2027, 8, 1)
    plans.complete_review(ws, nxt, date(2027, 8, 1), "Jonas Berg", ReviewOutcome.END, None)
    assert plans.get_plan(ws, plan.id).status is PlanStatus.ENDED
    assert plans.next_review(ws, plan.id) is None


def test_void_cancels_open_reviews(ws: Workspace, pupil) -> None:
    plan = signed_plan(ws, pupil.id)
    plans.void_plan(ws, plan, "Fel person vald")
    assert plans.get_plan(ws, plan.id).status is PlanStatus.VOIDED
    assert ws.repos.reviews.due(date(2030, 1, 1)) == []


def test_copy_to_school_needs_guardian_consent(ws: Workspace, pupil) -> None:
    plan = signed_plan(ws, pupil.id)
    with pytest.raises(ValidationError, match="samtycke"):
        plans.hand_over_copy(ws, plan, Recipient.SCHOOL_LEADER, "Rektor Ek", date(2026, 11, 3))
    consent = Consent("Sara Nilsson", ConsentGiver.GUARDIAN, date(2026, 11, 2), scope="Kopia till skolan")
    plans.hand_over_copy(ws, plan, Recipient.SCHOOL_LEADER, "Rektor Ek", date(2026, 11, 3), consent)
    assert ws.repos.copies.count() == 1


def test_not_done_starts_deviation_that_prompts_reassessment(ws: Workspace, pupil) -> None:
    plan = signed_plan(ws, pupil.id)
    when = datetime(2026, 11, 10, 11, 30, tzinfo=UTC)
    entry = plans.log_performance(ws, plan, when, "Elevassistent Kim", False, "Insulinpennan saknades")
    dev = cases.report_deviation(
        ws,
        pupil.id,
        when,
        "Hagaskolan",
        "Insulindosen gavs inte",
        "Kim Ek",
        reporter_organisation="Växjö kommun",
        plan_id=plan.id,
        harm=Harm.RISK,
        parties=(InformedParty("Region Kronoberg", "Jonas Berg"),),
        performance=entry,
    )
    assert dev.needs_reassessment
    assert ws.repos.performances.get(entry.id).deviation_id == dev.id
    with pytest.raises(ValidationError, match="inte informerad"):
        cases.update_deviation(ws, dev, status=DeviationStatus.CLOSED)
    dev = cases.mark_informed(ws, dev, "Region Kronoberg", date(2026, 11, 10))
    dev = cases.update_deviation(
        ws,
        dev,
        assessor_informed_on=date(2026, 11, 10),
        event_analysis="Gemensam analys",
        status=DeviationStatus.CLOSED,
    )
    assert cases.get_deviation(ws, dev.id).status is DeviationStatus.CLOSED


def test_dispute_sip_and_decision(ws: Workspace, pupil) -> None:
    d = cases.open_dispute(ws, ("Region Kronoberg", "Hagaskolan"), "Vem instruerar vikarier?", date(2026, 11, 1))
    assert d.due_on == date(2026, 11, 15)
    cases.resolve_dispute(ws, d, date(2026, 11, 8), "Rektor ansvarar; regionen handleder")
    consent = Consent("Sara Nilsson", ConsentGiver.GUARDIAN, date(2026, 11, 1))
    cases.link_sip(ws, pupil.id, date(2026, 11, 5), "Maria Ek", consent, ("Region", "Skola"), "SIP-1", date(2027, 2, 5))
    from app.models.records import DecisionResult, Law

    with pytest.raises(ValidationError, match="beslutsdatum"):
        cases.record_decision(ws, pupil.id, Law.LSS, date(2026, 11, 1), "Lena", DecisionResult.GRANTED)
    assert ws.audit.verify().ok


def test_duplicate_personnummer_is_refused(ws: Workspace, pupil) -> None:
    with pytest.raises(ValidationError, match=r"^20150315-\*\*\*\* är redan registrerad \(Liam Nilsson\)\.$"):
        persons.register(ws, "Annan", "Person", "201503159806")


def test_search_by_name_prefix_and_number(ws: Workspace, pupil) -> None:
    persons.register(ws, "Anna", "Nilsson-Öberg", "19850709-9805")
    assert {p.given_name for p in persons.search(ws, "nils")} == {"Liam", "Anna"}
    assert [p.given_name for p in persons.search(ws, "öberg")] == ["Anna"]
    assert [p.given_name for p in persons.search(ws, "anna nil")] == ["Anna"]
    assert [p.given_name for p in persons.search(ws, "20150315")] == ["Liam"]
    assert [p.given_name for p in persons.search(ws, "150315-9806")] == ["Liam"]
    assert persons.search(ws, "zz") == []


def test_plan_rows_mask_and_flag_protected_identity(ws: Workspace, pupil) -> None:
    from app.services import overview

    hidden = persons.register(ws, "Hemlig", "Person", "20150329-9800", protected_identity=True)
    rows = {r.person_id: r for r in overview.plan_rows(ws, [signed_plan(ws, p.id).id for p in (pupil, hidden)])}
    assert rows[hidden.id].protected and rows[hidden.id].person_number.endswith("****")
    assert not rows[pupil.id].protected and not rows[pupil.id].person_number.endswith("****")
