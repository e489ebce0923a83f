"""The to-do engine, one row per kind: the condition puts the item on its owner's list (as
hers), not on another user's, and recording the step takes it off (real database, services)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest

from app.models.common import Consent, ConsentGiver, Practitioner
from app.models.deviation import InformedParty
from app.models.plan import Signature
from app.models.records import DecisionResult, Law, Recipient
from app.models.review import ReviewOutcome
from app.models.roles import Who
from app.services import cases, plans, todo
from app.services.todo import Kind, TodoItem
from app.services.workspace import Workspace
from tests.factories import NURSE_PROFILE, PROFILES, SCHOOL_PLAN_ASSESSOR, acting_as, profile_as, signed_school_plan

JONAS = SCHOOL_PLAN_ASSESSOR  # assessed the pupil's plan (signed 2026-11-02, re-assessment 2027-02-01)
RUT = PROFILES[Who.SCHOOL_LEADER]  # school leader of Hagaskolan, the pupil's school
ULLA = PROFILES[Who.UNIT_MANAGER]  # unit manager of Hemtjänst Syd: nothing of this pupil is hers
HANS = PROFILES[Who.CASE_OFFICER]


@dataclass(frozen=True)
class Case:
    kind: Kind
    today: date
    owner: Practitioner
    other: Practitioner
    action: str
    owner_words: str
    arrange: Callable[[Workspace, Any], Any]
    record: Callable[[Workspace, Any, Any], None]
    on_plan: bool = True  # a dispute is about a person, not a plan


def _nothing(ws: Workspace, plan: Any) -> None:
    return None


def _copy(recipient: Recipient, name: str) -> Callable[[Workspace, Any, Any], None]:
    def record(ws: Workspace, plan: Any, _: Any) -> None:
        consent = Consent("Maria Nilsson", ConsentGiver.GUARDIAN, date(2026, 11, 3))
        needs = recipient not in (Recipient.PERSON, Recipient.GUARDIAN)
        plans.hand_over_copy(ws, plan, recipient, name, date(2026, 11, 3), consent if needs else None)

    return record


def _instruct(renew_on: date | None, on: date = date(2026, 11, 5)) -> Callable[..., None]:
    def record(ws: Workspace, plan: Any, *_: Any) -> None:
        plans.log_instruction(ws, plan, "Eva Assistent", "Jonas Berg", on, renew_on)

    return record


def _review_done(ws: Workspace, plan: Any, *_: Any) -> None:
    review = plans.next_review(ws, plan.id)
    plans.complete_review(ws, review, date(2027, 1, 20), "Jonas Berg", ReviewOutcome.CONTINUE, date(2027, 8, 1))


def _announce(ws: Workspace, plan: Any, _: Any) -> None:
    review = plans.next_review(ws, plan.id)
    plans.announce_review(ws, review, date(2027, 1, 21), "Maria Nilsson, Rut Rektor")


def _draft(ws: Workspace, plan: Any) -> Any:
    return plans.edit_plan(ws, plan, on_change="Ring Jonas Berg direkt")


def _sign(ws: Workspace, plan: Any, draft: Any) -> None:
    plans.sign_plan(ws, draft, Signature("Växjö", date(2026, 12, 20), "Jonas Berg", "Sjuksköterska"))


def _deviation(ws: Workspace, plan: Any) -> Any:
    return cases.report_deviation(
        ws,
        plan.person_id,
        datetime(2026, 11, 10, 9, 30, tzinfo=UTC),
        "Hagaskolan",
        "Insulindosen gavs en timme för sent.",
        "Eva Assistent",
        reporter_organisation="Hagaskolan",
        plan_id=plan.id,
        parties=(InformedParty("Region Kronoberg", "Jonas Berg"),),
    )


def _inform(ws: Workspace, _plan: Any, deviation: Any) -> None:
    cases.mark_informed(ws, deviation, "Region Kronoberg", date(2026, 11, 11))


def _analyse(ws: Workspace, _plan: Any, deviation: Any) -> None:
    cases.update_deviation(ws, cases.get_deviation(ws, deviation.id), event_analysis="Rutinen för tidpunkt ändrad.")


def _apply(ws: Workspace, plan: Any) -> Any:
    with acting_as(ws, Who.CASE_OFFICER):
        return cases.record_decision(
            ws, plan.person_id, Law.LSS, date(2026, 11, 4), "Hans Handläggare", plan_id=plan.id
        )


def _decide(ws: Workspace, plan: Any, decision: Any) -> None:
    with acting_as(ws, Who.CASE_OFFICER):
        cases.decide(ws, decision.id, DecisionResult.GRANTED, date(2026, 11, 20), plan.id)


PARTIES = (
    ("Region Kronoberg", "Vårdcentralen Teleborg", "Karin Holm", "Verksamhetschef", False),
    ("Växjö kommun", "Hagaskolan", "Rut Rektor", "Rektor", True),
)


def _dispute(ws: Workspace, plan: Any) -> Any:
    entry = cases.DisputeEntry(PARTIES, "Vem instruerar vikarier?", date(2026, 11, 3), plan.person_id)
    return cases.save_dispute(ws, entry)


def _resolve(ws: Workspace, _plan: Any, dispute: Any) -> None:
    cases.resolve_dispute(ws, dispute, date(2026, 11, 25), "Skolan instruerar; regionen handleder.")


def _start_discussion(ws: Workspace, plan: Any, dispute: Any) -> None:
    entry = cases.DisputeEntry(
        PARTIES, dispute.question, dispute.opened_on, plan.person_id, date(2026, 11, 21), dispute_id=dispute.id
    )
    cases.save_dispute(ws, entry)


JONAS_WORDS = "Jonas Berg (ansvarig sjuksköterska)"
CASES = [
    Case(Kind.COPY_MISSING, date(2026, 11, 20), JONAS, NURSE_PROFILE,
         "Lämna undertecknad kopia till vårdnadshavare för Liam Nilsson", JONAS_WORDS,
         _nothing, _copy(Recipient.GUARDIAN, "Maria Nilsson")),
    Case(Kind.COPY_MISSING, date(2026, 11, 20), JONAS, NURSE_PROFILE,
         "Lämna undertecknad kopia till Hagaskolan", JONAS_WORDS,
         _nothing, _copy(Recipient.SCHOOL_LEADER, "Rut Rektor, Hagaskolan")),
    Case(Kind.INSTRUCTION_MISSING, date(2026, 11, 20), RUT, ULLA,
         "Instruera personalen på Hagaskolan", "Skolledare, Hagaskolan", _nothing, _instruct(None)),
    Case(Kind.INSTRUCTION_RENEWAL, date(2027, 4, 20), RUT, ULLA,
         "Förnya instruktionen för Eva Assistent", "Skolledare, Hagaskolan",
         _instruct(date(2027, 5, 5)), _instruct(date(2027, 11, 5), on=date(2027, 4, 21))),
    Case(Kind.REVIEW_DUE, date(2027, 1, 15), JONAS, NURSE_PROFILE,
         "Gör omprövningen (planerad 2027-02-01)", JONAS_WORDS, _nothing, _review_done),
    Case(Kind.REVIEW_OVERDUE, date(2027, 2, 10), JONAS, RUT,
         "Gör omprövningen (planerad 2027-02-01)", JONAS_WORDS, _nothing, _review_done),
    Case(Kind.INFORM_NEXT_REVIEW, date(2027, 1, 25), JONAS, NURSE_PROFILE,
         "Meddela berörda nästa omprövning 2027-08-01", JONAS_WORDS, _review_done, _announce),
    Case(Kind.DRAFT_STALE, date(2026, 12, 31), JONAS, NURSE_PROFILE,
         "Gör klart och signera utkastet (version 2)", JONAS_WORDS, _draft, _sign),
    Case(Kind.DEVIATION_UNINFORMED, date(2026, 11, 20), RUT, ULLA,
         "Informera om avvikelsen: Region Kronoberg", "Skolledare, Hagaskolan", _deviation, _inform),
    Case(Kind.EVENT_ANALYSIS_MISSING, date(2026, 11, 20), RUT, ULLA,
         "Gör gemensam händelseanalys med Hagaskolan, Region Kronoberg", "Skolledare, Hagaskolan",
         _deviation, _analyse),
    Case(Kind.BISTAND_PENDING, date(2026, 11, 20), HANS, NURSE_PROFILE,
         "Besluta om ansökan om bistånd (LSS)", "Handläggare Hans Handläggare", _apply, _decide),
    Case(Kind.DISPUTE_NOT_STARTED, date(2026, 11, 20), RUT, ULLA,
         "Starta diskussionen mellan Region Kronoberg, Vårdcentralen Teleborg, Växjö kommun, Hagaskolan",
         "Närmaste chef: Karin Holm (Vårdcentralen Teleborg), Rut Rektor (Hagaskolan)",
         _dispute, _resolve, on_plan=False),
    Case(Kind.DISPUTE_NOT_STARTED, date(2026, 11, 20), RUT, ULLA,
         "Starta diskussionen mellan Region Kronoberg, Vårdcentralen Teleborg, Växjö kommun, Hagaskolan",
         "Närmaste chef: Karin Holm (Vårdcentralen Teleborg), Rut Rektor (Hagaskolan)",
         _dispute, _start_discussion, on_plan=False),
]  # fmt: skip


def _listed(ws: Workspace, who: Practitioner, case: Case) -> list[TodoItem]:
    with profile_as(ws, who):
        return [i for i in todo.todo(ws, today=case.today) if i.kind is case.kind and i.action.startswith(case.action)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.kind.value}:{c.action[:30]}" for c in CASES])
def test_each_kind_appears_for_its_owner_and_goes_when_the_step_is_recorded(ws: Workspace, case: Case) -> None:
    plan = signed_school_plan(ws)
    made = case.arrange(ws, plan)

    [item] = _listed(ws, case.owner, case)
    assert (item.owner, item.mine, item.person_id, item.plan_id) == (
        case.owner_words,
        True,
        plan.person_id,
        plan.id if case.on_plan else None,
    )
    assert item.person_name == "Liam Nilsson"
    assert not [i for i in _listed(ws, case.other, case) if i.mine]

    case.record(ws, plan, made)
    assert _listed(ws, case.owner, case) == []


def test_a_child_s_copy_goes_to_the_guardian_and_the_school_copy_names_the_school(ws: Workspace) -> None:
    signed_school_plan(ws)
    with profile_as(ws, JONAS):
        items = todo.todo(ws, today=date(2026, 11, 20), kinds=[Kind.COPY_MISSING])
    assert sorted(i.action for i in items) == [
        "Lämna undertecknad kopia till Hagaskolan",
        "Lämna undertecknad kopia till vårdnadshavare för Liam Nilsson",
    ]
    assert {i.due for i in items} == {date(2026, 11, 2)}


def test_own_items_come_first_and_mine_filters(ws: Workspace) -> None:
    signed_school_plan(ws)
    with profile_as(ws, RUT):
        everything = todo.todo(ws, today=date(2026, 11, 20))
        own = todo.todo(ws, today=date(2026, 11, 20), mine=True)
    assert [i.kind for i in own] == [Kind.INSTRUCTION_MISSING]
    assert everything[0] == own[0]
    assert {i.kind for i in everything[1:]} == {Kind.COPY_MISSING}
    assert all(i.my_unit for i in everything)  # Hagaskolan is the pupil's unit and hers


def test_a_page_is_the_head_of_the_list_and_counts_the_whole_list(ws: Workspace) -> None:
    """Överblick and `todo list` read a page (a school leader of a large unit has 14 000
    items); the counts are the whole list's, with the filters applied in the database."""
    signed_school_plan(ws)
    day = date(2026, 11, 20)
    with profile_as(ws, RUT):
        first = todo.page(ws, today=day, limit=2)
        whole = todo.page(ws, today=day, limit=None)
        others = todo.page(ws, today=day, kinds=[Kind.COPY_MISSING], limit=1)
        own = todo.page(ws, today=day, mine=True)
        unit = todo.page(ws, today=day, my_unit=True, limit=1)
    assert (first.total, first.own, first.complete) == (3, 1, False)
    assert [i.kind for i in first.items] == [Kind.INSTRUCTION_MISSING, Kind.COPY_MISSING]
    assert list(first.items) == list(whole.items[:2]) and whole.complete and len(whole.items) == 3
    assert (others.total, others.own, [i.kind for i in others.items]) == (2, 0, [Kind.COPY_MISSING])
    assert (own.total, own.own, [i.kind for i in own.items]) == (1, 1, [Kind.INSTRUCTION_MISSING])
    assert (unit.total, len(unit.items)) == (3, 1)
    with profile_as(ws, ULLA):  # Hemtjänst Syd: Hagaskolan's items are neither hers nor her unit's
        assert (todo.page(ws, today=day, unit="Hagaskolan").total, todo.page(ws, today=day, unit="Hagaskolan").own) == (
            3,
            0,
        )
        assert todo.page(ws, today=day, my_unit=True, unit="Hagaskolan").total == 0


def test_an_old_open_review_does_not_ask_to_be_announced(ws: Workspace) -> None:
    """Only a date planned at a review within INFORM_WINDOW (60 days) asks to be told."""
    plan = signed_school_plan(ws)
    _review_done(ws, plan)  # on 2027-01-20, next 2027-08-01
    with profile_as(ws, JONAS):
        soon = todo.todo(ws, today=date(2027, 3, 20), kinds=[Kind.INFORM_NEXT_REVIEW])
        late = todo.todo(ws, today=date(2027, 3, 22), kinds=[Kind.INFORM_NEXT_REVIEW])
    assert [i.due for i in soon] == [date(2027, 2, 3)]
    assert late == []


def test_unit_filter_reads_that_unit_only(ws: Workspace) -> None:
    signed_school_plan(ws)
    with profile_as(ws, ULLA):
        assert todo.todo(ws, today=date(2026, 11, 20)) == []
        there = todo.todo(ws, today=date(2026, 11, 20), unit="Hagaskolan")
    assert {i.person_name for i in there} == {"Liam Nilsson"}
    assert not any(i.mine for i in there)


def test_an_unknown_kind_names_the_valid_ones() -> None:
    with pytest.raises(todo.UnknownKind) as caught:
        todo.parse_kinds(["copy_missing", "kopia"])
    assert str(caught.value) == (
        "Okänd sorts uppgift ”kopia”. Giltiga: copy_missing, instruction_missing, instruction_renewal,"
        " review_overdue, review_due, inform_next_review, deviation_uninformed, event_analysis_missing,"
        " intyg_missing, bistand_pending, dispute_not_started, draft_stale, copy_without_consent, exchange_conflict."
    )


def test_an_lss_short_stay_without_intyg_asks_its_responsible_for_one(ws: Workspace) -> None:
    """intyg_missing: a signed LSS short-stay plan without an egenvårdsintyg in force is on the
    responsible nurse's list at once; issuing one takes it off until the day after it runs out."""
    from app.models.plan import Setting
    from app.services import intyg
    from tests.factories import signed_plan_in

    plan = signed_plan_in(ws, Setting.LSS_SHORT_STAY)  # assessed by Anna Berg (NURSE_PROFILE)
    case = Case(
        Kind.INTYG_MISSING, date(2026, 10, 10), NURSE_PROFILE, RUT, "Utfärda egenvårdsintyg", "", _nothing, _nothing
    )
    [item] = _listed(ws, NURSE_PROFILE, case)
    assert (item.mine, item.plan_id, item.due, item.entity) == (True, plan.id, date(2026, 10, 2), "intyg")
    assert item.owner == "Anna Berg (ansvarig distriktssköterska)"
    assert not [i for i in _listed(ws, RUT, case) if i.mine]

    issued = intyg.issue(ws, plan.id, "Sondmatning vid måltid", "Tre gånger per dag", valid_until=date(2027, 3, 1))
    assert issued.valid_until == date(2027, 3, 1)
    assert _listed(ws, NURSE_PROFILE, case) == []
    later = replace_today(case, date(2027, 3, 2))
    [again] = _listed(ws, NURSE_PROFILE, later)
    assert again.due == date(2027, 3, 2)


def replace_today(case: Case, today: date) -> Case:
    from dataclasses import replace

    return replace(case, today=today)


def test_a_hand_over_moves_the_plan_s_items_to_the_new_responsible(ws: Workspace) -> None:
    """002: a licensed professional of the same profession takes over follow-up by agreement;
    the plan's to-dos are hers from then on, no longer the assessor's."""
    from tests.factories import taken_over

    plan = signed_school_plan(ws)  # assessed by Jonas Berg, nurse
    case = Case(Kind.REVIEW_DUE, date(2027, 1, 15), JONAS, NURSE_PROFILE, "Gör omprövningen", "", _nothing, _nothing)
    [before] = _listed(ws, JONAS, case)
    assert (before.mine, before.owner) == (True, JONAS_WORDS)

    taken_over(ws, plan.id, date(2026, 12, 1))  # Anna Berg, nurse, takes over
    [mine] = _listed(ws, NURSE_PROFILE, case)
    assert (mine.mine, mine.owner) == (True, "Anna Berg (ansvarig distriktssköterska)")
    assert _listed(ws, JONAS, case) == []  # a nurse's list holds the plans she answers for
