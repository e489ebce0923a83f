"""SQL behind the follow-up indicators (Uppföljning, issue 12): counted inside SQLite from the
kept facts (`app/store/indicator_facts.py`, one narrow row per counted record with its
breakdown keys worked out).

Each indicator is one `Query`: the kind of fact it counts, a condition, and the SQL of its
numerator and denominator (or of the days a median is taken over). One read groups by all five
breakdown keys at once (a few hundred groups at 100 000 persons), so any breakdown is a regroup
of that answer in Python (`regroup`): the window's change of breakdown reads nothing. Distinct
persons do not add up across groups: their read keeps, per person, the set of key combinations
(`Cube.persons`). Nothing a user typed reaches the SQL text. Named parameters: `:start`, `:end`
(the period, both days included), `:after_end` (the day after), `:ref` (the period's end or
today, whichever is earlier: "now" for a period that is not over), `:due14` (today minus 14
days).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from app.models.indicators import Breakdown
from app.store.database import Store

KEYS = ("org", "unit", "setting", "measure", "profession")
_KEY_OF = {
    Breakdown.ORGANISATION: "org",
    Breakdown.UNIT: "unit",
    Breakdown.SETTING: "setting",
    Breakdown.MEASURE: "measure",
    Breakdown.PROFESSION: "profession",
}
# The record kind (as audit events name it) behind each kind of fact, for the drill-down.
RECORD_OF = {"first_performance": "plan"}


@dataclass(frozen=True)
class Query:
    kind: str  # the kind of fact (indicator_facts.kind)
    where: str
    numerator: str = "count(*)"
    denominator: str | None = None
    median_days: str = ""  # set for a median: the days, per record
    fixed_group: str = ""  # a grouping of the indicator's own (grp: category, law; grp2: harm)
    # Distinct persons: "all" counts every person (a count), "flag" those whose `person_flag`
    # holds over all (a share).
    persons: str = ""

    @property
    def record(self) -> str:
        return RECORD_OF.get(self.kind, self.kind)

    def group_column(self, breakdown: Breakdown) -> str | None:
        return self.fixed_group or _KEY_OF.get(breakdown)


_IN_PERIOD = "f.d1 BETWEEN :start AND :end"
_IN_FORCE = "f.d1 <> '' AND f.d1 <= :end AND f.grp = 'signed'"
# Times are ISO text with their zone: within the period is from its first day up to the day after.
_WITHIN = "f.d1 >= :start AND f.d1 < :after_end"
_REVIEW_OVERDUE = "f.f1 = 0 AND f.d1 < :ref AND (f.d2 IS NULL OR f.d2 > :ref)"
_HAS_SIP = "coalesce(f.d2 <= :end, 0)"

# One entry per computed indicator; the registry (`app.services.indicators.REGISTRY`) names them.
QUERIES: dict[str, Query] = {
    "persons_with_egenvard": Query("plan", _IN_FORCE, persons="all"),
    "new_assessments": Query("assessment", _IN_PERIOD),
    "plans_signed": Query("plan", _IN_PERIOD),
    "health_care_because_of_risk": Query("assessment", _IN_PERIOD, "sum(f.f1)", "count(*)"),
    "risk_analysis_documented": Query("plan", _IN_PERIOD, "sum(f.f1)", "count(*)"),
    "samrad_participants": Query("plan", _IN_PERIOD, "sum(f.f2)", "count(*)"),
    "reviews_on_time": Query(
        "review",
        f"f.f1 = 0 AND {_IN_PERIOD} AND (f.d2 IS NOT NULL OR f.d1 < :ref)",
        "sum(f.d2 IS NOT NULL AND f.d2 <= f.d1)",
        "count(*)",
    ),
    "reviews_overdue": Query("review", _REVIEW_OVERDUE),
    "reviews_overdue_median_days": Query("review", _REVIEW_OVERDUE, median_days="julianday(:ref) - julianday(f.d1)"),
    "copies_within_14_days": Query("plan", f"{_IN_PERIOD} AND f.d1 <= :due14", "sum(f.f3)", "count(*)"),
    "instruction_before_first_performance": Query(
        "first_performance", f"{_IN_PERIOD} AND f.setting <> 'relative'", "sum(f.f1)", "count(*)"
    ),
    "performances_not_done": Query("performance", _WITHIN, "sum(f.f1 = 0)", "count(*)"),
    "not_done_with_deviation": Query("performance", f"{_WITHIN} AND f.f1 = 0", "sum(f.f2)", "count(*)"),
    "deviations": Query("deviation", _WITHIN),
    "deviations_by_category": Query("deviation", _WITHIN, fixed_group="grp"),
    "deviations_by_harm": Query("deviation", _WITHIN, fixed_group="grp2"),
    "deviations_all_informed": Query("deviation", f"{_WITHIN} AND f.f1 = 1", "sum(f.f2)", "count(*)"),
    "joint_event_analysis": Query("deviation", f"{_WITHIN} AND f.f3 = 1", "sum(f.f4)", "count(*)"),
    "disputes_open": Query("dispute", "f.d1 <= :ref AND (f.d2 IS NULL OR f.d2 > :ref)"),
    "disputes_resolved": Query("dispute", "f.d2 BETWEEN :start AND :end"),
    "disputes_resolved_within_14_days": Query(
        "dispute", "f.d2 BETWEEN :start AND :end", "sum(julianday(f.d2) - julianday(f.d1) <= 14)", "count(*)"
    ),
    "persons_with_sip": Query("plan", _IN_FORCE, persons="flag"),
    "disputes_discussion_within_14_days": Query(
        "dispute",
        f"{_IN_PERIOD} AND (f.d1 <= :due14 OR f.d3 IS NOT NULL)",
        "coalesce(sum(julianday(f.d3) - julianday(f.d1) <= 14), 0)",
        "count(*)",
    ),
    "intyg_by_profession": Query("intyg", _IN_PERIOD, fixed_group="grp"),
    "bistand_by_law": Query("decision", f"f.f1 = 1 AND {_IN_PERIOD}", fixed_group="grp"),
}

Row = tuple[str, float | None, int | None]
Keys = tuple[str, ...]


@dataclass(frozen=True)
class Cube:
    """One indicator's answer grouped by every breakdown key at once (or by its own grouping):
    `rows` are (keys, numerator or days, denominator or how many); for distinct persons,
    `persons` are (the person's key combinations, flag, how many such persons)."""

    query: Query
    rows: tuple[tuple[Keys, Any, Any], ...] = ()
    persons: tuple[tuple[tuple[Keys, ...], int, int], ...] = ()


def _group_by(q: Query) -> str:
    return f"f.{q.fixed_group}" if q.fixed_group else ", ".join(f"f.{k}" for k in KEYS)


def _sql(q: Query) -> str:
    source = f"FROM indicator_facts f WHERE f.kind = '{q.kind}' AND {q.where}"
    keys = _group_by(q)
    if q.persons:
        combo = "json_array(" + ", ".join(KEYS) + ")"
        return (
            "SELECT combos, flag, count(*) FROM (SELECT person_id, json_group_array(json(combo)) AS combos,"
            f" max(flag) AS flag FROM (SELECT DISTINCT f.person_id, {combo} AS combo, {_HAS_SIP} AS flag {source})"
            " GROUP BY person_id) GROUP BY combos, flag"
        )
    if q.median_days:
        return f"SELECT {keys}, {q.median_days} AS days, count(*) {source} GROUP BY {keys}, days"
    return f"SELECT {keys}, coalesce({q.numerator}, 0), {q.denominator or 'NULL'} {source} GROUP BY {keys}"


def cubes(store: Store, names: list[str], params: dict[str, Any]) -> dict[str, Cube]:
    """Each named indicator's cube; indicators with the same read (the two of persons) read once."""
    read: dict[str, list[tuple]] = {}
    out: dict[str, Cube] = {}
    with store.guard():
        for name in names:
            q = QUERIES[name]
            sql = _sql(q)
            if sql not in read:
                read[sql] = store.conn.execute(sql, params).fetchall()
            rows = read[sql]
            if q.persons:
                people = tuple((tuple(tuple(c) for c in json.loads(r[0])), int(r[1]), int(r[2])) for r in rows)
                out[name] = Cube(q, persons=people)
            else:
                width = 1 if q.fixed_group else len(KEYS)
                out[name] = Cube(
                    q, rows=tuple((tuple(str(k) for k in r[:width]), r[width], r[width + 1]) for r in rows)
                )
    return out


def _median(days: dict[float, int]) -> float:
    """The median of values given with how many times each occurs (the middle two averaged)."""
    total = sum(days.values())
    middle = ((total + 1) // 2, (total + 2) // 2)  # 1-based ranks of the middle one or two
    found: list[float] = []
    seen = 0
    for value in sorted(days):
        before, seen = seen, seen + days[value]
        found += [value for rank in middle if before < rank <= seen]
    return sum(found) / len(found)


def regroup(cube: Cube, breakdown: Breakdown) -> list[Row]:
    """(group, numerator or median, denominator) per group of the breakdown, in group order."""
    q = cube.query
    column = q.group_column(breakdown)
    at = 0 if q.fixed_group else (KEYS.index(column) if column else None)
    if q.persons:
        num: dict[str, int] = defaultdict(int)
        den: dict[str, int] = defaultdict(int)
        for combos, flag, n in cube.persons:
            for group in {"" if at is None else c[at] for c in combos}:
                den[group] += n
                num[group] += n * flag if q.persons == "flag" else n
        share = q.persons == "flag"
        return [(g, num[g], den[g] if share else None) for g in sorted(den)]
    if q.median_days:
        values: dict[str, dict[float, int]] = defaultdict(lambda: defaultdict(int))
        for keys, days, n in cube.rows:
            values["" if at is None else keys[at]][days] += n
        return [(g, _median(v), sum(v.values())) for g, v in sorted(values.items())]
    sums: dict[str, list] = {}
    for keys, n, d in cube.rows:
        group = "" if at is None else keys[at]
        acc = sums.setdefault(group, [0, None])
        acc[0] += n
        if d is not None:
            acc[1] = (acc[1] or 0) + d
    return [(g, acc[0], acc[1]) for g, acc in sorted(sums.items())]


def figures(store: Store, name: str, breakdown: Breakdown, params: dict[str, Any]) -> list[Row]:
    """(group, numerator or median, denominator) per group, in group order."""
    return regroup(cubes(store, [name], params)[name], breakdown)


def record_keys(
    store: Store, name: str, breakdown: Breakdown, group: str | None, params: dict[str, Any], limit: int = 1000
) -> tuple[str, list[tuple[str, str]]]:
    """The drill-down: the record kind and (id, person id) of the records an indicator's group
    counts (its denominator, or all it counts), at most `limit`."""
    q = QUERIES[name]
    where = q.where
    args = dict(params)
    if group is not None:
        column = q.group_column(breakdown)
        where += f" AND {'f.' + column if column else chr(39) * 2} = :group"
        args["group"] = group
    args["limit"] = limit
    sql = f"SELECT DISTINCT f.id, f.person_id FROM indicator_facts f WHERE f.kind = '{q.kind}' AND {where} LIMIT :limit"
    with store.guard():
        return q.record, [(str(r[0]), str(r[1])) for r in store.conn.execute(sql, args)]
