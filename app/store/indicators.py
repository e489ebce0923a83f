"""SQL behind the follow-up indicators (Uppföljning, issue 12): counted inside SQLite.

Each indicator is one `Query`: a subject (which records, joined to the person, plan and
assessment it belongs to), a condition, and the SQL of its numerator and denominator (or of the
days a median is taken over). The breakdown picks a group expression from the subject's fixed
map: nothing a user typed reaches the SQL text. Named parameters: `:start`, `:end` (the period,
both days included), `:ref` (the period's end or today, whichever is earlier: "now" for a
period that is not over), `:due14` (today minus 14 days) and `:high` (the risk-matrix score that
counts as risk of harm).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from app.models.indicators import Breakdown
from app.models.plan import SAMRAD_REQUIRED
from app.store.database import Store
from app.store.migrations import RISK_DOCUMENTED

_CURRENT = "(SELECT max(p2.version) FROM plans p2 WHERE p2.id = {plan})"


def _assessor(field_name: str, assessment_id: str) -> str:
    """The assessor's organisation or profession as a subquery by id: read from the covering
    index `assessments_by_id_cover` (a join grouped by the expression would read the row)."""
    return (
        f"(SELECT json_extract(ax.assessor, '$.{field_name}') FROM assessments ax"
        f" INDEXED BY assessments_by_id_cover WHERE ax.id = {assessment_id})"
    )


_ORG = _assessor("organisation", "p.assessment_id")
_PROFESSION = _assessor("profession", "p.assessment_id")
_PLAN_GROUPS = {
    Breakdown.ORGANISATION: _ORG,
    Breakdown.UNIT: "pe.unit",
    Breakdown.SETTING: "p.setting",
    Breakdown.MEASURE: "p.measure",
    Breakdown.PROFESSION: _PROFESSION,
}
Join = tuple[str, str, tuple[str, ...]]  # alias, JOIN clause, the aliases it needs first
_PERSON_OF_PLAN: Join = ("pe", "JOIN persons pe INDEXED BY persons_id_unit ON pe.id = p.person_id", ("p",))
_ASSESSMENT_OF_PLAN: Join = (
    "a",
    "JOIN assessments a INDEXED BY assessments_by_id_cover ON a.id = p.assessment_id",
    ("p",),
)


def _current_plan(column: str, left: bool = False) -> Join:
    """The plan's current version; `left` where a record need not name a plan (a deviation)."""
    return (
        "p",
        f"{'LEFT ' if left else ''}JOIN plans p INDEXED BY plans_current_cover ON p.id = {column} AND p.version = "
        + _CURRENT.format(plan=column),
        (),
    )


@dataclass(frozen=True)
class Subject:
    """Which records an indicator counts: the table, the joins to what it belongs to, the key of
    one record (for the drill-down), and the group expression of each breakdown.

    A join is made only when the query's SQL names its alias: without a breakdown a review is
    counted from its own table alone. Inner joins to what always exists (a plan's person and
    assessment: NOT NULL references, and nothing is deleted), so the group expressions can be
    read from the covering indexes; a LEFT join to a deviation's plan, which may be none."""

    kind: str  # the record kind of `key`, as in audit events
    table: str
    key: str
    person: str
    groups: dict[Breakdown, str] = field(default_factory=dict)
    joins: tuple[Join, ...] = ()

    def source(self, sql_text: str) -> str:
        needed = {alias for alias, _j, _r in self.joins if re.search(rf"\b{alias}\.", sql_text)}
        for alias, _j, requires in reversed(self.joins):
            if alias in needed:
                needed |= set(requires)
        return " ".join([self.table, *(j for alias, j, _r in self.joins if alias in needed)])


_PLAN_JOINS = (_PERSON_OF_PLAN, _ASSESSMENT_OF_PLAN)
ASSESSMENTS = Subject(
    "assessment",
    "assessments a",
    "a.id",
    "a.person_id",
    {
        Breakdown.ORGANISATION: _assessor("organisation", "a.id"),
        Breakdown.UNIT: "pe.unit",
        Breakdown.MEASURE: "a.measure",
        Breakdown.PROFESSION: _assessor("profession", "a.id"),
    },
    (("pe", "JOIN persons pe INDEXED BY persons_id_unit ON pe.id = a.person_id", ()),),
)
PLAN_VERSIONS = Subject("plan", "plans p", "p.id", "p.person_id", _PLAN_GROUPS, _PLAN_JOINS)
REVIEWS = Subject(
    "review", "reviews r", "r.id", "p.person_id", _PLAN_GROUPS, (_current_plan("r.plan_id"), *_PLAN_JOINS)
)
PERFORMANCES = Subject(
    "performance", "performances x", "x.id", "p.person_id", _PLAN_GROUPS, (_current_plan("x.plan_id"), *_PLAN_JOINS)
)
# Each plan once, with the day of its first performance (from the index performances_plan).
FIRST_PERFORMANCES = Subject(
    "plan",
    "(SELECT plan_id, substr(min(occurred_at), 1, 10) AS first FROM performances GROUP BY plan_id) fp",
    "fp.plan_id",
    "p.person_id",
    _PLAN_GROUPS,
    (_current_plan("fp.plan_id"), *_PLAN_JOINS),
)
DEVIATIONS = Subject(
    "deviation",
    "deviations d",
    "d.id",
    "d.person_id",
    {
        Breakdown.ORGANISATION: "d.reporter_organisation",
        Breakdown.UNIT: "pe.unit",
        Breakdown.SETTING: "p.setting",
        Breakdown.MEASURE: "p.measure",
    },
    (
        ("pe", "JOIN persons pe INDEXED BY persons_id_unit ON pe.id = d.person_id", ()),
        _current_plan("d.plan_id", left=True),
    ),
)
DISPUTES = Subject(
    "dispute",
    "disputes t",
    "t.id",
    "t.person_id",
    {Breakdown.UNIT: "pe.unit"},
    (("pe", "LEFT JOIN persons pe INDEXED BY persons_id_unit ON pe.id = t.person_id", ()),),
)
INTYG = Subject(
    "intyg",
    "intyg g",
    "g.id",
    "g.person_id",
    {Breakdown.UNIT: "pe.unit"},
    (("pe", "JOIN persons pe INDEXED BY persons_id_unit ON pe.id = g.person_id", ()),),
)
DECISIONS = Subject(
    "decision",
    "decisions b",
    "b.id",
    "b.person_id",
    {Breakdown.UNIT: "pe.unit"},
    (("pe", "JOIN persons pe INDEXED BY persons_id_unit ON pe.id = b.person_id", ()),),
)


@dataclass(frozen=True)
class Query:
    subject: Subject
    where: str
    numerator: str = "count(*)"
    denominator: str | None = None
    median_days: str = ""  # set for a median: the days, per record
    # Joins of the query's own to an aggregate, made once (SQLite builds a temporary index on
    # it) instead of a correlated subquery per row into the encrypted pages.
    extra: str = ""
    fixed_group: str = ""  # a grouping of the indicator's own (category, law), whatever the breakdown

    def group_sql(self, breakdown: Breakdown) -> str:
        if self.fixed_group:
            return self.fixed_group
        return f"coalesce({self.subject.groups[breakdown]}, '')" if breakdown in self.subject.groups else "''"


_SIGNED_ON = "json_extract(p.signature, '$.signed_on')"
_SIGNED_IN = f"{_SIGNED_ON} BETWEEN :start AND :end"
# `+p.status`: not by the status index (its rows must be read), by plans_indicators (covering).
_IN_FORCE = f"{_SIGNED_ON} <= :end AND +p.status = 'signed'"
_RISK_OF_HARM = (
    "(json_extract(a3.risk_analysis, '$.risk_of_harm') = 1"
    " OR EXISTS (SELECT 1 FROM json_each(a3.risk_analysis, '$.hazards') h"
    " WHERE json_extract(h.value, '$.likelihood') * json_extract(h.value, '$.consequence') >= :high))"
)
# Only a health-care outcome reads its risk analysis (CASE does not evaluate the rest): the
# other assessments are counted from the index alone.
_HEALTH_CARE_BECAUSE_OF_RISK = (
    "CASE WHEN a.outcome = 'health_care'"
    f" THEN (SELECT {_RISK_OF_HARM} FROM assessments a3 WHERE a3.id = a.id) ELSE 0 END"
)
# The set of assessments with a documented risk analysis, made once from the covering index
# `assessments_by_id_cover` (its expression is migrations.RISK_DOCUMENTED).
_RISK_DOCUMENTED = (
    "p.assessment_id IN (SELECT a2.id FROM assessments a2 INDEXED BY assessments_by_id_cover"
    f" WHERE {RISK_DOCUMENTED} = 1)"
)


def _samrad_has(condition: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM json_each(a.samrad, '$.participants') sp"
        f" WHERE json_extract(sp.value, '$.role') {condition})"
    )


# The participant a setting requires beside the patient or a guardian (app/models/plan.py
# SAMRAD_REQUIRED, the rule signing asks): NULL where the setting adds none.
_REQUIRED_ROLE = (
    "CASE p.setting "
    + " ".join(f"WHEN '{setting.value}' THEN '{roles[0].value}'" for setting, roles in SAMRAD_REQUIRED.items())
    + " END"
)
_PATIENT_OR_GUARDIAN = _samrad_has("IN ('patient', 'guardian')")
_SETTING_S_OWN = _samrad_has("= " + _REQUIRED_ROLE)
_SAMRAD_COMPLETE = (
    f"(a.samrad IS NOT NULL AND {_PATIENT_OR_GUARDIAN} AND ({_REQUIRED_ROLE} IS NULL OR {_SETTING_S_OWN}))"
)
_PERSON_COPY = "('person', 'guardian')"
_SERVICE_COPY = "('case_officer', 'unit_manager', 'school_leader')"


# Per plan version the first copy to the person (or guardian) and to the verksamhet.
_FIRST_COPIES = (
    " LEFT JOIN (SELECT plan_id, plan_version,"
    f" min(CASE WHEN recipient IN {_PERSON_COPY} THEN handed_on END) AS to_person,"
    f" min(CASE WHEN recipient IN {_SERVICE_COPY} THEN handed_on END) AS to_service"
    " FROM copies GROUP BY plan_id, plan_version) fc ON fc.plan_id = p.id AND fc.plan_version = p.version"
)
_COPIES_ON_TIME = (
    f"coalesce(fc.to_person <= date({_SIGNED_ON}, '+14 days')"
    f" AND (p.setting = 'relative' OR fc.to_service <= date({_SIGNED_ON}, '+14 days')), 0)"
)
_FIRST_INSTRUCTIONS = (
    " LEFT JOIN (SELECT plan_id, min(instructed_on) AS first FROM instructions GROUP BY plan_id) fi"
    " ON fi.plan_id = fp.plan_id"
)
_INSTRUCTED_FIRST = "coalesce(fi.first <= fp.first, 0)"
# Times are ISO text with their zone: within the period is from its first day up to the day after.
_OCCURRED = "d.occurred_at >= :start AND d.occurred_at < :after_end"
_PERFORMED = "x.occurred_at >= :start AND x.occurred_at < :after_end"
_DEVIATION_ORGS = (
    "(SELECT count(DISTINCT o) FROM (SELECT json_extract(j.value, '$.organisation') AS o FROM json_each(d.parties) j"
    " UNION SELECT d.reporter_organisation) WHERE o <> '')"
)
_ALL_INFORMED = "NOT EXISTS (SELECT 1 FROM json_each(d.parties) j WHERE json_extract(j.value, '$.informed_on') IS NULL)"
_REVIEW_OVERDUE = "r.cancelled = 0 AND r.planned_on < :ref AND (r.done_on IS NULL OR r.done_on > :ref)"
_HAS_SIP = "p.person_id IN (SELECT s.person_id FROM sip_links s WHERE s.sip_date <= :end)"

# One entry per computed indicator; the registry (`app.services.indicators.REGISTRY`) names them.
QUERIES: dict[str, Query] = {
    "persons_with_egenvard": Query(PLAN_VERSIONS, _IN_FORCE, "count(DISTINCT p.person_id)"),
    "new_assessments": Query(ASSESSMENTS, "a.assessed_on BETWEEN :start AND :end"),
    "plans_signed": Query(PLAN_VERSIONS, _SIGNED_IN),
    "health_care_because_of_risk": Query(
        ASSESSMENTS,
        "a.assessed_on BETWEEN :start AND :end",
        f"coalesce(sum({_HEALTH_CARE_BECAUSE_OF_RISK}), 0)",
        "count(*)",
    ),
    "risk_analysis_documented": Query(PLAN_VERSIONS, _SIGNED_IN, f"coalesce(sum({_RISK_DOCUMENTED}), 0)", "count(*)"),
    "reviews_on_time": Query(
        REVIEWS,
        "r.cancelled = 0 AND r.planned_on BETWEEN :start AND :end AND (r.done_on IS NOT NULL OR r.planned_on < :ref)",
        "coalesce(sum(r.done_on IS NOT NULL AND r.done_on <= r.planned_on), 0)",
        "count(*)",
    ),
    "reviews_overdue": Query(REVIEWS, _REVIEW_OVERDUE),
    "reviews_overdue_median_days": Query(
        REVIEWS, _REVIEW_OVERDUE, median_days="julianday(:ref) - julianday(r.planned_on)"
    ),
    "copies_within_14_days": Query(
        PLAN_VERSIONS,
        f"{_SIGNED_IN} AND {_SIGNED_ON} <= :due14",
        f"coalesce(sum({_COPIES_ON_TIME}), 0)",
        "count(*)",
        extra=_FIRST_COPIES,
    ),
    "instruction_before_first_performance": Query(
        FIRST_PERFORMANCES,
        "fp.first BETWEEN :start AND :end AND p.setting <> 'relative'",
        f"coalesce(sum({_INSTRUCTED_FIRST}), 0)",
        "count(*)",
        extra=_FIRST_INSTRUCTIONS,
    ),
    "performances_not_done": Query(PERFORMANCES, _PERFORMED, "coalesce(sum(x.done = 0), 0)", "count(*)"),
    "not_done_with_deviation": Query(
        PERFORMANCES,
        f"{_PERFORMED} AND x.done = 0",
        "coalesce(sum(x.deviation_id IS NOT NULL), 0)",
        "count(*)",
    ),
    "deviations": Query(DEVIATIONS, _OCCURRED),
    "deviations_by_category": Query(DEVIATIONS, _OCCURRED, fixed_group="d.category"),
    "deviations_by_harm": Query(DEVIATIONS, _OCCURRED, fixed_group="d.harm"),
    "deviations_all_informed": Query(
        DEVIATIONS,
        f"{_OCCURRED} AND json_array_length(d.parties) > 0",
        f"coalesce(sum({_ALL_INFORMED}), 0)",
        "count(*)",
    ),
    "joint_event_analysis": Query(
        DEVIATIONS, f"{_OCCURRED} AND {_DEVIATION_ORGS} > 1", "coalesce(sum(d.event_analysis <> ''), 0)", "count(*)"
    ),
    "disputes_open": Query(DISPUTES, "t.opened_on <= :ref AND (t.resolved_on IS NULL OR t.resolved_on > :ref)"),
    "disputes_resolved": Query(DISPUTES, "t.resolved_on BETWEEN :start AND :end"),
    "disputes_resolved_within_14_days": Query(
        DISPUTES,
        "t.resolved_on BETWEEN :start AND :end",
        "coalesce(sum(julianday(t.resolved_on) - julianday(t.opened_on) <= 14), 0)",
        "count(*)",
    ),
    "persons_with_sip": Query(
        PLAN_VERSIONS,
        _IN_FORCE,
        f"count(DISTINCT CASE WHEN {_HAS_SIP} THEN p.person_id END)",
        "count(DISTINCT p.person_id)",
    ),
    "samrad_participants": Query(
        PLAN_VERSIONS,
        _SIGNED_IN,
        f"coalesce(sum({_RISK_DOCUMENTED} AND {_SAMRAD_COMPLETE}), 0)",
        "count(*)",
    ),
    "disputes_discussion_within_14_days": Query(
        DISPUTES,
        "t.opened_on BETWEEN :start AND :end AND (t.opened_on <= :due14 OR t.discussion_started_on IS NOT NULL)",
        "coalesce(sum(julianday(t.discussion_started_on) - julianday(t.opened_on) <= 14), 0)",
        "count(*)",
    ),
    "intyg_by_profession": Query(
        INTYG, "g.issued_on BETWEEN :start AND :end", fixed_group="json_extract(g.assessor, '$.profession')"
    ),
    "bistand_by_law": Query(
        DECISIONS, "b.result <> 'pending' AND b.decided_on BETWEEN :start AND :end", fixed_group="b.law"
    ),
}

Row = tuple[str, float | None, int | None]


def figures(store: Store, name: str, breakdown: Breakdown, params: dict[str, Any]) -> list[Row]:
    """(group, numerator or median, denominator) per group, in group order."""
    q = QUERIES[name]
    g = q.group_sql(breakdown)
    if q.median_days:
        source = q.subject.source(f"{g} {q.median_days} {q.where}") + q.extra
        sql = (
            "SELECT g, avg(days), n FROM (SELECT g, days, row_number() OVER (PARTITION BY g ORDER BY days) AS rn,"
            " count(*) OVER (PARTITION BY g) AS n FROM"
            f" (SELECT {g} AS g, {q.median_days} AS days FROM {source} WHERE {q.where}))"
            " WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY g ORDER BY g"
        )
    else:
        den = q.denominator or "NULL"
        source = q.subject.source(f"{g} {q.numerator} {den} {q.where}") + q.extra
        sql = f"SELECT {g} AS g, {q.numerator}, {den} FROM {source} WHERE {q.where} GROUP BY g ORDER BY g"
    with store.guard():
        return [(str(r[0]), r[1], r[2]) for r in store.conn.execute(sql, params)]


def record_keys(
    store: Store, name: str, breakdown: Breakdown, group: str | None, params: dict[str, Any], limit: int = 1000
) -> tuple[str, list[tuple[str, str]]]:
    """The drill-down: the record kind and (id, person id) of the records an indicator's group
    counts (its denominator, or all it counts), at most `limit`."""
    q = QUERIES[name]
    where = q.where
    args = dict(params)
    if group is not None:
        where += f" AND {q.group_sql(breakdown)} = :group"
        args["group"] = group
    source = q.subject.source(f"{q.subject.key} {q.subject.person} {where}") + q.extra
    sql = f"SELECT DISTINCT {q.subject.key}, coalesce({q.subject.person}, '') FROM {source} WHERE {where} LIMIT :limit"
    args["limit"] = limit
    with store.guard():
        return q.subject.kind, [(str(r[0]), str(r[1])) for r in store.conn.execute(sql, args)]
