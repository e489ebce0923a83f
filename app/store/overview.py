"""SQL behind the desktop client's lists (the to-do engine's is in `app.store.todo`).

Lists are "ids first, rows on demand": a sorted, filtered id list is cheap even for 100 000
persons, and the rows of the visible block are read by id. Sort columns come from fixed maps,
never from the caller's text, so nothing user-typed reaches the SQL text.
"""

from __future__ import annotations

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
