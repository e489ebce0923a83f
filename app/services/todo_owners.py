"""Who acts on a to-do item (the owner table at the top of `app/services/todo.py`): the plan's
responsible licensed professional, the leader of the unit where staff perform or a deviation
happened, the case officer named on an application. An `Owner` is kept in the item's columns;
whether an item is the reader's is asked in SQL (`store.todo._MINE`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.models.common import Role
from app.models.plan import Setting
from app.services.todo_kinds import Words

LEADERS = (Role.SCHOOL_LEADER, Role.UNIT_MANAGER)
STAFF_AT = ("personal vid ", "personal på ", "personalen vid ", "personalen på ")
SELF = ("personen själv", "den enskilde", "patienten själv")


@dataclass(frozen=True)
class Owner:
    """Who should act: a named person (licensed professional, case officer), a role at a unit,
    any of some roles (exchange conflicts) or the leader of a party (disputes). Kept in the
    item's columns; whether an item is the reader's is asked in SQL (`store.todo._MINE`)."""

    words: Words
    role: str = ""  # a Role value; "" with `roles` or `units`
    name: str = ""
    unit: str = ""
    roles: tuple[str, ...] = ()  # any of these roles
    units: tuple[str, ...] = ()  # a school leader or unit manager of any of these units

    def columns(self) -> dict[str, str]:
        anyone = (
            json.dumps({"roles": self.roles, "units": self.units}, ensure_ascii=False)
            if self.roles or self.units
            else ""
        )
        return {
            "owner_sv": self.words[0],
            "owner_en": self.words[1],
            "owner_role": self.role,
            "owner_name": self.name,
            "owner_unit": self.unit,
            "owner_any": anyone,
        }


def responsible(row: dict[str, Any]) -> Owner:
    """The plan's responsible licensed professional (the ONE rule, `store.todo.RESPONSIBLE`)."""
    who = json.loads(row["responsible"]) if row.get("responsible") else {}
    name, title = who.get("name", ""), who.get("title", "")
    sv = title.casefold() if title else "legitimerad yrkesutövare"
    en = (who.get("profession") or "licensed professional").replace("_", " ")
    return Owner((f"{name} (ansvarig {sv})", f"{name} (responsible {en})"), Role.LICENSED.value, name)


def performing_unit(row: dict[str, Any]) -> str:
    """Where staff perform: a pupil's school, else the unit the plan's performer names (point 2
    is free text: "Personal vid Hemtjänst Norr" names Hemtjänst Norr)."""
    if row.get("setting") == Setting.SCHOOL and row.get("unit"):
        return str(row["unit"])
    performer = str(row.get("performer") or "").strip()
    for prefix in STAFF_AT:
        if performer.casefold().startswith(prefix):
            performer = performer[len(prefix) :].strip()
    if performer.casefold() in SELF:
        performer = ""
    return performer or str(row.get("unit") or "")


def unit_leader(setting: str | None, unit: str) -> Owner:
    if setting == Setting.SCHOOL:
        return Owner((f"Skolledare, {unit}", f"School leader, {unit}"), Role.SCHOOL_LEADER.value, unit=unit)
    return Owner((f"Enhetschef, {unit}", f"Unit manager, {unit}"), Role.UNIT_MANAGER.value, unit=unit)


def deviation_place(row: dict[str, Any]) -> Owner:
    unit = performing_unit(row) if row.get("setting") else (row.get("unit") or row.get("location") or "")
    return unit_leader(row.get("setting"), unit)


def case_officer(name: str) -> Owner:
    bare = name.removeprefix("Handläggare ").strip()
    return Owner((f"Handläggare {bare}", f"Case officer {bare}"), Role.CASE_OFFICER.value, bare)
