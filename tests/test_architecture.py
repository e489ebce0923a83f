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


# --- named queries: SQL conditions and the workspace's insides stay in store and services ------
# (Anki's collection.py: `find_cards`, `get_note`.) Each check takes the root of a source tree,
# so a test can plant a violation in a copy and see it caught.

QUERY_HOMES = ("store", "services")  # where `.store`, `.repos` and store types may be used


def _parts(root: Path, path: Path) -> tuple[str, ...]:
    return path.relative_to(root).parts


def _outside(root: Path, homes: tuple[str, ...]) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if _parts(root, p)[0] not in homes)


def where_calls(root: Path) -> list[str]:
    """`x.where(...)`: a SQL condition handed to a table. Private to app/store (`_where`)."""
    return sorted(
        f"{p.relative_to(root)}:{node.lineno}"
        for p in _outside(root, ("store",))
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "where"
    )


def workspace_insides(root: Path) -> list[str]:
    """`ws.store` / `ws.repos` (any `.store` or `.repos`): the open database and its tables are
    for the use cases; the window and the command line call services."""
    return sorted(
        f"{p.relative_to(root)}:{node.lineno} .{node.attr}"
        for p in _outside(root, QUERY_HOMES)
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr in ("store", "repos")
    )


def store_imports(root: Path) -> list[str]:
    """Store modules and their types (StoredDocument, BundleRow, …) imported above services."""
    return [
        f"{p.relative_to(root)}: {name}"
        for p in _outside(root, QUERY_HOMES)
        for name in sorted(_imports(p))
        if name == "app.store" or name.startswith("app.store.")
    ]


def _store_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("app.store"):
            names |= {a.asname or a.name for a in node.names}
    return names


def _public_annotations(tree: ast.Module) -> list[tuple[str, ast.expr]]:
    """Return types and parameters of public functions, and fields of public classes."""
    found: list[tuple[str, ast.expr]] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            args = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
            found += [(node.name, a.annotation) for a in args if a.annotation is not None]
            if node.returns is not None:
                found.append((node.name, node.returns))
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            found += [
                (f"{node.name}.{item.target.id}", item.annotation)
                for item in node.body
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
            ]
    return found


def store_types_in_service_api(root: Path) -> list[str]:
    """A service's public functions and record types speak in models and its own frozen
    dataclasses: a store type in their signature would travel on into the window."""
    offenders = []
    for p in sorted((root / "services").rglob("*.py")):
        tree = ast.parse(p.read_text(encoding="utf-8"))
        # The open database handle itself passes between services (security, setup); not a row type.
        store_names = _store_names(tree) - {"Store"}
        for where, annotation in _public_annotations(tree):
            used = {n.id for n in ast.walk(annotation) if isinstance(n, ast.Name)}
            if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
                used |= {n.id for n in ast.walk(ast.parse(annotation.value)) if isinstance(n, ast.Name)}
            offenders += [f"{p.relative_to(root)}: {where} → {n}" for n in sorted(used & store_names)]
    return offenders


QUERY_CHECKS = (where_calls, workspace_insides, store_imports, store_types_in_service_api)


@pytest.mark.parametrize("check", QUERY_CHECKS, ids=lambda c: c.__name__)
def test_queries_are_named_and_stay_below_services(check) -> None:  # type: ignore[no-untyped-def]
    assert check(APP) == []


PLANTED = {
    "ui/view.py": (
        "from app.store.exchange import BundleRow\n"
        "def shown(ws, pid):\n"
        "    return ws.repos.reviews.where('plan_id = ?', (pid,)), ws.store\n"
    ),
    "cli/cmd.py": "def run(ws):\n    return ws.repos.plans.current_rows()\n",
    "services/use.py": (
        "from app.store.documents import StoredDocument\n"
        "def sealed(ws) -> list[StoredDocument]:\n"
        "    return ws.repos.copies.where('1')\n"
        "def _inner(ws) -> StoredDocument: ...\n"
    ),
    "services/fine.py": (
        "from app.store.documents import Documents\ndef n(ws) -> int:\n    return Documents(ws.store).count()\n"
    ),
    "store/repo.py": "def one(table):\n    return table.where('1')\n",
}


def test_the_query_checks_catch_planted_violations(tmp_path: Path) -> None:
    """Each check fails on a violation planted in a copy of a source tree, and only there."""
    for rel, text in PLANTED.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    assert where_calls(tmp_path) == ["services/use.py:3", "ui/view.py:3"]
    assert workspace_insides(tmp_path) == ["cli/cmd.py:2 .repos", "ui/view.py:3 .repos", "ui/view.py:3 .store"]
    assert store_imports(tmp_path) == ["ui/view.py: app.store.exchange"]
    assert store_types_in_service_api(tmp_path) == ["services/use.py: sealed → StoredDocument"]


def _module_names(root: Path) -> dict[str, Path]:
    names = {}
    for path in root.rglob("*.py"):
        rel = path.relative_to(root.parent).with_suffix("")
        names[".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)] = path
    return names


def _module_graph(root: Path) -> dict[str, set[str]]:
    """Module → the modules of the tree it imports, at the top or inside a function alike
    (a lazy import is still a dependency). A package's __init__ re-exporting its own modules
    is left out: that is how a package presents itself, not a cycle of meaning."""
    modules = _module_names(root)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name in modules}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    found |= {full} if full in modules else ({node.module} & modules.keys())
        package = path.name == "__init__.py"
        graph[name] = {m for m in found - {name} if not (package and m.startswith(name + "."))}
    return graph


def import_cycles(root: Path) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a ring (Tarjan's SCC)."""
    graph = _module_graph(root)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while (w := stack.pop()) != v:
                group.append(w)
            if group:
                cycles.append(sorted([v, *group]))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return cycles


def test_no_module_imports_one_that_imports_it() -> None:
    assert import_cycles(APP) == []


def test_the_cycle_check_finds_a_planted_ring(tmp_path: Path) -> None:
    for rel, text in {
        "app/__init__.py": "from app import a\n",  # a package re-export: not a cycle
        "app/a.py": "def f():\n    from app import b\n",
        "app/b.py": "from app.c import x\n",
        "app/c.py": "import app.a\nx = 1\n",
        "app/d.py": "from app import a\n",
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    assert import_cycles(tmp_path / "app") == [["app.a", "app.b", "app.c"]]


# --- tests: builders and helpers written once ---------------------------------------------------

TESTS = Path(__file__).resolve().parent


def _is_test_module(name: str) -> bool:
    leaf = name.rsplit(".", 1)[-1]
    return leaf == "conftest" or leaf.startswith("test_")


def imports_of_test_modules(root: Path) -> list[str]:
    """'importer → imported' for every test module (test_*.py, conftest.py) that another module
    under `root` imports. Builders and helpers live in tests/factories.py (or a helper module
    such as tests/pdfs.py); fixtures in a conftest.py, which pytest finds by itself."""
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root.parent).with_suffix("")
        package = ".".join(rel.parts[:-1])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from its package, up level - 1
                    parent = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join([*parent, base] if base else parent)
                names = [base, *(f"{base}.{a.name}" for a in node.names)]
            for name in names:
                if name.split(".")[0] == root.name and _is_test_module(name):
                    found.append(f"{'/'.join(rel.parts)}.py → {name}")
    return sorted(set(found))


def test_no_test_module_imports_another() -> None:
    assert imports_of_test_modules(TESTS) == []


def test_the_test_import_check_finds_planted_imports(tmp_path: Path) -> None:
    for rel, text in {
        "tests/__init__.py": "",
        "tests/conftest.py": "from tests.factories import PASSPHRASE\n",  # allowed: a helper module
        "tests/factories.py": "PASSPHRASE = 'x'\n",
        "tests/ui/__init__.py": "",
        "tests/ui/conftest.py": "",
        "tests/ui/test_a.py": "from tests.ui.conftest import ME\nfrom tests.ui.helpers import draw\n",
        "tests/ui/test_b.py": "def f():\n    from tests.ui import test_a\n",
        "tests/ui/test_c.py": "from .conftest import ME\nimport tests.conftest\n",
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    assert imports_of_test_modules(tmp_path / "tests") == [
        "tests/ui/test_a.py → tests.ui.conftest",
        "tests/ui/test_b.py → tests.ui.test_a",
        "tests/ui/test_c.py → tests.conftest",
        "tests/ui/test_c.py → tests.ui.conftest",
    ]


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
