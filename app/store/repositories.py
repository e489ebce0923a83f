"""Repositories: records in, records out. The only place besides migrations with SQL.

Services ask named, typed questions (`reviews.for_plan(id)`, `copies.for_plan_version(id, v)`,
`deviations.for_person(id)`); the SQL condition behind each stays here (`_where` is private)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from app.models.intyg import Intyg, IntygStatus
from app.models.person import Person
from app.models.plan import Plan, PlanStatus
from app.models.records import CopyHandover
from app.models.review import Review
from app.store.codec import from_row, to_row
from app.store.database import Store
from app.store.tokens import person_search_tokens, search_tokens

T = TypeVar("T")
CHUNK = 500  # ids per `IN (…)`: well below SQLite's limit on bound parameters


class Table(Generic[T]):
    """A table of one record type with a single text `id` key."""

    def __init__(self, store: Store, name: str, cls: type[T]) -> None:
        self.store, self.name, self.cls = store, name, cls

    def add(self, record: T) -> T:
        self.add_many([record])
        return record

    def add_many(self, records: Iterable[T]) -> None:
        self.store.insert_rows(self.name, [to_row(r) for r in records])

    def save(self, record: T) -> T:
        row = to_row(record)
        self.store.update_row(self.name, row)
        return record

    def get(self, ident: str) -> T | None:
        rows = self.store.query(f"SELECT * FROM {self.name} WHERE id = ?", (ident,))
        return from_row(self.cls, rows[0]) if rows else None

    def _where(self, condition: str, params: Sequence[Any] = (), order: str = "rowid", limit: int = -1) -> list[T]:
        rows = self.store.query(
            f"SELECT * FROM {self.name} WHERE {condition} ORDER BY {order} LIMIT ?", (*params, limit)
        )
        return [from_row(self.cls, r) for r in rows]

    def all(self, limit: int = -1) -> list[T]:
        """Every record, in the order they were written."""
        return self._where("1", limit=limit)

    def by_ids(self, ids: Sequence[str]) -> list[T]:
        """The records with these ids (those that exist), in the order they were written."""
        found: list[T] = []
        for i in range(0, len(ids), CHUNK):
            part = list(ids[i : i + CHUNK])
            found += self._where(f"id IN ({','.join('?' * len(part))})", part)
        return found

    def resolve_prefix(self, prefix: str) -> list[str]:
        """Ids starting with `prefix`, so people can type the first characters like a git hash."""
        prefix = prefix.strip().lower()
        return [
            r["id"]
            for r in self.store.query(
                f"SELECT DISTINCT id FROM {self.name} WHERE id >= ? AND id < ? LIMIT 2", (prefix, prefix + "\uffff")
            )
        ]

    def count(self) -> int:
        return int(self.store.scalar(f"SELECT count(*) FROM {self.name}"))


CENTURIES = ("18", "19", "20")


def number_ranges(digits: str) -> list[tuple[str, str]]:
    """Ranges of stored 12-digit numbers that typed digits can begin: typed with the century
    (19850709-…) or, as on most forms, without it (850709-9805, or just 850709)."""
    prefixes = [digits] if len(digits) <= 12 else []
    if len(digits) <= 10:
        prefixes += [century + digits for century in CENTURIES]
    return [(p, p + ":") for p in dict.fromkeys(prefixes)]


def number_clause(column: str, digits: str) -> tuple[str, list[str]]:
    """SQL for `number_ranges`: each range is one index range, so no row is scanned."""
    ranges = number_ranges(digits)
    if not ranges:
        return "0", []
    clause = " OR ".join(f"({column} >= ? AND {column} < ?)" for _ in ranges)
    return f"({clause})", [v for pair in ranges for v in pair]


def _sort_key(person: Person) -> str:
    return f"{person.family_name} {person.given_name}".casefold()


class Persons(Table[Person]):
    def __init__(self, store: Store) -> None:
        super().__init__(store, "persons", Person)

    def _rows(self, people: Iterable[Person]) -> tuple[list[dict], list[dict]]:
        rows, tokens = [], []
        for p in people:
            key = _sort_key(p)
            rows.append({**to_row(p), "sort_key": key})
            tokens += [{"token": t, "person_id": p.id, "sort_key": key} for t in person_search_tokens(p.name, p.unit)]
        return rows, tokens

    def add_many(self, records: Iterable[Person]) -> None:
        rows, tokens = self._rows(records)
        self.store.insert_rows("persons", rows)
        self.store.insert_rows("person_tokens", tokens)

    def save(self, record: Person) -> Person:
        rows, tokens = self._rows([record])
        with self.store.atomic():  # the person and its search tokens change together
            self.store.update_row("persons", rows[0])
            with self.store.guard():
                self.store.conn.execute("DELETE FROM person_tokens WHERE person_id = ?", (record.id,))
            self.store.insert_rows("person_tokens", tokens)
        return record

    def by_number(self, digits: str) -> Person | None:
        found = self._where("number = ?", (digits,), limit=1)
        return found[0] if found else None

    def search(self, text: str, limit: int = 50) -> list[Person]:
        """Name prefix (every word must match a name word) or personnummer prefix."""
        digits = "".join(ch for ch in text if ch.isdigit())
        words = search_tokens(text)
        if limit <= 0:
            return []
        if digits and len(digits) >= 4 and len(digits) >= len(text.replace("-", "").strip()) - 1:
            # Sort and limit inside the covering index (number, sort_key, id), then read the rows.
            clause, params = number_clause("number", digits)
            with self.store.guard():
                found = self.store.conn.execute(
                    f"SELECT id FROM persons WHERE {clause} ORDER BY sort_key, id LIMIT ?", (*params, limit)
                ).fetchall()
            ids = [r[0] for r in found]
            return self._where(f"id IN ({','.join('?' * len(ids))})", ids, order="sort_key, id") if ids else []
        if not words:
            return []
        # Sort and limit within the token table first, then fetch just those persons. A person
        # has one sort key on all her tokens, so the rows come out in person order; no GROUP BY
        # (a temporary b-tree over every match) is needed, only skipping the repeats of a person
        # with two matching name words. Ask for more rows until `limit` persons are found.
        ranges = [(w, w + "\uffff") for w in words]
        extra = "".join(
            " AND person_id IN (SELECT person_id FROM person_tokens WHERE token >= ? AND token < ?)" for _ in ranges[1:]
        )
        sql = (
            "SELECT person_id FROM person_tokens WHERE token >= ? AND token < ?"
            f"{extra} ORDER BY sort_key, person_id LIMIT ?"
        )
        params = [v for pair in ranges for v in pair]
        wanted = limit * 2
        while True:
            with self.store.guard():
                rows = self.store.conn.execute(sql, (*params, wanted)).fetchall()
            ids = list(dict.fromkeys(r[0] for r in rows))[:limit]
            if len(ids) >= limit or len(rows) < wanted:
                break
            wanted *= 4
        if not ids:
            return []
        return self._where(f"id IN ({','.join('?' * len(ids))})", ids, order="sort_key, id")

    def all_sorted(self) -> list[Person]:
        """Everyone, by family name and given name."""
        return self._where("1", order="sort_key, id")

    def numbers(self) -> set[str]:
        """Every registered number (12 digits), to keep new synthetic persons apart from them."""
        return {r["number"] for r in self.store.query("SELECT number FROM persons")}

    def ids_sorted(self, unit: str | None = None) -> list[str]:
        where, params = ("WHERE unit = ?", (unit,)) if unit else ("", ())
        return [r["id"] for r in self.store.query(f"SELECT id FROM persons {where} ORDER BY sort_key", params)]


class Plans(Table[Plan]):
    """Every version of every plan; (id, version) is the key."""

    def __init__(self, store: Store) -> None:
        super().__init__(store, "plans", Plan)

    def save(self, record: Plan) -> Plan:
        row = to_row(record)
        self.store.update_row("plans", row, key=("id", "version"))
        return record

    def version(self, plan_id: str, version: int) -> Plan | None:
        found = self._where("id = ? AND version = ?", (plan_id, version), limit=1)
        return found[0] if found else None

    def current(self, plan_id: str) -> Plan | None:
        found = self._where("id = ?", (plan_id,), order="version DESC", limit=1)
        return found[0] if found else None

    def get(self, ident: str) -> Plan | None:
        return self.current(ident)

    def history(self, plan_id: str) -> list[Plan]:
        return self._where("id = ?", (plan_id,), order="version")

    def current_for_person(self, person_id: str) -> list[Plan]:
        return self._where(
            "person_id = ? AND version = (SELECT max(version) FROM plans p2 WHERE p2.id = plans.id)",
            (person_id,),
            order="created_at",
        )

    def last_signed(self, plan_id: str) -> Plan | None:
        found = self._where(
            "id = ? AND status IN (?, ?, ?)",
            (plan_id, PlanStatus.SIGNED, PlanStatus.SUPERSEDED, PlanStatus.ENDED),
            order="version DESC",
            limit=1,
        )
        return found[0] if found else None

    def current_rows(self, limit: int = -1) -> list[dict[str, Any]]:
        """Id, person, status and version of each plan's newest version, for lists and the CLI."""
        return self.store.query(
            "SELECT id, person_id, status, version, measure, setting, reassessment_on FROM plans"
            " WHERE version = (SELECT max(version) FROM plans p2 WHERE p2.id = plans.id)"
            " ORDER BY created_at, id LIMIT ?",
            (limit,),
        )

    def unsigned(self, limit: int = 500) -> list[Plan]:
        return self._where("status = 'draft'", order="created_at", limit=limit)


class PlanRecords(Table[T]):
    """Records that belong to a plan (reviews, copies, instructions, performances), each kind
    in its date order."""

    def __init__(self, store: Store, name: str, cls: type[T], order: str) -> None:
        super().__init__(store, name, cls)
        self.order = order

    def for_plan(self, plan_id: str) -> list[T]:
        return self._where("plan_id = ?", (plan_id,), order=self.order)

    def for_plans(self, plan_ids: Sequence[str]) -> list[T]:
        found: list[T] = []
        for i in range(0, len(plan_ids), CHUNK):
            part = list(plan_ids[i : i + CHUNK])
            found += self._where(f"plan_id IN ({','.join('?' * len(part))})", part, order=self.order)
        return found


class Copies(PlanRecords[CopyHandover]):
    def __init__(self, store: Store) -> None:
        super().__init__(store, "copies", CopyHandover, "handed_on, rowid")

    def for_plan_version(self, plan_id: str, version: int) -> list[CopyHandover]:
        """The copies handed over of one version of a plan (they are printed on its form)."""
        return self._where("plan_id = ? AND plan_version = ?", (plan_id, version), order=self.order)


class PersonRecords(Table[T]):
    """Records that belong to a person (assessments, decisions, SIP links, deviations,
    disputes), each kind in its date order."""

    def __init__(self, store: Store, name: str, cls: type[T], order: str = "rowid") -> None:
        super().__init__(store, name, cls)
        self.order = order

    def for_person(self, person_id: str) -> list[T]:
        return self._where("person_id = ?", (person_id,), order=self.order)


class Reviews(PlanRecords[Review]):
    def __init__(self, store: Store) -> None:
        super().__init__(store, "reviews", Review, "planned_on, rowid")

    def open_for_plan(self, plan_id: str) -> list[Review]:
        return self._where("plan_id = ? AND done_on IS NULL AND cancelled = 0", (plan_id,), order="planned_on")

    def due(self, until: date, limit: int = 500) -> list[dict[str, Any]]:
        """Open reviews planned on or before `until`, oldest first, with person and plan."""
        return self.store.query(
            "SELECT r.id, r.plan_id, r.planned_on, r.kind, p.person_id, p.measure,"
            " pe.given_name || ' ' || pe.family_name AS person_name"
            # CROSS JOIN keeps reviews as the outer loop, walking the partial date index in
            # order, so LIMIT stops early instead of sorting every signed plan; the unary +
            # keeps the planner on the plans primary key rather than the status index.
            " FROM reviews r"
            " CROSS JOIN plans p ON p.id = r.plan_id AND +p.status = 'signed'"
            " CROSS JOIN persons pe ON pe.id = p.person_id"
            " WHERE r.done_on IS NULL AND r.cancelled = 0 AND r.planned_on <= ?"
            " ORDER BY r.planned_on LIMIT ?",
            (until.isoformat(), limit),
        )


class IntygTable(Table[Intyg]):
    """Egenvårdsintyg, each plan's and each person's in the order they were issued."""

    _ORDER = "issued_on, created_at, rowid"

    def __init__(self, store: Store) -> None:
        super().__init__(store, "intyg", Intyg)

    def for_plan(self, plan_id: str) -> list[Intyg]:
        return self._where("plan_id = ?", (plan_id,), order=self._ORDER)

    def for_plans(self, plan_ids: Sequence[str]) -> list[Intyg]:
        found: list[Intyg] = []
        for i in range(0, len(plan_ids), CHUNK):
            part = list(plan_ids[i : i + CHUNK])
            found += self._where(f"plan_id IN ({','.join('?' * len(part))})", part, order=self._ORDER)
        return found

    def for_person(self, person_id: str) -> list[Intyg]:
        return self._where("person_id = ?", (person_id,), order=self._ORDER)

    def plans_with_valid(self, plan_ids: Sequence[str], day: date) -> set[str]:
        """Which of these plans have an intyg in force on `day` (one query per 500 plans)."""
        found: set[str] = set()
        for i in range(0, len(plan_ids), CHUNK):
            part = list(plan_ids[i : i + CHUNK])
            rows = self.store.query(
                f"SELECT DISTINCT plan_id FROM intyg WHERE plan_id IN ({','.join('?' * len(part))})"
                " AND status = ? AND issued_on <= ? AND valid_until >= ?",
                (*part, IntygStatus.VALID.value, day.isoformat(), day.isoformat()),
            )
            found |= {r["plan_id"] for r in rows}
        return found

    def valid_for_plan(self, plan_id: str, day: date) -> Intyg | None:
        """The plan's intyg in force on `day` (the latest issued when several are)."""
        found = self._where(
            "plan_id = ? AND status = ? AND issued_on <= ? AND valid_until >= ?",
            (plan_id, IntygStatus.VALID.value, day.isoformat(), day.isoformat()),
            order="issued_on DESC, created_at DESC, rowid DESC",
            limit=1,
        )
        return found[0] if found else None


class Settings:
    """Small JSON values in `meta`: the user profile, preferences, organisation identity."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str, default: Any = None) -> Any:
        value = self.store.scalar("SELECT value FROM meta WHERE key = ?", (f"setting:{key}",))
        return json.loads(value) if value is not None else default

    def set(self, key: str, value: Any) -> None:
        with self.store.guard():
            self.store.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (f"setting:{key}", json.dumps(value, ensure_ascii=False)),
            )
