"""The store edge: each kind of driver error becomes its own sentence, and none of them but
real damage says "damaged … restore from a backup" (issue 17: a test per error kind)."""

from __future__ import annotations

import logging

import pytest

from app.models.identity import PersonalNumber
from app.models.person import Person
from app.services import persons
from app.services.workspace import Workspace
from app.store.errors import (
    DiskFull,
    Duplicate,
    MissingReference,
    MissingValue,
    NotAllowedValue,
    ReadOnlyLocation,
    Refused,
    StoreError,
    UnexpectedStoreError,
)

_RESTORE_ADVICE = ("skadad", "säkerhetskopia")


def _state(ws: Workspace) -> tuple[int, int, bool]:
    """What must be as it was after a refused write: persons, audit events, an intact chain."""
    count = ws.store.scalar("SELECT count(*) FROM persons")
    events = ws.store.scalar("SELECT count(*) FROM audit")
    return count, events, ws.audit.verify().ok


@pytest.fixture
def one(ws: Workspace) -> Workspace:
    persons.register(ws, "Astrid", "Öberg", "19850709-9805")
    return ws


def _refused(ws: Workspace, kind: type[StoreError], write) -> str:
    before = _state(ws)
    with pytest.raises(kind) as err:
        with ws.store.atomic():
            write()
    text = str(err.value)
    assert not any(word in text for word in _RESTORE_ADVICE), text
    assert _state(ws) == before
    return text


def test_unique_is_a_duplicate_naming_the_column(one: Workspace) -> None:
    twin = Person(given_name="Annan", family_name="Person", number=PersonalNumber.parse("19850709-9805"))
    text = _refused(one, Duplicate, lambda: one.repos.persons.add(twin))
    assert text == "Det finns redan en person med samma personnummer; inget sparades."


def test_not_null_names_the_column_in_words(one: Workspace) -> None:
    row = one.store.query("SELECT * FROM persons")[0]
    row.update(id="x1", number="198507099999", given_name=None)
    text = _refused(one, MissingValue, lambda: one.store.insert_rows("persons", [row]))
    assert text == "Uppgiften förnamn saknas för en person; inget sparades."


def test_check_names_the_table_and_rule(one: Workspace) -> None:
    row = {"id": 2, "name": "X", "age_secret": "s", "signing_private": b"k", "created_at": "2026-01-01"}
    text = _refused(one, NotAllowedValue, lambda: one.store.insert_rows("exchange_identity", [row]))
    assert text == "Ett värde för en egen utbytesidentitet är inte tillåtet (id = 1); inget sparades."


def test_foreign_key_names_the_table(one: Workspace) -> None:
    row = {"token": "x", "person_id": "finns-inte", "sort_key": ""}
    text = _refused(one, MissingReference, lambda: one.store.insert_rows("person_tokens", [row]))
    assert text == "Ett sökord hänvisar till en post som inte finns; inget sparades."


def test_trigger_refusal_carries_the_trigger_message(one: Workspace) -> None:
    def edit_audit() -> None:
        one.store.conn.execute("UPDATE audit SET actor = 'någon annan' WHERE seq = 1")

    with pytest.raises(Refused) as err:
        with one.store.atomic():
            edit_audit()
    assert err.value.trigger_message == "the audit log is append-only"
    text = _refused(one, Refused, edit_audit)
    assert text == "Ändringen nekades: granskningsloggen kan bara byggas på, aldrig ändras. Inget har ändrats."


def test_disk_full(one: Workspace) -> None:
    pages = one.store.scalar("PRAGMA page_count")
    one.store.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk" limit
    rows = [{"token": f"t{i:05d}" + "x" * 200, "person_id": "", "sort_key": ""} for i in range(2000)]
    one.store.conn.execute("PRAGMA foreign_keys = OFF")
    text = _refused(one, DiskFull, lambda: one.store.insert_rows("person_tokens", rows))
    assert text.startswith("Disken är full; ändringen sparades inte.")


def test_read_only(one: Workspace) -> None:
    one.store.conn.execute("PRAGMA query_only = 1")
    twin = Person(given_name="Ny", family_name="Person", number=PersonalNumber.parse("20150315-9806"))
    text = _refused(one, ReadOnlyLocation, lambda: one.repos.persons.add(twin))
    assert "skrivskyddad" in text


def test_unknown_error_is_unexpected_and_logged(one: Workspace, caplog: pytest.LogCaptureFixture) -> None:
    before = _state(one)
    with caplog.at_level(logging.ERROR, logger="app.store.edge"):
        with pytest.raises(UnexpectedStoreError) as err:
            one.store.query("SELECT * FROM finns_inte")
    assert str(err.value).startswith("Ett oväntat fel uppstod i databasen")
    assert not any(word in str(err.value) for word in _RESTORE_ADVICE)
    assert "no such table: finns_inte" in caplog.text
    assert _state(one) == before
