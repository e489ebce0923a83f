"""Layering and the no-network promise, checked on the code and on a real run."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"
BELOW_UI = ("models", "store", "services", "reports", "exchange")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", BELOW_UI)
def test_no_qt_below_ui(layer: str) -> None:
    offenders = [
        str(p.relative_to(APP))
        for p in (APP / layer).rglob("*.py")
        if any(n.split(".")[0] in ("PySide6", "shiboken6") or n.startswith("app.ui") for n in _imports(p))
    ]
    assert offenders == []


def test_models_import_no_store_or_services() -> None:
    offenders = [
        str(p.relative_to(APP))
        for p in (APP / "models").rglob("*.py")
        if any(n.startswith(("app.store", "app.services", "app.ui", "sqlcipher3", "sqlite")) for n in _imports(p))
    ]
    assert offenders == []


def test_ui_reaches_lower_layers_only_through_services() -> None:
    """ui → services → store / reports / exchange: the desktop client calls use cases, and gets
    their record types from them too."""
    offenders = [
        str(p.relative_to(APP))
        for p in (APP / "ui").rglob("*.py")
        if any(n.startswith(("app.store", "app.reports", "app.exchange")) for n in _imports(p))
    ]
    assert offenders == []


def test_no_sql_driver_outside_store() -> None:
    offenders = [
        str(p.relative_to(APP))
        for p in APP.rglob("*.py")
        if "store" not in p.relative_to(APP).parts
        and any(n.split(".")[0] in ("sqlcipher3", "sqlite3", "sqlite_utils") for n in _imports(p))
    ]
    assert offenders == []


NO_NETWORK = textwrap.dedent(
    """
    import sys
    def hook(event, args):
        if event.startswith("socket.") and event not in ("socket.gethostname",):
            family = getattr(args[0], "family", None) if args else None
            raise SystemExit(f"NETWORK: {event} {family}")
    sys.addaudithook(hook)
    from app.cli import main
    for argv in (["init", "--db", DB], ["demo", "--db", DB, "--persons", "15"], ["person", "list", "--db", DB],
                 ["plan", "list", "--db", DB, "--json"], ["backup", "--db", DB, "--out", DB + ".bak"],
                 ["audit", "verify", "--db", DB]):
        code = main(argv)
        assert code == 0, (argv, code)
    print("NO-NETWORK-OK", sorted(m for m in sys.modules if "QtNetwork" in m))
    """
)


def test_a_full_run_opens_no_socket(tmp_path: Path) -> None:
    db = tmp_path / "net.db"
    env = {**os.environ, "EGENVARD_PASSPHRASE": "ingen nätverkstrafik här", "EGENVARD_HOME": str(tmp_path)}
    script = f"DB = {str(db)!r}\n" + NO_NETWORK
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "NO-NETWORK-OK []" in proc.stdout
