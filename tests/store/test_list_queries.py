"""The to-do and list queries use their indexes in order and stop early; an older database
gains the indexes by the added migration step, with every record kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import demo, overview, persons, todo
from app.services.workspace import Workspace, create_workspace, open_workspace
from app.store import migrations
from app.store import overview as sql
from app.store import todo as todo_sql
from tests.factories import PASSPHRASE

LIST_INDEXES = {
    "persons_sort_id",
    "plans_person_version",
    "plans_draft_created",
    "copies_no_consent",
    "deviations_open",
}


def _indexes(ws: Workspace) -> set[str]:
    return {r["name"] for r in ws.store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_an_older_database_gains_the_indexes(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    steps = list(migrations._STEPS)
    before_step = next(i for i, fn in enumerate(steps) if fn.__name__ == "_0005_list_indexes")
    monkeypatch.setattr(migrations, "_STEPS", steps[:before_step])
    monkeypatch.setattr(demo, "demo_handovers", lambda batch, today: None)  # a later step's table
    monkeypatch.setattr(demo.Generator, "_intyg", lambda _self, _batch: None)  # its table came later
    old, _code = create_workspace(db_path, PASSPHRASE)
    # The demo writes today's records: the columns later steps add to the tables it writes are
    # put in by hand first (those steps skip a column that is there).
    with old.store.atomic():
        old.store.conn.execute("ALTER TABLE assessments ADD COLUMN samrad TEXT")
        old.store.conn.execute("ALTER TABLE deviations ADD COLUMN event_analysis_on TEXT")
    batch = demo.Generator(2, old.today()).build(20)
    batch.disputes.clear()  # today's disputes have columns a later step adds
    demo.write_batch(old, batch)
    people = [p.id for p in persons.all_persons(old)]
    assert not LIST_INDEXES & _indexes(old)
    old.close()
    monkeypatch.setattr(migrations, "_STEPS", steps)
    new = open_workspace(db_path, PASSPHRASE)
    try:
        assert migrations.schema_version(new.store.conn) == len(steps)
        assert _indexes(new) >= LIST_INDEXES
        assert [p.id for p in persons.all_persons(new)] == people
        assert new.store.scalar("PRAGMA integrity_check") == "ok"
        assert new.audit.verify().ok
    finally:
        new.close()


def _plan(ws: Workspace, query: str, params: tuple | list) -> list[str]:  # type: ignore[type-arg]
    return [r[3] for r in ws.store.conn.execute("EXPLAIN QUERY PLAN " + query, params)]


def _captured(ws: Workspace, fn, *args) -> tuple[str, tuple]:  # type: ignore[no-untyped-def, type-arg]
    seen: dict[str, object] = {}
    real = ws.store.query

    def capture(q: str, params: object = ()) -> list:  # type: ignore[type-arg]
        seen.update(sql=q, params=params)
        return real(q, params)

    ws.store.query = capture  # type: ignore[method-assign]
    try:
        fn(ws.store, *args)
    finally:
        ws.store.query = real  # type: ignore[method-assign]
    return seen["sql"], seen["params"]  # type: ignore[return-value]


def test_a_units_todo_is_read_from_the_kept_items_by_range(ws: Workspace) -> None:
    """A school leader's items of today are one range of the kept to-do's own order (place, then
    the day they start to show); the rest of a scope is read by index: never a scan of the items."""
    demo.fill(ws, persons=40, seed=5)
    todo.refresh(ws)
    ws.store.conn.execute("ANALYZE")
    expected = [
        "SEARCH todo_items USING PRIMARY KEY (place=? AND show_from<?)",
        "SEARCH todo_items USING INDEX todo_items_unit (unit=? AND show_from<?)",
        "SCAN todo_items USING INDEX todo_items_parties",  # the few items of disputes only (partial)
        "SEARCH todo_items USING INDEX todo_items_responsible (responsible=? AND show_from<?)",
        "SEARCH todo_items USING INDEX todo_items_owner (owner_name=? AND show_from<?)",
    ]
    day = "2026-11-22"
    plans = [_plan(ws, f"SELECT * FROM todo_items WHERE {where}", ("x", day, day)) for _, where in todo_sql._PARTS]
    assert plans == [[step] for step in expected]


def test_plan_and_person_lists_read_only_indexes(ws: Workspace) -> None:
    demo.fill(ws, persons=40, seed=5)
    ws.store.conn.execute("ANALYZE")
    plan = _plan(
        ws,
        "SELECT p.id FROM plans p JOIN persons pe ON pe.id = p.person_id"
        f" WHERE {sql.CURRENT_PLAN} ORDER BY pe.sort_key, p.id",
        (),
    )
    assert any("COVERING INDEX persons_sort_id" in s for s in plan), plan
    assert any("COVERING INDEX plans_person_version" in s for s in plan), plan
    # And the lists hold what they should: each plan's newest version once, persons by name.
    ids = overview.plan_ids(ws)
    assert sorted(ids) == sorted(r["id"] for r in ws.repos.plans.current_rows())
    keys = {p.id: (p.family_name + " " + p.given_name).casefold() for p in persons.all_persons(ws)}
    listed = overview.person_ids(ws)
    assert sorted(listed) == sorted(keys) and [keys[i] for i in listed] == sorted(keys.values())
