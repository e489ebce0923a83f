"""The protective triggers (signed plans immutable, audit log append-only, …): present and
as the migrations wrote them, or put back.

The reference is what the migrations themselves create in an empty in-memory database, so
this module never holds a second copy of a trigger that could drift from `migrations.py`.
A trigger that is missing, or present under its name with other SQL (defanged), is listed;
`restore()` re-creates those inside the caller's transaction (the caller records the repair
in the audit log in the same transaction).
"""

from __future__ import annotations

import functools
import re

import sqlcipher3

from app.store import migrations
from app.store.database import Store


@functools.cache
def reference() -> dict[str, str]:
    """name → CREATE TRIGGER statement, as a freshly migrated database has them."""
    conn = sqlcipher3.connect(":memory:")
    try:
        migrations.migrate(conn)
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        return {str(name): str(sql) for name, sql in rows}
    finally:
        conn.close()


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s+", " ", a).strip() == re.sub(r"\s+", " ", b).strip()


def broken(store: Store) -> list[str]:
    """Names of the protective triggers that are missing or not as the migrations wrote them."""
    found = {r["name"]: r["sql"] for r in store.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    return [name for name, sql in reference().items() if not _same(found.get(name) or "", sql)]


def restore(store: Store, names: list[str]) -> None:
    """Re-create `names` as the migrations wrote them; call inside a transaction."""
    with store.guard():
        for name in names:
            store.conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
            store.conn.execute(reference()[name])
