"""Disputes stored before parties had a chef (plain names) load after the migration step, list,
and can be taken further; persons stored before unit search gain their unit's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.models.dispute import DisputeState
from app.services import cases, overview, persons
from app.services.workspace import create_workspace, open_workspace
from app.store import migrations
from tests.factories import PASSPHRASE, with_nurse_profile


def _before(monkeypatch: pytest.MonkeyPatch, step: str) -> list:  # type: ignore[type-arg]
    steps = list(migrations._STEPS)
    monkeypatch.setattr(migrations, "_STEPS", steps[: next(i for i, fn in enumerate(steps) if fn.__name__ == step)])
    return steps


def test_old_dispute_rows_load_list_and_go_on(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    steps = _before(monkeypatch, "_dispute_steps")
    old, _code = create_workspace(db_path, PASSPHRASE)
    with old.store.atomic():  # as the earlier version wrote them: parties were names
        old.store.conn.execute(
            "INSERT INTO disputes (id, person_id, parties, question, opened_on, resolved_on, solution)"
            " VALUES ('t-open', NULL, '[\"Hagaskolan\",\"Region Kronoberg\"]', 'Vem instruerar?', '2026-03-01',"
            " NULL, ''), ('t-done', NULL, '[\"Skolan\",\"Regionen\"]', 'Vem?', '2026-02-01', '2026-02-08', 'Rektor')"
        )
    old.close()
    monkeypatch.setattr(migrations, "_STEPS", steps)
    ws = with_nurse_profile(open_workspace(db_path, PASSPHRASE))
    try:
        still_open = cases.get_dispute(ws, "t-open")
        assert [p.name for p in still_open.parties] == ["Hagaskolan", "Region Kronoberg"]  # type: ignore[union-attr]
        assert still_open.state is DisputeState.OPEN and still_open.discussion_overdue(date(2026, 3, 16))
        done = cases.get_dispute(ws, "t-done")
        assert (done.state, done.solution, done.spread_to) == (DisputeState.RESOLVED, "Rektor", ())
        assert {row.id for row in overview.dispute_rows(ws, overview.dispute_ids(ws))} == {"t-open", "t-done"}
        entry = cases.DisputeEntry(
            parties=(("Hagaskolan", "", "Rut Rektor", "Rektor", True), ("Region Kronoberg", "", "", "", False)),
            question=still_open.question,
            opened_on=still_open.opened_on,
            discussion_started_on=date(2026, 3, 10),
            dispute_id="t-open",
        )
        going = cases.save_dispute(ws, entry)
        assert going.state is DisputeState.DISCUSSING and going.parties[0].manager == "Rut Rektor"  # type: ignore[union-attr]
        assert cases.get_dispute(ws, "t-open") == going
        assert ws.audit.verify().ok
    finally:
        ws.close()


def test_persons_stored_before_unit_search_are_found_by_unit(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    steps = _before(monkeypatch, "_unit_search_tokens")
    old, _code = create_workspace(db_path, PASSPHRASE)
    with_nurse_profile(old)
    pupil = persons.register(old, "Liam", "Nilsson", "20150315-9806", unit="Norrtullskolan")
    with old.store.atomic():  # the earlier version kept the name's words only
        old.store.conn.execute("DELETE FROM person_tokens WHERE token = 'norrtullskolan'")
    assert persons.search(old, "norrtull") == []
    old.close()
    monkeypatch.setattr(migrations, "_STEPS", steps)
    ws = open_workspace(db_path, PASSPHRASE)
    try:
        assert [p.id for p in persons.search(ws, "norrtull")] == [pupil.id]
        assert [p.id for p in persons.search(ws, "liam")] == [pupil.id]
    finally:
        ws.close()
