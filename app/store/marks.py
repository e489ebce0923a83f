"""Many rows inserted at once, with the to-do and indicator marks made in one statement each.

Triggers mark the person a write concerns (`todo_dirty`, `indicator_dirty`: migrations.py), so
the lists are worked out again whatever wrote. Fired once per row, they were a sixth of writing
the 60 000 records of a 10 000-plan import (0.55 s of 3.4). For a large insert inside a
transaction, the marking triggers of that table are dropped, the rows inserted, each trigger's
own statement run once over the new rows (`rowid` beyond the largest before), and the triggers
made again from their stored SQL, all in the same transaction: no other connection ever sees
the table without them (SQLite's schema changes are transactional), and the triggers come back
also when the insert fails.

Only triggers of the two shapes the migrations write are taken this way; a table with any other
insert trigger, or without rowid, is written row by row as before.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import NamedTuple

import sqlcipher3

BULK_FROM = 1000  # rows: below this the two schema changes cost more than the triggers

# "... BEGIN INSERT OR IGNORE INTO todo_dirty(person_id) SELECT <expr> WHERE <expr> IS NOT NULL; END"
# "... BEGIN INSERT OR IGNORE INTO todo_dirty(person_id) VALUES (NEW.person_id); END"
_SELECTED = re.compile(
    r"CREATE TRIGGER (?:IF NOT EXISTS )?\w+ AFTER INSERT ON \w+ BEGIN "
    r"INSERT OR IGNORE INTO (?P<into>\w+)\(person_id\) SELECT (?P<expr>.+) WHERE (?P=expr) IS NOT NULL; END;?",
    re.DOTALL,
)
_VALUES = re.compile(
    r"CREATE TRIGGER (?:IF NOT EXISTS )?\w+ AFTER INSERT ON \w+ BEGIN "
    r"INSERT OR IGNORE INTO (?P<into>\w+)\(person_id\) VALUES \((?P<expr>NEW\.\w+)\); END;?",
    re.DOTALL,
)


class Mark(NamedTuple):
    name: str  # the trigger
    sql: str  # how it was made
    into: str  # the table of marks
    expr: str  # the person, in terms of NEW


def _mark(name: str, sql: str) -> Mark | None:
    found = _SELECTED.fullmatch(sql.strip()) or _VALUES.fullmatch(sql.strip())
    return None if found is None else Mark(name, sql, found["into"], found["expr"])


def marks_of(conn: sqlcipher3.Connection, table: str) -> list[Mark] | None:
    """The table's insert triggers as marks, or None when any of them is something else."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%AFTER INSERT%'",
        (table,),
    ).fetchall()
    marks = [_mark(name, sql) for name, sql in rows]
    return None if any(m is None for m in marks) else [m for m in marks if m is not None]


@contextlib.contextmanager
def deferred(conn: sqlcipher3.Connection, table: str) -> Iterator[bool]:
    """Inside, rows inserted into `table` are marked at the end, in one statement per trigger.
    Yields False (and changes nothing) where that cannot be done: outside a transaction, a
    table without rowid, an insert trigger of another shape."""
    marks = marks_of(conn, table) if conn.in_transaction else None
    before = _largest_rowid(conn, table) if marks else None
    if not marks or before is None:
        yield False
        return
    for m in marks:
        conn.execute(f"DROP TRIGGER [{m.name}]")
    try:
        yield True
    finally:  # also after a failed insert: the rows it wrote before failing are marked too
        if conn.in_transaction:  # a RAISE(ROLLBACK) ended it: the drop went with it
            for m in marks:
                conn.execute(
                    f"INSERT OR IGNORE INTO [{m.into}](person_id) SELECT p FROM"
                    f" (SELECT {m.expr} AS p FROM [{table}] AS NEW WHERE NEW.rowid > ?) WHERE p IS NOT NULL",
                    (before,),
                )
                conn.execute(m.sql)


def _largest_rowid(conn: sqlcipher3.Connection, table: str) -> int | None:
    """The largest rowid now (0 for an empty table), or None for a table without rowid or one
    whose rowids ran out (SQLite then picks them at random)."""
    try:
        largest = conn.execute(f"SELECT max(rowid) FROM [{table}]").fetchone()[0]
    except sqlcipher3.OperationalError:
        return None
    largest = largest or 0
    return largest if largest < 2**62 else None
