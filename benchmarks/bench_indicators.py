"""Uppföljning benchmark (issue 12): every indicator for one year, read afresh, and the
window's change of breakdown (a regroup of the answers read for the period), on the encrypted
database and on a plain SQLite copy of it (same code). Also the one-time working out of the
kept facts for every person (the first read after the migration).

Runs on a private copy of the shared cached database (opening migrates it: this branch's
steps must not land in the file other branches open).

    python -m benchmarks.bench_indicators [--persons 100000 --plans 150000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from app.models.assessment import HIGH_RISK_SCORE
from app.models.indicators import Breakdown, Period
from app.services import indicators as ix
from app.services.workspace import Workspace, open_workspace
from app.store import indicator_facts
from benchmarks.bench_store import plain_copy, row, timed
from benchmarks.dataset import PASSPHRASE, TODAY, private_copy


def afresh(ws: Workspace, period: Period, breakdown: Breakdown) -> None:
    """All indicators read from the database, not from the answers kept for the period."""
    ix._CUBES.clear()
    ix.compute(ws, period, breakdown)


def slowest(ws: Workspace, period: Period, n: int = 5) -> list[tuple[str, float]]:
    """The indicators that take longest on their own (ms), to know where the time goes."""
    found = []
    for ind in ix.computed():
        ix._CUBES.clear()
        start = time.perf_counter()
        ix.compute_one(ws, ind, period)
        found.append((ind.id, (time.perf_counter() - start) * 1000))
    return sorted(found, key=lambda x: -x[1])[:n]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--plans", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--rebuild", action="store_true", help="work out every person's facts again (minutes at 100 000 persons)"
    )
    args = parser.parse_args()
    period = Period(TODAY - timedelta(days=364), TODAY)
    path = private_copy(args.persons, args.plans, "measures")
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(path, PASSPHRASE)
        ws.today = lambda: TODAY
        if args.rebuild:  # work out every person's facts, as the first read after the migration
            with ws.store.atomic():
                ws.store.conn.execute("INSERT OR IGNORE INTO indicator_dirty(person_id) SELECT id FROM persons")
        start, cpu = time.perf_counter(), time.process_time()
        indicator_facts.refresh(ws.store, HIGH_RISK_SCORE)
        build = ((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
        base = plain_copy(ws, Path(tmp) / "plain.db")
        base.today = lambda: TODAY
        for w in (ws, base):
            afresh(w, period, Breakdown.NONE)  # the first run reads the pages from disk; the window's is warm
        results = []
        cpu = time.process_time()
        enc = timed(lambda: afresh(ws, period, Breakdown.NONE), args.repeat)
        enc_cpu = (time.process_time() - cpu) * 1000 / args.repeat
        plain = timed(lambda: afresh(base, period, Breakdown.NONE), args.repeat)
        results.append(("all indicators, one year, read afresh", enc, plain, "≤ 1000 ms"))
        for breakdown in Breakdown:
            if breakdown is Breakdown.NONE:
                continue
            enc = timed(lambda b=breakdown: ix.compute(ws, period, b), args.repeat)
            plain = timed(lambda b=breakdown: ix.compute(base, period, b), args.repeat)
            results.append((f"change of breakdown to {breakdown.value}", enc, plain, "≤ 300 ms"))
        worst = slowest(ws, period)
        figures = len(ix.compute(ws, period, Breakdown.UNIT).figures)
        counts = (ws.repos.persons.count(), ws.store.scalar("SELECT count(DISTINCT id) FROM plans"))
        facts = ws.store.scalar("SELECT count(*) FROM indicator_facts")
        ws.close()
        base.close()

    print(f"\nDatabas: {counts[0]} personer, {counts[1]} planer, {facts} fakta; period {period.text}")
    print(f"{len(ix.computed())} indikatorer beräknas; per enhet {figures} rader")
    what = "alla personer (som första läsningen efter migreringen)" if args.rebuild else "de markerade personerna"
    print(f"Fakta för {what}: {build[0]:.0f} ms, CPU {build[1]:.0f} ms")
    print(f"CPU per läsning av alla indikatorer (krypterad): {enc_cpu:.0f} ms\n")
    print(f"| {'mätning':<44} | {'krypterad ms':>10} | {'okrypt. ms':>10} | {'kvot':>5} | {'mål':<9} |")
    print(f"|{'-' * 46}|{'-' * 12}|{'-' * 12}|{'-' * 7}|{'-' * 11}|")
    for name, enc, plain, target in results:
        row(name, enc, plain, target)
    print("\nLångsammast (krypterad, ingen uppdelning): " + ", ".join(f"{i} {ms:.0f} ms" for i, ms in worst))


if __name__ == "__main__":
    main()
