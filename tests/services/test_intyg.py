"""Issuing and voiding egenvårdsintyg through the service: only the licensed professional,
audited under "intyg", refused with the role sentence and nothing written otherwise; the LSS
short-stay rule as the plan window and the to-do engine ask it."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import NotFound, ValidationError
from app.models.intyg import IntygStatus, NotIssuable
from app.models.plan import Setting, Signature
from app.models.roles import PermissionDenied
from app.services import intyg, plans
from app.services.workspace import Workspace
from tests.factories import Who, acting_as, rows, signed_plan_in, signed_school_plan

TODAY = date(2026, 11, 10)


def audit(ws: Workspace) -> list[dict]:
    return ws.store.query("SELECT * FROM audit ORDER BY seq")


@pytest.fixture
def dated(ws: Workspace) -> Workspace:
    ws.today = lambda: TODAY
    return ws


def test_a_licensed_nurse_issues_an_intyg_on_the_signed_version(dated: Workspace) -> None:
    plan = signed_plan_in(dated, Setting.LSS_SHORT_STAY)
    dated.take_changes()
    record = intyg.issue(dated, plan.id, "Sondmatning via PEG", "4 gånger per dag")
    assert (record.plan_id, record.plan_version, record.issued_on) == (plan.id, 1, TODAY)
    assert record.valid_until == date(2027, 4, 1)  # the plan's re-assessment date
    assert record.assessor.name == "Anna Berg" and record.assessor.profession is not None
    assert record.judgement == "Egenvård – med hjälp av någon annan. Riskanalys: Säkert"
    assert intyg.for_plan(dated, plan.id) == [record]
    assert intyg.for_person(dated, plan.person_id) == [record]
    assert intyg.current(dated, plan.id) == record
    events = [r for r in audit(dated) if r["entity"] == "intyg"]
    assert [(e["action"], e["entity_id"], e["person_id"]) for e in events] == [("create", record.id, plan.person_id)]
    changes = dated.take_changes()
    assert changes.touches("intyg", record.id) and changes.touches_person(plan.person_id)


def test_the_intyg_rests_on_the_version_in_force_while_a_next_is_drafted(dated: Workspace) -> None:
    plan = signed_plan_in(dated, Setting.LSS_SHORT_STAY)
    plans.edit_plan(dated, plan, follow_up="Efter två veckor")  # version 2, a draft
    record = intyg.issue(dated, plan.id, "Sondmatning", "4/dag")
    assert record.plan_version == 1


@pytest.mark.parametrize(
    ("who", "role"),
    [
        (Who.SCHOOL_LEADER, "Skolledare / rektor"),
        (Who.UNIT_MANAGER, "Verksamhetsansvarig chef / enhetschef"),
        (Who.CASE_OFFICER, "Biståndshandläggare"),
        (Who.SCHOOL_HEALTH, "Legitimerad yrkesutövare (Sjuksköterska / distriktssköterska), elevhälsa"),
        (Who.MAS, "MAS / administratör"),
    ],
)
def test_other_roles_are_refused_and_nothing_is_written(dated: Workspace, who: Who, role: str) -> None:
    plan = signed_plan_in(dated, Setting.LSS_SHORT_STAY)
    issued = intyg.issue(dated, plan.id, "Sondmatning", "4/dag")
    before = (rows(dated, "intyg"), len(audit(dated)))
    with acting_as(dated, who):
        with pytest.raises(PermissionDenied) as caught:
            intyg.issue(dated, plan.id, "Sondmatning", "4/dag")
        assert str(caught.value) == (
            f"Bara en legitimerad yrkesutövare (inte elevhälsa) får utfärda ett egenvårdsintyg. Din roll: {role}."
        )
        with pytest.raises(PermissionDenied):
            intyg.void(dated, issued.id, "Fel")
    assert (rows(dated, "intyg"), len(audit(dated))) == before


def test_a_draft_or_voided_plan_gets_no_intyg_and_nothing_is_written(dated: Workspace) -> None:
    plan = signed_plan_in(dated, Setting.LSS_SHORT_STAY)
    draft = plans.start_plan(dated, plans.get_assessment(dated, plan.assessment_id), Setting.LSS_SHORT_STAY)
    audit_before = len(audit(dated))
    with pytest.raises(NotIssuable) as caught:
        intyg.issue(dated, draft.id, "Sondmatning", "4/dag")
    assert str(caught.value) == "Egenvårdsintyg utfärdas bara för en signerad plan som gäller; signera planen först."
    plans.void_plan(dated, plan, "Fel person")
    with pytest.raises(NotIssuable):
        intyg.issue(dated, plan.id, "Sondmatning", "4/dag")
    assert rows(dated, "intyg") == []
    assert len(audit(dated)) == audit_before + 1  # the voiding of the plan only
    with pytest.raises(NotFound) as missing:
        intyg.issue(dated, "no-such-plan", "x", "y")
    assert str(missing.value) == "Hittade ingen plan med id no-such-plan."


def test_bad_input_is_refused_with_the_field_named(dated: Workspace) -> None:
    plan = signed_plan_in(dated, Setting.LSS_SHORT_STAY)
    with pytest.raises(ValidationError) as caught:
        intyg.issue(dated, plan.id, "", "4/dag")
    assert (caught.value.field, str(caught.value)) == ("help_needed", "Vilken hjälp som behövs måste fyllas i.")
    with pytest.raises(ValidationError) as caught:
        intyg.issue(dated, plan.id, "Sondmatning", "4/dag", valid_until=TODAY)
    assert caught.value.field == "valid_until"
    assert rows(dated, "intyg") == []


def test_void_keeps_the_row_and_ends_its_validity(dated: Workspace) -> None:
    plan = signed_plan_in(dated, Setting.LSS_SHORT_STAY)
    record = intyg.issue(dated, plan.id, "Sondmatning", "4/dag")
    voided = intyg.void(dated, record.id, "Fel frekvens")
    assert (voided.status, voided.void_reason, voided.voided_on) == (IntygStatus.VOIDED, "Fel frekvens", TODAY)
    assert intyg.get(dated, record.id) == voided
    assert intyg.current(dated, plan.id) is None
    with pytest.raises(ValidationError) as caught:
        intyg.void(dated, record.id, "igen")
    assert str(caught.value) == "Intyget är redan makulerat."
    assert [r["action"] for r in audit(dated) if r["entity"] == "intyg"] == ["create", "void"]


def test_voiding_the_plan_voids_its_intyg_with_an_event_of_its_own(dated: Workspace) -> None:
    """An intyg rests on the signed version: once that is voided, staff may not perform on it."""
    plan = signed_plan_in(dated, Setting.LSS_SHORT_STAY)
    record = intyg.issue(dated, plan.id, "Sondmatning", "4/dag")
    plans.void_plan(dated, plans.get_plan(dated, plan.id), "Fel person")
    after = intyg.get(dated, record.id)
    assert (after.status, after.void_reason, after.voided_on) == (
        IntygStatus.VOIDED,
        "Planen makulerad: Fel person",
        TODAY,
    )
    assert intyg.current(dated, plan.id) is None
    assert [(r["action"], r["entity"]) for r in audit(dated)][-2:] == [("void", "intyg"), ("void", "plan")]


def test_staff_at_an_lss_short_stay_wait_until_a_valid_intyg(dated: Workspace) -> None:
    short_stay = signed_plan_in(dated, Setting.LSS_SHORT_STAY)
    school = signed_school_plan(dated)
    assert intyg.staff_must_wait(dated, short_stay) is True
    assert intyg.staff_must_wait(dated, school) is False
    record = intyg.issue(dated, short_stay.id, "Sondmatning", "4/dag", valid_until=date(2026, 12, 31))
    assert intyg.staff_must_wait(dated, short_stay) is False
    assert intyg.staff_must_wait(dated, short_stay, on=date(2027, 1, 1)) is True  # expired
    intyg.void(dated, record.id, "Fel")
    assert intyg.staff_must_wait(dated, short_stay) is True


def test_a_plan_signed_anew_meanwhile_is_not_issued_on(dated: Workspace) -> None:
    """The service compares the version it read with the one stored inside the transaction."""
    plan = signed_plan_in(dated, Setting.LSS_SHORT_STAY)
    original = intyg.in_force

    def sign_in_between(ws: Workspace, plan_id: str):  # type: ignore[no-untyped-def]
        found = original(ws, plan_id)
        if not ws.store.conn.in_transaction:  # the first read, before the write begins
            draft = plans.edit_plan(ws, found, follow_up="Ny uppföljning")
            plans.sign_plan(ws, draft, Signature("Växjö", date(2026, 11, 9), "Anna Berg", "Distriktssköterska"))
        return found

    intyg.in_force = sign_in_between  # type: ignore[assignment]
    try:
        with pytest.raises(plans.ChangedElsewhere):
            intyg.issue(dated, plan.id, "Sondmatning", "4/dag")
    finally:
        intyg.in_force = original  # type: ignore[assignment]
    assert rows(dated, "intyg") == []


def test_many_plans_at_once_for_the_to_do_engine(dated: Workspace) -> None:
    waiting = signed_plan_in(dated, Setting.LSS_SHORT_STAY)
    covered = signed_plan_in(dated, Setting.LSS_SHORT_STAY, number="20150315-9806")
    school = signed_school_plan(dated, number="20141015-9816")
    intyg.issue(dated, covered.id, "Sondmatning", "4/dag")
    assert intyg.waiting_for_intyg(dated, [waiting, covered, school]) == [waiting]
    assert intyg.waiting_for_intyg(dated, [waiting, covered], on=date(2027, 4, 2)) == [waiting, covered]
