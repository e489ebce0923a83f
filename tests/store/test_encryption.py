"""The database at rest: no plaintext, unreadable without the key, damage told apart from a wrong passphrase."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from app.services import demo, persons
from app.services.workspace import Workspace, open_workspace
from app.store import keyfile
from app.store.errors import DamagedDatabase, DamagedKeyFile, MissingKeyFile, WrongPassphrase
from tests.conftest import PASSPHRASE


def _digest(*paths: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths if p.exists()}


@pytest.fixture
def filled(ws: Workspace, db_path: Path) -> Path:
    demo.fill(ws, persons=40, seed=7)
    ws.close()
    return db_path


def test_file_holds_no_plaintext(ws: Workspace, db_path: Path) -> None:
    demo.fill(ws, persons=40, seed=7)
    people = persons.all_persons(ws)
    ws.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    raw = db_path.read_bytes() + keyfile.key_path(db_path).read_bytes()
    for p in people:
        for needle in (p.family_name, p.given_name, p.number.digits, p.number.formatted):
            assert needle.encode("utf-8") not in raw
    assert b"SQLite format 3" not in raw[:16]
    assert len(people) == 40


def test_plain_sqlite_cannot_read_it(filled: Path) -> None:
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(filled).execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_passphrase_writes_nothing(filled: Path) -> None:
    before = _digest(filled, keyfile.key_path(filled))
    with pytest.raises(WrongPassphrase, match="Fel lösenfras"):
        open_workspace(filled, "inte rätt lösenfras")
    assert _digest(filled, keyfile.key_path(filled)) == before


def test_damaged_key_file_is_not_called_wrong_passphrase(filled: Path) -> None:
    path = keyfile.key_path(filled)
    doc = json.loads(path.read_bytes())
    doc["slots"][0]["wrapped"] = doc["slots"][0]["wrapped"][:-6] + "AAAAA="
    path.write_text(json.dumps(doc))
    before = _digest(filled, path)
    with pytest.raises(DamagedKeyFile, match="Nyckelfilen .* är skadad"):
        open_workspace(filled, PASSPHRASE)
    assert _digest(filled, path) == before


def test_flipped_byte_in_key_file(filled: Path) -> None:
    path = keyfile.key_path(filled)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedKeyFile):
        open_workspace(filled, PASSPHRASE)


def test_missing_key_file(filled: Path) -> None:
    keyfile.key_path(filled).unlink()
    with pytest.raises(MissingKeyFile, match="saknas"):
        open_workspace(filled, PASSPHRASE)


@pytest.mark.parametrize("where", ["header", "middle", "last page"])
def test_flipped_byte_in_database(filled: Path, where: str) -> None:
    data = bytearray(filled.read_bytes())
    offset = {"header": 200, "middle": len(data) // 2 + 123, "last page": len(data) - 50}[where]
    data[offset] ^= 0x40
    filled.write_bytes(bytes(data))
    before = _digest(filled, keyfile.key_path(filled))
    with pytest.raises(DamagedDatabase, match="Databasen .* är skadad.*återställ"):
        ws = open_workspace(filled, PASSPHRASE)
        try:  # a page in the middle is only read when something needs it
            ws.store.query("PRAGMA quick_check")
            ws.store.query("SELECT * FROM persons")
            ws.store.query("SELECT * FROM audit")
            ws.store.query("SELECT * FROM plans")
        finally:
            ws.close()
    assert _digest(filled, keyfile.key_path(filled)) == before


def test_truncated_database(filled: Path) -> None:
    data = filled.read_bytes()
    filled.write_bytes(data[: len(data) // 2 + 100])
    before = _digest(filled)
    with pytest.raises(DamagedDatabase, match="skadad"):
        open_workspace(filled, PASSPHRASE)
    assert _digest(filled) == before


def test_truncated_on_page_boundary(filled: Path) -> None:
    data = filled.read_bytes()
    filled.write_bytes(data[: 4096 * 2])
    with pytest.raises(DamagedDatabase):
        open_workspace(filled, PASSPHRASE)


def test_empty_database_file(filled: Path) -> None:
    filled.write_bytes(b"")
    with pytest.raises(DamagedDatabase):
        open_workspace(filled, PASSPHRASE)
