"""What the audit anchor (app/store/anchor.py) costs: the same writes with and without it.

Two figures, each beside its baseline measured in the same run:
  * bulk insert: bench_store's insert (benchmarks.dataset.fill) at a small scale;
  * one use case per commit: `persons.register` N times, each its own transaction, the
    worst case for an anchor written after every commit (a temp file, two fsyncs, a rename).

    python -m benchmarks.bench_anchor [--persons 1000 --plans 2000 --registers 200]
"""

from __future__ import annotations

import argparse
import contextlib
import random
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from app.services import persons
from app.services.demo import synthetic_number
from app.services.workspace import create_workspace
from app.store.database import Store
from benchmarks.dataset import PASSPHRASE, fill


@contextlib.contextmanager
def anchor_off() -> Iterator[None]:
    """The baseline: commits as before anchors (the hook does nothing)."""
    original = Store._after_commit
    Store._after_commit = lambda self: setattr(self, "_audit_grew", False)  # type: ignore[method-assign]
    try:
        yield
    finally:
        Store._after_commit = original  # type: ignore[method-assign]


def _bulk(folder: Path, name: str, n_persons: int, n_plans: int) -> float:
    ws, _ = create_workspace(folder / f"{name}.db", PASSPHRASE)
    start = time.perf_counter()
    fill(ws, n_persons, n_plans, seed=9)
    elapsed = time.perf_counter() - start
    ws.close()
    return elapsed * 1000


def _registers(folder: Path, name: str, n: int) -> float:
    ws, _ = create_workspace(folder / f"{name}.db", PASSPHRASE)
    rng, taken = random.Random(4), set()
    numbers = []
    while len(numbers) < n:
        number = synthetic_number(rng, date(rng.randrange(1940, 2015), rng.randrange(1, 13), 11), False, taken)
        if number:
            numbers.append(number)
    start = time.perf_counter()
    for number in numbers:
        persons.register(ws, "Mätning", "Ankarsson", number)
    elapsed = time.perf_counter() - start
    ws.close()
    return elapsed * 1000 / n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=1000)
    parser.add_argument("--plans", type=int, default=2000)
    parser.add_argument("--registers", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with anchor_off():
            bulk_off = _bulk(folder, "bulk-off", args.persons, args.plans)
            one_off = _registers(folder, "one-off", args.registers)
        bulk_on = _bulk(folder, "bulk-on", args.persons, args.plans)
        one_on = _registers(folder, "one-on", args.registers)
    print(f"| {'figure':<44} | {'anchor':>10} | {'without':>10} | ratio |")
    print(
        f"| insert {args.persons} persons + {args.plans} plans (ms){'':<9} | {bulk_on:>10.1f} | {bulk_off:>10.1f} | "
        f"{bulk_on / bulk_off:>5.2f} |"
    )
    print(
        f"| one register per commit (ms each){'':<11} | {one_on:>10.2f} | {one_off:>10.2f} | {one_on / one_off:>5.2f} |"
    )


if __name__ == "__main__":
    main()
