"""Indicators to the region as FHIR R4: one `Measure` (the definition) and one `MeasureReport`
(type `summary`) per indicator and period, with the reporting Organization and no Patient.

The figures written are the ones the caller hands over: `app.services.indicators.public` has
applied the small-count rule, whose limits travel in every MeasureReport (extension
`small-count-suppression`); a hidden figure has no `count` / `measureScore` and the group names
what was hidden (extension `suppressed`). Each group is one group of the breakdown, coded in
our `indicator-group` system with the label as text. A region reads the reports of several
municipalities back with `read_summary` and sums them (`app.services.indicators.county`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.exchange.errors import ExchangeError, InvalidFhir
from app.exchange.fhir_check import validate
from app.exchange.fhir_kinds import BASE, SD, uid
from app.models.indicators import Breakdown, Figure, Indicator, Kind, Period, Report, SuppressionRule

MEASURE_BASE = f"{BASE}/Measure"
GROUP_SYSTEM = f"{BASE}/CodeSystem/indicator-group"
BREAKDOWN_SYSTEM = f"{BASE}/CodeSystem/indicator-breakdown"
RULE_URL = f"{SD}/small-count-suppression"
SUPPRESSED_URL = f"{SD}/suppressed"
BREAKDOWN_URL = f"{SD}/breakdown"
POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population"
SCORING = "http://terminology.hl7.org/CodeSystem/measure-scoring"
_SCORING = {Kind.COUNT: "cohort", Kind.SHARE: "proportion", Kind.MEDIAN: "continuous-variable"}
# Which population carries which figure of a kind: (code, Figure field).
_POPULATIONS = {
    Kind.COUNT: (("initial-population", "numerator"),),
    Kind.SHARE: (("numerator", "numerator"), ("denominator", "denominator")),
    Kind.MEDIAN: (("measure-population", "denominator"),),
}


def _code(system: str, code: str, text: str = "") -> dict[str, Any]:
    concept: dict[str, Any] = {"coding": [{"system": system, "code": code}]}
    if text:
        concept["text"] = text
    return concept


def _population_definition(ind: Indicator, code: str) -> dict[str, Any]:
    """FHIR asks for a criteria expression: ours is named (the SQL lives in this program's
    store), and the definition in words is the Measure's description and docs/indicators.md.
    R4's schema allows only CQL, FHIRPath or a FHIR query here: the name is written as CQL's
    qualified identifier (library.definition), which is what it is."""
    return {
        "code": _code(POPULATION, code),
        "criteria": {"language": "text/cql", "expression": f"{ind.id}.{code}"},
    }


def _measure(ind: Indicator) -> dict[str, Any]:
    return {
        "resourceType": "Measure",
        "id": uid("measure", ind.id),
        "url": f"{MEASURE_BASE}/{ind.id}",
        "name": ind.id,
        "title": ind.name_sv,
        "status": "active",
        "description": ind.definition_sv,
        "scoring": _code(SCORING, _SCORING[ind.kind]),
        "group": [{"population": [_population_definition(ind, code) for code, _f in _POPULATIONS[ind.kind]]}],
    }


def _group(f: Figure) -> dict[str, Any]:
    populations = []
    for code, name in _POPULATIONS[f.kind]:
        population: dict[str, Any] = {"code": _code(POPULATION, code)}
        value = getattr(f, name)
        if value is not None:
            population["count"] = int(value)
        populations.append(population)
    group: dict[str, Any] = {"code": _code(GROUP_SYSTEM, f.group or "-", f.label), "population": populations}
    if f.kind is not Kind.COUNT and f.value is not None:
        share = f.kind is Kind.SHARE
        group["measureScore"] = {"value": round(f.value * (100 if share else 1), 4), "unit": "%" if share else "d"}
    if f.hidden:
        group["extension"] = [{"url": SUPPRESSED_URL, "valueString": " ".join(sorted(f.hidden))}]
    return group


def _rule(rule: SuppressionRule | None) -> list[dict[str, Any]]:
    if rule is None:
        return []
    return [
        {
            "url": RULE_URL,
            "extension": [
                {"url": "minCount", "valueInteger": rule.min_count},
                {"url": "minDenominator", "valueInteger": rule.min_denominator},
                {"url": "text", "valueString": rule.text_sv},
            ],
        }
    ]


def _report(ind: Indicator, figures: Sequence[Figure], report: Report, org_id: str, made: str) -> dict[str, Any]:
    period = report.period
    res: dict[str, Any] = {
        "resourceType": "MeasureReport",
        "id": uid("measure-report", org_id, ind.id, period.start.isoformat(), period.end.isoformat(), report.breakdown),
        "status": "complete",
        "type": "summary",
        "measure": f"{MEASURE_BASE}/{ind.id}",
        "date": made,
        "reporter": {"reference": f"urn:uuid:{org_id}", "display": report.organisation},
        "period": {"start": period.start.isoformat(), "end": period.end.isoformat()},
        "improvementNotation": _code("http://terminology.hl7.org/CodeSystem/measure-improvement-notation", "increase"),
        "group": [_group(f) for f in figures],
        "extension": [*_rule(report.rule), {"url": BREAKDOWN_URL, "valueCode": report.breakdown.value}],
    }
    return res


def summary_bundle(report: Report, indicators: Sequence[Indicator], made: str) -> dict[str, Any]:
    """A collection Bundle: the Organization, a Measure and a MeasureReport per computed
    indicator. `made` is the timestamp (ISO, with zone). Validated before it is returned."""
    org_id = uid("organisation-name", report.organisation)
    entries: list[dict[str, Any]] = [
        {
            "fullUrl": f"urn:uuid:{org_id}",
            "resource": {"resourceType": "Organization", "id": org_id, "name": report.organisation or "-"},
        }
    ]
    for ind in indicators:
        figures = report.of(ind.id)
        if not ind.computed:
            continue
        measure = _measure(ind)
        entries.append({"fullUrl": f"urn:uuid:{measure['id']}", "resource": measure})
        res = _report(ind, figures, report, org_id, made)
        entries.append({"fullUrl": f"urn:uuid:{res['id']}", "resource": res})
    bundle = {
        "resourceType": "Bundle",
        "id": uid("indicator-bundle", org_id, report.period.text, report.breakdown, made),
        "type": "collection",
        "timestamp": made,
        "entry": entries,
    }
    validate(bundle)
    return bundle


# --- reading back (the region) -------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """One municipality's MeasureReports, as read: who, when, and the figures."""

    organisation: str
    period: Period
    breakdown: Breakdown
    figures: tuple[Figure, ...]
    rule: SuppressionRule | None


def _count(group: dict[str, Any], code: str) -> int | None:
    for population in group.get("population") or []:
        codes = [c.get("code") for c in (population.get("code") or {}).get("coding") or []]
        if code in codes:
            value = population.get("count")
            return int(value) if value is not None else None
    return None


def _figure(indicator_id: str, kind: Kind, group: dict[str, Any]) -> Figure:
    code = (group.get("code") or {}).get("coding", [{}])[0].get("code", "-")
    label = (group.get("code") or {}).get("text", code)
    hidden = frozenset(
        word
        for ext in group.get("extension") or []
        if ext.get("url") == SUPPRESSED_URL
        for word in str(ext.get("valueString", "")).split()
    )
    fields = {name: _count(group, code) for code, name in _POPULATIONS[kind]}
    numerator, denominator = fields.get("numerator"), fields.get("denominator")
    score = (group.get("measureScore") or {}).get("value")
    if kind is Kind.COUNT:
        value = float(numerator) if numerator is not None else None
    elif score is None:
        value = None
    else:
        value = float(score) / 100 if kind is Kind.SHARE else float(score)
    return Figure(indicator_id, "" if code == "-" else code, label, kind, numerator, denominator, value, hidden)


def _rule_of(res: dict[str, Any]) -> SuppressionRule | None:
    for ext in res.get("extension") or []:
        if ext.get("url") == RULE_URL:
            parts = {e.get("url"): e for e in ext.get("extension") or []}
            return SuppressionRule(int(parts["minCount"]["valueInteger"]), int(parts["minDenominator"]["valueInteger"]))
    return None


class NotAnIndicatorFile(ExchangeError):
    sv = "Filen {name} är inte en indikatorfil (FHIR MeasureReport) från Egenvårdsstöd."
    en = "The file {name} is not an indicator file (FHIR MeasureReport) from Egenvårdsstöd."


MAX_FILE = 32 * 1024 * 1024  # a year's indicators by unit are well under 1 MB


def load_summary(path: Path, kinds: dict[str, Kind]) -> Summary:
    """Read one municipality's indicator file: size first, then JSON, then FHIR validation."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE + 1)
    except OSError:
        raise NotAnIndicatorFile(name=path.name) from None
    if len(data) > MAX_FILE:
        raise NotAnIndicatorFile(name=path.name)
    try:
        bundle = json.loads(data)
    except ValueError:
        raise NotAnIndicatorFile(name=path.name) from None
    if not isinstance(bundle, dict):
        raise NotAnIndicatorFile(name=path.name)
    try:
        return read_summary(bundle, kinds)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        raise NotAnIndicatorFile(name=path.name) from None


def _is_measure(res: Any) -> bool:
    return isinstance(res, dict) and res.get("resourceType") == "Measure"


def read_summary(bundle: dict[str, Any], kinds: dict[str, Kind]) -> Summary:
    """A municipality's indicator bundle back into figures. `kinds` maps the indicator ids this
    program knows to their kind; a MeasureReport of an unknown indicator is skipped. The
    Measures are not read (their definitions are this program's own), nor validated: files
    written before the criteria became CQL (in text/plain, which R4's schema refuses) still load."""
    entries = bundle.get("entry")
    if isinstance(entries, list):
        read = [e for e in entries if not (isinstance(e, dict) and _is_measure(e.get("resource")))]
        validate({**bundle, "entry": read})
    else:
        validate(bundle)
    resources = [e["resource"] for e in bundle.get("entry") or []]
    orgs = {r["id"]: r.get("name", "") for r in resources if r.get("resourceType") == "Organization"}
    reports = [r for r in resources if r.get("resourceType") == "MeasureReport"]
    if not reports:
        raise InvalidFhir(detail="MeasureReport saknas / no MeasureReport")
    figures: list[Figure] = []
    first = reports[0]
    for res in reports:
        indicator_id = str(res.get("measure", "")).rsplit("/", 1)[-1]
        if indicator_id not in kinds:
            continue
        figures += [_figure(indicator_id, kinds[indicator_id], g) for g in res.get("group") or []]
    reporter = str((first.get("reporter") or {}).get("reference", "")).removeprefix("urn:uuid:")
    period = Period(date.fromisoformat(first["period"]["start"]), date.fromisoformat(first["period"]["end"]))
    breakdown = next(
        (Breakdown(e["valueCode"]) for e in first.get("extension") or [] if e.get("url") == BREAKDOWN_URL),
        Breakdown.NONE,
    )
    organisation = orgs.get(reporter) or (first.get("reporter") or {}).get("display", "")
    return Summary(organisation, period, breakdown, tuple(figures), _rule_of(first))
