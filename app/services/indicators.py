"""Uppföljning: the follow-up indicators computed from the records (issue 12).

`REGISTRY` (`indicator_registry.py`) is the one list of indicators: id, names, definition,
kind, the store query that counts it and the breakdowns it can be split by.
`compute` gives the exact figures (the window, inside the organisation); `public` passes them
through the small-count rule (`app.models.indicators.SuppressionRule`) for everything that
leaves the organisation.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import UserError
from app.i18n import pick
from app.models.assessment import HIGH_RISK_SCORE
from app.models.common import PROFESSION_LABELS_EN, PROFESSION_LABELS_SV, Profession
from app.models.deviation import CATEGORY_LABELS_EN, HARM_LABELS_EN, HARM_LABELS_SV, Harm
from app.models.indicators import (
    DEFAULT_RULE,
    Breakdown,
    Figure,
    Indicator,
    Kind,
    Period,
    Report,
    SuppressionRule,
)
from app.models.plan import SETTING_LABELS_EN, SETTING_LABELS_SV, Setting
from app.models.records import LAW_LABELS_EN, LAW_LABELS_SV, Law
from app.models.roles import UseCase
from app.services.indicator_registry import BY_ID, REGISTRY
from app.services.workspace import Workspace
from app.store import indicator_facts
from app.store import indicators as sql
from app.store.database import Store

if TYPE_CHECKING:
    from app.exchange.measures import Summary


def indicator(indicator_id: str) -> Indicator:
    return BY_ID[indicator_id]


def computed() -> tuple[Indicator, ...]:
    return tuple(i for i in REGISTRY if i.computed)


def pending() -> tuple[Indicator, ...]:
    """Defined, not computed yet: each says what it waits for (`todo`)."""
    return tuple(i for i in REGISTRY if not i.computed)


_MISSING = ("Uppgift saknas", "Not recorded")
_ALL = ("Alla", "All")


def group_label(ind: Indicator, breakdown: Breakdown, key: str) -> str:
    """The group's name for people: a setting, profession, harm or law in words; "" as
    "Uppgift saknas" (the STEG table's word); no breakdown as "Alla"."""
    dimension = ind.dimension_sv or (breakdown if breakdown in ind.breakdowns else Breakdown.NONE)
    if dimension == Breakdown.NONE:
        return pick(*_ALL)
    if key == "":
        return pick(*_MISSING)
    labels: dict[str, tuple[dict, dict, type]] = {
        Breakdown.SETTING: (SETTING_LABELS_SV, SETTING_LABELS_EN, Setting),
        Breakdown.PROFESSION: (PROFESSION_LABELS_SV, PROFESSION_LABELS_EN, Profession),
    }
    if ind.id == "deviations_by_harm":
        return _label(HARM_LABELS_SV, HARM_LABELS_EN, Harm, key)
    if ind.id == "bistand_by_law":
        return _label(LAW_LABELS_SV, LAW_LABELS_EN, Law, key)
    if ind.id == "deviations_by_category":
        return pick(key, CATEGORY_LABELS_EN.get(key, key))
    if not ind.dimension_sv and breakdown in labels:
        return _label(*labels[breakdown], key)
    return key


def _label(sv: dict, en: dict, enum: type, key: str) -> str:
    try:
        member = enum(key)
    except ValueError:
        return key
    return pick(sv.get(member, key), en.get(member, key))


def params(period: Period, today: date) -> dict[str, object]:
    return {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "after_end": (period.end + timedelta(days=1)).isoformat(),
        "ref": min(period.end, today).isoformat(),
        "due14": (today - timedelta(days=14)).isoformat(),
        "high": HIGH_RISK_SCORE,
    }


def _figure(ind: Indicator, breakdown: Breakdown, row: sql.Row) -> Figure:
    group, num, den = row
    if ind.kind is Kind.MEDIAN:
        return Figure(ind.id, group, group_label(ind, breakdown, group), ind.kind, None, den, num)
    n = int(num or 0)
    value = n / den if ind.kind is Kind.SHARE and den else (float(n) if ind.kind is Kind.COUNT else None)
    return Figure(ind.id, group, group_label(ind, breakdown, group), ind.kind, n, den, value)


def _nothing(ind: Indicator) -> list[Figure]:
    """Nothing counted: a count is 0, a share or median has no denominator (shown as such); an
    indicator with its own grouping (kind of deviation, law) simply has no rows."""
    if ind.dimension_sv:
        return []
    count = ind.kind is Kind.COUNT
    label = group_label(ind, Breakdown.NONE, "")
    numerator = 0 if ind.kind is not Kind.MEDIAN else None
    return [Figure(ind.id, "", label, ind.kind, numerator, None if count else 0, 0.0 if count else None)]


# Per open database, the last period's answers of every indicator, grouped by every breakdown
# key at once: a change of breakdown in the window is a regroup of these, nothing is read.
# The key holds what makes them stale: the period and today, this connection's writes
# (`total_changes`) and another program's (`PRAGMA data_version`).
_CUBES: weakref.WeakKeyDictionary[Store, tuple[tuple, dict[str, sql.Cube]]] = weakref.WeakKeyDictionary()


def _fresh(ws: Workspace, period: Period) -> tuple[tuple, dict[str, object]]:
    """Bring the kept facts up to date; the key of the answers for `period` and its parameters."""
    indicator_facts.refresh(ws.store, HIGH_RISK_SCORE)
    p = params(period, ws.today())
    data_version = ws.store.scalar("PRAGMA data_version")
    return (tuple(sorted(p.items())), ws.store.conn.total_changes, data_version), p


def _cubes(ws: Workspace, period: Period) -> dict[str, sql.Cube]:
    """Every computed indicator's answer for the period, read once per period and change."""
    key, p = _fresh(ws, period)
    kept = _CUBES.get(ws.store)
    if kept is not None and kept[0] == key:
        return kept[1]
    found = sql.cubes(ws.store, [i.query for i in computed()], p)
    _CUBES[ws.store] = (key, found)
    return found


def _rows(ws: Workspace, ind: Indicator, period: Period, breakdown: Breakdown) -> list[sql.Row]:
    key, p = _fresh(ws, period)
    kept = _CUBES.get(ws.store)
    if kept is not None and kept[0] == key:
        return sql.regroup(kept[1][ind.query], breakdown)
    return sql.figures(ws.store, ind.query, breakdown, p)


def compute_one(ws: Workspace, ind: Indicator, period: Period, breakdown: Breakdown = Breakdown.NONE) -> list[Figure]:
    """One indicator's exact figures, a row per group that has any record."""
    return [_figure(ind, breakdown, r) for r in _rows(ws, ind, period, breakdown)] or _nothing(ind)


def _from_cube(ind: Indicator, cube: sql.Cube, breakdown: Breakdown) -> list[Figure]:
    return [_figure(ind, breakdown, r) for r in sql.regroup(cube, breakdown)] or _nothing(ind)


def compute(ws: Workspace, period: Period, breakdown: Breakdown = Breakdown.NONE) -> Report:
    """Every computed indicator, exact: for the window, inside the organisation."""
    ws.require(UseCase.INDICATORS)
    figures: list[Figure] = []
    cubes = _cubes(ws, period)
    for ind in computed():
        figures += _from_cube(ind, cubes[ind.query], breakdown)
    profile = ws.profile()
    return Report(
        period, breakdown, tuple(figures), profile.organisation if profile else "", None, tuple(i.id for i in pending())
    )


def public(report: Report, rule: SuppressionRule = DEFAULT_RULE) -> Report:
    """The same figures with the small-count rule applied: for everything that leaves the
    organisation (PDF, spreadsheet, JSON, MeasureReport)."""
    return Report(
        report.period,
        report.breakdown,
        tuple(rule.apply(f) for f in report.figures),
        report.organisation,
        rule,
        report.pending,
    )


@dataclass(frozen=True)
class DrillRecord:
    """One record behind a figure (inside the organisation only): what it is, and whose."""

    kind: str  # "plan", "review", "deviation", … as audit events name them
    id: str
    person_id: str
    person_name: str
    person_number: str  # masked for protected identity


def drill_down(
    ws: Workspace, indicator_id: str, period: Period, breakdown: Breakdown, group: str | None, limit: int = 1000
) -> list[DrillRecord]:
    """The records an indicator's group counts: its denominator for a share or median, all it
    counts for a count. `group=None` means every group."""
    ws.require(UseCase.INDICATORS)
    ind = indicator(indicator_id)
    if not ind.computed:
        return []
    _key, p = _fresh(ws, period)
    kind, keys = sql.record_keys(ws.store, ind.query, breakdown, group, p, limit)
    people = {p.id: p for p in ws.repos.persons.by_ids(sorted({person for _, person in keys if person}))}
    found = []
    for ident, person_id in keys:
        p = people.get(person_id)
        found.append(DrillRecord(kind, ident, person_id, p.name if p else "", p.shown_number if p else ""))
    return sorted(found, key=lambda r: (r.person_name, r.id))


def months(period: Period, most: int = 24) -> list[Period]:
    """The calendar months the period touches (the last `most`), each cut to the period."""
    found: list[Period] = []
    y, m = period.start.year, period.start.month
    while date(y, m, 1) <= period.end:
        first = date(y, m, 1)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        last = date(y, m, 1) - timedelta(days=1)
        found.append(Period(max(first, period.start), min(last, period.end)))
    return found[-most:]


def series(ws: Workspace, indicator_id: str, period: Period) -> list[tuple[Period, Figure | None]]:
    """One indicator month by month over the period, no breakdown: the time series."""
    ws.require(UseCase.INDICATORS)
    ind = indicator(indicator_id)
    if not ind.computed:
        return []
    out: list[tuple[Period, Figure | None]] = []
    for month in months(period):
        found = compute_one(ws, ind, month)
        out.append((month, found[0] if len(found) == 1 and not ind.dimension_sv else None))
    return out


# --- what leaves the organisation: JSON, PDF, spreadsheet (all with the rule applied) --------


def as_json(report: Report) -> dict[str, object]:
    """Per indicator and group: id, group, numerator, denominator, value, suppressed. A figure
    the rule hid is null, with `suppressed` true and `hidden` naming which."""
    rule = report.rule
    return {
        "period": {"from": report.period.start.isoformat(), "to": report.period.end.isoformat()},
        "breakdown": report.breakdown.value,
        "organisation": report.organisation,
        "suppression": None
        if rule is None
        else {
            "min_count": rule.min_count,
            "min_denominator": rule.min_denominator,
            "text": pick(rule.text_sv, rule.text_en),
        },
        "figures": [
            {
                "id": f.indicator,
                "group": f.group,
                "label": f.label,
                "kind": f.kind.value,
                "numerator": f.numerator,
                "denominator": f.denominator,
                "value": None if f.value is None else round(f.value, 4),
                "suppressed": f.suppressed,
                "hidden": sorted(f.hidden),
            }
            for f in report.figures
        ],
        "pending": [{"id": i, "todo": indicator(i).todo} for i in report.pending],
    }


def report_pdf(report: Report, made_on: date) -> bytes:
    from app.reports.indicators import render_indicators  # ReportLab only when a PDF is asked for

    return render_indicators(report, REGISTRY, made_on)


def report_xlsx(report: Report) -> bytes:
    from app.reports.indicators_xlsx import render_indicators_xlsx

    return render_indicators_xlsx(report, REGISTRY)


def write_file(path: Path, data: bytes) -> Path:
    """Crash-safe (temp file, fsync, rename), as every document."""
    from app.services.documents import write_pdf

    return write_pdf(path, data)


def export_report(ws: Workspace, period: Period, breakdown: Breakdown, path: Path, fmt: str) -> Path:
    """The report as a file to pass on (`fmt` "pdf" or "xlsx"), always with the rule applied."""
    return save_report(ws, compute(ws, period, breakdown), path, fmt)


def save_report(ws: Workspace | None, report: Report, path: Path, fmt: str) -> Path:
    """A report already made (ours, or the county view) as a file; the rule is applied unless it
    already was (a county report is made of figures that were hidden at home)."""
    shown = report if report.rule is not None else public(report)
    data = report_pdf(shown, date.today()) if fmt == "pdf" else report_xlsx(shown)
    return write_file(path, data)


# --- to the region: FHIR MeasureReports, and the county view of several municipalities -------


def fhir_summary(report: Report, made: datetime) -> bytes:
    """The indicator file for the region: Organization, Measure and MeasureReport (summary) per
    indicator, no Patient. Pass `public(...)`: it leaves the organisation."""
    from app.exchange.measures import summary_bundle  # jsonschema only when asked for

    bundle = summary_bundle(report, REGISTRY, made.isoformat(timespec="seconds"))
    return json.dumps(bundle, ensure_ascii=False, indent=1).encode("utf-8")


def export_fhir(ws: Workspace, period: Period, breakdown: Breakdown, path: Path) -> Path:
    ws.require(UseCase.INDICATORS)
    return write_file(path, fhir_summary(public(compute(ws, period, breakdown)), datetime.now(UTC)))


class MixedPeriods(UserError):
    sv = "Indikatorfilerna gäller olika perioder eller uppdelningar ({detail}); länsvyn summerar bara lika."
    en = "The indicator files cover different periods or breakdowns ({detail}); the county view sums only alike."


COUNTY_SV, COUNTY_EN = "Länet", "County"


def _sum(parts: Sequence[Figure], field_name: str) -> int | None:
    values = [getattr(f, field_name) for f in parts]
    if any(v is None for v in values):
        return None
    return sum(int(v) for v in values)


def _total(ind: Indicator, group: str, label: str, parts: Sequence[Figure]) -> Figure:
    """The county's figure of one group: the sum of the municipalities' counts when every one
    is known; a hidden part hides the sum (it is not known). Medians do not add up: none."""
    num = _sum(parts, "numerator") if ind.kind is not Kind.MEDIAN else None
    den = _sum(parts, "denominator") if ind.kind is not Kind.COUNT else None
    hidden: set[str] = set()
    if ind.kind is not Kind.MEDIAN and num is None:
        hidden |= {"numerator", "value"}
    if ind.kind is not Kind.COUNT and den is None:
        hidden |= {"denominator", "value"}
    if ind.kind is Kind.COUNT:
        value = None if num is None else float(num)
    elif ind.kind is Kind.SHARE:
        value = num / den if num is not None and den else None
    else:
        value = None
    return Figure(ind.id, group, label, ind.kind, num, den, value, frozenset(hidden))


def county(summaries: Sequence[Summary], rule: SuppressionRule = DEFAULT_RULE) -> Report:
    """Several municipalities' MeasureReports side by side ("Växjö kommun – Alla") with the
    county's sum after them ("Länet – Alla"), the rule applied again to the sums."""
    if not summaries:
        return Report(Period(date.today(), date.today()), Breakdown.NONE, (), pick(COUNTY_SV, COUNTY_EN), rule)
    first = summaries[0]
    odd = [s.organisation for s in summaries if (s.period, s.breakdown) != (first.period, first.breakdown)]
    if odd:
        raise MixedPeriods(detail=", ".join(odd))
    county_name = pick(COUNTY_SV, COUNTY_EN)
    figures: list[Figure] = []
    for ind in computed():
        groups: dict[str, list[Figure]] = {}
        labels: dict[str, str] = {}
        for s in summaries:
            for f in s.figures:
                if f.indicator == ind.id:
                    figures.append(
                        replace(f, group=f"{s.organisation}\x1f{f.group}", label=f"{s.organisation} – {f.label}")
                    )
                    groups.setdefault(f.group, []).append(f)
                    labels[f.group] = f.label
        for group, parts in groups.items():
            total = _total(ind, f"{county_name}\x1f{group}", f"{county_name} – {labels[group]}", parts)
            figures.append(rule.apply(total))
    names = ", ".join(s.organisation for s in summaries)
    return Report(first.period, first.breakdown, tuple(figures), f"{county_name}: {names}", rule)


def county_from_files(ws: Workspace | None, paths: Sequence[Path]) -> Report:
    """The county view from the municipalities' indicator files (the window passes its
    workspace first, as every job on the worker; nothing is read from it)."""
    from app.exchange.measures import load_summary

    kinds = {i.id: i.kind for i in computed()}
    return county([load_summary(Path(p), kinds) for p in paths])
