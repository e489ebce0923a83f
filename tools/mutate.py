"""A small mutation check: flip comparisons, boolean operators and constants, and see whether
the tests notice.

    python tools/mutate.py app/models --tests tests/models tests/services
    python tools/mutate.py app/store --tests tests/store --sample 150
    python tools/mutate.py app/models --tests tests/models --sample 120 --again before.txt  # survivors only

Each mutant changes one node of one module's syntax tree. The project is copied once into a
temporary folder; for each mutant the module is rewritten there and the given tests are run
with `-x`. A mutant is *killed* when the tests fail (or time out), *survived* when they pass.
The share killed is printed, and the survivors with their line, so a missing test is easy to
find. Kept out of the test suite on purpose: it runs the tests hundreds of times.
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_COMPARE_SWAPS: dict[type, type] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}


@dataclass(frozen=True)
class Mutant:
    path: Path
    index: int  # the n-th mutable node of the module, in walk order
    line: int
    what: str

    @property
    def key(self) -> str:
        """Names the mutant across runs (the n-th mutable node of its module)."""
        return f"{self.path.as_posix()}#{self.index}"


def _docstring_nodes(tree: ast.AST) -> set[int]:
    """Docstrings are constants too; changing them proves nothing."""
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _in_fstring_or_annotation(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skip.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.AnnAssign | ast.arg) and getattr(node, "annotation", None) is not None:
            skip.update(id(n) for n in ast.walk(node.annotation))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns is not None:
            skip.update(id(n) for n in ast.walk(node.returns))
    return skip


def _mutations(node: ast.AST) -> list[str]:
    """What can be done to this node, described in words."""
    if isinstance(node, ast.Compare):
        return [f"{type(op).__name__}→{_COMPARE_SWAPS[type(op)].__name__}" for op in node.ops[:1]]
    if isinstance(node, ast.BoolOp):
        return ["and→or" if isinstance(node.op, ast.And) else "or→and"]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return ["drop not"]
    if isinstance(node, ast.Constant) and type(node.value) is bool:
        return [f"{node.value}→{not node.value}"]
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return [f"{node.value}→{node.value + 1}"]
    return []


def _candidates(tree: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    skip = _docstring_nodes(tree) | _in_fstring_or_annotation(tree)
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        for what in _mutations(node):
            yield node, what


def _apply(node: ast.AST) -> ast.AST:
    if isinstance(node, ast.Compare):
        node.ops[0] = _COMPARE_SWAPS[type(node.ops[0])]()
        return node
    if isinstance(node, ast.BoolOp):
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        return node
    if isinstance(node, ast.UnaryOp):
        return node.operand
    if isinstance(node, ast.Constant) and type(node.value) is bool:
        node.value = not node.value
        return node
    assert isinstance(node, ast.Constant)
    node.value = node.value + 1
    return node


class _Replace(ast.NodeTransformer):
    """Replaces the one node whose place among the candidates is `target`."""

    def __init__(self, tree: ast.AST, target: int) -> None:
        self.target = target
        self.order = {id(n): i for i, (n, _w) in enumerate(_candidates(tree))}

    def generic_visit(self, node: ast.AST) -> ast.AST:
        node = super().generic_visit(node)
        if self.order.get(id(node)) == self.target:
            return _apply(node)
        return node


def mutants(package: Path) -> list[Mutant]:
    found: list[Mutant] = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for i, (node, what) in enumerate(_candidates(tree)):
            found.append(Mutant(path.relative_to(ROOT), i, getattr(node, "lineno", 0), what))
    return found


def mutated_source(source: str, index: int) -> str:
    tree = ast.parse(source)
    tree = _Replace(tree, index).visit(tree)
    ast.fix_missing_locations(tree)
    return ast.unparse(tree)


def run_tests(copy: Path, tests: list[str], timeout: float) -> bool:
    """True when the tests pass."""
    env = dict(os.environ, PYTHONPATH=str(copy), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    # One process: a worker pool would cost more to start than the few seconds the tests take.
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-n", "0", "-p", "no:cacheprovider", "-p", "no:randomly", *tests]
    try:
        done = subprocess.run(cmd, cwd=copy, env=env, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False
    return done.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("package", type=Path, help="folder of modules to mutate, e.g. app/models")
    parser.add_argument("--tests", nargs="+", required=True, help="test paths to run for each mutant")
    parser.add_argument("--sample", type=int, default=0, help="test a random sample of this many mutants")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument(
        "--again", type=Path, help="test only the survivors listed in this earlier report (after new tests)"
    )
    args = parser.parse_args()

    todo = mutants((ROOT / args.package).resolve())
    if args.sample and args.sample < len(todo):
        todo = sorted(random.Random(args.seed).sample(todo, args.sample), key=lambda m: (str(m.path), m.index))
    if args.again:
        listed = {
            line.split()[-1]
            for line in args.again.read_text(encoding="utf-8").splitlines()
            if line.startswith("survived")
        }
        todo = [m for m in todo if m.key in listed]
    with tempfile.TemporaryDirectory(prefix="mutate-") as tmp:
        copy = Path(tmp) / "project"
        shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".git", ".venv*", "__pycache__", ".cache"))
        if not run_tests(copy, args.tests, args.timeout * 3):
            print("The tests fail without any mutant; fix them first.", file=sys.stderr)
            return 2
        survivors: list[Mutant] = []
        for n, mutant in enumerate(todo, 1):
            target = copy / mutant.path
            original = target.read_text(encoding="utf-8")
            target.write_text(mutated_source(original, mutant.index), encoding="utf-8")
            try:
                if run_tests(copy, args.tests, args.timeout):
                    survivors.append(mutant)
                    # As found: a long run stopped early still names what it found.
                    print(f"survived  {mutant.path}:{mutant.line}  {mutant.what}  {mutant.key}", flush=True)
            finally:
                target.write_text(original, encoding="utf-8")
            print(f"\r{n}/{len(todo)} tested, {len(survivors)} survived", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
    killed = len(todo) - len(survivors)
    share = 100 * killed / len(todo) if todo else 100.0
    print(f"{args.package}: {killed} of {len(todo)} mutants killed ({share:.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
