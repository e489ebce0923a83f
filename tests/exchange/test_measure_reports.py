"""Indicators to the region: Measure + MeasureReport (summary) per indicator, no Patient, valid
FHIR R4B, small counts hidden in them with the rule's limits on board, read back the same, and
a county view that sums two municipalities. Figures worked out by hand (tests/factories.py)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.exchange.errors import InvalidFhir
from app.exchange.measures import NotAnIndicatorFile, load_summary
from app.models.indicators import Period
from app.services import indicators as ix
from app.services.workspace import Workspace
from tests import r4
from tests.factories import indicator_municipality, workspace

H1 = Period(date(2026, 1, 1), date(2026, 6, 30))
MADE = datetime(2026, 7, 31, 12, 0, tzinfo=UTC)
KINDS = {i.id: i.kind for i in ix.computed()}


def bundle_of(ws: Workspace) -> dict:
    return json.loads(ix.fhir_summary(ix.public(ix.compute(ws, H1)), MADE))


def reports(bundle: dict) -> dict[str, dict]:
    found = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "MeasureReport"]
    return {r["measure"].rsplit("/", 1)[-1]: r for r in found}


def test_measure_reports_validate_and_carry_no_patient(ws: Workspace) -> None:
    indicator_municipality(ws, "Växjö kommun", 30, 5)
    bundle = bundle_of(ws)
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert kinds == {"Organization", "Measure", "MeasureReport"}
    assert "Patient" not in json.dumps(bundle) and "personnummer" not in json.dumps(bundle)
    by_id = reports(bundle)
    assert set(by_id) == {i.id for i in ix.computed()}
    for res in by_id.values():
        assert res["type"] == "summary" and res["status"] == "complete"
    assert r4.schema_errors(bundle) == []  # HL7's R4 schema, Measures included
    assert r4.invariant_failures(bundle) == []
    # 4 + 35 new assessments, 1 + 5 of them health care because of risk
    hc = by_id["health_care_because_of_risk"]["group"][0]
    assert [p["count"] for p in hc["population"]] == [6, 39]
    assert hc["measureScore"]["value"] == pytest.approx(15.3846, abs=1e-3)


def test_small_counts_are_hidden_in_the_measure_reports(ws: Workspace) -> None:
    indicator_municipality(ws, "Växjö kommun", 30, 5)
    bundle = bundle_of(ws)
    by_id = reports(bundle)
    rule = {e["url"]: e for e in by_id["plans_signed"]["extension"]}
    limits = {
        x["url"]: x.get("valueInteger") for x in next(v for k, v in rule.items() if "suppression" in k)["extension"]
    }
    assert limits["minCount"] == 5 and limits["minDenominator"] == 30
    signed = by_id["plans_signed"]["group"][0]  # 3 plans signed
    assert "count" not in signed["population"][0]
    assert signed["extension"][0]["valueString"] == "numerator value"
    reviews = by_id["reviews_on_time"]["group"][0]  # 1 of 5: both under the limits
    assert "count" not in reviews["population"][0] and reviews["population"][1]["count"] == 5
    assert "measureScore" not in reviews
    for res in by_id.values():
        for group in res["group"]:
            for population in group["population"]:
                assert population.get("count", 0) == 0 or population["count"] >= 5, (res["measure"], group)


def test_read_back_gives_the_public_figures(ws: Workspace, tmp_path: Path) -> None:
    indicator_municipality(ws, "Växjö kommun", 30, 5)
    path = tmp_path / "vaxjo.json"
    ix.export_fhir(ws, H1, ix.Breakdown.NONE, path)
    summary = load_summary(path, KINDS)
    assert summary.organisation == "Växjö kommun" and summary.period == H1
    public = {(f.indicator, f.group): f for f in ix.public(ix.compute(ws, H1)).figures}
    back = {(f.indicator, f.group): f for f in summary.figures}
    assert set(back) == set(public)
    for key, f in public.items():
        b = back[key]
        assert (b.numerator, b.denominator, b.hidden, b.label) == (f.numerator, f.denominator, f.hidden, f.label), key
        assert b.value == pytest.approx(f.value) if f.value is not None else b.value is None


def test_county_view_sums_two_municipalities(ws: Workspace, tmp_path: Path) -> None:
    indicator_municipality(ws, "Växjö kommun", 30, 5)
    other = workspace(tmp_path / "alvesta" / "egenvard.db")
    try:
        indicator_municipality(other, "Alvesta kommun", 35, 5)
        a, b = tmp_path / "a.json", tmp_path / "b.json"
        ix.export_fhir(ws, H1, ix.Breakdown.NONE, a)
        ix.export_fhir(other, H1, ix.Breakdown.NONE, b)
    finally:
        other.close()
    county = ix.county_from_files(None, [a, b])
    got = {f.label: f for f in county.figures if f.indicator == "new_assessments"}
    assert set(got) == {"Växjö kommun – Alla", "Alvesta kommun – Alla", "Länet – Alla"}
    assert got["Växjö kommun – Alla"].numerator == 39
    assert got["Alvesta kommun – Alla"].numerator == 44
    assert got["Länet – Alla"].numerator == 83
    hc = {f.label: f for f in county.figures if f.indicator == "health_care_because_of_risk"}
    assert (hc["Länet – Alla"].numerator, hc["Länet – Alla"].denominator) == (12, 83)
    assert hc["Länet – Alla"].value == pytest.approx(12 / 83)
    # 3 + 3 plans signed, each hidden at home: the county cannot know the sum
    signed = {f.label: f for f in county.figures if f.indicator == "plans_signed"}
    assert signed["Länet – Alla"].numerator is None and signed["Länet – Alla"].suppressed
    assert "Växjö kommun" in county.organisation and "Alvesta kommun" in county.organisation


def test_a_file_that_is_not_an_indicator_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(NotAnIndicatorFile) as caught:
        load_summary(bad, KINDS)
    assert "x.json" in str(caught.value)
    bad.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": []}), encoding="utf-8")
    with pytest.raises(InvalidFhir):
        load_summary(bad, KINDS)


def test_a_file_written_before_the_criteria_became_cql_still_loads(ws: Workspace, tmp_path: Path) -> None:
    """Files written before 2026-11 name each population's criteria in text/plain, which R4's
    schema refuses: their Measures are not read, so they load; a damaged MeasureReport does not."""
    indicator_municipality(ws, "Växjö kommun", 30, 5)
    old = bundle_of(ws)
    for e in old["entry"]:
        for group in e["resource"].get("group", []) if e["resource"]["resourceType"] == "Measure" else []:
            for population in group["population"]:
                population["criteria"]["language"] = "text/plain"
    assert r4.schema_errors(old) != []  # really what the schema refuses
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    assert load_summary(path, KINDS).organisation == "Växjö kommun"
    report = next(e["resource"] for e in old["entry"] if e["resource"]["resourceType"] == "MeasureReport")
    report["status"] = "finished"  # not a MeasureReport status
    path.write_text(json.dumps(old), encoding="utf-8")
    with pytest.raises(InvalidFhir, match=r"MeasureReport\.status: enum"):
        load_summary(path, KINDS)
