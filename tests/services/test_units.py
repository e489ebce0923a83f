"""'Min enhet': person search finds the persons of a school or unit, and the plan list is
filtered by unit (its persons', or the plans the unit performs); real encrypted database."""

from __future__ import annotations

from app.models.plan import Setting
from app.services import overview, persons
from app.services.workspace import Workspace
from tests.factories import plan_in_setting


def _three(ws: Workspace) -> tuple[str, str, str]:
    norrtull = plan_in_setting(ws, Setting.SCHOOL, "20150315-9806", unit="Norrtullskolan", performer="Elevassistent")
    haga = plan_in_setting(ws, Setting.SCHOOL, "20180819-9986", unit="Hagaskolan", performer="Elevassistent")
    home = plan_in_setting(ws, Setting.HOME_CARE, "19121212-1212", performer="Personal vid Hemtjänst Norr")
    return norrtull.id, haga.id, home.id


def test_person_search_finds_the_persons_of_a_unit(ws: Workspace) -> None:
    _three(ws)
    by_name = {p.id: p.family_name for p in persons.all_persons(ws)}
    found = [by_name[i] for i in overview.person_ids(ws, text="norrtull")]
    assert found == ["Ek9806"]
    assert [p.family_name for p in persons.search(ws, "Hagaskolan")] == ["Ek9986"]
    assert [p.family_name for p in persons.search(ws, "alva haga")] == ["Ek9986"]  # name and unit words together
    assert persons.search(ws, "skolan") == []  # a word's beginning, as for names


def test_the_plan_list_is_filtered_by_unit(ws: Workspace) -> None:
    norrtull, haga, home = _three(ws)
    assert overview.plan_ids(ws, unit="Norrtullskolan") == [norrtull]
    assert overview.plan_ids(ws, unit="Hemtjänst Norr") == [home]  # the unit performs it
    assert sorted(overview.plan_ids(ws)) == sorted([norrtull, haga, home])
    assert overview.plan_ids(ws, unit="Vikaskolan") == []
    # The nurse profile's own unit is offered beside the units persons belong to.
    assert overview.known_units(ws) == ["Hagaskolan", "Hemsjukvården Öster", "Norrtullskolan"]


def test_a_changed_unit_is_found_under_the_new_name_only(ws: Workspace) -> None:
    _three(ws)
    pupil = next(p for p in persons.all_persons(ws) if p.unit == "Hagaskolan")
    persons.edit(ws, pupil, unit="Vikaskolan")
    assert [p.family_name for p in persons.search(ws, "vikaskolan")] == ["Ek9986"]
    assert persons.search(ws, "hagaskolan") == []
