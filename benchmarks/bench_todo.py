"""The to-do engine at the issue's scale (issue 10): `todo list` and Överblick's service call
for a school leader of the largest school unit, at 100 000 persons / 150 000 plans.

    python -m benchmarks.bench_todo [--persons 100000 --plans 150000]

Target ≤ 100 ms service time. A baseline measured in the same run on the same database (reading
the ids of the unit's persons, the first thing the to-do reads) gives the ratios, so a slower
machine is told apart from a slower program. The database is a private copy of the shared
cached one (this branch's migration step must not change the file other branches open).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from app.models.common import Practitioner, Profession, Role, to_plain
from app.services import todo
from app.services.workspace import PROFILE_KEY, Workspace, open_workspace
from benchmarks.dataset import CACHE, PASSPHRASE, TODAY, database


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time in milliseconds, after one warm-up call."""
    fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def private_copy(persons: int, plans: int) -> Path:
    """A copy of the shared cached database, made without opening it (opening migrates: this
    branch's steps must not land in the file other branches open). Built first if missing."""
    shared = CACHE / f"bench-{persons}-{plans}.db"
    copy = shared.with_name(f"todo-{shared.name}")
    if not copy.exists():
        if not shared.exists():
            database(persons, plans)
        shutil.copyfile(f"{shared}.key", f"{copy}.key")
        shutil.copyfile(shared, f"{copy}.part")
        Path(f"{copy}.part").rename(copy)
    return copy


def _as(ws: Workspace, profile: Practitioner) -> None:
    with ws.store.atomic():  # no audit event: the benchmark's own setting
        ws.repos.settings.set(PROFILE_KEY, to_plain(profile))


def row(name: str, ms: float, base: float, target: str) -> None:
    print(f"| {name:<52} | {ms:>9.2f} | {base:>9.2f} | {ms / base if base else float('nan'):>7.1f} | {target:<8} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--plans", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    path = private_copy(args.persons, args.plans)
    ws = open_workspace(path, PASSPHRASE)
    ws.today = lambda: TODAY  # the day the data was generated for
    try:
        biggest = ws.store.query(
            "SELECT unit, count(*) AS n FROM persons WHERE unit <> '' GROUP BY unit ORDER BY n DESC LIMIT 1"
        )[0]
        unit, count = biggest["unit"], biggest["n"]
        plans = ws.store.scalar(
            "SELECT count(*) FROM plans p JOIN persons pe ON pe.id = p.person_id WHERE pe.unit = ?", (unit,)
        )
        nurse = ws.store.query(
            "SELECT json_extract(assessor, '$.name') AS name, count(*) AS n FROM assessments"
            " GROUP BY 1 ORDER BY n DESC LIMIT 1"
        )[0]
        print(f"{args.persons} persons, {args.plans} plans; {unit}: {count} persons, {plans} plan versions")
        start = time.perf_counter()
        todo.refresh(ws)  # the first read after the migration works out every person's items
        print(f"first read after the migration (every person worked out): {time.perf_counter() - start:.1f} s")
        base = timed(lambda: ws.store.query("SELECT id FROM persons WHERE unit = ?", (unit,)), args.repeat)

        print(
            f"| {'figure (ms, median of ' + str(args.repeat) + ')':<52} | {'ms':>9} | {'baseline':>9} |"
            f" {'ratio':>7} | target   |"
        )
        print(f"|{'-' * 54}|{'-' * 11}|{'-' * 11}|{'-' * 9}|{'-' * 10}|")
        _as(ws, Practitioner("Rut Rektor", "Rektor", "Växjö kommun", unit, Role.SCHOOL_LEADER))
        items = todo.todo(ws)
        row(f"Överblick, school leader ({len(items)} items)", timed(lambda: todo.todo(ws), args.repeat), base, "≤ 100")
        mine = todo.todo(ws, mine=True)
        cli = timed(lambda: json.dumps([todo.as_json(i) for i in todo.todo(ws, mine=True)]), args.repeat)
        row(f"todo list --mine --json, school leader ({len(mine)})", cli, base, "≤ 100")
        unit_items = todo.todo(ws, unit=unit)
        row(
            f"todo list --unit, school leader ({len(unit_items)})",
            timed(lambda: todo.todo(ws, unit=unit), args.repeat),
            base,
            "≤ 100",
        )
        _as(ws, Practitioner(nurse["name"], "Sjuksköterska", "Region Kronoberg", "", Role.LICENSED, Profession.NURSE))
        items = todo.todo(ws)
        row(
            f"Överblick, nurse of {nurse['n']} assessments ({len(items)})",
            timed(lambda: todo.todo(ws), args.repeat),
            base,
            "–",
        )
    finally:
        ws.close()


if __name__ == "__main__":
    main()
