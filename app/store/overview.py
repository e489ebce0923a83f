"""SQL behind the desktop client's lists and the to-do overview (Överblick).

Lists are "ids first, rows on demand": a sorted, filtered id list is cheap even for 100 000
persons, and the rows of the visible block are read by id. Sort columns come from fixed maps,
never from the caller's text, so nothing user-typed reaches the SQL text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from app.models.sorting import DeviationSort, DisputeSort, PersonSort, PlanSort, SipSort
from app.store.database import Store
from app.store.repositories import number_clause
from app.store.tokens import search_tokens

# The SQL behind each sort key; every key of each enum has its column (tests/store checks it).
PERSON_ORDER: dict[StrEnum, str] = {
    PersonSort.NAME: "sort_key",
    PersonSort.NUMBER: "number",
    PersonSort.UNIT: "unit COLLATE NOCASE, sort_key",
}
PLAN_ORDER: dict[StrEnum, str] = {
    PlanSort.PERSON: "pe.sort_key",
    PlanSort.NUMBER: "pe.number",
    PlanSort.MEASURE: "p.measure COLLATE NOCASE",
    PlanSort.SETTING: "p.setting",
    PlanSort.STATUS: "p.status",
    PlanSort.VERSION: "p.version",
    PlanSort.REASSESSMENT_ON: "p.reassessment_on",
}
DEVIATION_ORDER: dict[StrEnum, str] = {
    DeviationSort.OCCURRED_AT: "d.occurred_at",
    DeviationSort.PERSON: "pe.sort_key",
    DeviationSort.HARM: "d.harm",
    DeviationSort.CATEGORY: "d.category",
    DeviationSort.STATUS: "d.status",
    DeviationSort.LOCATION: "d.location COLLATE NOCASE",
}
DISPUTE_ORDER: dict[StrEnum, str] = {
    DisputeSort.OPENED_ON: "t.opened_on",
    DisputeSort.QUESTION: "t.question",
    DisputeSort.RESOLVED_ON: "t.resolved_on",
}
SIP_ORDER: dict[StrEnum, str] = {
    SipSort.SIP_DATE: "s.sip_date",
    SipSort.PERSON: "pe.sort_key",
    SipSort.NEXT_FOLLOW_UP: "s.next_follow_up",
}

CURRENT_PLAN = "p.version = (SELECT max(version) FROM plans p2 WHERE p2.id = p.id)"


def _order(mapping: dict[StrEnum, str], key: str, desc: bool) -> str:
    """ORDER BY text for a sort key; a key the list does not know raises ValueError."""
    kind = type(next(iter(mapping)))
    column = mapping[kind(key)]
    direction = " DESC" if desc else ""
    return ", ".join(f"{part.strip()}{direction}" for part in column.split(","))


def _name_filter(text: str, alias: str) -> tuple[str, list[Any]]:
    """Every typed word must prefix a word of the name, or digits prefix the number."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits and len(digits) >= len(text.replace("-", "").strip()) - 1:
        return number_clause(f"{alias}.number", digits)
    words = search_tokens(text)
    if not words:
        return "1", []
    clause = " AND ".join(
        f"{alias}.id IN (SELECT person_id FROM person_tokens WHERE token >= ? AND token < ?)" for _ in words
    )
    return clause, [v for w in words for v in (w, w + "\uffff")]


# --- persons -----------------------------------------------------------------------------


def person_ids(store: Store, order: str = "name", desc: bool = False, text: str = "") -> list[str]:
    where, params = _name_filter(text, "pe")
    sql = f"SELECT pe.id FROM persons pe WHERE {where} ORDER BY {_order(PERSON_ORDER, order, desc)}"
    with store.guard():
        return [r[0] for r in store.conn.execute(sql, params)]


def known_units(store: Store) -> list[str]:
    """Every school and unit persons belong to, in name order (the persons_unit index)."""
    with store.guard():
        return [r[0] for r in store.conn.execute("SELECT DISTINCT unit FROM persons WHERE unit <> '' ORDER BY unit")]


def person_plan_counts(store: Store, ids: list[str]) -> dict[str, int]:
    marks = ",".join("?" * len(ids))
    rows = store.query(
        f"SELECT person_id, count(DISTINCT id) AS n FROM plans WHERE person_id IN ({marks}) GROUP BY person_id", ids
    )
    return {r["person_id"]: r["n"] for r in rows}


# --- plans -------------------------------------------------------------------------------


# A plan is of a unit when its person belongs to the unit or the unit performs it (the same
# test as Överblick's "mine", `MINE`); instr, not LIKE: a unit's name may hold % or _.
UNIT_PLAN = "(pe.unit = ? OR instr(p.performer, ?) > 0)"


def plan_ids(
    store: Store, order: str = "person", desc: bool = False, text: str = "", status: str = "", unit: str = ""
) -> list[str]:
    where, params = _name_filter(text, "pe")
    clauses = [CURRENT_PLAN, where]
    if status:
        clauses.append("p.status = ?")
        params.append(status)
    if unit:
        clauses.append(UNIT_PLAN)
        params += [unit, unit]
    sql = (
        "SELECT p.id FROM plans p JOIN persons pe ON pe.id = p.person_id"
        f" WHERE {' AND '.join(clauses)} ORDER BY {_order(PLAN_ORDER, order, desc)}, p.id"
    )
    with store.guard():
        return [r[0] for r in store.conn.execute(sql, params)]


def plan_rows(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    marks = ",".join("?" * len(ids))
    return store.query(
        "SELECT p.id, p.person_id, p.measure, p.setting, p.status, p.version, p.reassessment_on,"
        " pe.given_name, pe.family_name, pe.number, pe.protected_identity,"
        " (SELECT min(r.planned_on) FROM reviews r WHERE r.plan_id = p.id AND r.done_on IS NULL"
        "  AND r.cancelled = 0) AS next_review"
        f" FROM plans p JOIN persons pe ON pe.id = p.person_id WHERE p.id IN ({marks}) AND {CURRENT_PLAN}",
        ids,
    )


# --- deviations, disputes, SIP -----------------------------------------------------------


def deviation_ids(
    store: Store, order: str = "occurred_at", desc: bool = True, text: str = "", open_only: bool = False
) -> list[str]:
    where, params = _name_filter(text, "pe")
    if open_only:
        where += " AND d.status <> 'closed'"
    sql = (
        f"SELECT d.id FROM deviations d JOIN persons pe ON pe.id = d.person_id WHERE {where}"
        f" ORDER BY {_order(DEVIATION_ORDER, order, desc)}, d.id"
    )
    with store.guard():
        return [r[0] for r in store.conn.execute(sql, params)]


def dispute_ids(
    store: Store, order: str = "opened_on", desc: bool = True, text: str = "", open_only: bool = False
) -> list[str]:
    where, params = "1", []
    if text:
        where, params = "t.question LIKE ?", [f"%{text}%"]
    if open_only:
        where += " AND t.resolved_on IS NULL"
    sql = f"SELECT t.id FROM disputes t WHERE {where} ORDER BY {_order(DISPUTE_ORDER, order, desc)}, t.id"
    with store.guard():
        return [r[0] for r in store.conn.execute(sql, params)]


def sip_ids(store: Store, order: str = "sip_date", desc: bool = True, text: str = "") -> list[str]:
    where, params = _name_filter(text, "pe")
    sql = (
        f"SELECT s.id FROM sip_links s JOIN persons pe ON pe.id = s.person_id WHERE {where}"
        f" ORDER BY {_order(SIP_ORDER, order, desc)}, s.id"
    )
    with store.guard():
        return [r[0] for r in store.conn.execute(sql, params)]


def names_of(store: Store, person_ids: list[str]) -> dict[str, dict[str, Any]]:
    if not person_ids:
        return {}
    marks = ",".join("?" * len(person_ids))
    rows = store.query(
        f"SELECT id, given_name, family_name, number, protected_identity, unit FROM persons WHERE id IN ({marks})",
        person_ids,
    )
    return {r["id"]: r for r in rows}


# --- one person's records ----------------------------------------------------------------


def plan_ids_for_person(store: Store, person_id: str) -> list[str]:
    return [r["id"] for r in store.query("SELECT DISTINCT id FROM plans WHERE person_id = ?", (person_id,))]


# --- the to-do overview ------------------------------------------------------------------
# Each query marks the user's own rows ("mine": her unit, or plans she assessed) and returns the
# most urgent rows in date order. Ordering by "mine" in SQL would force a sort of every due row
# (seconds on 100 000 persons); the date index with LIMIT stops early. When that limit was
# reached, a second read (`own=True`) fetches her own rows beyond it, and the service puts her
# rows first.

PERSON_COLS = "pe.id AS person_id, pe.given_name, pe.family_name, pe.number, pe.protected_identity, pe.unit"
MINE = (
    "(CASE WHEN (? <> '' AND (pe.unit = ? OR p.performer LIKE '%' || ? || '%'))"
    " OR (? <> '' AND json_extract(a.assessor, '$.name') = ?) THEN 1 ELSE 0 END)"
)


def _mine_params(unit: str, assessor: str) -> list[str]:
    return [unit, unit, unit, assessor, assessor]


@dataclass(frozen=True)
class _Todo:
    """One to-do query. `everyone` walks a date index and stops at the limit; `own` starts from
    the user's persons (`_MY_PERSONS`), for her items that lie beyond the first `limit` of
    everyone's: a nurse's overdue reviews must not hide behind 200 older ones of others."""

    columns: str  # after SELECT, ending with the "mine" mark
    everyone: str  # FROM … for everyone's rows
    own: str  # FROM … for the rows of the user's persons
    where: str
    order: str  # the date the rows are ordered by
    key: str = "due"  # the same, as a column of the result


# The persons whose items are the user's: her unit's, and those she assessed (by index:
# persons_unit, assessments_assessor_name). A plan is hers by the same rule as MINE; a performer
# named after her unit is recognised among everyone's rows only.
_MY_PERSONS = (
    "WITH mine_p(id) AS (SELECT id FROM persons WHERE ? <> '' AND unit = ?"
    " UNION SELECT person_id FROM assessments WHERE ? <> '' AND json_extract(assessor, '$.name') = ?) "
)
_FROM_MINE = "mine_p m CROSS JOIN persons pe ON pe.id = m.id"

_REVIEWS = _Todo(
    f"r.id, r.plan_id, r.planned_on AS due, r.kind, p.measure, {PERSON_COLS}, {MINE} AS mine",
    "reviews r CROSS JOIN plans p ON p.id = r.plan_id AND +p.status = 'signed'"
    " CROSS JOIN persons pe ON pe.id = p.person_id CROSS JOIN assessments a ON a.id = p.assessment_id",
    f"{_FROM_MINE} CROSS JOIN plans p ON p.person_id = pe.id AND p.status = 'signed'"
    " CROSS JOIN reviews r ON r.plan_id = p.id CROSS JOIN assessments a ON a.id = p.assessment_id",
    "r.done_on IS NULL AND r.cancelled = 0 AND r.planned_on <= ?",
    "r.planned_on",
)
_UNSIGNED = _Todo(
    f"p.id, p.id AS plan_id, date(p.created_at) AS due, p.created_at, p.measure, p.version, {PERSON_COLS},"
    f" {MINE} AS mine",
    # INDEXED BY: the status index would find every draft and sort them all (0.3 s at 100 000
    # persons); the partial index is already in date order, so LIMIT stops early.
    "plans p INDEXED BY plans_draft_created JOIN persons pe ON pe.id = p.person_id"
    " JOIN assessments a ON a.id = p.assessment_id",
    f"{_FROM_MINE} CROSS JOIN plans p ON p.person_id = pe.id CROSS JOIN assessments a ON a.id = p.assessment_id",
    "p.status = 'draft'",
    "p.created_at",
    "created_at",
)
_COPIES = _Todo(
    f"c.id, c.plan_id, c.handed_on AS due, c.recipient, c.recipient_name, p.measure, {PERSON_COLS}, {MINE} AS mine",
    "copies c INDEXED BY copies_no_consent JOIN plans p ON p.id = c.plan_id AND p.version = c.plan_version"
    " JOIN persons pe ON pe.id = p.person_id JOIN assessments a ON a.id = p.assessment_id",
    f"{_FROM_MINE} CROSS JOIN plans p ON p.person_id = pe.id"
    " CROSS JOIN copies c ON c.plan_id = p.id AND c.plan_version = p.version"
    " CROSS JOIN assessments a ON a.id = p.assessment_id",
    "c.consent IS NULL AND c.recipient NOT IN ('person', 'guardian')",
    "c.handed_on",
)
# Deviations without a plan still count; the LEFT JOINs keep them.
_DEVIATION_PLAN = (
    " LEFT JOIN plans p ON p.id = d.plan_id AND p.version = (SELECT max(version) FROM plans p2 WHERE p2.id = p.id)"
    " LEFT JOIN assessments a ON a.id = p.assessment_id"
)
_DEVIATIONS = _Todo(
    "d.id, d.plan_id, date(d.occurred_at) AS due, d.occurred_at, d.harm, d.parties, d.assessor_informed_on,"
    f" d.category, {PERSON_COLS}, {MINE} AS mine",
    f"deviations d INDEXED BY deviations_open JOIN persons pe ON pe.id = d.person_id{_DEVIATION_PLAN}",
    f"{_FROM_MINE} CROSS JOIN deviations d ON d.person_id = pe.id{_DEVIATION_PLAN}",
    "d.status <> 'closed' AND ("
    " EXISTS (SELECT 1 FROM json_each(d.parties) j WHERE json_extract(j.value, '$.informed_on') IS NULL)"
    " OR (d.harm <> 'none' AND d.assessor_informed_on IS NULL))",
    "d.occurred_at",
    "occurred_at",
)
# Only the newest instruction of each staff member on a plan counts: a renewal replaces it.
_INSTRUCTIONS = _Todo(
    f"i.id, i.plan_id, i.renew_on AS due, i.staff_name, p.measure, {PERSON_COLS}, {MINE} AS mine",
    "instructions i CROSS JOIN plans p ON p.id = i.plan_id AND +p.status = 'signed'"
    " CROSS JOIN persons pe ON pe.id = p.person_id CROSS JOIN assessments a ON a.id = p.assessment_id",
    f"{_FROM_MINE} CROSS JOIN plans p ON p.person_id = pe.id AND p.status = 'signed'"
    " CROSS JOIN instructions i ON i.plan_id = p.id CROSS JOIN assessments a ON a.id = p.assessment_id",
    "i.renew_on IS NOT NULL AND i.renew_on <= ?"
    " AND NOT EXISTS (SELECT 1 FROM instructions i2 WHERE i2.plan_id = i.plan_id"
    "  AND i2.staff_name = i.staff_name AND i2.instructed_on > i.instructed_on)",
    "i.renew_on",
)


def _todo(
    store: Store, q: _Todo, where: Sequence[Any], unit: str, assessor: str, limit: int, own: bool
) -> list[dict[str, Any]]:
    mark = _mine_params(unit, assessor)
    if not own:
        sql = f"SELECT {q.columns} FROM {q.everyone} WHERE {q.where} ORDER BY {q.order} LIMIT ?"
        return store.query(sql, (*mark, *where, limit))
    if _my_person_count(store, unit, assessor) > _FEW_PERSONS:
        # Many persons of her own: her rows are frequent in date order, and the walk of the
        # date index finds `limit` of them soon.
        sql = f"SELECT {q.columns} FROM {q.everyone} WHERE {q.where} AND {MINE} = 1 ORDER BY {q.order} LIMIT ?"
        return store.query(sql, (*mark, *where, *mark, limit))
    inner = f"SELECT {q.columns} FROM {q.own} WHERE {q.where}"
    sql = f"{_MY_PERSONS}SELECT * FROM ({inner}) WHERE mine = 1 ORDER BY {q.key} LIMIT ?"
    return store.query(sql, (unit, unit, assessor, assessor, *mark, *where, limit))


_FEW_PERSONS = 1000


def _my_person_count(store: Store, unit: str, assessor: str) -> int:
    """About how many persons are the user's (an upper bound, from the two indexes)."""
    row = store.query(
        "SELECT (SELECT count(*) FROM persons WHERE ? <> '' AND unit = ?)"
        " + (SELECT count(*) FROM assessments WHERE ? <> '' AND json_extract(assessor, '$.name') = ?) AS n",
        (unit, unit, assessor, assessor),
    )
    return int(row[0]["n"])


def todo_reviews(
    store: Store, until: date, unit: str, assessor: str, limit: int, own: bool = False
) -> list[dict[str, Any]]:
    return _todo(store, _REVIEWS, [until.isoformat()], unit, assessor, limit, own)


def todo_unsigned(store: Store, unit: str, assessor: str, limit: int, own: bool = False) -> list[dict[str, Any]]:
    return _todo(store, _UNSIGNED, [], unit, assessor, limit, own)


def todo_copies_without_consent(
    store: Store, unit: str, assessor: str, limit: int, own: bool = False
) -> list[dict[str, Any]]:
    return _todo(store, _COPIES, [], unit, assessor, limit, own)


def todo_deviations(store: Store, unit: str, assessor: str, limit: int, own: bool = False) -> list[dict[str, Any]]:
    return _todo(store, _DEVIATIONS, [], unit, assessor, limit, own)


def todo_instructions(
    store: Store, until: date, unit: str, assessor: str, limit: int, own: bool = False
) -> list[dict[str, Any]]:
    return _todo(store, _INSTRUCTIONS, [until.isoformat()], unit, assessor, limit, own)


def todo_disputes(store: Store, opened_before: date, unit: str, limit: int) -> list[dict[str, Any]]:
    return store.query(
        "SELECT t.id, t.opened_on AS due, t.question, t.parties, t.person_id AS person_id_raw,"
        " pe.id AS person_id, pe.given_name, pe.family_name, pe.number, pe.protected_identity, pe.unit,"
        " (CASE WHEN ? <> '' AND (pe.unit = ? OR t.parties LIKE '%' || ? || '%') THEN 1 ELSE 0 END) AS mine"
        " FROM disputes t LEFT JOIN persons pe ON pe.id = t.person_id"
        # Discussions not started (Dispute.discussion_overdue): the partial index disputes_not_started.
        " WHERE t.resolved_on IS NULL AND t.discussion_started_on IS NULL AND t.escalated_on IS NULL"
        " AND t.opened_on < ? ORDER BY t.opened_on LIMIT ?",
        (unit, unit, unit, opened_before.isoformat(), limit),
    )
