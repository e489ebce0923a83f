"""Two real encrypted databases that know each other (builders in tests/factories.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.exchange import fhir
from app.services import demo
from app.services import exchange as ex
from tests.factories import Pair, make_pair, workspace  # the `pair` fixture is in tests/conftest.py


@pytest.fixture(scope="module")
def module_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    """One pair for a module whose tests only read it, or refuse bundles (which writes nothing)."""
    made = make_pair(Path(tmp_path_factory.mktemp("pair")))
    yield made
    made.close()


@pytest.fixture(scope="session")
def small_bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, Any]:
    """bundle.json of a few demo persons, and the records it holds."""
    ws = workspace(Path(tmp_path_factory.mktemp("order")) / "a.db")
    try:
        demo.fill(ws, persons=4, seed=9)
        me = ex.ensure_identity(ws, "Region Kronoberg").public
        records, _ids = ex.collect(ws)
    finally:
        ws.close()
    return fhir.bundle_json(records, me, "b", "2026-01-01T00:00:00+00:00"), records
