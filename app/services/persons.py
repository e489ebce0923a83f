"""Use cases on persons: register, edit, find, open (an opened record is a logged read)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from app.errors import NotFound, ValidationError
from app.models.audit import Action
from app.models.identity import PersonalNumber
from app.models.person import Contact, Guardian, Person
from app.models.roles import UseCase
from app.services.workspace import Workspace
from app.store.errors import Duplicate


def _already_registered(ws: Workspace, person: Person) -> ValidationError:
    """The sentence for a number someone else holds: masked, with who holds it (a protected
    identity's name is not shown)."""
    other = ws.repos.persons.by_number(person.number.digits)
    masked = person.number.masked
    if other is None:  # the other writer's row went away again: say only that it was taken
        return ValidationError(f"{masked} är redan registrerad.", f"{masked} is already registered.", "personnummer")
    who_sv, who_en = ("skyddad identitet", "protected identity") if other.protected_identity else (other.name,) * 2
    return ValidationError(
        f"{masked} är redan registrerad ({who_sv}).", f"{masked} is already registered ({who_en}).", "personnummer"
    )


def _ensure_unique(ws: Workspace, person: Person) -> None:
    other = ws.repos.persons.by_number(person.number.digits)
    if other is not None and other.id != person.id:
        raise _already_registered(ws, person)


@contextlib.contextmanager
def _unique_number(ws: Workspace, person: Person) -> Iterator[None]:
    """Another program may register the same number between our check and our write: the
    database's UNIQUE rule refuses it, and the user hears who holds the number, not "damaged"."""
    try:
        yield
    except Duplicate as exc:
        if exc.column != "number":
            raise
        raise _already_registered(ws, person) from None


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
    with _unique_number(ws, person), ws.write(Action.CREATE, "person", person.id, person.id):
        _ensure_unique(ws, person)  # inside the write transaction: no other writer in between
        ws.repos.persons.add(person)
    return person


def edit(ws: Workspace, person: Person, **changes: object) -> Person:
    ws.require(UseCase.PERSON)
    if "number" in changes and isinstance(changes["number"], str):
        changes["number"] = PersonalNumber.parse(changes["number"])
    updated = person.edited(**changes)
    with _unique_number(ws, updated), ws.write(Action.UPDATE, "person", person.id, person.id):
        _ensure_unique(ws, updated)
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
