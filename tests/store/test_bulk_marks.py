"""Many rows inserted in one transaction are marked for the to-do and the indicators in one
statement per trigger (app/store/marks.py), with the same marks the triggers make row by row,
and the triggers are back afterwards, also when the insert fails."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from app.services.workspace import Workspace
from app.store import marks
from app.store.errors import Duplicate
from tests.factories import number, person, signed_plan


@pytest.fixture
def two_plans(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """Two persons with a signed plan each; the marks made so far cleared; two rows are "many"."""
    a = person(ws, "19121212-1212", "Tolvan", "Tolvansson")
    b = person(ws, number(1, 1985), "Astrid", "Öberg")
    signed_plan(ws, a.id)
    signed_plan(ws, b.id)
    with ws.store.atomic(), ws.store.guard():
        ws.store.conn.execute("DELETE FROM todo_dirty")
        ws.store.conn.execute("DELETE FROM indicator_dirty")
    monkeypatch.setattr(marks, "BULK_FROM", 2)
    return a.id, b.id


def _copies(ws: Workspace, table: str) -> list[dict[str, Any]]:
    """The table's rows again under new ids."""
    return [{**r, "id": str(uuid.uuid4())} for r in ws.store.query(f"SELECT * FROM {table} ORDER BY rowid")]


def _marked(ws: Workspace) -> tuple[set[str], set[str]]:
    todo = {r["person_id"] for r in ws.store.query("SELECT person_id FROM todo_dirty")}
    indicators = {r["person_id"] for r in ws.store.query("SELECT person_id FROM indicator_dirty")}
    return todo, indicators


def _triggers(ws: Workspace) -> list[tuple[str, str]]:
    return [(r["name"], r["sql"]) for r in ws.store.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")]


def test_many_rows_are_marked_as_the_triggers_would_and_the_triggers_stay(
    ws: Workspace, two_plans: tuple[str, str]
) -> None:
    before = sorted(_triggers(ws))
    plans, reviews = _copies(ws, "plans"), _copies(ws, "reviews")
    assert len(plans) == 2 and len(reviews) == 2  # the person by NEW.person_id, and through the plan
    with ws.store.atomic():
        ws.store.insert_rows("plans", plans)
        assert _marked(ws) == (set(two_plans), set(two_plans))
        with ws.store.guard():
            ws.store.conn.execute("DELETE FROM todo_dirty")
            ws.store.conn.execute("DELETE FROM indicator_dirty")
        ws.store.insert_rows("reviews", reviews)
        assert _marked(ws) == (set(two_plans), set(two_plans))

    assert sorted(_triggers(ws)) == before
    assert ws.store.scalar("SELECT count(*) FROM plans") == 4


def test_a_single_row_after_a_bulk_insert_is_marked_by_its_trigger(ws: Workspace, two_plans: tuple[str, str]) -> None:
    with ws.store.atomic():
        ws.store.insert_rows("plans", _copies(ws, "plans"))
    with ws.store.guard():
        ws.store.conn.execute("DELETE FROM todo_dirty")
        ws.store.conn.execute("DELETE FROM indicator_dirty")
    one = _copies(ws, "plans")[:1]
    ws.store.insert_rows("plans", one)
    assert _marked(ws) == ({one[0]["person_id"]}, {one[0]["person_id"]})


def test_a_failed_bulk_insert_leaves_the_triggers_and_writes_nothing(ws: Workspace, two_plans: tuple[str, str]) -> None:
    before = sorted(_triggers(ws))
    plans = _copies(ws, "plans")
    plans[1] = {**plans[1], "id": plans[0]["id"], "version": plans[0]["version"]}  # the same plan version twice
    with pytest.raises(Duplicate), ws.store.atomic():
        ws.store.insert_rows("plans", plans)
    assert sorted(_triggers(ws)) == before
    assert ws.store.scalar("SELECT count(*) FROM plans") == 2
    assert _marked(ws) == (set(), set())


def test_outside_a_transaction_or_with_another_trigger_nothing_is_deferred(
    ws: Workspace, two_plans: tuple[str, str]
) -> None:
    with marks.deferred(ws.store.conn, "plans") as deferred:
        assert deferred is False
    with ws.store.atomic(), ws.store.guard():
        ws.store.conn.execute(
            "CREATE TRIGGER plans_other AFTER INSERT ON plans BEGIN UPDATE persons SET unit = unit WHERE 0; END"
        )
    assert marks.marks_of(ws.store.conn, "plans") is None
    before = sorted(_triggers(ws))
    with ws.store.atomic():
        with marks.deferred(ws.store.conn, "plans") as deferred:
            assert deferred is False
        ws.store.insert_rows("plans", _copies(ws, "plans"))
    assert sorted(_triggers(ws)) == before
    assert _marked(ws) == (set(two_plans), set(two_plans))  # by the triggers, row by row


def test_inside_a_transaction_the_marking_triggers_rest_until_the_end(
    ws: Workspace, two_plans: tuple[str, str]
) -> None:
    names = {"todo_dirty_plans_insert", "indicator_dirty_plans_insert"}
    with ws.store.atomic():
        with marks.deferred(ws.store.conn, "plans") as deferred:
            assert deferred is True
            assert names.isdisjoint(name for name, _sql in _triggers(ws))
        assert names <= {name for name, _sql in _triggers(ws)}
