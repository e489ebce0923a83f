"""The audit log: append-only, hash-chained, edits and deletions found."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.services import demo, persons
from app.services.workspace import Workspace


def _drop_guards(ws: Workspace) -> None:
    """What someone with the key and a SQL tool could do: remove the triggers first."""
    ws.store.conn.execute("DROP TRIGGER audit_no_update")
    ws.store.conn.execute("DROP TRIGGER audit_no_delete")


@pytest.fixture
def logged(ws: Workspace) -> Workspace:
    demo.fill(ws, persons=10, seed=3)
    person = persons.all_persons(ws)[0]
    persons.open_record(ws, person.id)
    persons.edit(ws, person, unit="Hagaskolan")
    return ws


def test_every_write_and_read_is_logged(logged: Workspace) -> None:
    person = persons.all_persons(logged)[0]
    actions = [e.action.value for e in logged.audit.events(person_id=person.id)]
    assert "read" in actions and "update" in actions
    assert logged.audit.verify().ok


def test_triggers_refuse_update_and_delete(logged: Workspace) -> None:
    with pytest.raises(UserError):
        with logged.store.atomic():
            logged.store.conn.execute("UPDATE audit SET actor = 'x' WHERE seq = 1")
    with pytest.raises(UserError):
        with logged.store.atomic():
            logged.store.conn.execute("DELETE FROM audit WHERE seq = 1")
    assert logged.audit.verify().ok


def test_edited_row_is_found(logged: Workspace) -> None:
    _drop_guards(logged)
    logged.store.conn.execute("UPDATE audit SET actor = 'Någon annan' WHERE seq = 5")
    check = logged.audit.verify()
    assert (check.ok, check.broken_at, check.reason) == (False, 5, "altered")


def test_deleted_row_is_found(logged: Workspace) -> None:
    _drop_guards(logged)
    logged.store.conn.execute("DELETE FROM audit WHERE seq = 3")
    check = logged.audit.verify()
    assert (check.ok, check.broken_at, check.reason) == (False, 3, "missing")


def test_deleted_last_row_is_found(logged: Workspace) -> None:
    _drop_guards(logged)
    last = logged.store.scalar("SELECT max(seq) FROM audit")
    logged.store.conn.execute("DELETE FROM audit WHERE seq = ?", (last,))
    check = logged.audit.verify()
    assert not check.ok and check.broken_at == last


def test_rehashed_row_breaks_the_next_link(logged: Workspace) -> None:
    """Recomputing one row's hash after editing it still breaks the link of the row after."""
    from app.models.audit import AuditEvent

    _drop_guards(logged)
    row = logged.store.query("SELECT * FROM audit WHERE seq = 4")[0]
    row["actor"] = "Förfalskare"
    new_hash = AuditEvent.digest(
        row["seq"],
        row["at"],
        row["actor"],
        row["action"],
        row["entity"],
        row["entity_id"],
        row["person_id"],
        row["prev_hash"],
    )
    logged.store.conn.execute("UPDATE audit SET actor = ?, hash = ? WHERE seq = 4", (row["actor"], new_hash))
    check = logged.audit.verify()
    assert (check.ok, check.broken_at, check.reason) == (False, 5, "link")


def test_read_api_for_the_exchange(ws: Workspace) -> None:
    """head() -> (count, hash) and hash_at(seq): what bundles carry and partners compare."""
    from app.models.audit import GENESIS

    assert tuple(ws.audit.head()) == (0, GENESIS)
    persons.register(ws, "Astrid", "Öberg", "19850709-9805")
    persons.register(ws, "Bo", "Öberg", "19850769-9802")
    rows = ws.store.query("SELECT seq, hash FROM audit ORDER BY seq")
    count, digest = ws.audit.head()
    assert (count, digest) == (2, rows[1]["hash"])
    assert ws.audit.hash_at(1) == rows[0]["hash"] and ws.audit.hash_at(3) is None and ws.audit.hash_at(0) is None
