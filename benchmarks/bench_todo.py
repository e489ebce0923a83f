"""The to-do engine at the issue's scale (issue 10): `todo list` and Överblick's service call
for a school leader of the largest school unit, at 100 000 persons / 150 000 plans.

    python -m benchmarks.bench_todo [--persons 100000 --plans 150000]

Target ≤ 100 ms service time. Överblick and `todo list` read a page (`todo.PAGE`, 500 items,
the user's own first) and count the whole list; `--all` is measured beside them. The process's
CPU time is printed beside the wall time (other work on the machine inflates the wall time,
not the CPU time). A baseline measured in the same run on the same database (reading
the ids of the unit's persons, the first thing the to-do reads) gives the ratios, so a slower
machine is told apart from a slower program. The database is a private copy of the shared
cached one (this branch's migration step must not change the file other branches open).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

from app.models.common import Practitioner, Profession, Role, to_plain
from app.services import todo
from app.services.workspace import PROFILE_KEY, Workspace, open_workspace
from benchmarks.dataset import PASSPHRASE, TODAY, private_copy


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time in milliseconds, after one warm-up call."""
    fn()
    walls, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - start) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def _as(ws: Workspace, profile: Practitioner) -> None:
    with ws.store.atomic():  # no audit event: the benchmark's own setting
        ws.repos.settings.set(PROFILE_KEY, to_plain(profile))


def row(name: str, ms: tuple[float, float], base: tuple[float, float], target: str) -> None:
    ratio = ms[0] / base[0] if base[0] else float("nan")
    print(f"| {name:<60} | {ms[0]:>9.2f} | {ms[1]:>9.2f} | {base[0]:>9.2f} | {ratio:>7.1f} | {target:<8} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--plans", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    path = private_copy(args.persons, args.plans, "todo")
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
            f"| {'figure (ms, median of ' + str(args.repeat) + ')':<60} | {'wall ms':>9} | {'CPU ms':>9} |"
            f" {'baseline':>9} | {'ratio':>7} | target   |"
        )
        print(f"|{'-' * 62}|{'-' * 11}|{'-' * 11}|{'-' * 11}|{'-' * 9}|{'-' * 10}|")
        _as(ws, Practitioner("Rut Rektor", "Rektor", "Växjö kommun", unit, Role.SCHOOL_LEADER))
        first = todo.page(ws)
        row(
            f"Överblick, school leader (first {len(first.items)} of {first.total})",
            timed(lambda: todo.page(ws), args.repeat),
            base,
            "≤ 100",
        )
        mine = todo.page(ws, mine=True)
        cli = timed(lambda: json.dumps([todo.as_json(i) for i in todo.page(ws, mine=True).items]), args.repeat)
        row(f"todo list --mine --json, school leader ({len(mine.items)} of {mine.total})", cli, base, "≤ 100")
        there = todo.page(ws, unit=unit)
        row(
            f"todo list --unit, school leader ({len(there.items)} of {there.total})",
            timed(lambda: todo.page(ws, unit=unit), args.repeat),
            base,
            "≤ 100",
        )
        row(
            f"todo list --all, school leader ({first.total})",
            timed(lambda: todo.page(ws, limit=None), args.repeat),
            base,
            "–",
        )
        _as(ws, Practitioner(nurse["name"], "Sjuksköterska", "Region Kronoberg", "", Role.LICENSED, Profession.NURSE))
        items = todo.page(ws)
        row(
            f"Överblick, nurse of {nurse['n']} assessments (first {len(items.items)} of {items.total})",
            timed(lambda: todo.page(ws), args.repeat),
            base,
            "–",
        )
    finally:
        ws.close()


if __name__ == "__main__":
    main()
