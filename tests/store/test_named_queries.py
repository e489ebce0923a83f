"""The repositories' named queries: what each returns and in which order, written out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.models.deviation import Deviation
from app.models.dispute import Dispute
from app.models.records import CopyHandover, Recipient
from app.models.review import Review
from app.services import persons
from app.services.workspace import Workspace


def _review(plan_id: str, day: int, ident: str) -> Review:
    return Review(plan_id, date(2026, 5, day), id=ident)


def test_reviews_for_a_plan_and_for_plans_in_date_order(ws: Workspace) -> None:
    # Written out of date order, and across two plans and a third that is not asked for.
    ws.repos.reviews.add_many(
        [
            _review("plan-a", 20, "a-20"),
            _review("plan-b", 3, "b-03"),
            _review("plan-a", 2, "a-02"),
            _review("plan-c", 1, "c-01"),
            _review("plan-a", 9, "a-09"),
        ]
    )
    assert [r.id for r in ws.repos.reviews.for_plan("plan-a")] == ["a-02", "a-09", "a-20"]
    assert [r.id for r in ws.repos.reviews.for_plans(["plan-a", "plan-b"])] == ["a-02", "b-03", "a-09", "a-20"]
    assert ws.repos.reviews.for_plans([]) == []
    assert ws.repos.reviews.for_plan("plan-x") == []


def test_copies_of_one_plan_version(ws: Workspace) -> None:
    def copy(version: int, day: int, ident: str) -> CopyHandover:
        return CopyHandover("plan-a", version, Recipient.PERSON, "Tolvan", date(2026, 5, day), id=ident)

    ws.repos.copies.add_many([copy(2, 8, "v2-8"), copy(1, 1, "v1-1"), copy(2, 4, "v2-4")])
    assert [c.id for c in ws.repos.copies.for_plan_version("plan-a", 2)] == ["v2-4", "v2-8"]
    assert [c.id for c in ws.repos.copies.for_plan_version("plan-a", 1)] == ["v1-1"]
    assert [c.id for c in ws.repos.copies.for_plan("plan-a")] == ["v1-1", "v2-4", "v2-8"]


def test_a_persons_deviations_and_disputes_in_date_order(ws: Workspace) -> None:
    tolvan = persons.register(ws, "Tolvan", "Tolvansson", "19121212-1212")
    other = persons.register(ws, "Saga", "Ek", "19850709-9805")

    def dev(person_id: str, day: int, ident: str) -> Deviation:
        return Deviation(person_id, datetime(2026, 4, day, 9, tzinfo=UTC), "Skolan", "Dos", "Eva", id=ident)

    ws.repos.deviations.add_many([dev(tolvan.id, 14, "t-14"), dev(other.id, 1, "o-01"), dev(tolvan.id, 2, "t-02")])
    ws.repos.disputes.add_many(
        [
            Dispute(("Skolan", "Regionen"), "Vem instruerar?", date(2026, 4, 9), tolvan.id, id="d-09"),
            Dispute(("Skolan", "Regionen"), "Vem följer upp?", date(2026, 4, 3), tolvan.id, id="d-03"),
            Dispute(("Skolan", "Regionen"), "Allmän fråga", date(2026, 4, 1), None, id="d-none"),
        ]
    )
    assert [d.id for d in ws.repos.deviations.for_person(tolvan.id)] == ["t-02", "t-14"]
    assert [d.id for d in ws.repos.disputes.for_person(tolvan.id)] == ["d-03", "d-09"]
    assert [d.id for d in ws.repos.deviations.by_ids(["t-14", "missing", "o-01"])] == ["t-14", "o-01"]
    assert ws.repos.deviations.by_ids([]) == []


def test_everyone_by_name_and_every_number(ws: Workspace) -> None:
    persons.register(ws, "Tolvan", "Tolvansson", "19121212-1212")
    persons.register(ws, "Saga", "Ek", "19850709-9805")
    persons.register(ws, "Anna", "Ek", "20150315-9806")
    assert [p.name for p in ws.repos.persons.all_sorted()] == ["Anna Ek", "Saga Ek", "Tolvan Tolvansson"]
    assert ws.repos.persons.numbers() == {"191212121212", "198507099805", "201503159806"}
