"""Every benchmark still runs, on tiny data: they are run by hand, so nothing else would notice
one breaking (bench_pdf did once, after a signal was renamed). No figure is judged here; the
figures are for the benchmarks run at the issues' scales."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

TINY = {
    "bench_store": (
        ["--persons", "300", "--plans", "450", "--insert-persons", "40", "--insert-plans", "80"],
        "reviews due",
    ),
    "bench_ui": (["--persons", "300", "--plans", "450"], "page scroll"),
    "bench_pdf": (["--plans", "6", "--repeat", "1", "--no-sealed-batch"], "longest wait of a list read"),
    "bench_exchange": (["--persons", "20", "--plans", "30", "--repeat", "1"], "import peak memory"),
    "bench_units": (["--persons", "300", "--plans", "450"], "known units"),
    "bench_todo": (["--persons", "300", "--plans", "450", "--repeat", "1"], "Överblick, nurse"),
    "bench_indicators": (["--persons", "300", "--plans", "450", "--repeat", "1"], "Långsammast"),
    # Only the --version figure: the others build a venv and the frozen app (minutes).
    "bench_delivery": (["--only", "version"], "python -m app --version"),
}


@pytest.mark.parametrize("name", sorted(TINY))
def test_benchmark_runs_on_tiny_data(name: str, tmp_path: Path) -> None:
    args, last_figure = TINY[name]
    env = {**os.environ, "EGENVARD_BENCH_CACHE": str(tmp_path / "cache"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("EGENVARD_PASSPHRASE", None)
    run = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{name}", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert last_figure in run.stdout and "Traceback" not in run.stderr
    assert not (ROOT / "benchmarks" / ".cache" / "bench-300-450.db").exists()  # built in tmp, not in the repo
