"""Rows written before a limit existed still load, list and print; the limits apply when such a
record is next changed. The command line never writes their control characters raw."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.errors import ValidationError
from app.models.audit import Action
from app.models.identity import PersonalNumber
from app.models.limits import stored_records
from app.models.person import Guardian, Person
from app.services import persons
from app.services.workspace import Workspace
from tests.factories import PASSPHRASE

LONG = "L" * 10_000


def old_person(ws: Workspace) -> Person:
    """As an earlier version stored it: a 10 000-character name, ESC/BEL/RLO in names, 60 guardians."""
    with stored_records():
        person = Person(
            LONG,
            "Svens\x1b[2Json\x07",
            PersonalNumber.parse("19121212-1212"),
            unit="\u202eSkola",
            guardians=tuple(Guardian(f"G{i}") for i in range(60)),
        )
    with ws.write(Action.CREATE, "person", person.id, person.id):
        ws.repos.persons.add(person)
    return person


def test_old_rows_beyond_the_limits_still_load(ws: Workspace) -> None:
    planted = old_person(ws)
    again = persons.get(ws, planted.id)
    assert again.given_name == LONG
    assert again.family_name == "Svens\x1b[2Json\x07"
    assert len(again.guardians) == 60
    assert [p.id for p in persons.all_persons(ws)] == [planted.id]
    with pytest.raises(ValidationError, match="^Förnamn: högst 200 tecken"):
        persons.edit(ws, again, unit="Skola 2")
    fixed = persons.edit(ws, again, given_name="Lena", family_name="Svensson", unit="Skola", guardians=())
    assert persons.get(ws, planted.id).name == "Lena Svensson" == fixed.name


def test_person_list_escapes_control_characters(
    ws: Workspace, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    planted = old_person(ws)
    assert main(["person", "list", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Svens\\u001b[2Json\\u0007" in out and "\\u202eSkola" in out
    assert main(["person", "list", "--db", str(db_path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)  # still JSON, and the same strings
    assert [(p["id"], p["unit"]) for p in listed] == [(planted.id, "\u202eSkola")]
    assert listed[0]["name"].endswith("Svens\x1b[2Json\x07")
