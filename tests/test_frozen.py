"""The frozen one-folder app (installer/egenvard.spec), built once per test run, run as a user
would: self-test, demo, a sealed plan form and its verification, export and import, the window.

It proves what only a frozen build can get wrong: that fonts, translations, SQLCipher, pyHanko's
data, fhir.resources, the spawned validation process (freeze_support) and Qt's plugins are in it.
EGENVARD_FROZEN_APP=<folder> reuses a build made before (e.g. by `python installer/build.py`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow

DEMO_PASSPHRASE = "demo-egenvard"


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("EGENVARD_FROZEN_APP")
    if given:
        return Path(given)
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller is not installed: pip install ".[build]"')
    out = tmp_path_factory.mktemp("frozen")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "installer" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        check=True,
        capture_output=True,
        timeout=1800,
    )
    return out / "dist" / "Egenvardsstod"


def _run(app: Path, home: Path, *argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("EGENVARD_", "PYTHON")) and k != "DISPLAY"}
    environ.update(EGENVARD_HOME=str(home), QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(
        [str(app / "egenvard"), *argv], env=environ, capture_output=True, text=True, timeout=300, cwd=home
    )


def test_frozen_folder_holds_both_programs_and_our_resources(frozen_app: Path) -> None:
    assert (frozen_app / "egenvard").is_file()
    assert (frozen_app / "Egenvårdsstöd").is_file()
    internal = frozen_app / "_internal"
    assert (internal / "resources" / "i18n" / "egenvard_en.qm").is_file()
    assert (internal / "resources" / "icons" / "egenvard.ico").is_file()
    qt_catalogues = {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert "qtbase_sv.qm" in qt_catalogues and "qtbase_de.qm" not in qt_catalogues


def test_frozen_version_and_self_test(frozen_app: Path, tmp_path: Path) -> None:
    from app import __version__

    proc = _run(frozen_app, tmp_path, "--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"Egenvårdsstöd {__version__}"
    # The self-test: offscreen Qt platform plugin, SQLCipher, the window and every view, a PDF
    # with its fonts, both translation catalogues and the spawned FHIR validation process.
    proc = _run(frozen_app, tmp_path, "--self-test")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Självtest OK"


MAS = ("--name", "Maria Mas", "--role", "mas", "--organisation", "Region Kronoberg")


def test_frozen_demo_pdf_seal_verify_export_import(frozen_app: Path, tmp_path: Path) -> None:
    home = tmp_path / "hem åäö"
    home.mkdir()
    db = home / "demo.db"
    proc = _run(frozen_app, home, "demo", "--db", str(db), "--persons", "4")
    assert proc.returncode == 0, proc.stderr
    assert "persons 4" in proc.stdout
    proc = _run(frozen_app, home, "demo", "--db", str(db))
    assert "inget lades till" in proc.stdout  # idempotent in the frozen app too

    key = {"EGENVARD_PASSPHRASE": DEMO_PASSPHRASE}
    plans = json.loads(_run(frozen_app, home, "plan", "list", "--json", "--db", str(db), env=key).stdout)
    signed = next(p for p in plans if p["status"] == "signed")
    pdf = home / "plan.pdf"
    proc = _run(frozen_app, home, "pdf", "plan", signed["id"], "--out", str(pdf), "--sign", "--db", str(db), env=key)
    assert proc.returncode == 0, proc.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    proc = _run(frozen_app, home, "verify", str(pdf), "--db", str(db), env=key)
    assert proc.returncode == 0, proc.stderr
    assert "oförändrad" in proc.stdout or "intakt" in proc.stdout, proc.stdout
    # A batch sealed in spawned processes: the frozen program must start itself as their worker.
    folder = home / "alla planer"
    proc = _run(
        frozen_app,
        home,
        "pdf",
        "batch",
        "--sign",
        "--processes",
        "2",
        "--out-dir",
        str(folder),
        "--db",
        str(db),
        env=key,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(list(folder.glob("*.pdf"))) == len(plans)
    (sealed,) = folder.glob(f"egenvardsplan-{signed['id'][:8]}-*.pdf")
    proc = _run(frozen_app, home, "verify", str(sealed), "--db", str(db), env=key)
    assert proc.returncode == 0, proc.stderr

    bundle = home / "till regionen.egvb"
    share = {**key, "DELNINGSFRAS": "en lång delningsfras för paketet"}
    proc = _run(
        frozen_app, home, "export", "--out", str(bundle), "--passphrase-env", "DELNINGSFRAS", "--db", str(db), env=share
    )
    assert proc.returncode == 0, proc.stderr
    sent = int(proc.stdout.split("persons ", 1)[1].split(",", 1)[0])  # those with consent to share
    assert 1 <= sent <= 4
    other = home / "region.db"
    region = {**share, "EGENVARD_PASSPHRASE": "regionens långa lösenfras"}
    made = _run(frozen_app, home, "init", "--db", str(other), *MAS, env=region)  # the region's MAS imports
    assert made.returncode == 0, made.stderr
    identity = home / "kommun.egid"
    assert (
        _run(frozen_app, home, "identity", "export", "--out", str(identity), "--db", str(db), env=key).returncode == 0
    )
    proc = _run(frozen_app, home, "identity", "import", str(identity), "--trust", "--db", str(other), env=region)
    assert proc.returncode == 0, proc.stderr
    proc = _run(
        frozen_app,
        home,
        "import",
        str(bundle),
        "--passphrase-env",
        "DELNINGSFRAS",
        "--yes",
        "--db",
        str(other),
        env=region,
    )
    assert proc.returncode == 0, proc.stderr  # fhir.resources validated every resource
    assert "Importerat." in proc.stdout
    listed = _run(frozen_app, home, "person", "list", "--json", "--db", str(other), env=region)
    assert len(json.loads(listed.stdout)) == sent


def test_frozen_window_starts_and_shows(frozen_app: Path, tmp_path: Path) -> None:
    """No database yet: the first-start wizard is the first window (offscreen)."""
    proc = _run(frozen_app, tmp_path, env={"EGENVARD_QUIT_WHEN_SHOWN": "1"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "shown: FirstStartWizard"


def test_frozen_no_display_is_one_sentence(frozen_app: Path, tmp_path: Path) -> None:
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    environ["EGENVARD_HOME"] = str(tmp_path)
    proc = subprocess.run([str(frozen_app / "egenvard")], env=environ, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.startswith("Ingen skärm hittades")
