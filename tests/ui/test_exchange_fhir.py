"""Utbyte: the FHIR transaction export (`export --fhir`) from a button, into a folder the user
chooses, written on the worker thread; a folder already holding transactions is refused in the
view, and a cancelled folder dialog writes nothing."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from app.services import demo
from app.services import exchange as ex
from app.services.workspace import Workspace
from app.ui import common
from tests.factories import wait


@pytest.fixture
def filled(ws: Workspace) -> Workspace:
    """Demo data in the main window's database, before the window opens it."""
    demo.fill(ws, persons=6, seed=3)
    ex.ensure_identity(ws, "Alvesta kommun")
    return ws


def test_the_fhir_button_writes_transactions_off_the_gui_thread(qtbot, filled, main, answers, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    main.nav.setCurrentRow(main.PAGES.index("exchange"))
    wait(main._db)
    view = main.exchange
    assert view.fhir_button.isEnabled() and view.fhir_button.text() == "&FHIR-transaktioner…"

    monkeypatch.setattr(common, "choose_folder", lambda *_a: None)  # cancelled
    qtbot.mouseClick(view.fhir_button, Qt.MouseButton.LeftButton)
    wait(main._db)
    assert answers.informed == [] and not (tmp_path / "fhir").exists()

    folder = tmp_path / "fhir"
    monkeypatch.setattr(common, "choose_folder", lambda *_a: str(folder))
    qtbot.mouseClick(view.fhir_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(answers.informed), timeout=30000)
    files = sorted(folder.glob("transaction-*.json"))
    assert [f.name for f in files][:1] == ["transaction-0001.json"]
    assert answers.informed[0].startswith(f"{len(files)} filer med ") and str(folder) in answers.informed[0]
    first = json.loads(files[0].read_bytes())
    assert first["type"] == "transaction" and all(e["request"]["method"] == "PUT" for e in first["entry"])
    assert view.fhir_button.isEnabled()

    before = {f.name: f.read_bytes() for f in files}
    qtbot.mouseClick(view.fhir_button, Qt.MouseButton.LeftButton)  # the same folder again
    qtbot.waitUntil(lambda: view.error.isVisible(), timeout=30000)
    assert "innehåller redan transaktionsfiler" in view.error.text()
    assert {f.name: f.read_bytes() for f in sorted(folder.glob("*.json"))} == before
    assert len(answers.informed) == 1 and view.fhir_button.isEnabled()
