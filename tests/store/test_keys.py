"""Passphrase change, recovery code, remember on this computer."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import ValidationError
from app.services import demo, persons, security
from app.services.workspace import Workspace, open_workspace
from app.store import keyfile
from app.store.database import create_store, open_with_recovery_code
from app.store.errors import DatabaseExists, WrongPassphrase, WrongRecoveryCode
from tests.factories import PASSPHRASE


def test_passphrase_change_keeps_every_record(ws: Workspace, db_path: Path) -> None:
    demo.fill(ws, persons=30, seed=1)
    before = [p.id for p in persons.all_persons(ws)]
    key_before = ws.store.key_hex
    ws.close()
    db_before = db_path.read_bytes()
    security.change_passphrase(db_path, PASSPHRASE, "ett helt nytt lösenord")
    with pytest.raises(WrongPassphrase):
        open_workspace(db_path, PASSPHRASE)
    ws2 = open_workspace(db_path, "ett helt nytt lösenord")
    try:
        assert [p.id for p in persons.all_persons(ws2)] == before
        assert ws2.audit.verify().ok
        assert ws2.audit.events(limit=1)[0].action.value == "key_change"
        # Re-wrapped, not re-encrypted: the same database key, and the file's pages the same
        # except the few the audit event of the change wrote.
        assert ws2.store.key_hex == key_before
    finally:
        ws2.close()
    db_after = db_path.read_bytes()
    assert db_after[:16] == db_before[:16]  # SQLCipher's salt
    pages = [db_before[i : i + 4096] != db_after[i : i + 4096] for i in range(0, len(db_before), 4096)]
    assert sum(pages) <= 8 < len(pages)


def test_change_with_wrong_old_passphrase_changes_nothing(ws: Workspace, db_path: Path) -> None:
    ws.close()
    key_before = keyfile.key_path(db_path).read_bytes()
    with pytest.raises(WrongPassphrase):
        security.change_passphrase(db_path, "fel gammal fras", "ett helt nytt lösenord")
    assert keyfile.key_path(db_path).read_bytes() == key_before


def test_too_short_new_passphrase(ws: Workspace, db_path: Path) -> None:
    ws.close()
    with pytest.raises(ValidationError, match="minst 10 tecken"):
        security.change_passphrase(db_path, PASSPHRASE, "kort")


def test_recovery_code_opens_after_passphrase_is_forgotten(db_path: Path) -> None:
    store, code = create_store(db_path, "glömd lösenfras 123")
    ws = Workspace(store)
    person = persons.register(ws, "Astrid", "Öberg", "19850709-9805")
    ws.close()
    typed = code.lower().replace("-", " ")  # as someone types it from paper
    opened = open_with_recovery_code(db_path, typed)
    assert Workspace(opened).repos.persons.get(person.id).name == "Astrid Öberg"
    opened.close()
    new_code = security.reset_with_recovery_code(db_path, code, "ny lösenfras efter återställning")
    assert new_code != code
    with pytest.raises(WrongRecoveryCode):
        open_with_recovery_code(db_path, code)  # the used code is replaced
    ws2 = open_workspace(db_path, "ny lösenfras efter återställning")
    assert ws2.repos.persons.get(person.id) is not None
    ws2.close()


def test_wrong_recovery_code(ws: Workspace, db_path: Path) -> None:
    ws.close()
    with pytest.raises(WrongRecoveryCode, match="återställningskod"):
        open_with_recovery_code(db_path, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")


def test_init_refuses_to_overwrite(ws: Workspace, db_path: Path) -> None:
    with pytest.raises(DatabaseExists, match="skrivs inte över"):
        create_store(db_path, "något annat lösen")


def test_remember_on_this_computer(ws: Workspace, db_path: Path, memory_keyring) -> None:
    assert security.remembered_workspace(db_path) is None
    security.remember_key(ws.store)
    assert ws.store.key_hex not in repr(memory_keyring.items.keys())
    ws.close()
    again = security.remembered_workspace(db_path)
    assert again is not None and again.audit.verify().ok
    again.close()
    security.forget_key(db_path)
    assert security.remembered_workspace(db_path) is None


def test_passphrase_strength_grows_with_length() -> None:
    scores = [
        security.passphrase_strength(p)
        for p in ("abc", "abcdefghij", "korrekt häst batteri", "Korrekt häst batteri häftstift 42")
    ]
    assert scores == sorted(scores) and scores[0] == 0 and scores[-1] == 4


def test_store_runs_in_wal_with_full_sync(ws: Workspace, db_path: Path) -> None:
    """WAL with synchronous=FULL: what the crash test relies on, on every open, not only at create."""
    ws.close()
    again = open_workspace(db_path, PASSPHRASE)
    try:
        assert again.store.scalar("PRAGMA journal_mode") == "wal"
        assert again.store.scalar("PRAGMA synchronous") == 2  # FULL
        assert again.store.scalar("PRAGMA foreign_keys") == 1
        assert again.store.scalar("PRAGMA cipher_version").startswith("4.")
    finally:
        again.close()


def test_argon2_parameters_cannot_be_changed_after_they_are_read() -> None:
    import dataclasses

    from app.store.keyfile import WRITTEN

    with pytest.raises(dataclasses.FrozenInstanceError):
        WRITTEN.memory_kib = 8 * 1024  # type: ignore[misc]
    assert (WRITTEN.time_cost, WRITTEN.memory_kib, WRITTEN.parallelism) == (3, 65536, 4)
