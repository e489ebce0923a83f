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

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
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
class Part:
    """A part of an indicator counted from `indicator_counts`: the kind, a condition on the
    count's keys and flags (alias `c`), what each row adds to the numerator and denominator,
    and the part's last day ("end" the period's end; "due14" no later than today minus 14
    days; "before_ref" before the period's end or today; "upto_end" from the beginning of
    time to the period's end: what is in force then)."""

    kind: str
    where: str = "1"
    numerator: str = "c.n"
    denominator: str = "NULL"
    span: str = "end"


@dataclass(frozen=True)
class Query:
    kind: str  # the kind of fact (indicator_facts.kind): the drill-down's records
    where: str  # the facts counted (alias `f`), for the drill-down and for a read of the facts
    numerator: str = "count(*)"
    denominator: str | None = None
    median_days: str = ""  # set for a median: the days, per record
    fixed_group: str = ""  # a grouping of the indicator's own (grp: category, law; grp2: harm)
    parts: tuple[Part, ...] = ()  # counted from indicator_counts (else from the facts)
    # A read of the facts as the union of these (index, condition): each one range of a covering
    # partial index (the planner, without statistics, walked every review by its key), else `where`.
    ranges: tuple[tuple[str, str], ...] = ()
    persons: str = ""  # distinct persons: "all" every person (a count), "sip" those with a SIP (a share)

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
# The same two ways: not done (index indicator_facts_open), done after the day (…_done).
_OVERDUE_RANGES = (
    ("indicator_facts_open", "f.d2 IS NULL AND f.d1 < :ref AND f.f1 = 0"),
    ("indicator_facts_done", "f.d2 IS NOT NULL AND f.d2 > :ref AND f.d1 < :ref AND f.f1 = 0"),
)


def _count(kind: str, where: str = "1", span: str = "end") -> tuple[Part, ...]:
    return (Part(kind, where, span=span),)


def _share(kind: str, flag: str, where: str = "1", span: str = "end") -> tuple[Part, ...]:
    return (Part(kind, where, f"c.n * ({flag})", "c.n", span),)


# One entry per computed indicator; the registry (`app.services.indicators.REGISTRY`) names them.
QUERIES: dict[str, Query] = {
    "persons_with_egenvard": Query("plan", _IN_FORCE, persons="all"),
    "new_assessments": Query("assessment", _IN_PERIOD, parts=_count("assessment")),
    "plans_signed": Query("plan", _IN_PERIOD, parts=_count("plan")),
    "health_care_because_of_risk": Query("assessment", _IN_PERIOD, parts=_share("assessment", "c.f1")),
    "risk_analysis_documented": Query("plan", _IN_PERIOD, parts=_share("plan", "c.f1")),
    "samrad_participants": Query("plan", _IN_PERIOD, parts=_share("plan", "c.f2")),
    "reviews_on_time": Query(
        "review",
        f"f.f1 = 0 AND {_IN_PERIOD} AND (f.d2 IS NOT NULL OR f.d1 < :ref)",
        # done: counted by planned date within the period; not done: only once its date passed
        parts=(
            Part("review", "c.f1 = 0 AND c.f2 = 1", "c.n * c.f3", "c.n"),
            Part("review", "c.f1 = 0 AND c.f2 = 0", "0", "c.n", "before_ref"),
        ),
    ),
    "reviews_overdue": Query("review", _REVIEW_OVERDUE, ranges=_OVERDUE_RANGES),
    "reviews_overdue_median_days": Query(
        "review", _REVIEW_OVERDUE, median_days="julianday(:ref) - julianday(f.d1)", ranges=_OVERDUE_RANGES
    ),
    "copies_within_14_days": Query(
        "plan", f"{_IN_PERIOD} AND f.d1 <= :due14", parts=_share("plan", "c.f3", span="due14")
    ),
    "instruction_before_first_performance": Query(
        "first_performance",
        f"{_IN_PERIOD} AND f.setting <> 'relative'",
        parts=_share("first_performance", "c.f1", "c.setting <> 'relative'"),
    ),
    "performances_not_done": Query("performance", _WITHIN, parts=_share("performance", "c.f1 = 0")),
    "not_done_with_deviation": Query(
        "performance", f"{_WITHIN} AND f.f1 = 0", parts=_share("performance", "c.f2", "c.f1 = 0")
    ),
    "deviations": Query("deviation", _WITHIN, parts=_count("deviation")),
    "deviations_by_category": Query("deviation", _WITHIN, fixed_group="grp", parts=_count("deviation")),
    "deviations_by_harm": Query("deviation", _WITHIN, fixed_group="grp2", parts=_count("deviation")),
    "days_to_analysis": Query(
        "deviation",
        f"{_WITHIN} AND f.d2 IS NOT NULL",
        median_days="julianday(f.d2) - julianday(substr(f.d1, 1, 10))",
    ),
    "deviations_all_informed": Query(
        "deviation", f"{_WITHIN} AND f.f1 = 1", parts=_share("deviation", "c.f2", "c.f1 = 1")
    ),
    "joint_event_analysis": Query(
        "deviation", f"{_WITHIN} AND f.f3 = 1", parts=_share("deviation", "c.f4", "c.f3 = 1")
    ),
    "disputes_open": Query("dispute", "f.d1 <= :ref AND (f.d2 IS NULL OR f.d2 > :ref)"),
    "disputes_resolved": Query("dispute", "f.d2 BETWEEN :start AND :end"),
    "disputes_resolved_within_14_days": Query(
        "dispute", "f.d2 BETWEEN :start AND :end", "sum(julianday(f.d2) - julianday(f.d1) <= 14)", "count(*)"
    ),
    "persons_with_sip": Query("plan", _IN_FORCE, persons="sip"),
    "disputes_discussion_within_14_days": Query(
        "dispute",
        f"{_IN_PERIOD} AND (f.d1 <= :due14 OR f.d3 IS NOT NULL)",
        "coalesce(sum(julianday(f.d3) - julianday(f.d1) <= 14), 0)",
        "count(*)",
    ),
    "intyg_by_profession": Query("intyg", _IN_PERIOD, fixed_group="grp", parts=_count("intyg")),
    "bistand_by_law": Query(
        "decision", f"f.f1 = 1 AND {_IN_PERIOD}", fixed_group="grp", parts=_count("decision", "c.f1 = 1")
    ),
}

Row = tuple[str, float | None, int | None]
Keys = tuple[str, ...]


@dataclass(frozen=True)
class Cube:
    """One indicator's answer grouped by every breakdown key at once (or by its own grouping):
    `rows` are (keys, numerator or days, denominator or how many); for distinct persons,
    `persons` holds per breakdown key ('' for none) its rows (group, numerator, denominator)."""

    query: Query
    rows: tuple[tuple[Keys, Any, Any], ...] = ()
    persons: dict[str, list[Row]] = field(default_factory=dict)


def _group_by(q: Query, alias: str = "f") -> str:
    return f"{alias}.{q.fixed_group}" if q.fixed_group else ", ".join(f"{alias}.{k}" for k in KEYS)


def _facts_sql(q: Query) -> str:
    """The read of the facts: grouped by every key, the numerator and denominator (or the days)."""
    if q.ranges:
        columns = ", ".join(f"f.{k}" for k in (*KEYS, "d1"))
        union = " UNION ALL ".join(
            f"SELECT {columns} FROM indicator_facts f INDEXED BY {index} WHERE f.kind = '{q.kind}' AND {r}"
            for index, r in q.ranges
        )
        source = f"FROM ({union}) f WHERE 1"
    else:
        source = f"FROM indicator_facts f WHERE f.kind = '{q.kind}' AND {q.where}"
    keys = _group_by(q)
    if q.median_days:
        return f"SELECT {keys}, {q.median_days} AS days, count(*) {source} GROUP BY {keys}, days"
    return f"SELECT {keys}, coalesce({q.numerator}, 0), {q.denominator or 'NULL'} {source} GROUP BY {keys}"


def _month_end(d: date) -> date:
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def spans(start: date, end: date) -> list[tuple[str, str, str]]:
    """The days from `start` to `end` as (grain, first, last) ranges of indicator_counts: the
    whole months inside as month rows, the days of the broken months at the edges as day rows."""
    if end < start:
        return []
    first_month = start if start.day == 1 else _month_end(start) + timedelta(days=1)
    last_month = end if end == _month_end(end) else end.replace(day=1) - timedelta(days=1)
    if first_month > last_month:
        return [("d", start.isoformat(), end.isoformat())]
    found = [("m", first_month.isoformat()[:7], last_month.isoformat()[:7])]
    if start < first_month:
        found.append(("d", start.isoformat(), (first_month - timedelta(days=1)).isoformat()))
    if last_month < end:
        found.append(("d", (last_month + timedelta(days=1)).isoformat(), end.isoformat()))
    return found


def _span(part: Part, params: dict[str, Any]) -> tuple[date, date]:
    start, end = date.fromisoformat(params["start"]), date.fromisoformat(params["end"])
    if part.span == "due14":
        end = min(end, date.fromisoformat(params["due14"]))
    elif part.span == "before_ref":
        end = min(end, date.fromisoformat(params["ref"]) - timedelta(days=1))
    elif part.span == "upto_end":
        start = date(1, 1, 1)
    return start, end


def _counted(store: Store, q: Query, params: dict[str, Any]) -> list[tuple]:
    """An indicator's parts summed from the day and month counts, grouped by every key."""
    keys = _group_by(q, "c")
    width = 1 if q.fixed_group else len(KEYS)
    sums: dict[tuple, list] = {}
    for part in q.parts:
        sql = (
            f"SELECT {keys}, sum({part.numerator}), sum({part.denominator}) FROM indicator_counts c"
            f" WHERE c.kind = '{part.kind}' AND c.grain = :grain AND c.d BETWEEN :lo AND :hi AND {part.where}"
            f" GROUP BY {keys}"
        )
        for grain, lo, hi in spans(*_span(part, params)):
            for r in store.conn.execute(sql, {**params, "grain": grain, "lo": lo, "hi": hi}):
                acc = sums.setdefault(tuple(r[:width]), [0, None])
                acc[0] += r[width] or 0
                if r[width + 1] is not None:
                    acc[1] = (acc[1] or 0) + r[width + 1]
    return [(*k, n, d) for k, (n, d) in sums.items()]


def _persons(store: Store, q: Query, params: dict[str, Any]) -> dict[str, list[Row]]:
    """Distinct persons with a plan in force at the period's end, per value of each key."""
    sip = "c.n * (c.x <> '' AND c.x <= :end)"
    found: dict[str, list[Row]] = {}
    for key in ("", *KEYS):
        kind = f"person:{key}" if key else "person"
        part = Part(kind, "1", sip if q.persons == "sip" else "c.n", "c.n", "upto_end")
        rows = _counted(store, Query(kind, "", fixed_group="grp", parts=(part,)), params)
        found[key] = [(str(g), n, d if q.persons == "sip" else None) for g, n, d in sorted(rows)]
    return found


def cubes(store: Store, names: list[str], params: dict[str, Any]) -> dict[str, Cube]:
    """Each named indicator's cube."""
    out: dict[str, Cube] = {}
    with store.guard():
        for name in names:
            q = QUERIES[name]
            if q.persons:
                out[name] = Cube(q, persons=_persons(store, q, params))
                continue
            rows = _counted(store, q, params) if q.parts else store.conn.execute(_facts_sql(q), params).fetchall()
            width = 1 if q.fixed_group else len(KEYS)
            out[name] = Cube(q, rows=tuple((tuple(str(k) for k in r[:width]), r[width], r[width + 1]) for r in rows))
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
    if q.persons:
        return list(cube.persons[column or ""])
    at = 0 if q.fixed_group else (KEYS.index(column) if column else None)
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
