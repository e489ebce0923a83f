"""Skriv ut flera with a pool of processes (issue 14's sealed batch): the window keeps one pool
over its jobs, seals in it, stops on Avbryt, and ends the processes when the batch ends.

POOL_FROM is lowered so a small batch takes the pool's path, as a batch of hundreds would.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from app.services import documents, plan_batch, sealers
from tests.factories import number, person, signed_plan


def _plans_page(qtbot, main, count: int):  # type: ignore[no-untyped-def]
    main.nav.setCurrentRow(main.PAGES.index("plans"))
    view = main.plans
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == count, timeout=10000)
    return view


@pytest.fixture
def small_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_batch, "POOL_FROM", 4)
    # The window's pool leaves plans to this process until its processes have started; here the
    # jobs wait for them, so every plan takes the processes' path on a slow test machine too.
    started = plan_batch.RenderPool.started
    monkeypatch.setattr(plan_batch.RenderPool, "started", lambda pool, timeout=0: started(pool, 120))


def test_a_large_batch_seals_in_processes_and_ends_them(qtbot, main, ws, tmp_path, small_pool, monkeypatch) -> None:
    handed_out: list[str] = []
    submit = plan_batch.RenderPool.submit

    def counted(pool, job):  # type: ignore[no-untyped-def]
        future = submit(pool, job)  # raises when the pool is closed
        handed_out.append(job.form.plan.id)
        return future

    monkeypatch.setattr(plan_batch.RenderPool, "submit", counted)
    ids = [signed_plan(ws, person(ws, number(100 + i)).id, 100).id for i in range(7)]
    view = _plans_page(qtbot, main, 7)
    dialog = view.print_many()
    dialog.folder.setText(str(tmp_path / "pool"))
    dialog.seal_check.setChecked(True)
    with qtbot.waitSignal(dialog.finished_batch, timeout=120000) as sig:
        dialog.start()
    pool = dialog._batch.pool
    assert pool is not None and pool.seals  # the window's batch took the pool's path
    assert sorted(handed_out) == sorted(ids)  # every plan made in the processes
    result = sig.args[0]
    assert len(result.written) == 7 and len(result.stored) == 7 and not result.failed
    assert sorted(p.name for p in result.written) == sorted(p.name for p in (tmp_path / "pool").iterdir())
    assert all(sealers.check(ws, p.read_bytes()).ok for p in result.written)
    assert {documents.sealed_documents(ws, i)[0].plan_id for i in ids} == set(ids)
    with pytest.raises(RuntimeError):  # closed with the batch: its processes are gone
        pool.submit(None)  # type: ignore[arg-type]
    assert "7 av 7 planer skrevs" in dialog.summary_text()


def test_avbryt_stops_a_batch_in_processes(qtbot, main, ws, tmp_path, small_pool) -> None:
    for i in range(16):
        signed_plan(ws, person(ws, number(120 + i)).id, 100)
    view = _plans_page(qtbot, main, 16)
    dialog = view.print_many()
    dialog.folder.setText(str(tmp_path / "avbrutet"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.value() >= 2, timeout=60000)
    assert dialog._batch.pool is not None
    with qtbot.waitSignal(dialog.finished_batch, timeout=60000) as sig:
        dialog.progress.findChild(QPushButton).click()  # Avbryt
    result = sig.args[0]
    assert result.cancelled and 2 <= len(result.written) < 16
    assert len(list((tmp_path / "avbrutet").glob("*.pdf"))) == len(result.written)
    assert f"{len(result.written)} av 16 planer skrevs" in dialog.summary_text()
