"""The store's own writes on the bare connection: an update by key, and savepoints inside a
transaction (they replaced sqlite-utils, issue 11)."""

from __future__ import annotations

import dataclasses

import pytest

from app.services.workspace import Workspace
from app.store.errors import RecordMissing
from tests.factories import number, person


def test_a_save_of_a_removed_person_is_refused_and_writes_nothing(ws: Workspace) -> None:
    """Another program removed the row after this window read it: the save says so instead of
    writing nothing in silence, and the other rows are as they were."""
    kept = person(ws, "19121212-1212", "Tolvan", "Tolvansson")
    gone = person(ws, "19850709-9805", "Astrid", "Öberg")
    with ws.store.atomic(), ws.store.guard():
        ws.store.conn.execute("DELETE FROM person_tokens WHERE person_id = ?", (gone.id,))
        ws.store.conn.execute("DELETE FROM persons WHERE id = ?", (gone.id,))

    with pytest.raises(RecordMissing) as refused:
        ws.repos.persons.save(dataclasses.replace(gone, given_name="Astri"))

    assert "finns inte längre" in refused.value.sv
    assert ws.store.scalar("SELECT count(*) FROM persons") == 1
    assert ws.store.scalar("SELECT count(*) FROM person_tokens WHERE person_id = ?", (gone.id,)) == 0
    assert ws.repos.persons.get(kept.id) == kept


def test_a_save_writes_the_row_and_its_search_tokens(ws: Workspace) -> None:
    astrid = person(ws, "19850709-9805", "Astrid", "Öberg")
    ws.repos.persons.save(dataclasses.replace(astrid, given_name="Stina"))

    assert ws.repos.persons.get(astrid.id).given_name == "Stina"
    assert [p.id for p in ws.repos.persons.search("stina")] == [astrid.id]
    assert ws.repos.persons.search("astrid") == []


def test_a_failed_inner_block_is_undone_alone(ws: Workspace) -> None:
    """A nested atomic block is a savepoint: its failure undoes its own writes, and the outer
    transaction's writes before and after it are committed."""
    with ws.store.atomic():
        person(ws, "19121212-1212", "Tolvan", "Tolvansson")
        with pytest.raises(RuntimeError), ws.store.atomic():
            person(ws, "19850709-9805", "Astrid", "Öberg")
            raise RuntimeError("the inner block fails")
        person(ws, number(1, 2012), "Lilltolvan", "Tolvansson")

    names = [r["given_name"] for r in ws.store.query("SELECT given_name FROM persons ORDER BY given_name")]
    assert names == ["Lilltolvan", "Tolvan"]


def test_an_update_outside_a_transaction_is_committed_and_a_refused_one_leaves_none_open(ws: Workspace) -> None:
    """A single update is its own transaction: nothing stays open for a later block to join
    (that block would then never commit), whether the update was written or refused."""
    astrid = person(ws, "19850709-9805", "Astrid", "Öberg")
    row = ws.store.query("SELECT * FROM persons WHERE id = ?", (astrid.id,))[0]

    ws.store.update_row("persons", {**row, "given_name": "Stina"})
    assert not ws.store.conn.in_transaction
    with pytest.raises(RecordMissing):
        ws.store.update_row("persons", {**row, "id": "no-such-person"})
    assert not ws.store.conn.in_transaction

    assert ws.store.query("SELECT given_name FROM persons") == [{"given_name": "Stina"}]
