"""The demo shows the case slice to a newcomer: disputes in every state, bistånd pending and
granted with its plan, deviations whose parties are the ones the plan proposes; once only."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from app.models.dispute import DisputeState, Escalation
from app.models.records import DecisionResult
from app.services import cases, demo
from app.services.workspace import Workspace


def test_the_demo_holds_every_dispute_state_and_the_bistand_cases(ws: Workspace) -> None:
    demo.fill(ws, persons=60)
    today = ws.today()
    disputes = ws.repos.disputes.all()
    seen = {(d.state, d.escalated_to) for d in disputes}
    assert {
        (DisputeState.OPEN, Escalation.NONE),
        (DisputeState.DISCUSSING, Escalation.NONE),
        (DisputeState.RESOLVED, Escalation.NONE),
        (DisputeState.ESCALATED, Escalation.COUNTY),
        (DisputeState.ESCALATED, Escalation.COUNTY_AND_SCHOOL_HEADS),
    } <= seen
    assert any(d.discussion_overdue(today) for d in disputes)
    assert any(d.spread_to and d.state is DisputeState.RESOLVED for d in disputes)
    assert any(p.manager for d in disputes for p in d.parties)  # type: ignore[union-attr]
    decisions = ws.repos.decisions.all()
    assert any(d.result is DecisionResult.PENDING and d.plan_id is None for d in decisions)
    assert any(d.result is DecisionResult.GRANTED and d.plan_id for d in decisions)
    assert all(d.plan_id for d in decisions if d.is_decided)
    at = datetime.combine(today - timedelta(days=3), time(9, 15), UTC)  # the tour's, not the random ones
    recent = [d for d in ws.repos.deviations.all() if d.occurred_at == at]
    assert len(recent) == 2
    for d in recent:
        proposed = cases.proposed_parties(ws, d.plan_id, d.reporter_organisation)
        assert [p.organisation for p in d.parties] == [org for org, _contact in proposed]

    before = len(disputes)
    demo.fill(ws, persons=5, seed=99)  # `demo --add 5`: no second tour
    assert len(ws.repos.disputes.all()) - before < 5
    assert sum(1 for d in ws.repos.disputes.all() if d.state is DisputeState.ESCALATED) == 2
