"""PDF benchmark (issue 4): one plan form, one sealed plan, and a batch of 500 plans.

Every figure is printed beside a baseline measured in the same run: a minimal one-paragraph
ReportLab PDF (the fixed cost of ReportLab itself on this machine), so the ratio says what
the form, the fonts, the QR code and the seal add.

The batch is also run through the desktop client's "Skriv ut flera" dialog with the Qt event
loop running (offscreen): a 10 ms QTimer ticks throughout, and the longest gap between two ticks
is the longest time the window could not answer. Its total time is given against the plain
render_many of the same plans in the same run.

The sealed batch is run twice: in this process, and in a pool of processes (plan_batch, as the
window and the CLI run a large batch); CPU time counts the pool's processes too.

    python -m benchmarks.bench_pdf [--plans 500] [--repeat 15] [--no-sealed-batch] [--no-ui-batch]
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.models.plan import PlanStatus
from app.reports.plan_form import render_plan
from app.services import demo, documents, persons, plan_batch
from app.services.workspace import Workspace, create_workspace

PASSPHRASE = "benchmark lösenfras 2026"


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time in milliseconds (after one warm-up call)."""
    fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def cpu_timed(fn: Callable[[], object], repeat: int) -> float:
    """Median CPU time of this process in ms: on a machine shared under heavy load the wall time
    says more about the neighbours than about the code; CPU time is what the code costs."""
    fn()
    samples = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        samples.append((time.process_time() - start) * 1000)
    return statistics.median(samples)


def _cpu() -> float:
    """CPU seconds of this process and of its ended child processes (a pool's, once closed with
    wait; Windows counts no children here)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def sealed_batch(ws: Workspace, ids: list[str], out: Path, processes: int) -> tuple[float, float, int]:
    """(wall ms, CPU ms, plans sealed) of one sealed batch of `ids`, here (`processes` 0) or in a
    pool of that many processes, the pool's start and end counted in."""
    start, cpu_start = time.perf_counter(), _cpu()
    pool = plan_batch.RenderPool(ws, seal=True, processes=processes) if processes else None
    try:
        result = plan_batch.render_many(ws, ids, out, seal_signed=True, pool=pool, processes=None if pool else 0)
    finally:
        if pool is not None:
            pool.close(wait=True)
    assert len(result.written) == len(ids), result.failed
    return (time.perf_counter() - start) * 1000, (_cpu() - cpu_start) * 1000, len(result.stored)


def baseline_pdf() -> bytes:
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Paragraph("Egenvårdsplan: en enda rad text.", getSampleStyleSheet()["Normal"])]
    )
    return buffer.getvalue()


def row(name: str, ms: float, base: float, target: str) -> None:
    print(f"| {name:<46} | {ms:>10.1f} | {base:>8.1f} | {ms / base:>8.1f} | {target:<10} |")


def workspace_with_plans(folder: Path, count: int) -> tuple[Workspace, list[str]]:
    ws, _code = create_workspace(folder / "bench.db", PASSPHRASE)
    persons = max(10, count)
    while True:
        demo.fill(ws, persons=persons, seed=7)
        ids = [r["id"] for r in ws.repos.plans.current_rows()]
        if len(ids) >= count:
            return ws, ids[:count]
        persons = count - len(ids) + 10


def ui_batch(ws: Workspace, ids: list[str], out: Path) -> tuple[float, float, float, int, float, int]:
    """The batch through the real BatchDialog on the database worker, with the event loop running.

    Returns (total ms, longest event-loop stall ms, 99th percentile tick gap ms, progress updates
    shown, longest wait of a list read asked for during the batch ms, reads answered)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui import common
    from app.ui.plans.batch import BatchDialog
    from app.ui.worker import Database

    app = QApplication.instance() or QApplication([])
    common.ask = lambda *_args: True  # demo data has protected identities: the user answers yes
    db = Database()
    db.adopt(ws)
    assert db.wait_idle()
    dialog = BatchDialog(db, ids, [])
    dialog.show()
    dialog.folder.setText(str(out))
    shown: list[int] = []
    dialog._relay.progressed.connect(lambda done, _total: shown.append(done))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    dialog.finished_batch.connect(lambda _r: loop.quit())
    QTimer.singleShot(600_000, loop.quit)  # a hung batch ends the run instead of the machine
    # A list read every 300 ms while the batch runs, as scrolling a list would ask: how long it
    # waits for the worker, which the batch shares.
    waits: list[float] = []

    def ask() -> None:
        asked = time.perf_counter()
        db.call(persons.search, "An", on_done=lambda _r: waits.append(time.perf_counter() - asked))

    reads = QTimer()
    reads.setInterval(300)
    reads.timeout.connect(ask)
    timer.start()
    start = time.perf_counter()
    ticks.append(start)
    dialog.start()
    ask()  # one right away, behind the batch's first job
    reads.start()
    loop.exec()
    total = time.perf_counter() - start
    timer.stop()
    reads.stop()
    result = dialog.result
    assert result is not None and len(result.written) == len(ids), "the UI batch did not finish"
    ticks.append(start + total)  # a stall at the very end counts too
    gaps = sorted(b - a for a, b in itertools.pairwise(ticks))
    stall, p99 = gaps[-1], gaps[int(len(gaps) * 0.99)]
    dialog.close()
    db.shutdown(close=False)  # the workspace is closed by the caller
    app.processEvents()
    return total * 1000, stall * 1000, p99 * 1000, len(shown), max(waits) * 1000, len(waits)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plans", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--no-sealed-batch", action="store_true")
    parser.add_argument("--no-ui-batch", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws, ids = workspace_with_plans(folder, args.plans)
        signed = [p for p in (ws.repos.plans.current(i) for i in ids) if p and p.status is PlanStatus.SIGNED]
        plan = signed[0]
        form = documents.plan_form(ws, plan)
        sealer = documents.open_sealer(ws)

        base = timed(baseline_pdf, args.repeat)
        form_ms = timed(lambda: render_plan(form), args.repeat)
        service_ms = timed(lambda: documents.render_plan_pdf(ws, plan.id), args.repeat)
        unsealed = render_plan(form, as_signed=True)
        seal_only = timed(lambda: sealer.seal(unsealed), args.repeat)
        sealed_ms = timed(lambda: sealer.seal(render_plan(form, as_signed=True)), args.repeat)
        stored_ms = timed(lambda: documents.seal_plan(ws, plan.id), max(3, args.repeat // 3))
        base_cpu = cpu_timed(baseline_pdf, args.repeat)
        form_cpu = cpu_timed(lambda: render_plan(form), args.repeat)
        sealed_cpu = cpu_timed(lambda: sealer.seal(render_plan(form, as_signed=True)), args.repeat)

        progress_calls = []
        start = time.perf_counter()
        result = plan_batch.render_many(ws, ids, folder / "batch", progress=lambda d, t: progress_calls.append(d))
        batch_ms = (time.perf_counter() - start) * 1000
        assert len(result.written) == len(ids) and progress_calls[-1] == len(ids)

        sealed_here = sealed_pool = None
        if not args.no_sealed_batch:
            load_before = _load()
            sealed_here = sealed_batch(ws, ids, folder / "sealed-here", 0)
            sealed_pool = sealed_batch(ws, ids, folder / "sealed-pool", plan_batch.default_processes())
            load_after = _load()

        stopped_at: list[int] = []
        stop_after = min(10, len(ids) // 2)
        start = time.perf_counter()
        cancelled = plan_batch.render_many(
            ws,
            ids,
            folder / "cancel",
            progress=lambda d, t: stopped_at.append(d),
            cancelled=lambda: len(stopped_at) >= stop_after,
        )
        cancel_ms = (time.perf_counter() - start) * 1000
        pages = render_plan(form).count(b"/Type /Page\n")
        ui = None
        if not args.no_ui_batch:
            # The plain batch again right before the UI one: on a shared machine the load drifts
            # over minutes, and the ratio should compare like with like.
            start = time.perf_counter()
            plan_batch.render_many(ws, ids, folder / "plain-again")
            plain_ms = (time.perf_counter() - start) * 1000
            ui = (plain_ms, *ui_batch(ws, ids, folder / "ui-batch"))
        ws.close()

    print(f"\nPDF benchmark: {len(ids)} plans ({len(signed)} signed), median of {args.repeat} runs, ms\n")
    print(f"| {'measurement':<46} | {'ms':>10} | {'baseline':>8} | {'ratio':>8} | {'target':<10} |")
    print(f"|{'-' * 48}|{'-' * 12}|{'-' * 10}|{'-' * 10}|{'-' * 12}|")
    row("baseline: one-paragraph ReportLab PDF", base, base, "")
    row(f"plan form ({pages} pages, fonts, QR), data in memory", form_ms, base, "≤ 100")
    row("plan form via service (DB reads + audit)", service_ms, base, "≤ 100")
    row("seal only (PAdES, RSA-2048)", seal_only, base, "")
    row("plan form + seal", sealed_ms, base, "≤ 300")
    row("seal_plan service (open cert, seal, store)", stored_ms, base, "≤ 300")
    row(f"batch {len(ids)} plans, files written", batch_ms, base, "")
    row("  per plan in the batch", batch_ms / len(ids), base, "")
    if sealed_here is not None and sealed_pool is not None:
        n_sealed, processes = sealed_here[2], plan_batch.default_processes()
        row(f"batch {len(ids)} plans, {n_sealed} sealed + stored, here", sealed_here[0], base, "≤ 40 000")
        row(f"  the same in a pool of {processes} processes", sealed_pool[0], base, "≤ 40 000")
        row("  per plan, here", sealed_here[0] / len(ids), base, "")
        row("  per plan, in the pool", sealed_pool[0] / len(ids), base, "")
    row(f"cancelled after {stop_after} of {len(ids)}", cancel_ms, base, "")
    assert cancelled.cancelled and len(cancelled.written) == stop_after
    print("\nThe same in CPU time of this process (what the code costs, whatever the machine's load), ms\n")
    row("baseline: one-paragraph ReportLab PDF (CPU)", base_cpu, base_cpu, "")
    row("plan form, data in memory (CPU)", form_cpu, base_cpu, "≤ 100")
    row("plan form + seal (CPU)", sealed_cpu, base_cpu, "≤ 300")
    if sealed_here is not None and sealed_pool is not None:
        row(f"batch {len(ids)} plans sealed + stored, here (CPU)", sealed_here[1], base_cpu, "")
        row("  in the pool (CPU of this and the pool's processes)", sealed_pool[1], base_cpu, "")
        print(f"\nLoad before / after the sealed batches: {load_before} / {load_after}, {os.cpu_count()} cores")
    if ui is not None:
        plain_ms, ui_ms, stall_ms, p99_ms, shown, read_ms, reads = ui
        print(f"\nBatch of {len(ids)} plans in the desktop client (Qt event loop running, offscreen), ms\n")
        print(f"| {'measurement':<46} | {'ms':>10} | {'baseline':>8} | {'ratio':>8} | {'target':<10} |")
        print(f"|{'-' * 48}|{'-' * 12}|{'-' * 10}|{'-' * 10}|{'-' * 12}|")
        row("baseline: render_many, no UI, just before", plain_ms, plain_ms, "")
        row("Skriv ut flera: start → summary shown", ui_ms, plain_ms, "")
        row("longest event-loop stall (10 ms timer gap)", stall_ms, 10.0, "no freeze")
        row("99th percentile of the timer's gaps", p99_ms, 10.0, "")
        row(f"longest wait of a list read ({reads} reads)", read_ms, plain_ms / len(ids), "")
        print(f"\n{shown} of {len(ids)} progress updates delivered to the GUI thread.")


if __name__ == "__main__":
    main()
