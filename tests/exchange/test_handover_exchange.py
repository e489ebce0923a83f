"""A hand-over across organisations travels in the bundle: a FHIR Task (owner = the new
responsible, requester = the one handing over) and back to the same record."""

from __future__ import annotations

import json
from datetime import date

from app.models.common import Consent, ConsentGiver
from app.models.records import Recipient
from app.services import exchange as ex
from app.services import handover, plans
from tests.factories import Pair, members_of, rows, signed_school_plan, taken_over


def test_a_hand_over_round_trips_and_moves_responsibility_on_the_other_side(pair: Pair) -> None:
    plan = signed_school_plan(pair.a, "20150329-9800")  # Jonas Berg, Region Kronoberg
    consent = Consent("Karin Nilsson", ConsentGiver.GUARDIAN, date(2026, 11, 2))
    plans.hand_over_copy(pair.a, plan, Recipient.SCHOOL_LEADER, "Rut Rektor", date(2026, 11, 3), consent)
    sent = taken_over(pair.a, plan.id, on=date(2026, 11, 10))  # to Anna Berg, Växjö kommun
    assert sent.across_organisations
    bundle = pair.bundle("h.egvb", plan_ids=[plan.id])

    tasks = [
        e["resource"]
        for e in json.loads(members_of(bundle, pair.b)["bundle.json"])["entry"]
        if e["resource"].get("meta", {}).get("tag", [{}])[0].get("code") == "handover"
    ]
    assert len(tasks) == 1
    task = tasks[0]
    assert (task["resourceType"], task["status"], task["intent"]) == ("Task", "accepted", "order")
    assert task["basedOn"][0]["identifier"]["value"] == plan.id
    assert task["executionPeriod"] == {"start": "2026-11-10"}

    result = ex.import_bundle(pair.b, bundle)
    assert result.counts["conflict"] == 0
    assert pair.b.repos.handovers.for_plan(plan.id) == [sent]
    assert rows(pair.b, "handovers") == [r for r in rows(pair.a, "handovers") if r["id"] == sent.id]
    now = handover.responsibility(pair.b, plan.id)
    assert (now.now.name, now.now.organisation) == ("Anna Berg", "Växjö kommun")
    assert now.assessor.name == "Jonas Berg"
    again = ex.import_bundle(pair.b, bundle)
    assert again.counts["new"] == again.counts["conflict"] == 0
