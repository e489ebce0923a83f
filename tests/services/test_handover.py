"""Handing over responsibility through the service: who may record it, what is written and
audited, what is refused with nothing written."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.models.common import Practitioner, Profession, Role
from app.models.roles import PermissionDenied
from app.services import handover
from app.services.workspace import Workspace
from tests.factories import NURSE_PROFILE, REGION_NURSE, Who, acting_as, signed_school_plan, taken_over

AGREED = "Telefon 2026-11-09"


def _rows(ws: Workspace) -> tuple[int, int]:
    return int(ws.store.scalar("SELECT count(*) FROM handovers")), int(ws.store.scalar("SELECT max(seq) FROM audit"))


def test_the_receiver_records_that_she_took_over(ws: Workspace) -> None:
    plan = signed_school_plan(ws)  # assessed by Jonas Berg, Region Kronoberg
    ws.take_changes()
    done = taken_over(ws, plan.id)
    assert done.giver.name == "Jonas Berg"
    assert done.receiver.name == "Anna Berg"
    assert done.across_organisations
    now = handover.responsibility(ws, plan.id)
    assert now.now.name == "Anna Berg"
    assert now.assessor.name == "Jonas Berg"
    assert [h.id for h in now.handovers] == [done.id]
    event = ws.store.query("SELECT action, entity, entity_id, person_id, actor FROM audit ORDER BY seq DESC LIMIT 1")[0]
    assert (event["action"], event["entity"], event["entity_id"]) == ("create", "handover", plan.id)
    assert event["person_id"] == plan.person_id
    assert event["actor"].startswith("Anna Berg, Distriktssköterska")
    assert ws.take_changes().touches("handover", plan.id)


def test_the_giver_hands_over_and_then_the_next(ws: Workspace) -> None:
    plan = signed_school_plan(ws)
    taken_over(ws, plan.id)  # Jonas → Anna
    second = handover.hand_over(ws, plan.id, REGION_NURSE, date(2026, 12, 1), AGREED)  # Anna → Eva
    assert second.giver.name == "Anna Berg"
    assert handover.responsibility(ws, plan.id).now == REGION_NURSE
    assert handover.responsible_names(ws, [plan.id]) == {plan.id: "Eva Lund"}


def test_someone_else_cannot_record_an_agreement_of_two_others(ws: Workspace) -> None:
    plan = signed_school_plan(ws)  # Jonas Berg is responsible; Anna Berg acts
    before = _rows(ws)
    with pytest.raises(handover.NotAParty) as refused:
        handover.hand_over(ws, plan.id, REGION_NURSE, date(2026, 11, 10), AGREED)
    assert str(refused.value) == (
        "Bara den som har ansvaret nu (Jonas Berg) eller den som tar över (Eva Lund) kan registrera överlåtelsen."
    )
    assert _rows(ws) == before


def test_another_profession_is_refused_and_nothing_written(ws: Workspace) -> None:
    plan = signed_school_plan(ws)
    physician = Practitioner("Anna Berg", "Läkare", "Växjö kommun", role=Role.LICENSED, profession=Profession.PHYSICIAN)
    before = _rows(ws)
    with pytest.raises(ValidationError) as refused:
        handover.hand_over(ws, plan.id, physician, date(2026, 11, 10), AGREED)
    assert str(refused.value).startswith(
        "Ansvaret kan bara tas över av en legitimerad yrkesutövare med samma profession "
        "(sjuksköterska → sjuksköterska)."
    )
    assert _rows(ws) == before


def test_before_the_signing_date_is_refused(ws: Workspace) -> None:
    plan = signed_school_plan(ws)  # signed 2026-11-02
    with pytest.raises(ValidationError) as refused:
        taken_over(ws, plan.id, on=date(2026, 11, 1))
    assert str(refused.value) == "Datum för överlåtelsen kan inte ligga före planens signeringsdatum (2026-11-02)."


def test_a_draft_cannot_be_handed_over(ws: Workspace) -> None:
    from app.services import plans

    plan = signed_school_plan(ws)
    assessment = plans.get_assessment(ws, plan.assessment_id)
    draft = plans.start_plan(ws, assessment, plan.setting)
    with pytest.raises(handover.NotSigned):
        taken_over(ws, draft.id)


def test_elevhalsan_may_not_take_over(ws: Workspace) -> None:
    plan = signed_school_plan(ws)
    before = _rows(ws)
    with acting_as(ws, Who.SCHOOL_HEALTH) as sofia, pytest.raises(PermissionDenied):
        taken_over(ws, plan.id, receiver=sofia)
    assert _rows(ws) == before


def test_a_stored_hand_over_is_never_changed(ws: Workspace) -> None:
    from app.store.errors import Refused

    plan = signed_school_plan(ws)
    taken_over(ws, plan.id)
    with pytest.raises(Refused), ws.store.atomic():
        ws.store.conn.execute("UPDATE handovers SET agreement = 'annat'")
    assert handover.for_plan(ws, plan.id)[0].receiver == NURSE_PROFILE


def test_the_demo_holds_hand_overs_within_and_across_organisations(ws: Workspace) -> None:
    from datetime import date as day

    from app.services import demo

    def built() -> list[tuple[str, str, str, str, day]]:
        batch = demo.Generator(2026, day(2026, 11, 29)).build(60)
        return [
            (h.giver.name, h.giver.organisation, h.receiver.name, h.receiver.organisation, h.handed_on)
            for h in batch.handovers
        ]

    first = built()
    assert first == built()  # deterministic: no random numbers drawn for them
    assert any(giver_org != receiver_org for _g, giver_org, _r, receiver_org, _d in first)
    assert any(giver_org == receiver_org for _g, giver_org, _r, receiver_org, _d in first)
    demo.fill(ws, persons=60, seed=2026, today=day(2026, 11, 29))
    stored = ws.repos.handovers.all()
    assert len(stored) == len(first) > 0
    names = handover.responsible_names(ws, [h.plan_id for h in stored])
    assert all(names[h.plan_id] == h.receiver.name for h in stored)
