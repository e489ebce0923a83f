"""Uppföljning benchmark (issue 12): every indicator for one year, without and with each
breakdown, on the encrypted database and on a plain SQLite copy of it (same code).

    python -m benchmarks.bench_indicators [--persons 100000 --plans 150000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from app.models.indicators import Breakdown, Period
from app.services import indicators as ix
from app.services.workspace import Workspace, open_workspace
from benchmarks.bench_store import plain_copy, row, timed
from benchmarks.dataset import PASSPHRASE, TODAY, database


def slowest(ws: Workspace, period: Period, n: int = 5) -> list[tuple[str, float]]:
    """The indicators that take longest on their own (ms), to know where the time goes."""
    found = []
    for ind in ix.computed():
        start = time.perf_counter()
        ix.compute_one(ws, ind, period)
        found.append((ind.id, (time.perf_counter() - start) * 1000))
    return sorted(found, key=lambda x: -x[1])[:n]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--plans", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    period = Period(TODAY - timedelta(days=364), TODAY)
    path = database(args.persons, args.plans)
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(path, PASSPHRASE)
        base = plain_copy(ws, Path(tmp) / "plain.db")
        for w in (ws, base):
            w.today = lambda: TODAY
            ix.compute(w, period)  # the first run reads the pages from disk; the window's is warm
        results = []
        for breakdown in Breakdown:
            enc = timed(lambda b=breakdown: ix.compute(ws, period, b), args.repeat)
            plain = timed(lambda b=breakdown: ix.compute(base, period, b), args.repeat)
            results.append((breakdown.value, enc, plain))
        worst = slowest(ws, period)
        figures = len(ix.compute(ws, period, Breakdown.UNIT).figures)
        counts = (ws.repos.persons.count(), ws.store.scalar("SELECT count(DISTINCT id) FROM plans"))
        ws.close()
        base.close()

    print(f"\nDatabas: {counts[0]} personer, {counts[1]} planer; period {period.text}")
    print(f"{len(ix.computed())} indikatorer beräknas; per enhet {figures} rader\n")
    print(f"| {'mätning':<44} | {'krypterad ms':>10} | {'okrypt. ms':>10} | {'kvot':>5} | {'mål':<9} |")
    print(f"|{'-' * 46}|{'-' * 12}|{'-' * 12}|{'-' * 7}|{'-' * 11}|")
    for name, enc, plain in results:
        target = "≤ 1000 ms" if name == "none" else "≤ 300 ms"
        row(f"all indicators, one year, breakdown {name}", enc, plain, target)
    print("\nLångsammast (krypterad, ingen uppdelning): " + ", ".join(f"{i} {ms:.0f} ms" for i, ms in worst))


if __name__ == "__main__":
    main()
