"""Store benchmark (issue 2): unlock, bulk insert, person search and the reviews-due list.

Every figure is printed beside a baseline measured in the same run: the same work on a
plain (unencrypted) SQLite copy of the same data, opened through the same code.

    python -m benchmarks.bench_store [--persons 100000 --plans 150000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import sqlcipher3

from app.services.workspace import Workspace, create_workspace, open_workspace
from app.store import migrations
from app.store.database import Store
from benchmarks.dataset import PASSPHRASE, TODAY, database, fill


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def plain_copy(ws: Workspace, dest: Path) -> Workspace:
    """An unencrypted copy via sqlcipher_export, opened through the same Store class."""
    ws.store.conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(dest),))
    ws.store.conn.execute("SELECT sqlcipher_export('plain')")
    ws.store.conn.execute("DETACH DATABASE plain")
    return Workspace(Store(dest, b"", _plain_connection(dest)))


def _plain_connection(path: Path) -> sqlcipher3.Connection:
    """The same settings as the encrypted store (app.store.database), minus the key."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def plain_store(path: Path) -> Workspace:
    conn = _plain_connection(path)
    migrations.migrate(conn)
    return Workspace(Store(path, b"", conn))


def row(name: str, ms: float, base: float, target: str) -> None:
    print(f"| {name:<44} | {ms:>10.2f} | {base:>10.2f} | {ms / base if base else float('nan'):>5.2f} | {target:<9} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--plans", type=int, default=150_000)
    parser.add_argument("--insert-persons", type=int, default=10_000)
    parser.add_argument("--insert-plans", type=int, default=20_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        # Insert: encrypted vs plain, same generator and seed.
        enc, _ = create_workspace(tmpdir / "insert.db", PASSPHRASE)
        start = time.perf_counter()
        fill(enc, args.insert_persons, args.insert_plans, seed=9)
        insert_enc = (time.perf_counter() - start) * 1000
        enc.close()
        plain = plain_store(tmpdir / "insert-plain.db")
        start = time.perf_counter()
        fill(plain, args.insert_persons, args.insert_plans, seed=9)
        insert_plain = (time.perf_counter() - start) * 1000
        plain.close()

        path = database(args.persons, args.plans)
        unlock = timed(lambda: open_workspace(path, PASSPHRASE).close(), 5)
        plain_open = timed(lambda: plain_store(tmpdir / "insert-plain.db").close(), 5)

        ws = open_workspace(path, PASSPHRASE)
        base = plain_copy(ws, tmpdir / "plain.db")
        people = ws.store.query("SELECT given_name, family_name, number FROM persons ORDER BY random() LIMIT 200")
        rng = random.Random(1)
        prefixes = [p["family_name"][: rng.randrange(2, 5)] for p in people]
        given = [f"{p['given_name'][:3]} {p['family_name'][:3]}" for p in people]
        numbers = [p["number"][: rng.choice((8, 12))] for p in people]
        # As most forms write it, without the century: YYMMDD-NNNN, and YYMMDD while typing.
        short = [f"{p['number'][2:8]}-{p['number'][8:]}" for p in people]
        typing = [p["number"][2:8] for p in people]

        def cycle(items: list[str], fn: Callable[[str], object]) -> Callable[[], object]:
            it = iter(items * 100)
            return lambda: fn(next(it))

        results = []
        for name, items in (
            ("person search, name prefix", prefixes),
            ("person search, two name prefixes", given),
            ("person search, personnummer", numbers),
            ("person search, personnummer YYMMDD-NNNN", short),
            ("person search, personnummer YYMMDD (typing)", typing),
        ):
            enc_ms = timed(cycle(items, lambda t: ws.repos.persons.search(t, 50)), 200)
            plain_ms = timed(cycle(items, lambda t: base.repos.persons.search(t, 50)), 200)
            results.append((name, enc_ms, plain_ms, "≤ 30 ms"))
        until = TODAY + timedelta(days=30)
        due_enc = timed(lambda: ws.repos.reviews.due(until, 500), 50)
        due_plain = timed(lambda: base.repos.reviews.due(until, 500), 50)
        counts = (
            ws.repos.persons.count(),
            ws.store.scalar("SELECT count(DISTINCT id) FROM plans"),
            len(ws.repos.reviews.due(until, 10**9)),
        )
        ws.close()
        base.close()

    print(f"\nDatabas: {counts[0]} personer, {counts[1]} planer, {counts[2]} uppföljningar förfallna inom 30 dagar\n")
    print(f"| {'mätning':<44} | {'krypterad ms':>10} | {'okrypt. ms':>10} | {'kvot':>5} | {'mål':<9} |")
    print(f"|{'-' * 46}|{'-' * 12}|{'-' * 12}|{'-' * 7}|{'-' * 11}|")
    row("unlock incl. Argon2id key derivation", unlock, plain_open, "≤ 500 ms")
    row(f"insert {args.insert_persons} persons + {args.insert_plans} plans", insert_enc, insert_plain, "")
    for name, enc_ms, plain_ms, target in results:
        row(name, enc_ms, plain_ms, target)
    row("reviews due within 30 days (first 500)", due_enc, due_plain, "≤ 50 ms")


if __name__ == "__main__":
    main()
