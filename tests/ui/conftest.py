"""GUI fixtures: the real controller, worker and encrypted database; modal questions answered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.workspace import Workspace
from app.ui import common
from app.ui.app import Controller, install_catalogue
from app.ui.worker import Database
from tests.factories import ME, Answers


@pytest.fixture(scope="session", autouse=True)
def swedish_catalogue(qapp):  # type: ignore[no-untyped-def]
    """The Swedish plural forms, installed as the app does at start."""
    translator = install_catalogue(qapp, "sv")
    assert translator is not None
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def role_gate() -> Iterator[None]:
    """Each test starts with the role gate knowing no profile (it is one per process)."""
    from app.ui.roles import gate

    gate.reset()
    yield
    gate.reset()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    a = Answers()

    def ask(_parent, _title, text, default_yes=True):  # type: ignore[no-untyped-def]
        a.asked.append(text)
        a.defaults.append(default_yes)
        return a.yes

    monkeypatch.setattr(common, "ask", ask)
    monkeypatch.setattr(common, "inform", lambda _p, _t, text: a.informed.append(text))
    monkeypatch.setattr(common, "ask_text", lambda _p, _t, _l: a.text)
    monkeypatch.setattr(common, "show_error", lambda _p, exc: a.errors.append(str(exc)))
    return a


@pytest.fixture
def controller(qtbot, db_path: Path, answers: Answers) -> Iterator[Controller]:  # type: ignore[no-untyped-def]
    c = Controller(db_path, Database())
    yield c
    c.shutdown()


@pytest.fixture
def main(qtbot, controller: Controller, ws: Workspace):  # type: ignore[no-untyped-def]
    ws.set_profile(ME)
    controller.start(ws)
    assert controller.main is not None  # not given to qtbot: a lock deletes it
    controller.db.wait_idle()
    yield controller.main
    controller.shutdown()  # before the ws fixture closes the workspace the worker owns


def pytest_collection_modifyitems(items):  # type: ignore[no-untyped-def]
    """The offscreen platform plugin warns that it cannot pass size hints to a window manager
    (it has none) whenever a top-level widget has size constraints; that says nothing about the
    app. Every other Qt warning still fails the test."""
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"))
