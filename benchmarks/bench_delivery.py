"""The delivery figures of issue 11: what a user downloads, installs and waits for.

    python -m benchmarks.bench_delivery [--only venv,winvenv,frozen,version,window] [--rebuild] [--cache DIR]

1. installed venv: `pip install .` in a fresh venv; the whole venv, and the project with its
   dependencies alone (the distributions `egenvardsstod` requires, transitively: the venv's own
   pip/setuptools are not the project's), with the largest packages.   target ≤ 350 MB
   `winvenv`: the same distributions as Windows installs them: pip puts the win_amd64 wheels of
   the project and its dependencies into a folder (`--platform win_amd64`, from PyPI, nothing
   run), then compiles them to .pyc as pip does at install (the bytecode of one CPython version
   is the same on every platform). Linux's Qt wheel carries ICU (38 MB) that Windows' does not.
2. frozen one-folder app (installer/build.py, from that fresh venv with the `build` extra); the
   installer too when Inno Setup made one.                             target ≤ 200 MB (≤ 80 MB)
3. `egenvard --version` beside `python -c pass`, alternated, medians.  target ≤ 3×
4. frozen app: process start → first window shown, offscreen (EGENVARD_QUIT_WHEN_SHOWN; includes
   the process's exit, so an upper bound), median.                     target ≤ 1.5 s

The venv and the frozen app are slow to make (minutes): they are kept in the cache directory
(EGENVARD_BENCH_CACHE, default benchmarks/.cache) under `delivery-*`, made again when
pyproject.toml or installer/ changed, or with --rebuild (after a change to the app's start).
`--only version` times the current interpreter's `python -m app --version` and needs neither.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.dataset import CACHE

ROOT = Path(__file__).resolve().parents[1]
WINDOWS = os.name == "nt"
RUNS = 7
TARGETS = {"venv": 350.0, "frozen": 200.0, "installer": 80.0, "version": 3.0, "window": 1.5}

# One report line per distribution: sizes from its RECORD (what pip wrote, __pycache__ included).
_SIZES = """
import importlib.metadata as md, json, os, re, sys
def key(name): return re.sub(r"[-_.]+", "-", name).lower()
dists = {key(d.metadata["Name"]): d for d in md.distributions()}
def size(d):
    total = 0
    for f in d.files or []:
        try: total += os.path.getsize(d.locate_file(f))
        except OSError: pass
    return total
needed, todo = set(), ["egenvardsstod"]
while todo:
    name = todo.pop()
    if name in needed or name not in dists: continue
    needed.add(name)
    for req in dists[name].requires or []:
        if "extra ==" in req: continue
        marker = req.split(";", 1)[1] if ";" in req else ""
        if marker:
            try:
                from packaging.markers import Marker
            except ImportError:  # a fresh venv has it only inside pip
                from pip._vendor.packaging.markers import Marker
            if not Marker(marker).evaluate(): continue
        todo.append(key(re.split(r"[ <>=!~;\\[(]", req.strip(), 1)[0]))
print(json.dumps({n: [size(d), n in needed] for n, d in dists.items()}))
"""


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def verdict(value: float, target: float) -> str:
    return "OK" if value <= target else "OVER"


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if WINDOWS else "bin/python")


def stamp() -> str:
    """What the venv and the frozen app are made from; made again when it changes."""
    digest = hashlib.sha256()
    for part in ("pyproject.toml", "installer/egenvard.spec", "installer/entry.py", "installer/build.py"):
        digest.update((ROOT / part).read_bytes())
    return digest.hexdigest()[:16]


def fresh_venv(cache: Path, rebuild: bool, extra: str = "") -> Path:
    """A venv with `pip install .` (plus an extra), made once and kept in the cache."""
    venv = cache / f"delivery-venv{'-' + extra if extra else ''}"
    if rebuild or not (venv / "done").exists() or (venv / "done").read_text() != stamp():
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        target = f".[{extra}]" if extra else "."
        # A copy of the source: pip builds the wheel there, the worktree stays clean.
        with tempfile.TemporaryDirectory(prefix="delivery-src-") as src:
            shutil.copytree(
                ROOT,
                src,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns(".git", ".venv*", "build", ".cache", "__pycache__"),
            )
            subprocess.run([str(venv_python(venv)), "-m", "pip", "install", "--quiet", target], check=True, cwd=src)
        (venv / "done").write_text(stamp())
    return venv


def report_venv(cache: Path, rebuild: bool) -> None:
    import json

    venv = fresh_venv(cache, rebuild)
    sizes = json.loads(
        subprocess.run([str(venv_python(venv)), "-c", _SIZES], check=True, capture_output=True, text=True).stdout
    )
    project = sum(size for size, needed in sizes.values() if needed)
    total = folder_size(venv)
    print(f"venv (pip install . in a fresh venv): whole folder {mb(total)}")
    print(
        f"  project + dependencies: {mb(project)}  target ≤ {TARGETS['venv']:.0f} MB  "
        f"{verdict(project / 1e6, TARGETS['venv'])}"
    )
    others = sorted((n for n, (_, needed) in sizes.items() if not needed))
    print(f"  not the project's (the venv's own): {', '.join(others)}")
    print("  largest:")
    for name, (size, needed) in sorted(sizes.items(), key=lambda kv: -kv[1][0])[:14]:
        print(f"    {size / 1e6:7.1f} MB  {name}{'' if needed else '  (not needed)'}")


def windows_site(cache: Path, rebuild: bool) -> Path:
    """The project and its dependencies as Windows' pip would install them, kept in the cache."""
    site = cache / "delivery-winsite"
    if rebuild or not (site / "done").exists() or (site / "done").read_text() != stamp():
        shutil.rmtree(site, ignore_errors=True)
        with tempfile.TemporaryDirectory(prefix="delivery-wheel-") as wheels:
            pip = [sys.executable, "-m", "pip"]
            quiet = {"check": True, "stderr": subprocess.DEVNULL}  # the index's warnings, line by line
            subprocess.run([*pip, "wheel", "--quiet", "--no-deps", "-w", wheels, str(ROOT)], **quiet)
            wheel = next(Path(wheels).glob("*.whl"))
            platform = ["--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp"]
            subprocess.run(
                [*pip, "install", "--quiet", "--target", str(site), *platform, "--only-binary=:all:", str(wheel)],
                **quiet,
            )
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(site)], check=False)
        (site / "done").write_text(stamp())
    return site


def report_windows_venv(cache: Path, rebuild: bool) -> None:
    site = windows_site(cache, rebuild)
    total = folder_size(site) - (site / "done").stat().st_size
    print(
        f"the same on Windows (win_amd64 wheels, compiled): {mb(total)}  target ≤ {TARGETS['venv']:.0f} MB  "
        f"{verdict(total / 1e6, TARGETS['venv'])}"
    )
    parts = sorted(((folder_size(p) if p.is_dir() else p.stat().st_size), p.name) for p in site.iterdir())
    print("  largest: " + ", ".join(f"{name} {mb(size)}" for size, name in reversed(parts[-8:])))


def frozen_folder(cache: Path, rebuild: bool) -> Path:
    """The one-folder app built from a fresh venv with the build extra (as .ci/run does)."""
    dist = cache / "delivery-frozen"
    app = dist / "Egenvardsstod"
    if rebuild or not (dist / "done").exists() or (dist / "done").read_text() != stamp():
        venv = fresh_venv(cache, rebuild, extra="build")
        shutil.rmtree(dist, ignore_errors=True)
        cmd = [str(venv_python(venv)), str(ROOT / "installer" / "build.py"), "--no-installer"]
        subprocess.run([*cmd, "--dist", str(dist), "--work", str(cache / "delivery-work")], check=True, cwd=ROOT)
        (dist / "done").write_text(stamp())
    return app


def report_frozen(app: Path) -> None:
    size = folder_size(app)
    print(
        f"frozen one-folder app: {mb(size)}  target ≤ {TARGETS['frozen']:.0f} MB  "
        f"{verdict(size / 1e6, TARGETS['frozen'])}"
    )
    internal = app / "_internal"
    parts = sorted(((folder_size(p) if p.is_dir() else p.lstat().st_size), p) for p in internal.iterdir())
    print("  largest in _internal: " + ", ".join(f"{p.name} {mb(s)}" for s, p in reversed(parts[-8:])))
    for setup in sorted(app.parent.glob("*-setup.exe")):
        s = setup.stat().st_size
        print(f"  installer {setup.name}: {mb(s)}  target ≤ 80 MB  {verdict(s / 1e6, TARGETS['installer'])}")


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    return time.perf_counter() - start, proc


def report_version(python: Path, version_cmd: list[str], label: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EGENVARD_")}
    passes, versions = [], []
    for _ in range(RUNS):  # alternated, so a load spike hits both
        passes.append(_timed([str(python), "-c", "pass"], env)[0])
        seconds, proc = _timed(version_cmd, env)
        if proc.returncode != 0 or not proc.stdout.startswith("Egenvårdsstöd "):
            raise SystemExit(f"--version misslyckades: {proc.stderr.strip()[-500:]}")
        versions.append(seconds)
    v, p = statistics.median(versions), statistics.median(passes)
    print(
        f"{label} --version: {v * 1000:.0f} ms, python -c pass {p * 1000:.0f} ms: {v / p:.1f}×  "
        f"target ≤ {TARGETS['version']:.0f}×  {verdict(v / p, TARGETS['version'])}"
    )


# The floor the frozen app cannot go under: a bare Qt window from the fresh venv's Python.
_BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QWidget; "
    "a = QApplication([]); w = QWidget(); w.show(); a.processEvents(); print('shown: QWidget')"
)


def report_window(app: Path, python: Path | None) -> None:
    exe = app / ("egenvard.exe" if WINDOWS else "egenvard")
    with tempfile.TemporaryDirectory(prefix="delivery-home-") as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("EGENVARD_", "PYTHON"))}
        env.update(EGENVARD_HOME=home, QT_QPA_PLATFORM="offscreen", EGENVARD_QUIT_WHEN_SHOWN="1")
        times, bare, shown = [], [], ""
        for _ in range(RUNS):  # alternated with the bare window, so a load spike hits both
            seconds, proc = _timed([str(exe)], env)
            found = re.match(r"shown: (\w+)", proc.stdout)
            if proc.returncode != 0 or not found:
                raise SystemExit(f"fönstret visades inte: {proc.stderr.strip()[-500:]}")
            times.append(seconds)
            shown = found.group(1)
            if python is not None:
                bare.append(_timed([str(python), "-c", _BARE_WINDOW], env)[0])
    t = statistics.median(times)
    print(
        f"frozen app start → {shown} shown (offscreen): median {t:.2f} s of {RUNS} "
        f"(min {min(times):.2f})  target ≤ {TARGETS['window']} s  {verdict(t, TARGETS['window'])}"
    )
    if bare:
        b = statistics.median(bare)
        print(f"  a bare Qt window from the venv's Python: median {b:.2f} s; the app takes {t / b:.1f}× that")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="venv,winvenv,frozen,version,window", help="comma-separated figures")
    parser.add_argument("--rebuild", action="store_true", help="make the venv and the frozen app again")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--app", type=Path, help="measure this one-folder app instead of building one")
    args = parser.parse_args()
    only = set(args.only.split(","))
    args.cache.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine load (1 min): {load:.2f} on {os.cpu_count()} cores")
    if "venv" in only:
        report_venv(args.cache, args.rebuild)
    if "winvenv" in only:
        report_windows_venv(args.cache, args.rebuild)
    if only == {"version"}:
        report_version(Path(sys.executable), [sys.executable, "-m", "app", "--version"], "python -m app")
    elif "version" in only:
        venv = fresh_venv(args.cache, False)
        script = venv / ("Scripts/egenvard.exe" if WINDOWS else "bin/egenvard")
        report_version(venv_python(venv), [str(script), "--version"], "egenvard (fresh venv)")
    if only & {"frozen", "window"}:
        app = args.app or frozen_folder(args.cache, args.rebuild)
        if "frozen" in only:
            report_frozen(app)
        if "window" in only:
            venv = args.cache / "delivery-venv"
            report_window(app, venv_python(venv) if (venv / "done").exists() else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
