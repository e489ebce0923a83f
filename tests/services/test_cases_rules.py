"""Bistånd: a decision rests on a plan of the person, a pending application may wait for one,
and the handläggare is proposed only to a case officer. Deviation parties proposed from a plan
of each setting. Disputes saved from the form in one transaction."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.models.common import Practitioner, Role
from app.models.dispute import DisputeState, Escalation
from app.models.plan import Setting
from app.models.records import DecisionResult, Law, case_officer_default
from app.models.roles import PermissionDenied, Who
from app.services import cases
from app.services.workspace import Workspace
from tests.factories import NURSE_PROFILE, PROFILES, acting_as, plan_in_setting

D = date(2026, 11, 1)


def test_a_decision_without_a_plan_is_refused_and_nothing_is_stored(ws: Workspace) -> None:
    plan = plan_in_setting(ws, Setting.HOME_CARE, "19121212-1212", performer="Hemtjänst Norr")
    for result in (DecisionResult.GRANTED, DecisionResult.DENIED):
        with acting_as(ws, Who.CASE_OFFICER), pytest.raises(ValidationError) as refused:
            cases.record_decision(ws, plan.person_id, Law.SOL, D, "Hans Handläggare", result, date(2026, 11, 20))
        assert refused.value.field == "plan_id"
        assert refused.value.params["text_sv"].startswith(
            "Ett beslut (beviljat eller avslag) ska kopplas till egenvårdsplanen det bygger på: välj plan."
        )
    assert ws.repos.decisions.for_person(plan.person_id) == []


def test_a_pending_application_waits_without_a_plan_and_is_decided_with_one(ws: Workspace) -> None:
    plan = plan_in_setting(ws, Setting.HOME_CARE, "19121212-1212", performer="Hemtjänst Norr")
    with acting_as(ws, Who.CASE_OFFICER):
        pending = cases.record_decision(ws, plan.person_id, Law.LSS, D, "Hans Handläggare")
        assert (pending.result, pending.plan_id, pending.is_decided) == (DecisionResult.PENDING, None, False)
        with pytest.raises(ValidationError) as undated:
            cases.decide(ws, pending.id, DecisionResult.GRANTED, None, plan.id)
        assert undated.value.field == "decided_on"
        with pytest.raises(ValidationError) as planless:
            cases.decide(ws, pending.id, DecisionResult.GRANTED, date(2026, 11, 20), None)
        assert planless.value.field == "plan_id"
        granted = cases.decide(ws, pending.id, DecisionResult.GRANTED, date(2026, 11, 20), plan.id)
        assert cases.get_decision(ws, pending.id) == granted
        assert (granted.result, granted.plan_id, granted.decided_on) == (
            DecisionResult.GRANTED,
            plan.id,
            date(2026, 11, 20),
        )
        with pytest.raises(ValidationError, match="redan beslutad"):
            cases.decide(ws, pending.id, DecisionResult.DENIED, date(2026, 11, 21), plan.id)
    with pytest.raises(PermissionDenied):  # the nurse of the ws fixture decides no bistånd
        cases.decide(ws, pending.id, DecisionResult.GRANTED, date(2026, 11, 20), plan.id)


def test_a_plan_of_another_person_is_refused(ws: Workspace) -> None:
    mine = plan_in_setting(ws, Setting.HOME_CARE, "19121212-1212")
    other = plan_in_setting(ws, Setting.HOME_CARE, "19850709-9805")
    with acting_as(ws, Who.CASE_OFFICER), pytest.raises(ValidationError) as refused:
        cases.record_decision(
            ws, mine.person_id, Law.SOL, D, "Hans Handläggare", DecisionResult.GRANTED, date(2026, 11, 2), other.id
        )
    assert refused.value.params["text_sv"] == "Den valda planen hör inte till personen som ansökt."


def test_the_handlaggare_is_proposed_to_a_case_officer_only() -> None:
    assert case_officer_default(PROFILES[Who.CASE_OFFICER]) == "Hans Handläggare"
    assert case_officer_default(NURSE_PROFILE) == ""
    assert case_officer_default(Practitioner("Rut Rektor", role=Role.SCHOOL_LEADER)) == ""
    assert case_officer_default(None) == ""


EVA = Practitioner("Eva Lind", "Distriktssköterska", "Region Kronoberg", "Vårdcentralen Teleborg")
SARA = Practitioner("Sara Holm", "Fysioterapeut", "Växjö kommun", "Rehab Öster")


@pytest.mark.parametrize(
    ("setting", "unit", "performer", "assessor", "reporter_org", "expected"),
    [
        (
            Setting.SCHOOL,
            "Hagaskolan",
            "Elevassistent",
            EVA,
            "",
            [("Hagaskolan", "Rektor"), ("Region Kronoberg", "Eva Lind")],
        ),
        (
            Setting.HOME_CARE,
            "",
            "Personal vid Hemtjänst Norr",
            EVA,
            "Växjö kommun",
            [("Personal vid Hemtjänst Norr", ""), ("Region Kronoberg", "Eva Lind")],
        ),
        (
            Setting.LSS_SHORT_STAY,
            "Korttidsboendet Lärkan",
            "Personal",
            SARA,
            "",
            [("Korttidsboendet Lärkan", "Ansvarig chef"), ("Växjö kommun", "Sara Holm")],
        ),
        # The reporter's own organisation knows already: the region reports, the school is told.
        (Setting.SCHOOL, "Hagaskolan", "Elevassistent", EVA, "region kronoberg", [("Hagaskolan", "Rektor")]),
        (Setting.RELATIVE, "", "Maken", EVA, "", [("Region Kronoberg", "Eva Lind")]),
    ],
    ids=["school", "home care without a unit", "lss short stay", "reporter is the assessor's", "relative"],
)
def test_deviation_parties_are_proposed_from_the_plan(  # type: ignore[no-untyped-def]
    ws: Workspace, setting, unit, performer, assessor, reporter_org, expected
) -> None:
    plan = plan_in_setting(ws, setting, "20150315-9806", unit=unit, performer=performer, assessor=assessor)
    assert list(cases.proposed_parties(ws, plan.id, reporter_org)) == expected
    assert cases.proposed_parties(ws, None) == ()


def test_a_dispute_from_the_form_is_opened_started_and_escalated_in_one_save(ws: Workspace) -> None:
    entry = cases.DisputeEntry(
        parties=(
            ("Region Kronoberg", "Barnmedicin", "Karin Holm", "Verksamhetschef", False),
            ("Växjö kommun", "Hagaskolan", "Rut Rektor", "Rektor", True),
        ),
        question="Vem instruerar vikarier?",
        opened_on=date(2026, 3, 1),
        discussion_started_on=date(2026, 3, 5),
        escalated_on=date(2026, 3, 20),
    )
    saved = cases.save_dispute(ws, entry)
    assert (saved.state, saved.escalated_to) == (DisputeState.ESCALATED, Escalation.COUNTY_AND_SCHOOL_HEADS)
    assert cases.get_dispute(ws, saved.id) == saved
    with pytest.raises(ValidationError) as early:  # spread asked before the solution: nothing changes
        cases.save_dispute(
            ws,
            cases.DisputeEntry(
                **{**entry.__dict__, "dispute_id": saved.id, "spread_to": (("Vikaskolan", "2026-03-21"),)}
            ),
        )
    assert early.value.field == "spread_to"
    assert cases.get_dispute(ws, saved.id) == saved
    done = cases.save_dispute(
        ws,
        cases.DisputeEntry(
            **{
                **entry.__dict__,
                "dispute_id": saved.id,
                "resolved_on": date(2026, 3, 30),
                "solution": "Rektor ansvarar; regionen handleder.",
                "spread_to": (("Vikaskolan", "2026-03-31"),),
            }
        ),
    )
    assert done.state is DisputeState.RESOLVED
    assert [(s.recipient, s.spread_on) for s in done.spread_to] == [("Vikaskolan", date(2026, 3, 31))]  # type: ignore[union-attr]
