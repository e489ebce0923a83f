"""Who is responsible for a plan now, in SQL (`app/store/handovers.py`), answers as the model's
`responsible_now` does: the latest hand-over's receiver by date, then by when recorded."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from app.models.handover import Handover, responsible_now
from app.services import plans
from app.services.workspace import Workspace
from tests.factories import NURSE_PROFILE, REGION_NURSE, signed_school_plan

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _stored(ws: Workspace, plan, receiver, giver, on: date, recorded: datetime) -> Handover:  # type: ignore[no-untyped-def]
    record = Handover(plan.id, plan.person_id, giver, receiver, on, "Möte", created_at=recorded)
    with ws.store.atomic():
        ws.repos.handovers.add(record)
    return record


def test_responsible_names_for_many_plans(ws: Workspace) -> None:
    untouched = signed_school_plan(ws, "20150315-9806")
    once = signed_school_plan(ws, "20150329-9800")
    twice = signed_school_plan(ws, "20100110-9808")
    jonas = plans.get_assessment(ws, once.assessment_id).assessor
    _stored(ws, once, NURSE_PROFILE, jonas, date(2026, 11, 10), T0)
    # recorded later but effective earlier: the one effective last wins
    _stored(ws, twice, REGION_NURSE, NURSE_PROFILE, date(2026, 12, 1), T0)
    _stored(ws, twice, NURSE_PROFILE, jonas, date(2026, 11, 10), T0.replace(hour=11))
    # same day: the one recorded last wins
    lisa = replace(REGION_NURSE, name="Lisa Holm")
    _stored(ws, twice, lisa, REGION_NURSE, date(2026, 12, 1), T0.replace(hour=9))

    names = ws.repos.handovers.responsible_names([untouched.id, once.id, twice.id, "no-such-plan"])
    assert names == {untouched.id: "Jonas Berg", once.id: "Anna Berg", twice.id: "Lisa Holm"}
    for plan in (untouched, once, twice):
        assessment = plans.get_assessment(ws, plan.assessment_id)
        expected = responsible_now(assessment, ws.repos.handovers.for_plan(plan.id)).name
        assert names[plan.id] == expected
    assert ws.repos.handovers.latest(twice.id).receiver == lisa  # type: ignore[union-attr]
    assert {k: v.receiver.name for k, v in ws.repos.handovers.latest_for_plans([once.id, twice.id]).items()} == {
        once.id: "Anna Berg",
        twice.id: "Lisa Holm",
    }
    # Anna took over `once` and still has it; `twice` went on from her
    assert ws.repos.handovers.plans_taken_over_by("Anna Berg") == [once.id]


def test_the_sql_expression_joins_into_a_plans_query(ws: Workspace) -> None:
    from app.store.handovers import RESPONSIBLE_NAME

    plan = signed_school_plan(ws)
    rows = ws.store.query(f"SELECT {RESPONSIBLE_NAME} AS owner FROM plans p WHERE p.id = ?", (plan.id,))
    assert {r["owner"] for r in rows} == {"Jonas Berg"}
