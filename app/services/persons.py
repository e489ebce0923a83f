"""Use cases on persons: register, edit, find, open (an opened record is a logged read)."""

from __future__ import annotations

from app.errors import NotFound, ValidationError
from app.models.audit import Action
from app.models.identity import PersonalNumber
from app.models.person import Contact, Guardian, Person
from app.models.roles import UseCase
from app.services.workspace import Workspace


def _ensure_unique(ws: Workspace, person: Person) -> None:
    other = ws.repos.persons.by_number(person.number.digits)
    if other is not None and other.id != person.id:
        raise ValidationError(
            f"Det finns redan en person med {person.number.kind_sv} {person.shown_number}.",
            f"A person with the number {person.shown_number} is already registered.",
            "personnummer",
        )


def register(
    ws: Workspace,
    given_name: str,
    family_name: str,
    number: str,
    *,
    protected_identity: bool = False,
    unit: str = "",
    guardians: tuple[Guardian, ...] = (),
    contacts: tuple[Contact, ...] = (),
) -> Person:
    ws.require(UseCase.PERSON)
    person = Person(
        given_name=given_name,
        family_name=family_name,
        number=PersonalNumber.parse(number),
        protected_identity=protected_identity,
        unit=unit,
        guardians=guardians,
        contacts=contacts,
    )
    _ensure_unique(ws, person)
    with ws.write(Action.CREATE, "person", person.id, person.id):
        ws.repos.persons.add(person)
    return person


def edit(ws: Workspace, person: Person, **changes: object) -> Person:
    ws.require(UseCase.PERSON)
    if "number" in changes and isinstance(changes["number"], str):
        changes["number"] = PersonalNumber.parse(changes["number"])
    updated = person.edited(**changes)
    _ensure_unique(ws, updated)
    with ws.write(Action.UPDATE, "person", person.id, person.id):
        ws.repos.persons.save(updated)
    return updated


def get(ws: Workspace, person_id: str) -> Person:
    person = ws.repos.persons.get(person_id)
    if person is None:
        raise NotFound(what_sv="person", what_en="person", ident=person_id)
    return person


def open_record(ws: Workspace, person_id: str) -> Person:
    """Opening a person's record to read it is itself recorded in the audit log."""
    ws.require(UseCase.READ)
    person = get(ws, person_id)
    ws.log_read("person", person.id, person.id)
    return person


def search(ws: Workspace, text: str, limit: int = 50) -> list[Person]:
    return ws.repos.persons.search(text, limit)


def all_persons(ws: Workspace) -> list[Person]:
    return ws.repos.persons.all_sorted()


def count(ws: Workspace) -> int:
    """How many persons are registered (the demo adds nothing to a database that has some)."""
    return ws.repos.persons.count()
