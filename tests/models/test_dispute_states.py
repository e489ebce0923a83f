"""Disputes per 002 §"Tolkningar": the state model, table-driven. Each row takes a dispute
opened on 1 March 2026 through some steps and says where it ends, or which field the refusal
names and what it says."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from app.errors import ValidationError
from app.models.dispute import Dispute, DisputeParty, DisputeState, Escalation, Spread

OPENED = date(2026, 3, 1)
REGION = DisputeParty("Region Kronoberg", "Vårdcentralen Teleborg", "Karin Holm", "Verksamhetschef")
HOME_CARE = DisputeParty("Växjö kommun", "Hemtjänst Norr", "Ulla Chef", "Enhetschef")
SCHOOL = DisputeParty("Växjö kommun", "Hagaskolan", "Rut Rektor", "Rektor", school=True)


def opened(*parties: DisputeParty) -> Dispute:
    return Dispute(parties or (REGION, HOME_CARE), "Vem instruerar vikarier?", OPENED)


Step = Callable[[Dispute], Dispute]


def start(day: int) -> Step:
    return lambda d: d.discussion_started(date(2026, 3, day))


def escalate(day: int) -> Step:
    return lambda d: d.escalated(date(2026, 3, day))


def resolve(day: int, solution: str = "Enhetschefen instruerar; regionen handleder.") -> Step:
    return lambda d: d.resolved(date(2026, 3, day), solution)


def spread(*rows: tuple[str, int]) -> Step:
    return lambda d: d.spread(tuple(Spread(who, date(2026, 3, day)) for who, day in rows))


def spread_to(d: Dispute) -> list[tuple[str, date]]:
    return [(s.recipient, s.spread_on) for s in d.spread_to]  # type: ignore[union-attr]


ALLOWED: list[tuple[str, list[Step], DisputeState]] = [
    ("just opened", [], DisputeState.OPEN),
    ("discussion started", [start(10)], DisputeState.DISCUSSING),
    ("started, then resolved", [start(10), resolve(20)], DisputeState.RESOLVED),
    ("resolved at once, without a recorded start", [resolve(5)], DisputeState.RESOLVED),
    ("started, escalated", [start(10), escalate(25)], DisputeState.ESCALATED),
    ("escalated, then resolved", [start(10), escalate(25), resolve(31)], DisputeState.RESOLVED),
    (
        "resolved and spread",
        [start(2), resolve(9), spread(("Hemtjänst Söder", 9), ("Region Kronoberg", 12))],
        DisputeState.RESOLVED,
    ),
]


@pytest.mark.parametrize(("steps", "state"), [(s, st) for _, s, st in ALLOWED], ids=[n for n, _, _ in ALLOWED])
def test_allowed_paths_end_in_their_state(steps: list[Step], state: DisputeState) -> None:
    dispute = opened()
    for step in steps:
        dispute = step(dispute)
    assert dispute.state is state


REFUSED: list[tuple[str, list[Step], str, str]] = [
    ("resolved without a solution", [start(10), resolve(20, "  ")], "solution", "Lösningen måste fyllas i."),
    (
        "spread before it is resolved",
        [start(10), spread(("Hemtjänst Söder", 12))],
        "spread_to",
        "Lösningen kan spridas först när tvisten är löst.",
    ),
    (
        "spread dated before the resolution",
        [resolve(9), spread(("Hemtjänst Söder", 8))],
        "spread_to",
        "Lösningen sprids först när tvisten är löst, och inte före lösningsdatumet.",
    ),
    (
        "escalated before any discussion",
        [escalate(20)],
        "escalated_on",
        "En tvist eskaleras först när parternas chefer har påbörjat diskussionerna.",
    ),
    ("escalated twice", [start(3), escalate(20), escalate(21)], "escalated_on", "Tvisten är redan eskalerad."),
    ("escalated after resolution", [start(3), resolve(9), escalate(20)], "escalated_on", "Tvisten är redan löst."),
    ("started twice", [start(3), start(4)], "discussion_started_on", "Diskussionerna är redan påbörjade."),
    ("started after resolution", [resolve(9), start(10)], "discussion_started_on", "Tvisten är redan löst."),
    (
        "started before it was opened",
        [lambda d: d.discussion_started(date(2026, 2, 27))],
        "discussion_started_on",
        "Diskussionerna kan inte ligga före datumet då tvisten öppnades.",
    ),
    (
        "escalated before the discussions",
        [start(10), escalate(9)],
        "escalated_on",
        "Eskaleringen kan inte ligga före diskussionernas början.",
    ),
    (
        "resolved before the escalation",
        [start(10), escalate(20), resolve(15)],
        "resolved_on",
        "Lösningsdatum kan inte ligga före diskussionerna eller eskaleringen.",
    ),
    ("resolved twice", [resolve(9), resolve(10)], "resolved_on", "Tvisten är redan löst."),
    ("resolved without a date", [lambda d: d.resolved(None, "Klart")], "resolved_on", "Ange datum när tvisten löstes."),
    (
        "parties changed after resolution",
        [resolve(9), lambda d: d.with_parties((REGION, SCHOOL))],
        "parties",
        "Tvisten är redan löst.",
    ),
]


@pytest.mark.parametrize(
    ("steps", "field", "sentence"), [(s, f, t) for _, s, f, t in REFUSED], ids=[n for n, *_ in REFUSED]
)
def test_refused_steps_name_their_field(steps: list[Step], field: str, sentence: str) -> None:
    dispute = opened()
    with pytest.raises(ValidationError) as refused:
        for step in steps:
            dispute = step(dispute)
    assert refused.value.field == field
    assert refused.value.params["text_sv"] == sentence


@pytest.mark.parametrize(
    ("today", "steps", "overdue"),
    [
        (date(2026, 3, 15), [], False),  # the fourteenth day: still in time
        (date(2026, 3, 16), [], True),
        (date(2026, 4, 30), [start(16)], False),  # started late, but started
        (date(2026, 4, 30), [resolve(20)], False),
    ],
)
def test_discussions_not_started_within_two_weeks(today: date, steps: list[Step], overdue: bool) -> None:
    dispute = opened()
    for step in steps:
        dispute = step(dispute)
    assert dispute.discussion_due_on == date(2026, 3, 15)
    assert dispute.discussion_overdue(today) is overdue


def test_escalation_records_date_and_body_with_the_school_heads_when_a_school_is_a_party() -> None:
    county = escalate(20)(start(3)(opened(REGION, HOME_CARE)))
    assert (county.escalated_on, county.escalated_to) == (date(2026, 3, 20), Escalation.COUNTY)
    school = escalate(21)(start(3)(opened(REGION, SCHOOL)))
    assert (school.escalated_on, school.escalated_to) == (date(2026, 3, 21), Escalation.COUNTY_AND_SCHOOL_HEADS)
    assert opened(REGION, SCHOOL).escalation_body is Escalation.COUNTY_AND_SCHOOL_HEADS


def test_spreading_lists_units_with_their_dates() -> None:
    done = spread(("Hemtjänst Söder", 9), ("Region Kronoberg", 12))(resolve(9)(opened()))
    assert spread_to(done) == [("Hemtjänst Söder", date(2026, 3, 9)), ("Region Kronoberg", date(2026, 3, 12))]


def test_parties_as_plain_names_still_make_a_dispute() -> None:
    """Rows and callers from before the närmaste chef: a name is the party's organisation."""
    old = Dispute(("Skolan", {"organisation": "Regionen", "manager": "Karin Holm"}), "Vem?", OPENED)
    assert [(p.organisation, p.manager) for p in old.parties] == [("Skolan", ""), ("Regionen", "Karin Holm")]  # type: ignore[union-attr]


def test_spread_from_the_form_needs_a_date() -> None:
    with pytest.raises(ValidationError) as missing:
        Spread.from_text("Hemtjänst Söder", "")
    assert missing.value.params["text_sv"] == "Ange datum då lösningen spreds till Hemtjänst Söder."
    assert Spread.from_text("Hemtjänst Söder", "2026-03-09").spread_on == date(2026, 3, 9)
