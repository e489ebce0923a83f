"""Överblick shows the user's own items even when more than a page of others' are older."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import Practitioner, Role
from app.models.plan import Setting, Signature
from app.services import overview, persons, plans
from app.services.overview import Category
from app.services.workspace import Workspace
from app.store import overview as store_overview
from tests.factories import sign

TODAY = date(2026, 11, 23)
ME = Practitioner("Eva Lind", "Distriktssköterska", "Region Kronoberg", "Vårdcentralen Teleborg", Role.NURSE)
COLLEAGUE = Practitioner("Jonas Berg", "Sjuksköterska", "Region Kronoberg", "", Role.NURSE)
LEADER = Practitioner("Rut Rektor", "Rektor", "Växjö kommun", "Hagaskolan", Role.SCHOOL_LEADER)


def _numbers(count: int) -> list[str]:
    """Valid personnummer from the test series (serials 980–999) of 1950."""
    from personnummer import personnummer as pnr

    found = []
    for day in range(1, count + 1):
        found.append(next(n for s in range(980, 1000) for c in range(10) if pnr.valid(n := f"195001{day:02d}{s}{c}")))
    return found


NUMBERS = _numbers(5)


@pytest.fixture(autouse=True, params=["from her persons", "date walk"])
def strategy(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways the store finds the user's own rows: from her few persons, or (with many) by
    walking the date index for her rows."""
    if request.param == "date walk":
        monkeypatch.setattr(store_overview, "_FEW_PERSONS", 0)
    return str(request.param)


def _signed(ws: Workspace, person_id: str, assessor: Practitioner, overdue_days: int) -> None:
    """A plan `assessor` signed a year ago, its re-assessment `overdue_days` late."""
    risk = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MODERATE, "Kontroll"),), "Säkert")
    a = plans.assess(ws, person_id, "Sondmatning", assessor, TODAY - timedelta(days=400), risk, Outcome.WITH_HELP)
    plan = plans.start_plan(
        ws,
        a,
        Setting.HOME_CARE,
        performer="Hemtjänst Norr",
        instruction_by=assessor.name,
        instruction_how="Visning",
        on_harm="Ring 112",
        on_change="Ring sjuksköterskan",
        follow_up="Var tredje månad",
        reassessment_on=TODAY - timedelta(days=overdue_days),
    )
    sign(ws, plan, Signature("Växjö", TODAY - timedelta(days=399), assessor.name, assessor.title))


def _plan(ws: Workspace, number: str, assessor: Practitioner, overdue_days: int, unit: str = "") -> str:
    person = persons.register(ws, "Test", f"Person{number[-4:]}", number, unit=unit)
    _signed(ws, person.id, assessor, overdue_days)
    return person.id


def _overdue(ws: Workspace) -> list[tuple[str, bool]]:
    items = overview.todo(ws, TODAY, limit=2)
    return [(i.person_id, i.mine) for i in items if i.category is Category.REVIEW_OVERDUE]


def test_a_nurses_own_overdue_review_shows_beyond_the_limit(ws: Workspace) -> None:
    others = [_plan(ws, n, COLLEAGUE, overdue_days=90 - i) for i, n in enumerate(NUMBERS[:3])]
    mine = _plan(ws, NUMBERS[3], ME, overdue_days=10)  # the newest of the four: beyond a limit of 2
    ws.set_profile(ME)
    assert _overdue(ws) == [(mine, True), (others[0], False), (others[1], False)]
    # Someone with nothing of her own sees the two most urgent, as before.
    ws.set_profile(Practitioner("Ulla Chef", "Enhetschef", "Växjö kommun", "Hemtjänst Syd", Role.UNIT_MANAGER))
    assert _overdue(ws) == [(others[0], False), (others[1], False)]


def test_a_school_leaders_pupil_beyond_the_limit(ws: Workspace) -> None:
    others = [_plan(ws, n, COLLEAGUE, overdue_days=90 - i) for i, n in enumerate(NUMBERS[:3])]
    pupil = _plan(ws, NUMBERS[4], COLLEAGUE, overdue_days=5, unit="Hagaskolan")
    ws.set_profile(LEADER)
    assert _overdue(ws) == [(pupil, True), (others[0], False), (others[1], False)]


def test_only_the_plans_she_assessed_count_for_a_nurse(ws: Workspace) -> None:
    """A person she assessed once may have another nurse's plan: that one is not hers."""
    others = [_plan(ws, n, COLLEAGUE, overdue_days=90 - i) for i, n in enumerate(NUMBERS[:3])]
    mine = _plan(ws, NUMBERS[3], ME, overdue_days=10)
    _signed(ws, mine, COLLEAGUE, overdue_days=3)  # the same person, a colleague's newer plan
    ws.set_profile(ME)
    assert _overdue(ws) == [(mine, True), (others[0], False), (others[1], False)]
