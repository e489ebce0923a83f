"""Two programs registering the same personnummer: one wins, the other hears who holds the
number — never "the database is damaged" — and nothing is damaged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.services import persons
from app.services.workspace import Workspace, open_workspace
from tests.factories import PASSPHRASE

_ROOT = Path(__file__).resolve().parents[2]


def test_two_processes_race_one_wins(ws: Workspace, db_path: Path, tmp_path: Path) -> None:
    ws.close()
    go = tmp_path / "go"
    env = {**os.environ, "EGENVARD_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(_ROOT)}
    racers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.store.register_racer", str(db_path), str(go), name],
            env=env,
            cwd=_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("Första", "Andra")
    ]
    for racer in racers:
        assert racer.stdout is not None and racer.stdout.readline() == "READY\n"
    go.touch()
    results = {
        name: racer.communicate(timeout=120)[0].strip() for name, racer in zip(("Första", "Andra"), racers, strict=True)
    }
    assert [r.returncode for r in racers] == [0, 0]
    assert sorted(results.values())[1] == "OK"  # exactly one won ...
    winner = next(name for name, said in results.items() if said == "OK")
    lost = next(said for said in results.values() if said != "OK")
    assert lost == f"ERR 19850709-**** är redan registrerad ({winner} Racersson)."  # ... the other heard who
    again = open_workspace(db_path, PASSPHRASE)
    try:
        people = persons.all_persons(again)
        assert [p.number.digits for p in people] == ["198507099805"]
        assert people[0].given_name == winner
        assert again.audit.verify().ok and again.store.check_pages() > 0
    finally:
        again.close()


def test_the_unique_rule_catches_a_writer_whose_check_came_too_early(
    ws: Workspace, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The interleaving the race can produce, made certain: B looked the number up before A
    committed it, then writes. The database's UNIQUE rule refuses B with the same sentence."""
    other = open_workspace(db_path, PASSPHRASE)
    try:
        real = other.repos.persons.by_number
        calls: list[str] = []

        def too_early(digits: str):  # first look-up: before A's commit; later ones: real
            calls.append(digits)
            return None if len(calls) == 1 else real(digits)

        monkeypatch.setattr(other.repos.persons, "by_number", too_early)
        persons.register(ws, "Astrid", "Öberg", "19850709-9805")
        events = ws.store.scalar("SELECT count(*) FROM audit")
        with pytest.raises(ValidationError) as err:
            persons.register(other, "Astrid", "Annan", "198507099805")
        assert str(err.value) == "19850709-**** är redan registrerad (Astrid Öberg)."
        assert err.value.field == "personnummer" and len(calls) == 2
        assert ws.store.scalar("SELECT count(*) FROM persons") == 1
        assert ws.store.scalar("SELECT count(*) FROM audit") == events and ws.audit.verify().ok
    finally:
        other.close()


def test_protected_identity_is_not_named(ws: Workspace) -> None:
    persons.register(ws, "Hemlig", "Person", "19850709-9805", protected_identity=True)
    with pytest.raises(ValidationError, match=r"^19850709-\*\*\*\* är redan registrerad \(skyddad identitet\)\.$"):
        persons.register(ws, "Någon", "Annan", "19850709-9805")
