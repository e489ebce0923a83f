"""The person list's queries (app/store/overview.py): typed digits search the number, typed
words the name; the units persons belong to, each once, in name order."""

from __future__ import annotations

from app.services import persons
from app.services.workspace import Workspace
from app.store import overview
from tests.factories import number


def test_digits_search_the_number_and_words_the_name(ws: Workspace) -> None:
    anna = persons.register(ws, "Anna", "Berg", "19850709-9805", unit="Hemtjänst Norr")
    persons.register(ws, "Britt", "Ek", number(310), unit="Hagaskolan")
    assert overview.person_ids(ws.store, text="850709") == [anna.id]
    assert overview.person_ids(ws.store, text="x850709") == [anna.id]  # one stray letter: still a number
    assert overview.person_ids(ws.store, text="xy1985") == []  # two: a name, and nobody is called that
    assert overview.person_ids(ws.store, text="ann") == [anna.id]


def test_known_units_each_once_in_name_order(ws: Workspace) -> None:
    for i, unit in enumerate(["Hemtjänst Norr", "Hagaskolan", "Hemtjänst Norr", ""]):
        persons.register(ws, "Test", f"Person {i}", number(300 + i), unit=unit)
    assert overview.known_units(ws.store) == ["Hagaskolan", "Hemtjänst Norr"]
