"""Smoke test and figures of a frozen (or installed) app folder:

    python installer/smoke.py [FOLDER]      (default build/dist/Egenvardsstod)

Runs `egenvard --version` and `--self-test`, then starts the window offscreen five times with
EGENVARD_QUIT_WHEN_SHOWN (the app ends as soon as its first window is up) and prints the folder's
size, the --version time beside `python -c pass` and the start → window-shown time (median).
Exit code 1 when a run fails. The window times include the process's own exit: an upper bound.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    return time.perf_counter() - start, proc


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "dist" / "Egenvardsstod"
    exe = folder / ("egenvard.exe" if os.name == "nt" else "egenvard")
    with tempfile.TemporaryDirectory(prefix="egenvard-smoke-") as home:
        env = {**os.environ, "EGENVARD_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        pass_times, version_times = [], []
        for _ in range(RUNS):
            pass_times.append(timed([sys.executable, "-c", "pass"], env)[0])
            seconds, proc = timed([str(exe), "--version"], env)
            version_times.append(seconds)
            if proc.returncode != 0:
                print(f"--version misslyckades: {proc.stderr.strip()}")
                return 1
        _, proc = timed([str(exe), "--self-test"], env)
        if proc.returncode != 0:
            print(f"--self-test misslyckades: {proc.stderr.strip()}")
            return 1
        shown = []
        for _ in range(RUNS):
            seconds, proc = timed([str(exe)], {**env, "EGENVARD_QUIT_WHEN_SHOWN": "1"})
            if proc.returncode != 0 or not proc.stdout.startswith("shown:"):
                print(f"fönstret visades inte: {proc.stderr.strip()}")
                return 1
            shown.append(seconds)
    print(f"folder: {folder_size(folder) / 1e6:.0f} MB ({folder})")
    v, p = statistics.median(version_times), statistics.median(pass_times)
    print(f"--version: {v * 1000:.0f} ms (python -c pass {p * 1000:.0f} ms, {v / p:.1f}x)")
    print(f"start -> window shown ({proc.stdout.strip()[7:]}): median {statistics.median(shown):.2f} s of {RUNS}")
    print("self-test: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
