""" "Min enhet" at scale (issue 10): the plan list's ids with and without a unit filter, person
search by a unit's name, and the list of known units, at 100 000 persons / 150 000 plans.

The unfiltered plan list is the baseline measured in the same run: the unit filter must not make
the list slower than showing every plan. Person search by unit is held to the person-search
target of bench_store (≤ 30 ms).

    python -m benchmarks.bench_units [--persons 100000 --plans 150000]
"""

from __future__ import annotations

import argparse

from app.services import overview, persons
from app.services.workspace import open_workspace
from benchmarks.bench_store import timed
from benchmarks.dataset import PASSPHRASE, database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--plans", type=int, default=150_000)
    args = parser.parse_args()
    ws = open_workspace(database(args.persons, args.plans), PASSPHRASE)
    try:
        units = overview.known_units(ws)
        school = units[0]  # the demo's schools hold about a fifth of the children each
        members = len(overview.person_ids(ws, text=school))
        figures = [
            ("plan list ids, every plan (baseline)", timed(lambda: overview.plan_ids(ws), 5), ""),
            (f"plan list ids, unit {school}", timed(lambda: overview.plan_ids(ws, unit=school), 5), "≤ baseline"),
            (
                "plan list ids, a home-care unit (performer)",
                timed(lambda: overview.plan_ids(ws, unit="Hemtjänst Norr"), 5),
                "≤ baseline",
            ),
            (
                f"person search '{school[:6]}' (first 50)",
                timed(lambda: persons.search(ws, school[:6], 50), 50),
                "≤ 30 ms",
            ),
            (f"person list ids, unit {school} ({members})", timed(lambda: overview.person_ids(ws, text=school), 5), ""),
            ("known units", timed(lambda: overview.known_units(ws), 20), ""),
        ]
    finally:
        ws.close()
    print(f"\n| {'mätning':<52} | {'ms':>9} | {'mål':<10} |")
    print(f"|{'-' * 54}|{'-' * 11}|{'-' * 12}|")
    for name, ms, target in figures:
        print(f"| {name:<52} | {ms:>9.1f} | {target:<10} |")


if __name__ == "__main__":
    main()
