"""Another program holding the write lock: a write waits it out (BEGIN IMMEDIATE + busy
timeout) and says "in use by another program" only after the whole wait."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import sqlcipher3

from app.services import persons
from app.services.workspace import Workspace
from app.store.errors import DatabaseBusy


@pytest.fixture
def holder(ws: Workspace) -> Iterator[sqlcipher3.Connection]:
    """A second connection (as another program would open it) that holds the write lock."""
    conn = sqlcipher3.connect(str(ws.path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{ws.store.key_hex}'\"")
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def test_write_waits_for_a_lock_released_in_time(ws: Workspace, holder: sqlcipher3.Connection) -> None:
    ws.store.set_busy_timeout(10)
    release = threading.Timer(0.4, lambda: holder.execute("COMMIT"))
    start = time.monotonic()
    release.start()
    try:
        person = persons.register(ws, "Astrid", "Öberg", "19850709-9805")  # reads, then writes
    finally:
        release.join()
    waited = time.monotonic() - start
    assert 0.3 < waited < 8
    assert ws.repos.persons.get(person.id) is not None and ws.audit.verify().ok


def test_lock_held_past_the_timeout_says_busy_after_the_wait(ws: Workspace, holder: sqlcipher3.Connection) -> None:
    ws.store.set_busy_timeout(0.6)
    start = time.monotonic()
    with pytest.raises(DatabaseBusy, match="används av ett annat program") as err:
        persons.register(ws, "Astrid", "Öberg", "19850709-9805")
    waited = time.monotonic() - start
    assert 0.5 < waited < 5, waited  # the wait, not 0.00 s
    assert "skadad" not in str(err.value)
    holder.execute("ROLLBACK")
    assert ws.store.scalar("SELECT count(*) FROM persons") == 0 and ws.audit.verify().ok


def test_default_wait_is_five_seconds(ws: Workspace) -> None:
    assert ws.store.scalar("PRAGMA busy_timeout") == 5000
