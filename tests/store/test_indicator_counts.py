"""The kept facts and day/month counts behind the indicators (app/store/indicator_facts.py):
a period with broken months at both edges, and figures that follow a write made after a read.
Expected values worked out by hand from tests/factories.py `indicator_world`."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.models.indicators import Breakdown, Period
from app.services import cases, persons
from app.services import indicators as ix
from app.services.workspace import Workspace
from app.store.indicators import spans
from tests.factories import IndicatorWorld, indicator_world

H1 = Period(date(2026, 1, 1), date(2026, 6, 30))


@pytest.fixture
def world(ws: Workspace) -> IndicatorWorld:
    return indicator_world(ws)


def figures(ws: Workspace, period: Period, breakdown: Breakdown = Breakdown.NONE) -> dict[tuple[str, str], tuple]:
    return {(f.indicator, f.group): (f.numerator, f.denominator) for f in ix.compute(ws, period, breakdown).figures}


def test_a_period_is_whole_months_and_the_days_at_its_edges() -> None:
    assert spans(date(2026, 1, 20), date(2026, 3, 2)) == [
        ("m", "2026-02", "2026-02"),
        ("d", "2026-01-20", "2026-01-31"),
        ("d", "2026-03-01", "2026-03-02"),
    ]
    assert spans(date(2026, 1, 1), date(2026, 6, 30)) == [("m", "2026-01", "2026-06")]
    assert spans(date(2026, 2, 3), date(2026, 3, 2)) == [("d", "2026-02-03", "2026-03-02")]
    assert spans(date(2024, 2, 1), date(2024, 2, 29)) == [("m", "2024-02", "2024-02")]  # leap day
    assert spans(date(2026, 3, 5), date(2026, 3, 4)) == []


def test_broken_months_count_their_days(ws: Workspace, world: IndicatorWorld) -> None:
    got = figures(ws, Period(date(2026, 1, 20), date(2026, 3, 2)))
    assert got[("plans_signed", "")] == (1, None)  # pl1 v1 signed 02-05
    assert got[("new_assessments", "")] == (2, None)  # a1 02-01, a2 03-01 (the end day)
    assert got[("deviations", "")] == (2, None)  # dev2 02-03, dev1 03-02 10:00 (the end day)
    # 03-01 done, 03-02 not done, 02-01 done, 02-03 not done; pl2's 04-01 is after
    assert got[("performances_not_done", "")] == (2, 4)
    assert got[("not_done_with_deviation", "")] == (1, 2)  # 03-02 led to dev1
    assert got[("reviews_on_time", "")] == (1, 1)  # r1 planned 03-01, done 02-28
    # on 03-02 r7 (planned 01-10) is 51 days overdue; r1 was done
    assert got[("reviews_overdue", "")] == (1, None)
    median = {f.indicator: f for f in ix.compute(ws, Period(date(2026, 1, 20), date(2026, 3, 2))).figures}
    assert median["reviews_overdue_median_days"].value == 51
    assert got[("persons_with_egenvard", "")] == (1, None)  # only pl3 (2025-11-10) signed by 03-02


def test_a_write_after_a_read_is_counted_at_the_next_read(ws: Workspace, world: IndicatorWorld) -> None:
    assert figures(ws, H1)[("deviations", "")] == (3, None)
    cases.report_deviation(
        ws, world.ids["p2"], datetime(2026, 6, 1, 9, tzinfo=UTC), "Hemma", "Glömde strumporna", "Greta"
    )
    assert figures(ws, H1)[("deviations", "")] == (4, None)
    # Greta moves: her plan signed 03-05 and her two deviations in the period go with her
    by_unit = figures(ws, H1, Breakdown.UNIT)
    assert by_unit[("plans_signed", "Hemtjänst Syd")] == (1, None)
    assert by_unit[("deviations", "Hemtjänst Syd")] == (3, None)
    greta = persons.get(ws, world.ids["p2"])
    persons.edit(ws, greta, unit="Hemtjänst Norr")
    by_unit = figures(ws, H1, Breakdown.UNIT)
    assert by_unit[("plans_signed", "Hemtjänst Norr")] == (1, None)
    assert by_unit[("plans_signed", "Hagaskolan")] == (2, None)
    assert ("plans_signed", "Hemtjänst Syd") not in by_unit  # Olof's plan was signed in 2025
    assert by_unit[("deviations", "Hemtjänst Norr")] == (2, None)
    assert by_unit[("deviations", "Hemtjänst Syd")] == (1, None)
    assert by_unit[("persons_with_egenvard", "Hemtjänst Norr")] == (1, None)
    assert by_unit[("persons_with_egenvard", "Hemtjänst Syd")] == (1, None)


def test_a_change_of_breakdown_reads_nothing_again(ws: Workspace, world: IndicatorWorld) -> None:
    ix.compute(ws, H1)
    statements: list[str] = []
    ws.store.conn.set_trace_callback(statements.append)
    try:
        by_setting = figures(ws, H1, Breakdown.SETTING)
    finally:
        ws.store.conn.set_trace_callback(None)
    assert by_setting[("plans_signed", "school")] == (2, None)
    assert not [s for s in statements if "indicator_counts" in s or "FROM indicator_facts" in s]


def test_the_records_behind_a_figure_are_read_with_their_person(ws: Workspace, world: IndicatorWorld) -> None:
    """`record_keys` reads (record id, person id) pairs: the school's one signed plan is pl1 of p1."""
    school = ix.drill_down(ws, "plans_signed", H1, Breakdown.SETTING, "school")
    assert [(r.kind, r.id, r.person_id) for r in school] == [("plan", world.ids["pl1"], world.ids["p1"])]
