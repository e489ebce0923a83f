"""Indicator reports travel in the `.egvb` bundle (issue 12, item 5): two municipalities send
their MeasureReports to the region, which keeps them and sums them in the county view; the
bundle carries no person; invalid reports are refused before anything is written. Figures
worked out by hand in tests/factories.py `indicator_municipality` (as test_measure_reports.py)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.exchange import container, fhir
from app.exchange.records import RecordSet
from app.models.indicators import Period
from app.services import exchange as ex
from app.services.exchange import measures
from app.services.workspace import Workspace
from tests.factories import indicator_municipality, workspace

H1 = Period(date(2026, 1, 1), date(2026, 6, 30))


def _know_each_other(a: Workspace, b: Workspace, tmp: Path) -> None:
    ex.export_identity(a, tmp / f"{id(a)}.id")
    ex.export_identity(b, tmp / f"{id(b)}.id")
    ex.import_identity(a, tmp / f"{id(b)}.id", trust=True)
    ex.import_identity(b, tmp / f"{id(a)}.id", trust=True)


def _region_identity(ws: Workspace) -> object:
    return next(p.identity for p in ex.partners(ws) if p.identity.name == "Region Kronoberg")


def test_two_municipalities_bundles_make_the_county_view(ws: Workspace, tmp_path: Path) -> None:
    region = workspace(tmp_path / "region" / "egenvard.db")
    alvesta = workspace(tmp_path / "alvesta" / "egenvard.db")
    try:
        indicator_municipality(ws, "Växjö kommun", 30, 5)
        indicator_municipality(alvesta, "Alvesta kommun", 35, 5)
        ex.ensure_identity(region, "Region Kronoberg")
        for municipality, name in ((ws, "Växjö kommun"), (alvesta, "Alvesta kommun")):
            ex.ensure_identity(municipality, name)
            _know_each_other(municipality, region, tmp_path)
        sent = [
            measures.export_indicators(m, tmp_path / f"{n}.egvb", H1, to=_region_identity(m))
            for m, n in ((ws, "vaxjo"), (alvesta, "alvesta"))
        ]
        assert sent[0].counts == {"measure_report": 26}  # one per computed indicator
        for result in sent:
            incoming, preview = ex.read_and_preview(region, result.path)
            assert preview.changes == ()  # no person, no record: only the reports
            ex.apply(region, incoming, preview)
        ex.import_bundle(region, sent[0].path)  # the same bundle again is kept once
        assert len(measures.received(region)) == 2
        assert region.repos.persons.count() == 0
        county = measures.county_received(region)
    finally:
        region.close()
        alvesta.close()
    assert county.period == H1
    got = {f.label: f for f in county.figures if f.indicator == "new_assessments"}
    assert set(got) == {"Växjö kommun – Alla", "Alvesta kommun – Alla", "Länet – Alla"}
    assert got["Växjö kommun – Alla"].numerator == 39
    assert got["Alvesta kommun – Alla"].numerator == 44
    assert got["Länet – Alla"].numerator == 83
    hc = {f.label: f for f in county.figures if f.indicator == "health_care_because_of_risk"}
    assert (hc["Länet – Alla"].numerator, hc["Länet – Alla"].denominator) == (12, 83)
    # 3 + 3 plans signed, each hidden at home (1–4): the county cannot know the sum
    signed = {f.label: f for f in county.figures if f.indicator == "plans_signed"}
    assert signed["Växjö kommun – Alla"].numerator is None
    assert signed["Länet – Alla"].numerator is None and signed["Länet – Alla"].suppressed


def test_the_reports_carry_no_personal_data(ws: Workspace, tmp_path: Path) -> None:
    indicator_municipality(ws, "Växjö kommun", 30, 5)
    me = ex.ensure_identity(ws, "Växjö kommun")
    result = measures.export_indicators(ws, tmp_path / "v.egvb", H1, passphrase="lösenfras för regionen 2026")
    opened = container.open_bundle(
        result.path.read_bytes(), result.path, identity=me, passphrase="lösenfras för regionen 2026", trust=None
    )
    assert set(opened.members) == {container.BUNDLE_JSON, measures.MEMBER}
    kinds = {e["resource"]["resourceType"] for e in json.loads(opened.members[measures.MEMBER])["entry"]}
    assert kinds == {"Organization", "Measure", "MeasureReport"}
    records = json.loads(opened.members[container.BUNDLE_JSON])
    assert {e["resource"]["resourceType"] for e in records["entry"]} == {"Organization"}
    assert b"Nilsson" not in opened.members[measures.MEMBER]  # the hand-built world's pupil


def test_invalid_reports_are_refused_and_nothing_is_written(ws: Workspace, tmp_path: Path) -> None:
    region = workspace(tmp_path / "region" / "egenvard.db")
    try:
        ex.ensure_identity(region, "Region Kronoberg")
        me = ex.ensure_identity(ws, "Växjö kommun")
        _know_each_other(ws, region, tmp_path)
        bad = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Patient"}}]}
        members = {
            container.BUNDLE_JSON: fhir.bundle_json(RecordSet(), me.public, "b1", "2026-07-01T10:00:00+00:00"),
            measures.MEMBER: json.dumps(bad).encode(),
        }
        path = tmp_path / "bad.egvb"
        path.write_bytes(
            container.seal(members, me, bundle_id="b1", created_at="2026-07-01T10:00:00+00:00",
                           recipient=_region_identity(ws))
        )  # fmt: skip
        with pytest.raises(measures.BadIndicatorReports) as caught:
            ex.import_bundle(region, path)
        assert "inget importerades" in str(caught.value)
        with pytest.raises(measures.NoReceivedIndicators):
            measures.county_received(region)
        assert ex.history(region) == []
    finally:
        region.close()
