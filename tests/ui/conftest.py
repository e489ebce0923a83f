"""GUI fixtures: the real controller, worker and encrypted database; modal questions answered."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import Practitioner, Role
from app.models.plan import Setting, Signature
from app.services import persons, plans
from app.services.workspace import Workspace
from app.ui import common
from app.ui.app import Controller, install_catalogue
from app.ui.worker import Database
from tests.factories import sign

ME = Practitioner("Eva Lind", "Distriktssköterska", "Region Kronoberg", "Vårdcentralen Teleborg", Role.NURSE)


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


class Answers:
    def __init__(self) -> None:
        self.asked: list[str] = []
        self.informed: list[str] = []
        self.errors: list[str] = []
        self.defaults: list[bool] = []  # per question: True when Enter answers "Ja"
        self.yes = True
        self.text: str | None = "Fel person"


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


def wait(controller_or_db, qtbot=None) -> None:  # type: ignore[no-untyped-def]
    db = getattr(controller_or_db, "db", controller_or_db)
    assert db.wait_idle(20000)


def signed_plan(ws: Workspace, person_id: str, review_in_days: int = 20, setting: Setting = Setting.HOME_CARE):
    today = date.today()
    risk = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MODERATE, "Dubbelkontroll"),), "Säkert")
    a = plans.assess(ws, person_id, "Insulininjektion", ME, today - timedelta(days=5), risk, Outcome.WITH_HELP)
    plan = plans.start_plan(
        ws,
        a,
        setting,
        performer="Hemtjänst Norr",
        instruction_by="Eva Lind",
        instruction_how="Visning",
        on_harm="Ring 112",
        on_change="Ring sjuksköterskan",
        follow_up="Var tredje månad",
        reassessment_on=today + timedelta(days=review_in_days),
    )
    signed_on = min(today - timedelta(days=1), plan.reassessment_on - timedelta(days=30))  # type: ignore[operator]
    return sign(ws, plan, Signature("Växjö", signed_on, ME.name, ME.title))


def number(n: int, year: int = 1950) -> str:
    """The n-th valid personnummer in the test series (serials 980–999) of a birth year."""
    from personnummer import personnummer as pnr

    found = 0
    for month in range(1, 13):
        for day in range(1, 29):
            for serial in range(980, 1000):
                for check in range(10):
                    cand = f"{year}{month:02d}{day:02d}{serial}{check}"
                    if pnr.valid(cand):
                        if found == n:
                            return cand
                        found += 1
                        break
    raise AssertionError("no number")


def person(ws: Workspace, number: str = "19121212-1212", given: str = "Tolvan", family: str = "Tolvansson", **kw):
    return persons.register(ws, given, family, number, **kw)


def pytest_collection_modifyitems(items):  # type: ignore[no-untyped-def]
    """The offscreen platform plugin warns that it cannot pass size hints to a window manager
    (it has none) whenever a top-level widget has size constraints; that says nothing about the
    app. Every other Qt warning still fails the test."""
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"))
