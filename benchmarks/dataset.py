"""Benchmark databases at the scales the issues name, built with the demo generator.

Built once per scale and kept under benchmarks/.cache (ignored by git), because 100 000
persons take a minute or two to generate. Synthetic people only.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
from datetime import date
from pathlib import Path

from app.services.demo import Batch, Generator, write_batch
from app.services.workspace import Workspace, create_workspace, open_workspace

# EGENVARD_BENCH_CACHE: the smoke test builds its tiny databases elsewhere.
CACHE = Path(os.environ.get("EGENVARD_BENCH_CACHE") or Path(__file__).resolve().parent / ".cache")
PASSPHRASE = "benchmark lösenfras 2026"
TODAY = date(2026, 11, 22)
CHUNK = 5000


def distinct_plans(batch: Batch) -> int:
    return len({p.id for p in batch.plans})


def fill(ws: Workspace, persons: int, plans: int, seed: int = 1) -> None:
    """`persons` persons and about `plans` distinct plans, written in chunks."""
    gen = Generator(seed, TODAY)
    rng = random.Random(seed)
    done_persons = done_plans = 0
    while done_persons < persons:
        n = min(CHUNK, persons - done_persons)
        batch = gen.build(n)
        # Top up cases so plans per person match the target ratio.
        target = round(plans * (done_persons + len(batch.persons)) / persons) - done_plans
        while distinct_plans(batch) < target:
            gen.case(rng.choice(batch.persons), batch)
        write_batch(ws, batch)
        done_persons += len(batch.persons)
        done_plans += distinct_plans(batch)
        print(f"  … {done_persons} persons, {done_plans} plans", file=sys.stderr, flush=True)


def database(persons: int, plans: int) -> Path:
    """Path of a cached encrypted benchmark database of this size (built if missing)."""
    path = CACHE / f"bench-{persons}-{plans}.db"
    if path.exists():
        try:
            open_workspace(path, PASSPHRASE).close()
            return path
        except Exception:  # a half-built cache from an interrupted run: build again
            pass
    for stale in CACHE.glob(f"{path.name}*"):
        stale.unlink()
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = CACHE / f"building-{path.name}"
    for stale in CACHE.glob(f"{tmp.name}*"):
        stale.unlink()
    ws, _ = create_workspace(tmp, PASSPHRASE)
    try:
        print(f"Bygger testdatabas: {persons} personer, {plans} planer", file=sys.stderr)
        fill(ws, persons, plans)
    finally:
        ws.close()
    shutil.move(f"{tmp}.key", f"{path}.key")
    shutil.move(tmp, path)
    return path


def private_copy(persons: int, plans: int, prefix: str) -> Path:
    """A copy of the shared cached database named `<prefix>-bench-…`, made without opening the
    shared one (opening migrates it, and other branches open it too); built first if missing."""
    shared = CACHE / f"bench-{persons}-{plans}.db"
    copy = shared.with_name(f"{prefix}-{shared.name}")
    if not copy.exists():
        if not shared.exists():
            database(persons, plans)
        shutil.copyfile(f"{shared}.key", f"{copy}.key")
        shutil.copyfile(shared, f"{copy}.part")
        Path(f"{copy}.part").rename(copy)
    return copy
