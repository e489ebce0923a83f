"""Issue 14's sealed batch in a pool of processes (app/services/plan_batch.py): the same files,
seals, errors and order as one by one in this process, a cancel that stops it, errors said in
this process's language, and a pool that lost its processes still finishing the batch.

Each test starts real spawned processes (as Windows starts them), so they are few and small.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from app import i18n
from app.models.audit import Action
from app.reports.text import Unprintable
from app.services import documents, persons, plan_batch, plans, sealers
from app.services.workspace import Workspace
from tests.factories import Case, make_signed
from tests.pdfs import pdf_text

MISSING = "0000dead-0000"


def _name(plan_id: str, version: int) -> str:
    return f"egenvardsplan-{plan_id[:8]}-v{version}.pdf"


@pytest.fixture
def mixed(ws: Workspace, case: Case) -> list[str]:
    """Signed, missing, unprintable (refused inside the rendering process) and draft, in this order."""
    other = persons.register(ws, "Ørjan", "Ødegård", "20120105-9886", unit="Ängsskolan")
    second = make_signed(ws, other.id)
    plans.edit_plan(ws, case.draft, on_change="Ring mormor 李 om något händer.")
    third = persons.register(ws, "Ζωή", "Παπαδοπούλου", "20100607-9931")
    draft = plans.edit_plan(ws, plans.get_plan(ws, make_signed(ws, third.id).id), on_change="Ring MAS")
    return [case.plan.id, MISSING, case.draft.id, second.id, draft.id]


def _signs(ws: Workspace) -> int:
    return sum(1 for e in ws.audit.events(limit=100_000) if e.action is Action.SIGN)


def test_pool_batch_is_what_one_by_one_makes(ws: Workspace, case: Case, mixed: list[str], tmp_path: Path) -> None:
    signed, missing, unprintable, second, draft = mixed
    expected = [_name(signed, 1), _name(second, 1), _name(draft, 2)]
    before = _signs(ws)
    here = plan_batch.render_many(ws, mixed, tmp_path / "här", seal_signed=True, processes=0)
    seen: list[int] = []
    pooled = plan_batch.render_many(
        ws, mixed, tmp_path / "pool", seal_signed=True, processes=2, progress=lambda done, _n: seen.append(done)
    )
    assert seen == [1, 2, 3, 4, 5]
    for result, folder in ((here, "här"), (pooled, "pool")):
        assert [p.name for p in result.written] == expected  # in the order asked
        assert [p.parent.name for p in result.written] == [folder] * 3
        assert [f[0] for f in result.failed] == [missing, unprintable]
        assert result.failed[0][1] == "Hittade ingen plan med id 0000dead-0000."
        assert "”李” (U+674E CJK UNIFIED IDEOGRAPH-674E)" in result.failed[1][1]
        assert len(result.stored) == 2 and not result.cancelled and result.total == 5
    assert _signs(ws) == before + 4  # two seals per run, each an audited SIGN
    for path, doc_id in zip(pooled.written[:2], pooled.stored, strict=True):
        data = path.read_bytes()
        assert sealers.check(ws, data).ok  # sealed in another process, known as ours here
        assert documents.stored_pdf(ws, doc_id).pdf == data  # what was stored is what was written
    assert "UTKAST" in pdf_text(pooled.written[2])
    assert "Ødegård" in pdf_text(pooled.written[1])


def test_pool_batch_stops_when_cancelled(ws: Workspace, case: Case, tmp_path: Path) -> None:
    ids = [case.plan.id]
    for day in range(1, 8):
        p = persons.register(ws, "Anna", f"Berg{day}", _number(f"201405{day:02d}"))
        ids.append(make_signed(ws, p.id).id)
    seen: list[int] = []
    result = plan_batch.render_many(
        ws,
        ids,
        tmp_path / "avbrutet",
        seal_signed=True,
        processes=2,
        progress=lambda done, _n: seen.append(done),
        cancelled=lambda: len(seen) >= 3,
    )
    assert result.cancelled and seen == [1, 2, 3] and len(result.written) == 3 and len(result.stored) == 3
    assert sorted(p.name for p in (tmp_path / "avbrutet").iterdir()) == sorted(p.name for p in result.written)
    # Plans handed out ahead but not reached are neither written nor stored.
    assert [len(documents.sealed_documents(ws, i)) for i in ids] == [1, 1, 1, 0, 0, 0, 0, 0]


def _number(birth: str) -> str:
    """A valid personnummer of the test series (serials 980–999) born on `birth` (YYYYMMDD)."""
    from personnummer import personnummer as pnr

    for serial in range(980, 1000):
        for check in range(10):
            if pnr.valid(f"{birth}{serial}{check}"):
                return f"{birth}-{serial}{check}"
    raise AssertionError(f"no test number for {birth}")


def test_errors_from_the_processes_are_said_in_this_language(ws: Workspace, case: Case, tmp_path: Path) -> None:
    plans.edit_plan(ws, case.draft, on_change="Ring mormor 李 om något händer.")
    try:
        i18n.set_language("en")
        result = plan_batch.render_many(ws, [case.plan.id, case.draft.id], tmp_path / "en", processes=2)
    finally:
        i18n.set_language("sv")
    assert [f[0] for f in result.failed] == [case.draft.id]
    assert result.failed[0][1].startswith("The character “李” (U+674E")
    # The error itself travels by its parameters: the receiving process picks the language.
    travelled = pickle.loads(pickle.dumps(Unprintable("李")))
    assert type(travelled) is Unprintable and str(travelled).startswith("Tecknet ”李” (U+674E")
    i18n.set_language("en")
    try:
        assert str(travelled).startswith("The character “李”")
    finally:
        i18n.set_language("sv")


def test_a_pool_that_lost_its_processes_still_finishes(ws: Workspace, case: Case, tmp_path: Path) -> None:
    with plan_batch.RenderPool(ws, seal=True, processes=2) as pool:
        first = plan_batch.render_many(ws, [case.plan.id], tmp_path / "först", seal_signed=True, pool=pool)
        assert len(first.stored) == 1
        for process in list(pool._executor._processes.values()):  # as if the system had killed them
            process.kill()
            process.join()
        result = plan_batch.render_many(
            ws, [case.plan.id, case.draft.id], tmp_path / "sedan", seal_signed=True, pool=pool
        )
    assert [p.name for p in result.written] == [_name(case.plan.id, 1), _name(case.draft.id, 1)]
    assert not result.failed and len(result.stored) == 1
    assert sealers.check(ws, result.written[0].read_bytes()).ok


def test_a_pool_without_the_key_does_not_seal(ws: Workspace, case: Case, tmp_path: Path) -> None:
    with plan_batch.RenderPool(ws, seal=False, processes=1) as pool, pytest.raises(ValueError):
        plan_batch.render_many(ws, [case.plan.id], tmp_path, seal_signed=True, pool=pool)


def test_when_a_pool_is_used() -> None:
    assert not plan_batch.wants_pool(500, processes=0)
    assert plan_batch.wants_pool(2, processes=2) and not plan_batch.wants_pool(1, processes=2)
    many = plan_batch.wants_pool(plan_batch.POOL_FROM)
    assert many == (plan_batch.default_processes() > 1)
    assert not plan_batch.wants_pool(plan_batch.POOL_FROM - 1)


def test_the_windows_pool_leaves_plans_here_until_its_processes_started(
    ws: Workspace, case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed_out: list[str] = []
    submit = plan_batch.RenderPool.submit
    monkeypatch.setattr(
        plan_batch.RenderPool, "submit", lambda pool, job: handed_out.append(job.form.plan.id) or submit(pool, job)
    )
    ids = [case.plan.id, case.draft.id]
    with plan_batch.RenderPool(ws, seal=True, processes=2, here_until_started=True) as pool:
        monkeypatch.setattr(plan_batch.RenderPool, "started", lambda _pool, timeout=0: False)
        early = plan_batch.render_many(ws, ids, tmp_path / "tidigt", seal_signed=True, pool=pool)
        assert handed_out == [] and len(early.written) == 2 and len(early.stored) == 1  # made here
        monkeypatch.undo()
        assert pool.started(timeout=120)
        monkeypatch.setattr(
            plan_batch.RenderPool, "submit", lambda pool, job: handed_out.append(job.form.plan.id) or submit(pool, job)
        )
        later = plan_batch.render_many(ws, ids, tmp_path / "sedan", seal_signed=True, pool=pool)
    assert handed_out == ids and len(later.written) == 2 and len(later.stored) == 1
    assert sealers.check(ws, later.written[0].read_bytes()).ok
