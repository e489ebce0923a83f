"""The routine through the services: assessment → plan → sign → review → copy → deviation."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.errors import ValidationError
from app.models.assessment import Hazard, Outcome, RiskAnalysis, RiskOfHarm
from app.models.common import Consent, ConsentGiver
from app.models.deviation import DeviationStatus, Harm, InformedParty
from app.models.person import Guardian
from app.models.plan import PlanIncomplete, PlanStatus, Setting, Signature
from app.models.records import Recipient
from app.models.review import ReviewOutcome
from app.services import cases, persons, plans
from app.services.changes import Changes
from app.services.plans import ChangedElsewhere
from app.services.workspace import Workspace
from app.store.errors import DamagedDatabase
from tests.factories import ROUTINE_NURSE as NURSE
from tests.factories import ROUTINE_POINTS as POINTS
from tests.factories import ROUTINE_RISK as RISK
from tests.factories import ROUTINE_SIGNATURE as SIGNATURE
from tests.factories import Who, acting_as, sign


@pytest.fixture
def pupil(ws: Workspace):
    return persons.register(
        ws, "Liam", "Nilsson", "20150315-9806", unit="Hagaskolan", guardians=(Guardian("Sara Nilsson", "070-1234567"),)
    )


def signed_plan(ws: Workspace, person_id: str):
    assessment = plans.assess(ws, person_id, "Insulininjektion", NURSE, date(2026, 11, 1), RISK, Outcome.WITH_HELP)
    draft = plans.start_plan(ws, assessment, Setting.SCHOOL)
    draft = plans.edit_plan(ws, draft, **POINTS)
    return sign(ws, draft, SIGNATURE)


def test_from_assessment_to_signed_plan_with_review(ws: Workspace, pupil) -> None:
    assessment = plans.assess(ws, pupil.id, "Insulininjektion", NURSE, date(2026, 11, 1), RISK, Outcome.WITH_HELP)
    draft = plans.start_plan(ws, assessment, Setting.SCHOOL)
    assert draft.measure == "Insulininjektion" and draft.risk_analysis_done
    with pytest.raises(PlanIncomplete) as err:
        sign(ws, draft, SIGNATURE)
    assert err.value.missing == [2, 3, 4, 5, 6, 7]
    assert plans.get_plan(ws, draft.id).status is PlanStatus.DRAFT  # nothing half-signed
    signed = sign(ws, plans.edit_plan(ws, draft, **POINTS), SIGNATURE)
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
    sign(ws, v2, Signature("Växjö", date(2026, 11, 20), "Jonas Berg", "Sjuksköterska"))
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

    with acting_as(ws, Who.CASE_OFFICER), pytest.raises(ValidationError, match="beslutsdatum"):
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


# --- two windows on one plan: the second one's copy is stale --------------------------------
STALE = "Planen har ändrats i ett annat fönster – den visas nu som den är."
CONSENT = Consent("Sara Nilsson", ConsentGiver.GUARDIAN, date(2026, 11, 2), scope="Kopia till skolan")
# What the second window tries with the copy it read before the first one wrote.
SECOND_WINDOW = {
    "edit": lambda ws, p: plans.edit_plan(ws, p, on_harm="Ring skolsköterskan"),
    "sign": lambda ws, p: sign(ws, p, SIGNATURE),
    "void": lambda ws, p: plans.void_plan(ws, p, "Fel person"),
    "copy": lambda ws, p: plans.hand_over_copy(ws, p, Recipient.GUARDIAN, "Sara Nilsson", date(2026, 11, 3)),
    "instruction": lambda ws, p: plans.log_instruction(ws, p, "Kim", "Jonas Berg", date(2026, 11, 3)),
    "performance": lambda ws, p: plans.log_performance(ws, p, datetime(2026, 11, 3, 8, tzinfo=UTC), "Kim", True),
}


def _stored(ws: Workspace, plan_id: str) -> list[tuple[int, PlanStatus, str]]:
    return [(p.version, p.status, p.on_harm) for p in plans.plan_history(ws, plan_id)]


@pytest.mark.parametrize("action", sorted(SECOND_WINDOW))
def test_second_window_on_a_draft_signed_meanwhile_is_told_and_nothing_changes(ws: Workspace, pupil, action) -> None:
    assessment = plans.assess(ws, pupil.id, "Insulininjektion", NURSE, date(2026, 11, 1), RISK, Outcome.WITH_HELP)
    shown_in_both = plans.start_plan(ws, assessment, Setting.SCHOOL, **POINTS)
    sign(ws, shown_in_both, SIGNATURE)  # first window
    before = _stored(ws, shown_in_both.id)
    with pytest.raises(ChangedElsewhere) as err:
        SECOND_WINDOW[action](ws, shown_in_both)
    assert str(err.value) == STALE
    assert not isinstance(err.value, DamagedDatabase)
    assert _stored(ws, shown_in_both.id) == before == [(1, PlanStatus.SIGNED, POINTS["on_harm"])]
    assert (ws.repos.copies.count(), ws.repos.instructions.count(), ws.repos.performances.count()) == (0, 0, 0)


@pytest.mark.parametrize("action", ["edit", "void", "copy", "performance"])
def test_second_window_on_a_signed_version_edited_meanwhile_is_told(ws: Workspace, pupil, action) -> None:
    v1 = signed_plan(ws, pupil.id)
    plans.edit_plan(ws, v1, on_harm="Ny text")  # first window: version 2 as a draft
    with pytest.raises(ChangedElsewhere, match="ändrats i ett annat fönster"):
        SECOND_WINDOW[action](ws, v1)
    assert _stored(ws, v1.id) == [(1, PlanStatus.SIGNED, POINTS["on_harm"]), (2, PlanStatus.DRAFT, "Ny text")]


def test_second_window_on_a_draft_edited_meanwhile_does_not_overwrite_it(ws: Workspace, pupil) -> None:
    assessment = plans.assess(ws, pupil.id, "Insulininjektion", NURSE, date(2026, 11, 1), RISK, Outcome.WITH_HELP)
    draft = plans.start_plan(ws, assessment, Setting.SCHOOL)
    plans.edit_plan(ws, draft, on_harm="Första fönstret")
    with pytest.raises(ChangedElsewhere):
        plans.edit_plan(ws, draft, on_change="Andra fönstret")
    assert _stored(ws, draft.id) == [(1, PlanStatus.DRAFT, "Första fönstret")]


def test_a_review_done_in_another_window_is_not_done_again(ws: Workspace, pupil) -> None:
    plan = signed_plan(ws, pupil.id)
    review = plans.next_review(ws, plan.id)
    plans.complete_review(ws, review, date(2027, 2, 1), "Jonas Berg", ReviewOutcome.CONTINUE, date(2027, 8, 1))
    with pytest.raises(ChangedElsewhere):
        plans.complete_review(ws, review, date(2027, 2, 2), "Eva Lind", ReviewOutcome.END, None)
    assert plans.get_plan(ws, plan.id).status is PlanStatus.SIGNED
    assert [r.planned_on for r in ws.repos.reviews.open_for_plan(plan.id)] == [date(2027, 8, 1)]


# --- what changed: noted at every write, taken once -------------------------------------------
def test_every_write_is_noted_once_and_reads_are_not(ws: Workspace, pupil) -> None:
    ws.take_changes()
    plan = signed_plan(ws, pupil.id)
    taken = ws.take_changes()
    assert taken.touches("plan", plan.id) and taken.touches("assessment") and taken.touches_person(pupil.id)
    assert taken.persons == frozenset({pupil.id})
    assert not ws.take_changes()  # taken once
    ws.log_read("person", pupil.id, pupil.id)
    assert ws.take_changes() == Changes()
    dev = cases.report_deviation(
        ws, pupil.id, datetime(2026, 11, 10, tzinfo=UTC), "Skolan", "Dosen glömdes", "Elevassistent"
    )
    assert ws.take_changes() == Changes(frozenset({("deviation", dev.id)}), frozenset({pupil.id}))


def test_a_bulk_write_is_noted_per_person(ws: Workspace) -> None:
    from app.services import demo

    ws.take_changes()
    demo.fill(ws, persons=3, seed=1)
    taken = ws.take_changes()
    assert len(taken.persons) == 3 and {p for k, p in taken.entities if k == "person"} == taken.persons
    assert taken.touches("plan")


def test_nothing_is_logged_against_a_voided_plan(ws: Workspace, pupil) -> None:
    voided = plans.void_plan(ws, signed_plan(ws, pupil.id), "Fel person")
    with pytest.raises(ValidationError, match="Planversionen är makulerad och kan inte ändras"):
        plans.log_instruction(ws, voided, "Kim", "Jonas Berg", date(2026, 11, 3))
    with pytest.raises(ValidationError, match="Signeringslistan kan bara fyllas i för en signerad plan"):
        plans.log_performance(ws, voided, datetime(2026, 11, 3, 8, tzinfo=UTC), "Kim", True)
    with pytest.raises(ValidationError, match="Bara en signerad plan kan lämnas över"):
        plans.hand_over_copy(ws, voided, Recipient.GUARDIAN, "Sara Nilsson", date(2026, 11, 3))
    assert (ws.repos.instructions.count(), ws.repos.performances.count(), ws.repos.copies.count()) == (0, 0, 0)
