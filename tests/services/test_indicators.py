"""Each indicator on a small hand-built database (tests/factories.py `indicator_world`); the
right answers below were worked out by hand from the records, not with the code."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.models.indicators import Breakdown, Period
from app.services import indicators as ix
from app.services.workspace import Workspace
from tests.factories import IndicatorWorld, indicator_world

H1 = Period(date(2026, 1, 1), date(2026, 6, 30))


@pytest.fixture
def world(ws: Workspace) -> IndicatorWorld:
    return indicator_world(ws)


def table(ws: Workspace, breakdown: Breakdown = Breakdown.NONE) -> dict[tuple[str, str], tuple]:
    report = ix.compute(ws, H1, breakdown)
    return {(f.indicator, f.group): (f.numerator, f.denominator, f.value) for f in report.figures}


# (indicator, group) → (numerator, denominator, value); a count's value is its numerator,
# a median's numerator is None and its denominator is how many it is the median of.
EXPECTED_TOTAL = {
    ("persons_with_egenvard", ""): (3, None, 3.0),
    ("new_assessments", ""): (4, None, 4.0),
    ("plans_signed", ""): (3, None, 3.0),
    ("health_care_because_of_risk", ""): (1, 4, 0.25),
    ("risk_analysis_documented", ""): (2, 3, 2 / 3),
    ("reviews_on_time", ""): (1, 5, 0.2),
    ("reviews_overdue", ""): (3, None, 3.0),
    ("reviews_overdue_median_days", ""): (None, 3, 60.0),
    ("copies_within_14_days", ""): (2, 3, 2 / 3),
    ("instruction_before_first_performance", ""): (1, 2, 0.5),
    ("performances_not_done", ""): (3, 5, 0.6),
    ("not_done_with_deviation", ""): (1, 3, 1 / 3),
    ("deviations", ""): (3, None, 3.0),
    ("deviations_by_category", "Läkemedel"): (1, None, 1.0),
    ("deviations_by_category", "Utebliven insats"): (1, None, 1.0),
    ("deviations_by_category", "Övrigt"): (1, None, 1.0),
    ("deviations_by_harm", "harm"): (1, None, 1.0),
    ("deviations_by_harm", "none"): (1, None, 1.0),
    ("deviations_by_harm", "risk"): (1, None, 1.0),
    ("deviations_all_informed", ""): (1, 2, 0.5),
    ("joint_event_analysis", ""): (1, 2, 0.5),
    ("days_to_analysis", ""): (None, 1, 18.0),  # dev1: 03-02 → analysis 03-20
    ("disputes_open", ""): (2, None, 2.0),
    ("disputes_resolved", ""): (2, None, 2.0),
    ("disputes_resolved_within_14_days", ""): (1, 2, 0.5),
    ("persons_with_sip", ""): (1, 3, 1 / 3),
    # issue 10's records: the pupil's two signed versions have the school's samråd and a risk
    # analysis; Greta's has the samråd her setting asks but no risk analysis.
    ("samrad_participants", ""): (2, 3, 2 / 3),
    # t1 started after 5 days, t4 after 9, t2 after 19; t3 (opened 06-01) not at all: 2 of 4.
    ("disputes_discussion_within_14_days", ""): (2, 4, 0.5),
    ("intyg_by_profession", "nurse"): (1, None, 1.0),  # 2026-05-15 (the one of 2025-12-01 is before)
    ("intyg_by_profession", "physician"): (1, None, 1.0),
    ("bistand_by_law", "LSS"): (1, None, 1.0),
    ("bistand_by_law", "SoL"): (2, None, 2.0),
}


def test_every_indicator_on_the_hand_built_database(ws: Workspace, world: IndicatorWorld) -> None:
    got = table(ws)
    assert set(got) == set(EXPECTED_TOTAL)
    for key, (num, den, value) in EXPECTED_TOTAL.items():
        n, d, v = got[key]
        assert (n, d) == (num, den), key
        assert v == pytest.approx(value), key


def test_breakdown_by_setting_profession_unit_and_organisation(ws: Workspace, world: IndicatorWorld) -> None:
    by_setting = table(ws, Breakdown.SETTING)
    assert by_setting[("plans_signed", "school")][0] == 2
    assert by_setting[("plans_signed", "relative")][0] == 1
    assert by_setting[("persons_with_egenvard", "home_care")][0] == 1
    assert by_setting[("copies_within_14_days", "school")][:2] == (1, 2)
    assert by_setting[("copies_within_14_days", "relative")][:2] == (1, 1)
    # assessments have no setting: one group for all
    assert by_setting[("new_assessments", "")][0] == 4
    by_profession = table(ws, Breakdown.PROFESSION)
    assert by_profession[("new_assessments", "nurse")][0] == 3
    assert by_profession[("new_assessments", "physician")][0] == 1
    assert by_profession[("health_care_because_of_risk", "nurse")][:2] == (1, 3)
    by_unit = table(ws, Breakdown.UNIT)
    assert by_unit[("plans_signed", "Hagaskolan")][0] == 2
    assert by_unit[("plans_signed", "Hemtjänst Syd")][0] == 1
    assert by_unit[("disputes_open", "Hagaskolan")][0] == 1
    assert by_unit[("disputes_open", "")][0] == 1  # a dispute with no person
    by_org = table(ws, Breakdown.ORGANISATION)
    assert by_org[("new_assessments", "Växjö kommun")][0] == 3
    assert by_org[("new_assessments", "Region Kronoberg")][0] == 1
    assert by_org[("deviations", "Hagaskolan")][0] == 1


def test_group_labels_are_words(ws: Workspace, world: IndicatorWorld) -> None:
    report = ix.compute(ws, H1, Breakdown.SETTING)
    labels = {(f.indicator, f.group): f.label for f in report.figures}
    assert labels[("plans_signed", "school")] == "Förskola / skola"
    assert labels[("new_assessments", "")] == "Alla"
    assert labels[("deviations_by_harm", "risk")] == "Risk för skada"
    unit = {(f.indicator, f.group): f.label for f in ix.compute(ws, H1, Breakdown.UNIT).figures}
    assert unit[("disputes_open", "")] == "Uppgift saknas"


def test_an_empty_period_gives_zero_counts_and_no_shares(ws: Workspace, world: IndicatorWorld) -> None:
    report = ix.compute(ws, Period(date(2020, 1, 1), date(2020, 1, 31)))
    figures = {f.indicator: f for f in report.figures}
    assert figures["plans_signed"].numerator == 0
    assert figures["reviews_on_time"].denominator == 0
    assert figures["reviews_on_time"].value is None
    assert "deviations_by_category" not in figures


def test_drill_down_lists_the_records_behind_a_figure(ws: Workspace, world: IndicatorWorld) -> None:
    ids = world.ids
    overdue = ix.drill_down(ws, "reviews_overdue", H1, Breakdown.NONE, None)
    assert {r.id for r in overdue} == {ids["r3"], ids["r4"], ids["r7"]}
    assert {r.kind for r in overdue} == {"review"}
    school = ix.drill_down(ws, "plans_signed", H1, Breakdown.SETTING, "school")
    assert [(r.id, r.person_id) for r in school] == [(ids["pl1"], ids["p1"])]
    issued = ix.drill_down(ws, "intyg_by_profession", H1, Breakdown.NONE, None)
    assert sorted((r.kind, r.person_id) for r in issued) == sorted([("intyg", ids["p1"]), ("intyg", ids["p3"])])
    analysed = ix.drill_down(ws, "days_to_analysis", H1, Breakdown.NONE, None)
    assert [(r.kind, r.id) for r in analysed] == [("deviation", ids["dev1"])]


def test_samrad_without_the_participant_the_setting_requires_does_not_count(
    ws: Workspace, world: IndicatorWorld
) -> None:
    """The school plan's samråd loses its school leader: the guardian alone is not the samråd a
    school plan requires (002), so neither signed version counts any more (0 of 3)."""
    from dataclasses import replace

    from app.models.samrad import ParticipantRole

    [pupil] = [a for a in ws.repos.assessments.for_person(world.ids["p1"]) if a.samrad is not None]
    assert pupil.samrad is not None
    guardian_only = tuple(p for p in pupil.samrad.participants if p.role is ParticipantRole.GUARDIAN)
    with ws.store.atomic():
        ws.repos.assessments.save(replace(pupil, samrad=replace(pupil.samrad, participants=guardian_only)))
    assert table(ws)[("samrad_participants", "")] == (0, 3, 0.0)


def test_every_indicator_is_computed_none_pending(ws: Workspace, world: IndicatorWorld) -> None:
    report = ix.compute(ws, H1)
    assert report.pending == ()
    assert ix.pending() == ()
    assert {f.indicator for f in report.figures} == {i.id for i in ix.REGISTRY}


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Period(date(2026, 2, 1), date(2026, 1, 1))
    assert "före startdatumet" in str(caught.value)


def test_every_indicator_is_defined_in_the_docs() -> None:
    from pathlib import Path

    text = (Path(__file__).parents[2] / "docs" / "indicators.md").read_text(encoding="utf-8")
    for ind in ix.REGISTRY:
        assert f"### `{ind.id}` — {ind.name_sv} / {ind.name_en}\n" in text, ind.id


def test_every_indicator_has_an_english_name_in_english() -> None:
    # Swedish terms of the routine appear only explained, in brackets after an English word.
    swedish = ("egenvård", "samråd", "bistånd", "intyg", "tolkning", "avvikelse")
    for ind in ix.REGISTRY:
        outside_brackets = ind.name_en.split("(")[0].lower()
        assert not [w for w in swedish if w in outside_brackets], ind.name_en
        assert ind.name_en != ind.name_sv


def test_the_registry_and_the_store_queries_agree() -> None:
    from app.store.indicators import QUERIES

    assert {i.query for i in ix.computed()} == set(QUERIES)


def test_drill_down_names_the_persons(ws: Workspace, world: IndicatorWorld) -> None:
    rows = ix.drill_down(ws, "performances_not_done", H1, Breakdown.NONE, None)
    assert {r.kind for r in rows} == {"performance"}
    assert sorted(r.person_name for r in rows) == [
        "Greta Holm",
        "Liam Nilsson",
        "Liam Nilsson",
        "Olof Berg",
        "Olof Berg",
    ]


def test_monthly_series_over_the_period(ws: Workspace, world: IndicatorWorld) -> None:
    got = [(m.start.month, f.numerator if f else None) for m, f in ix.series(ws, "plans_signed", H1)]
    # signed 2026-02-05, 2026-03-05, 2026-05-10
    assert got == [(1, 0), (2, 1), (3, 1), (4, 0), (5, 1), (6, 0)]
    months = ix.months(Period(date(2025, 12, 15), date(2026, 2, 10)))
    assert [(m.start, m.end) for m in months] == [
        (date(2025, 12, 15), date(2025, 12, 31)),
        (date(2026, 1, 1), date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 2, 10)),
    ]
