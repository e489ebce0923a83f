"""Many plans at once (Skriv ut flera, `egenvard pdf batch`): one PDF per plan in a folder, the
signed ones sealed and stored with their version if asked.

Rendering and sealing are most of the cost (ReportLab, RSA) and need no database, so a larger
batch does them in a pool of processes (`RenderPool`, spawned as Windows starts them) while this
process, which alone holds the database, gathers each form, stores each sealed PDF and writes
the files in the order asked. A few plans ahead are handed out so the processes never wait; the
results are taken in order, so progress, files and errors come as they would one by one.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from app import i18n
from app.errors import UserError
from app.models.audit import Action
from app.models.plan import Plan, PlanStatus
from app.reports import plan_job, seal
from app.services import documents, plans
from app.services.documents import batch_file_name
from app.services.workspace import Workspace
from app.store.atomic import write_atomic

# Below this many plans the processes' start (each imports ReportLab and pyHanko, ~1 s) costs
# more than sharing the work saves.
POOL_FROM = 24
MAX_PROCESSES = 4  # beyond this the main process (reads, stores, files) is the bottleneck
AHEAD = 2  # plans handed out per process: one rendering, one waiting

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    failed: tuple[tuple[str, str], ...] = ()  # (plan id, the error sentence)
    cancelled: bool = False
    total: int = 0
    stored: tuple[str, ...] = field(default_factory=tuple)  # ids of sealed documents stored


def join_batches(parts: Sequence[BatchResult], total: int, cancelled: bool) -> BatchResult:
    """One result for a batch written as several jobs (the UI's, so the worker can answer other
    requests between them)."""
    return BatchResult(
        tuple(path for r in parts for path in r.written),
        tuple(f for r in parts for f in r.failed),
        cancelled,
        total,
        tuple(doc for r in parts for doc in r.stored),
    )


def default_processes() -> int:
    return max(1, min(os.cpu_count() or 1, MAX_PROCESSES))


class RenderPool:
    """Processes that render and seal plan forms for this workspace's batches. Close it (or use
    it as a context manager): its processes end with it.

    With `seal`, each process gets the sealing key as it starts, through the pipe it is started
    with (`plan_job.start`): in memory only."""

    def __init__(self, ws: Workspace, *, seal: bool, processes: int | None = None, here_until_started: bool = False):
        self.processes = processes or default_processes()
        self.seals = seal
        # The window's pool: its first plans are made here while the processes start (~1 s
        # each, importing ReportLab and pyHanko), so the worker is not held up by their start.
        self.here_until_started = here_until_started
        key: tuple[bytes | None, bytes | None] = documents.sealing_key(ws) if seal else (None, None)
        self._executor = ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=multiprocessing.get_context("spawn"),  # as on Windows, the only start there
            initializer=plan_job.start,
            initargs=(*key, i18n.language()),
        )
        # One no-op per process starts them all now, not one by one as plans come.
        self._warming = [self._executor.submit(plan_job.ready) for _ in range(self.processes)]

    def started(self, timeout: float | None = 0) -> bool:
        """Have all processes started (waiting up to `timeout` seconds for them)?"""
        done, _ = wait(self._warming, timeout)
        return len(done) == len(self._warming)

    def submit(self, job: plan_job.PlanJob) -> Future[bytes]:
        return self._executor.submit(plan_job.run, job)

    def close(self, wait: bool = False) -> None:
        """Stop the processes; plans not yet begun are dropped (safe to call twice). `wait`:
        until they have ended (a benchmark counting their CPU time)."""
        self._executor.shutdown(wait=wait, cancel_futures=True)

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


def wants_pool(count: int, processes: int | None = None) -> bool:
    """`processes`: None decides by the batch's size and the computer's cores, 0 never."""
    if processes is not None:
        return processes > 0 and count > 1
    return count >= POOL_FROM and default_processes() > 1


def open_pool(ws: Workspace, count: int, seal_signed: bool) -> RenderPool | None:
    """A pool for a batch of `count` plans given in several calls of render_many (the window's
    jobs), or None when this batch is better done here."""
    return RenderPool(ws, seal=seal_signed, here_until_started=True) if wants_pool(count) else None


@dataclass
class _Pending:
    plan_id: str
    plan: Plan | None = None
    job: plan_job.PlanJob | None = None
    future: Future[bytes] | None = None
    error: UserError | None = None


class _Run:
    """One call of render_many: gather (here), make (pool or here), finish (here), in order."""

    def __init__(self, ws: Workspace, out_dir: Path, seal_signed: bool, reveal: bool, pool: RenderPool | None):
        self.ws, self.out_dir, self.seal_signed, self.reveal, self.pool = ws, out_dir, seal_signed, reveal, pool
        self.sealer: seal.Sealer | None = None  # this process's: the certificate named, a seal made here
        self.written: list[Path] = []
        self.failed: list[tuple[str, str]] = []
        self.stored: list[str] = []
        self.printed: list[tuple[str, str, str]] = []

    def gather(self, plan_id: str) -> _Pending:
        try:
            plan = plans.get_plan(self.ws, plan_id)
            if self.seal_signed and plan.status is PlanStatus.SIGNED:
                self.sealer = self.sealer or documents.open_sealer(self.ws)
                job = documents.sealing_job(self.ws, self.sealer, plan, reveal=self.reveal)
            else:
                form = documents.plan_form(self.ws, plan)
                job = plan_job.PlanJob(form, documents.shown(form.person, self.reveal))
        except UserError as exc:
            return _Pending(plan_id, error=exc)
        return _Pending(plan_id, plan, job, self._submit(job))

    def _submit(self, job: plan_job.PlanJob) -> Future[bytes] | None:
        if self.pool is None or (self.pool.here_until_started and not self.pool.started()):
            return None
        try:
            return self.pool.submit(job)
        except BrokenProcessPool:  # a process died (e.g. killed): the rest is made here
            self.pool = None
            return None

    def made(self, pending: _Pending) -> bytes:
        assert pending.job is not None
        if pending.future is not None:
            try:
                return pending.future.result()
            except BrokenProcessPool:  # a process died (e.g. killed): the rest is made here
                self.pool = None
        return plan_job.run(pending.job, self.sealer)

    def finish(self, pending: _Pending, data: bytes) -> None:
        plan, job = pending.plan, pending.job
        assert plan is not None and job is not None
        if job.seal is not None:
            assert self.sealer is not None
            self.stored.append(documents.store_sealed_plan(self.ws, self.sealer, plan, data).id)
        else:
            self.printed.append(("plan", plan.id, plan.person_id))
        target = self.out_dir / batch_file_name(plan)
        write_atomic(target, data)
        self.written.append(target)

    def go(self, plan_ids: Sequence[str], progress: Progress | None, cancelled: Callable[[], bool] | None) -> bool:
        """Every plan in order; True when stopped by `cancelled` (asked before each plan)."""
        ahead = self.pool.processes * AHEAD if self.pool is not None else 1
        todo = iter(plan_ids)
        queue: deque[_Pending] = deque()
        try:
            for done in range(1, len(plan_ids) + 1):
                if cancelled is not None and cancelled():
                    return True
                while len(queue) < ahead and (plan_id := next(todo, None)) is not None:
                    queue.append(self.gather(plan_id))
                pending = queue.popleft()
                try:
                    if pending.error is None:
                        self.finish(pending, self.made(pending))
                except UserError as exc:
                    pending.error = exc
                except CancelledError:  # the pool was closed under the batch (the window went)
                    return True
                if pending.error is not None:
                    self.failed.append((pending.plan_id, str(pending.error)))
                if progress is not None:
                    progress(done, len(plan_ids))
            return False
        finally:
            for left in queue:
                if left.future is not None:
                    left.future.cancel()
            if self.printed:
                # One transaction for the batch's PRINT events: 500 separate fsyncs would double the time.
                with self.ws.store.atomic():
                    self.ws.audit.append_many(self.ws.actor, Action.PRINT, self.printed)


def render_many(
    ws: Workspace,
    plan_ids: Sequence[str],
    out_dir: Path,
    *,
    seal_signed: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    reveal: bool = False,
    pool: RenderPool | None = None,
    processes: int | None = None,
) -> BatchResult:
    """Write the current version of each plan to `out_dir`, one PDF each.

    `progress(done, total)` is called after every plan; `cancelled()` is asked before each plan
    and stops the batch cleanly (files already written stay). With `seal_signed`, signed
    plans are sealed and stored; drafts print as UTKAST. A plan that fails (e.g. damaged data)
    is reported in `failed` and the batch goes on.

    `pool`: the processes to render in (the window's batch keeps one over its jobs); without
    one, a batch of POOL_FROM plans or more starts its own (`processes`: how many; 0 none).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    own = (
        RenderPool(ws, seal=seal_signed, processes=processes)
        if pool is None and wants_pool(len(plan_ids), processes)
        else None
    )
    pool = pool or own
    if pool is not None and seal_signed and not pool.seals:
        raise ValueError("a pool started without the sealing key cannot seal")
    run = _Run(ws, out_dir, seal_signed, reveal, pool)
    try:
        stopped = run.go(plan_ids, progress, cancelled)
    finally:
        if own is not None:
            own.close(wait=True)  # nothing left running once the call returns
    return BatchResult(tuple(run.written), tuple(run.failed), stopped, len(plan_ids), tuple(run.stored))
