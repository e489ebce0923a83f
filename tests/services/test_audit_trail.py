"""Every use case leaves exactly one audit event, naming the action, the record and the person,
in the same transaction as the change; a refused change leaves none."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from app.errors import UserError
from app.models.common import Consent, ConsentGiver
from app.models.deviation import Harm, InformedParty
from app.models.plan import Setting
from app.models.records import DecisionResult, Law, Recipient
from app.models.review import ReviewOutcome
from app.services import cases, persons, plans
from app.services import samrad as samrad_service
from app.services.workspace import Workspace
from tests.factories import ROUTINE_NURSE as NURSE
from tests.factories import ROUTINE_POINTS as POINTS
from tests.factories import ROUTINE_RISK as RISK
from tests.factories import ROUTINE_SIGNATURE as SIGNATURE
from tests.factories import Who, acting_as, full_samrad, sign


def _last_seq(ws: Workspace) -> int:
    return int(ws.store.scalar("SELECT coalesce(max(seq), 0) FROM audit"))


def _one_event(ws: Workspace, fn: Callable[[], object]) -> tuple[str, str, str, str]:
    """Run one use case; return (action, entity, entity_id, person_id) of the one event it wrote."""
    before = _last_seq(ws)
    result = fn()
    events = [e for e in ws.audit.events(limit=50) if e.seq > before]
    assert len(events) == 1, [(e.action, e.entity) for e in events]
    event = events[0]
    assert event.actor  # who: never empty
    if hasattr(result, "id"):
        assert event.entity_id == result.id  # type: ignore[attr-defined]
    return event.action.value, event.entity, event.entity_id, event.person_id


def test_every_use_case_writes_one_audit_event(ws: Workspace) -> None:
    kid = persons.register(ws, "Liam", "Nilsson", "20150315-9806", unit="Hagaskolan")
    pid = kid.id
    assert [(e.action.value, e.entity, e.person_id) for e in ws.audit.events()] == [("create", "person", pid)]

    steps: list[tuple[str, str, str]] = []

    def check(fn: Callable[[], object], action: str, entity: str, person: str = pid) -> object:
        holder: dict[str, object] = {}
        got = _one_event(ws, lambda: holder.setdefault("r", fn()))
        assert (got[0], got[1], got[3]) == (action, entity, person), got
        steps.append((action, entity, person))
        return holder["r"]

    check(lambda: persons.edit(ws, kid, unit="Vikaskolan"), "update", "person")
    check(lambda: persons.open_record(ws, pid), "read", "person")
    a = check(
        lambda: plans.assess(ws, pid, "Insulin", NURSE, date(2026, 11, 1), RISK, "with_help"), "create", "assessment"
    )
    draft = check(lambda: plans.start_plan(ws, a, Setting.SCHOOL), "create", "plan")  # type: ignore[arg-type]
    draft = check(lambda: plans.edit_plan(ws, draft, **POINTS), "update", "plan")  # type: ignore[arg-type]
    samrad = full_samrad(Setting.SCHOOL, child=True)
    check(lambda: samrad_service.record_samrad(ws, a, samrad), "update", "assessment")  # type: ignore[arg-type]
    signed = check(lambda: plans.sign_plan(ws, draft, SIGNATURE), "sign", "plan")  # type: ignore[arg-type]
    review = plans.next_review(ws, signed.id)  # type: ignore[attr-defined]
    check(
        lambda: plans.complete_review(
            ws, review, date(2027, 2, 1), "Jonas Berg", ReviewOutcome.CONTINUE, date(2027, 8, 1)
        ),
        "update",
        "review",
    )
    consent = Consent("Sara Nilsson", ConsentGiver.GUARDIAN, date(2026, 11, 2))
    check(
        lambda: plans.hand_over_copy(ws, signed, Recipient.SCHOOL_LEADER, "Rektor", date(2026, 11, 3), consent),  # type: ignore[arg-type]
        "create",
        "copy",
    )
    check(
        lambda: plans.log_instruction(ws, signed, "Kim Ek", "Jonas Berg", date(2026, 11, 4), date(2027, 11, 4)),  # type: ignore[arg-type]
        "create",
        "instruction",
    )
    when = datetime(2026, 11, 10, 11, 30, tzinfo=UTC)
    entry = check(
        lambda: plans.log_performance(ws, signed, when, "Kim Ek", False, "Pennan saknades"),  # type: ignore[arg-type]
        "create",
        "performance",
    )
    dev = check(
        lambda: cases.report_deviation(
            ws,
            pid,
            when,
            "Skolan",
            "Dosen gavs inte",
            "Kim Ek",
            plan_id=signed.id,  # type: ignore[attr-defined]
            harm=Harm.RISK,
            parties=(InformedParty("Region Kronoberg"),),
            performance=entry,  # type: ignore[arg-type]
        ),
        "create",
        "deviation",
    )
    check(lambda: cases.mark_informed(ws, dev, "Region Kronoberg", date(2026, 11, 10)), "update", "deviation")  # type: ignore[arg-type]
    with acting_as(ws, Who.CASE_OFFICER):  # the decision is the handläggare's (app/models/roles.py)
        check(
            lambda: cases.record_decision(
                ws,
                pid,
                Law.LSS,
                date(2026, 10, 1),
                "Lena",
                DecisionResult.GRANTED,
                date(2026, 10, 20),
                signed.id,  # type: ignore[attr-defined]
            ),
            "create",
            "decision",
        )
    check(lambda: cases.link_sip(ws, pid, date(2026, 11, 5), "Maria Ek", consent), "create", "sip")
    dispute = check(
        lambda: cases.open_dispute(ws, ("Region", "Skolan"), "Vem instruerar?", date(2026, 11, 1), pid),
        "create",
        "dispute",
    )
    check(lambda: cases.resolve_dispute(ws, dispute, date(2026, 11, 8), "Rektor"), "update", "dispute")  # type: ignore[arg-type]
    v2 = check(lambda: plans.edit_plan(ws, signed, on_harm="Ring 112"), "update", "plan")  # type: ignore[arg-type]
    check(lambda: plans.void_plan(ws, v2, "Fel insats"), "void", "plan")  # type: ignore[arg-type]
    unlinked = check(
        lambda: cases.open_dispute(ws, ("Region", "Kommunen"), "Allmän fråga", date(2026, 11, 1)),
        "create",
        "dispute",
        "",
    )
    assert unlinked is not None
    assert len(steps) == 20
    assert ws.audit.verify().ok


@pytest.mark.parametrize(
    "refused",
    [
        lambda ws, p: persons.register(ws, "Annan", "Person", "19850709-9806"),
        lambda ws, p: persons.register(ws, "Dubblett", "Person", p.number.digits),
        lambda ws, p: plans.assess(ws, p.id, "Sond", NURSE, date(2026, 11, 1), RISK.__class__((), "", True), "self"),
        lambda ws, p: cases.open_dispute(ws, ("Bara en",), "Fråga", date(2026, 11, 1)),
    ],
    ids=["bad number", "duplicate", "risk of harm", "one party"],
)
def test_a_refused_change_writes_no_event(ws: Workspace, refused) -> None:  # type: ignore[no-untyped-def]
    person = persons.register(ws, "Liam", "Nilsson", "20150315-9806")
    before = _last_seq(ws)
    with pytest.raises(UserError):
        refused(ws, person)
    assert _last_seq(ws) == before


def test_a_failed_write_rolls_back_its_event(ws: Workspace) -> None:
    """The change and its event are one transaction: when the change fails, no event remains."""
    person = persons.register(ws, "Liam", "Nilsson", "20150315-9806")
    a = plans.assess(ws, person.id, "Insulin", NURSE, date(2026, 11, 1), RISK, "with_help")
    signed = sign(ws, plans.start_plan(ws, a, Setting.SCHOOL, **POINTS), SIGNATURE)  # type: ignore[arg-type]
    before = _last_seq(ws)
    # Saving over a signed version in place is refused by the database trigger, inside ws.write().
    from dataclasses import replace

    from app.models.audit import Action

    with pytest.raises(UserError):
        with ws.write(Action.UPDATE, "plan", signed.id, person.id):
            ws.repos.plans.save(replace(signed, on_harm="ändrat i efterhand"))
    assert _last_seq(ws) == before
    assert plans.get_plan(ws, signed.id).on_harm == POINTS["on_harm"]
    assert ws.audit.verify().ok
