"""SQL behind the to-do engine (app/services/todo.py).

Two halves. Working out: for the persons marked in `todo_dirty` (triggers mark every person a
write concerns, migrations.py `_todo_items`), one row of facts per draft or signed plan
(copies of the signed version, instructions, the open review, the last review done) and their
open deviations, pending applications and open disputes; the service's rules turn them into
items, written to `todo_items` in the same transaction that empties `todo_dirty`. Reading:
the items of a scope (a unit, a responsible professional, a case officer, or everyone), by
index, shown between their `show_from` and `show_until` dates.

Why kept rather than asked each time: at 100 000 persons a school leader's 8 000 persons have
13 000 plans whose rows, copies, instructions and reviews lie on pages all over the encrypted
file; reading those facts took 7 s (benchmarks/bench_todo.py), reading her kept items is one
index range.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.store.database import Store

_SCOPE = "WITH scope(id) AS (SELECT person_id FROM todo_dirty) "
PERSON_COLS = "pe.given_name, pe.family_name, pe.number, pe.protected_identity, pe.unit"
_TO_PERSON = "('person', 'guardian')"  # a copy to the person (or a child's guardian); any other goes to the verksamhet

# Who answers for a plan (002: "den som gjort bedömningen", or the licensed professional of the
# same profession who took over by agreement): the receiver of the plan's latest hand-over
# (`app/store/handovers.py`, the model's `handover.responsible_now`), else the assessor of its
# assessment. The ONE place this is decided; a hand-over marks the person dirty (a trigger), so
# the plan's items move to the new owner at the next read.
_LATEST_RECEIVER = (
    "(SELECT h.receiver FROM handovers h WHERE h.plan_id = {plan}.id"
    " ORDER BY h.handed_on DESC, h.created_at DESC, h.id DESC LIMIT 1)"
)
RESPONSIBLE = f"coalesce({_LATEST_RECEIVER.format(plan='p')}, a.assessor)"
# For what belongs to a person rather than a plan (an application, a dispute): the responsible
# of the person's newest draft or signed plan, by the same rule.
PERSON_RESPONSIBLE = (
    f"(SELECT coalesce({_LATEST_RECEIVER.format(plan='rp')}, ra.assessor) FROM plans rp"
    " CROSS JOIN assessments ra ON ra.id = rp.assessment_id"
    " WHERE rp.person_id = pe.id AND rp.status IN ('draft', 'signed') ORDER BY rp.created_at DESC LIMIT 1)"
)

_PLAN_FACTS = (
    "SELECT p.id AS plan_id, p.version, p.person_id, p.setting, p.measure, p.status, p.created_at,"
    " p.performer, json_extract(p.signature, '$.signed_on') AS signed_on,"
    f" {RESPONSIBLE} AS responsible, {PERSON_COLS},"
    " EXISTS (SELECT 1 FROM copies c WHERE c.plan_id = p.id AND c.plan_version = p.version"
    f"  AND c.recipient IN {_TO_PERSON}) AS copy_person,"
    " EXISTS (SELECT 1 FROM copies c WHERE c.plan_id = p.id AND c.plan_version = p.version"
    f"  AND c.recipient NOT IN {_TO_PERSON}) AS copy_unit,"
    " (SELECT json_object('id', c.id, 'name', c.recipient_name, 'on', c.handed_on) FROM copies c"
    "  WHERE c.plan_id = p.id AND c.plan_version = p.version AND c.consent IS NULL"
    f"  AND c.recipient NOT IN {_TO_PERSON} ORDER BY c.handed_on LIMIT 1) AS copy_no_consent,"
    " EXISTS (SELECT 1 FROM instructions i WHERE i.plan_id = p.id) AS instructed,"
    # Only the newest instruction of each staff member counts: a renewal replaces it.
    " (SELECT json_object('id', i.id, 'on', i.renew_on, 'staff', i.staff_name) FROM instructions i"
    "  WHERE i.plan_id = p.id AND i.renew_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM instructions i2"
    "  WHERE i2.plan_id = i.plan_id AND i2.staff_name = i.staff_name AND i2.instructed_on > i.instructed_on)"
    "  ORDER BY i.renew_on LIMIT 1) AS renewal,"
    " (SELECT json_object('id', r.id, 'on', r.planned_on, 'kind', r.kind, 'announced',"
    "  EXISTS (SELECT 1 FROM review_announcements n WHERE n.review_id = r.id))"
    "  FROM reviews r WHERE r.plan_id = p.id AND r.done_on IS NULL AND r.cancelled = 0"
    "  ORDER BY r.planned_on LIMIT 1) AS review,"
    " (SELECT max(r.done_on) FROM reviews r WHERE r.plan_id = p.id) AS last_review_on,"
    # The newest day an egenvårdsintyg of the plan is valid to (NULL: none in force at all).
    " (SELECT max(g.valid_until) FROM intyg g WHERE g.plan_id = p.id AND g.status = 'valid') AS intyg_until"
    " FROM scope s CROSS JOIN persons pe ON pe.id = s.id"
    " CROSS JOIN plans p ON p.person_id = pe.id AND p.status IN ('draft', 'signed')"
    " CROSS JOIN assessments a ON a.id = p.assessment_id"
)


def plan_facts(store: Store) -> list[dict[str, Any]]:
    """One row per draft or signed plan version of the persons marked dirty."""
    return store.query(_SCOPE + _PLAN_FACTS)


def open_deviations(store: Store) -> list[dict[str, Any]]:
    """Open deviations of the persons marked dirty, with the plan's setting and performer."""
    return store.query(
        _SCOPE + "SELECT d.id, d.person_id, d.plan_id, d.occurred_at, d.location, d.reporter_organisation,"
        f" d.category, p.setting, p.performer, {RESPONSIBLE} AS responsible, {PERSON_COLS}"
        " FROM scope s CROSS JOIN persons pe ON pe.id = s.id"
        " CROSS JOIN deviations d ON d.person_id = pe.id AND d.status <> 'closed'"
        " LEFT JOIN plans p ON p.id = d.plan_id AND p.version ="
        "  (SELECT max(version) FROM plans p2 WHERE p2.id = d.plan_id)"
        " LEFT JOIN assessments a ON a.id = p.assessment_id"
    )


def pending_decisions(store: Store) -> list[dict[str, Any]]:
    """Applications for bistånd not yet decided, of the persons marked dirty."""
    return store.query(
        _SCOPE + "SELECT d.id, d.person_id, d.plan_id, d.law, d.applied_on, d.case_officer,"
        f" {PERSON_RESPONSIBLE} AS responsible, {PERSON_COLS} FROM scope s CROSS JOIN persons pe ON pe.id = s.id"
        " CROSS JOIN decisions d ON d.person_id = pe.id AND d.result = 'pending'"
    )


def open_disputes(store: Store) -> list[dict[str, Any]]:
    """Open disputes of the persons marked dirty ('' stands for the disputes of no person)."""
    return store.query(
        _SCOPE + "SELECT t.id, t.person_id, t.opened_on, t.question, t.parties, t.discussion_started_on,"
        " t.escalated_on,"
        f" {PERSON_RESPONSIBLE} AS responsible, {PERSON_COLS}"
        " FROM disputes t LEFT JOIN persons pe ON pe.id = t.person_id"
        " WHERE t.resolved_on IS NULL AND coalesce(t.person_id, '') IN (SELECT id FROM scope)"
    )


# --- kept items ------------------------------------------------------------------------------

ITEM_COLUMNS = (
    "place", "show_from", "person_id", "key", "show_until", "plan_id", "kind", "entity", "entity_id", "due",
    "unit", "performer", "responsible", "parties", "person_name", "person_number", "measure",
    "action_sv", "action_en", "owner_sv", "owner_en", "owner_role", "owner_name", "owner_unit", "owner_any",
)  # fmt: skip


def replace_dirty(store: Store, items: Sequence[dict[str, Any]]) -> None:
    """The items worked out for the dirty persons take the place of theirs; none is dirty after.
    Call inside the transaction that read the facts (`Store.atomic`)."""
    with store.guard("todo_items"):
        store.conn.execute("DELETE FROM todo_items WHERE person_id IN (SELECT person_id FROM todo_dirty)")
    store.insert_rows("todo_items", [{c: item[c] for c in ITEM_COLUMNS} for item in items])
    with store.guard("todo_dirty"):
        store.conn.execute("DELETE FROM todo_dirty")


def any_dirty(store: Store) -> bool:
    return store.scalar("SELECT 1 FROM todo_dirty LIMIT 1") is not None


@dataclass(frozen=True)
class Scope:
    """Whose items to read. Empty texts leave their part out; `everyone` reads them all."""

    unit: str = ""  # items carried out at this unit, of its persons, or naming it a party
    responsible: str = ""  # items of plans this professional answers for
    officer: str = ""  # items this case officer owns
    everyone: bool = False


@dataclass(frozen=True)
class Reader:
    """Who reads: what makes an item hers ("mine") and of her unit. No reader: nothing is hers."""

    role: str = ""
    name: str = ""
    unit: str = ""
    leader: bool = False  # a school leader or unit manager: owns disputes naming her unit


@dataclass(frozen=True)
class Wanted:
    """What the list shows of the scope; `kinds` in the order they sort (review_due read after
    its date counts as `overdue`)."""

    kinds: tuple[str, ...]
    overdue: str  # the kind a review_due item is after its due date
    mine: bool = False
    my_unit: bool = False
    english: bool = False  # ties sort by the action in the language shown


@dataclass(frozen=True)
class Page:
    rows: list[dict[str, Any]]  # in the order shown, each with `mine` and `kind_now`
    total: int  # items the scope and the filters hold
    own: int  # of which the reader's own


# Each part one range of the table or an index, up to today's `show_from` ('' = from the start);
# each repeats its partial index's condition, so the planner may use it for any value.
_SHOWS = "show_from <= ? AND (show_until IS NULL OR show_until >= ?)"
_PARTS = (
    ("unit", f"place = ? AND {_SHOWS}"),  # the table's own order: one contiguous range
    ("unit", f"unit <> '' AND unit = ? AND place <> unit AND {_SHOWS}"),
    ("unit", f"parties <> '' AND instr(parties, ?) > 0 AND {_SHOWS}"),
    ("responsible", f"responsible <> '' AND responsible = ? AND {_SHOWS}"),
    ("officer", f"owner_name <> '' AND owner_name = ? AND {_SHOWS}"),
)


# Whose an item is (the service's `Owner`, told in its columns): a named person, a role at a
# unit, any of some roles, or a leader of one of the parties' units. The exact comparison runs
# first. Names and units compare trimmed and without regard to ASCII case, by SQLite itself:
# a Python function called from SQL would hold the connection's mutex while it waits for the
# interpreter lock, and a second thread on the connection then deadlocks the two.
_MINE = """CASE
 WHEN :role = '' THEN 0
 WHEN owner_any <> '' THEN CASE
   WHEN json_array_length(owner_any, '$.roles') > 0
   THEN EXISTS (SELECT 1 FROM json_each(owner_any, '$.roles') WHERE value = :role)
   ELSE :leader AND EXISTS (SELECT 1 FROM json_each(owner_any, '$.units') WHERE lower(trim(value)) = :unit) END
 WHEN owner_role <> :role THEN 0
 WHEN owner_name <> '' THEN owner_name = :raw_name OR lower(trim(owner_name)) = :name
 WHEN owner_unit = '' OR :unit = '' THEN 0
 ELSE owner_unit = :raw_unit OR lower(trim(owner_unit)) = :unit END"""
_MY_UNIT = """CASE WHEN :unit = '' THEN 0 WHEN unit = :raw_unit OR performer = :raw_unit THEN 1
 ELSE lower(trim(unit)) = :unit OR lower(trim(performer)) = :unit END"""
_KIND_NOW = "CASE WHEN kind = 'review_due' AND due < :today THEN :overdue ELSE kind END"


_KEY = ("place", "show_from", "person_id", "key")


def _ascii_lower(text: str) -> str:
    """What SQLite's lower(trim(x)) makes of a text: only A–Z are lowered."""
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in text.strip(" "))


def _hits(scope: Scope, narrow: str) -> tuple[str, dict[str, str]]:
    """The keys and sort columns of the scope's items that show today, each part of the scope
    read by its range or index. Each part leaves out what an earlier one holds, so that they are
    disjoint and simply appended (a UNION that compared rows took 110 ms of 150 at 14 000 items)."""
    head = f"SELECT {', '.join(_KEY)}, {narrow} FROM todo_items WHERE "
    if scope.everyone:
        return head + _SHOWS, {}
    parts: list[str] = []
    earlier: list[str] = []
    values = {}
    for n, (name, where) in enumerate(_PARTS):
        if getattr(scope, name):
            values[f"v{n}"] = getattr(scope, name)
            part = where.replace("= ?", f"= :v{n}", 1).replace("instr(parties, ?)", f"instr(parties, :v{n})")
            parts.append(head + " AND ".join([part, *(f"NOT ({e})" for e in earlier)]))
            earlier.append(part)
    return " UNION ALL ".join(parts) or head + "0", values


def page(store: Store, scope: Scope, reader: Reader, wanted: Wanted, today: date, limit: int | None) -> Page:
    """The scope's items that show today and pass the filters: the reader's own first, then by
    due date (none last), kind, person and action; the first `limit` of them (all: None), with
    how many there are.

    Why so: a school leader of an 8 000-person unit has 14 000 items (benchmarks/bench_todo.py).
    Only their keys and sort columns are gathered, counted and sorted; the whole row is read for
    the `limit` shown, and only those become Python objects."""
    action = "action_en" if wanted.english else "action_sv"
    narrow = f"{_MINE} AS mine, {_KIND_NOW} AS kind_now, due, person_name, {action} AS action, entity_id"
    if wanted.my_unit:
        narrow += f", {_MY_UNIT} AS my_unit"
    hits, values = _hits(scope, narrow)
    filters = ["instr(:kinds, ',' || kind_now || ',') > 0"]
    filters += ["mine"] * wanted.mine + ["my_unit"] * wanted.my_unit
    order = (
        "{s}mine DESC, {s}due IS NULL, {s}due, instr(:kinds, ',' || {s}kind_now || ','),"
        " {s}person_name, {s}action, {s}entity_id, {s}person_id, {s}key"
    )
    sql = (
        f"WITH hit AS ({hits.replace('?', ':today')}),"
        f" shown AS MATERIALIZED (SELECT * FROM hit WHERE {' AND '.join(filters)})"
        " SELECT t.*, s.mine, s.kind_now, c.total, c.own"
        " FROM (SELECT count(*) AS total, coalesce(sum(mine), 0) AS own FROM shown) c"
        f" LEFT JOIN (SELECT * FROM shown ORDER BY {order.format(s='')}"
        + (" LIMIT :limit" if limit is not None else "")
        + ") s ON 1"
        " LEFT JOIN todo_items t ON "
        + " AND ".join(f"t.{k} = s.{k}" for k in _KEY)
        # the outer order too: a join need not keep the inner one
        + f" ORDER BY {order.format(s='s.')}"
    )
    params = {
        **values,
        "today": today.isoformat(),
        "kinds": "," + ",".join(wanted.kinds) + ",",
        "overdue": wanted.overdue,
        "limit": limit,
        "role": reader.role,
        "raw_name": reader.name,
        "name": _ascii_lower(reader.name),
        "raw_unit": reader.unit,
        "unit": _ascii_lower(reader.unit),
        "leader": int(reader.leader),
    }
    rows = store.query(sql, params)
    total, own = (rows[0]["total"], rows[0]["own"]) if rows else (0, 0)
    return Page([r for r in rows if r["key"] is not None], total, own)
