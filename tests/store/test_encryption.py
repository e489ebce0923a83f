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
from app.store.errors import DamagedDatabase, DamagedKeyFile, MissingKeyFile, TruncatedDatabase, WrongPassphrase
from tests.factories import PASSPHRASE


def _digest(*paths: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths if p.exists()}


@pytest.fixture
def filled(ws: Workspace, db_path: Path) -> Path:
    demo.fill(ws, persons=40, seed=7)
    ws.close()
    return db_path


# Short needles ("Sven", "Eva") turn up by chance in a megabyte of ciphertext (a 3-byte string
# about once in 16 MB, a 4-byte one once in 4 GB), so the test looks only for needles of eight
# bytes or more (every full name but the shortest), and registers one person whose every field
# is long enough to be one.
_MIN_NEEDLE = 8


def test_file_holds_no_plaintext(ws: Workspace, db_path: Path) -> None:
    demo.fill(ws, persons=40, seed=7)
    persons.register(ws, "Maximiliana", "Vänsterbergsson", "201503159806", unit="Solrosskolans fritidshem")
    people = persons.all_persons(ws)
    ws.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    raw = db_path.read_bytes() + keyfile.key_path(db_path).read_bytes()
    needles = {
        text.encode("utf-8")
        for p in people
        for text in (p.family_name, p.given_name, p.name, p.unit, p.number.digits, p.number.formatted)
    }
    long_needles = {n for n in needles if len(n) >= _MIN_NEEDLE}
    assert {b"Maximiliana", "Vänsterbergsson".encode(), b"201503159806"} <= long_needles
    assert len(long_needles) > 120  # every personnummer twice, nearly every full name, the longer names
    assert [n for n in long_needles if n in raw] == []
    assert b"SQLite format 3" not in raw[:16]
    assert len(people) == 41


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


def _side_files(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name.startswith(db.name) and p != db)


@pytest.mark.parametrize("where", ["header", "middle", "last page"])
def test_flipped_byte_in_database(filled: Path, where: str) -> None:
    data = bytearray(filled.read_bytes())
    offset = {"header": 200, "middle": len(data) // 2 + 123, "last page": len(data) - 50}[where]
    data[offset] ^= 0x40
    filled.write_bytes(bytes(data))
    before, side = _digest(filled, keyfile.key_path(filled)), _side_files(filled)
    page = offset // 4096 + 1
    with pytest.raises(DamagedDatabase, match=f"Databasen .* är skadad \\(sidan {page} har ändrats.*återställ") as err:
        ws = open_workspace(filled, PASSPHRASE)
        try:  # a page in the middle is only read when something needs it: read them all
            ws.store.check_pages()
        finally:
            ws.close()
    assert not isinstance(err.value, TruncatedDatabase)
    assert _digest(filled, keyfile.key_path(filled)) == before
    assert _side_files(filled) == side  # no -wal or -shm left behind either


def test_damage_found_by_an_ordinary_query_names_the_page(filled: Path) -> None:
    """The page is damaged after the database was opened: the query that reads it says so."""
    ws = open_workspace(filled, PASSPHRASE)
    try:
        root = ws.store.scalar("SELECT rootpage FROM sqlite_master WHERE name = 'persons'")
        data = bytearray(filled.read_bytes())
        data[(root - 1) * 4096 + 700] ^= 0x01
        filled.write_bytes(bytes(data))
        ws.store.conn.execute("PRAGMA cache_size = 0")  # nothing served from memory
        with pytest.raises(DamagedDatabase, match=f"sidan {root} har ändrats"):
            ws.store.query("SELECT * FROM persons")
    finally:
        ws.close()


def test_check_pages_on_an_intact_database(filled: Path) -> None:
    ws = open_workspace(filled, PASSPHRASE)
    try:
        assert ws.store.check_pages() == filled.stat().st_size // 4096
    finally:
        ws.close()


def test_truncated_database(filled: Path) -> None:
    data = filled.read_bytes()
    filled.write_bytes(data[: len(data) // 2 + 100])
    before = _digest(filled)
    with pytest.raises(TruncatedDatabase, match="Databasen .* är ofullständig: slutet av filen saknas"):
        open_workspace(filled, PASSPHRASE)
    assert _digest(filled) == before


@pytest.mark.parametrize("pages", [2, "half", "all but one"])
def test_truncated_on_page_boundary(filled: Path, pages: int | str) -> None:
    """Every page that is left is authentic, so it is told apart from altered bytes."""
    data = filled.read_bytes()
    count = len(data) // 4096
    keep = {"half": count // 2, "all but one": count - 1}.get(pages, pages)  # type: ignore[call-overload]
    filled.write_bytes(data[: 4096 * keep])
    with pytest.raises(TruncatedDatabase, match="ofullständig"):
        open_workspace(filled, PASSPHRASE)


def test_empty_database_file(filled: Path) -> None:
    filled.write_bytes(b"")
    with pytest.raises(TruncatedDatabase, match="filen är tom"):
        open_workspace(filled, PASSPHRASE)


def test_each_kind_of_damage_has_its_own_sentence(filled: Path, tmp_path: Path) -> None:
    """Wrong passphrase, damaged key file, altered database, truncated database: four sentences."""
    good_db, good_key = filled.read_bytes(), keyfile.key_path(filled).read_bytes()
    messages = {}
    with pytest.raises(WrongPassphrase) as err:
        open_workspace(filled, "inte rätt lösenfras")
    messages["wrong"] = str(err.value)
    key = bytearray(good_key)
    key[len(key) // 2] ^= 0x01
    keyfile.key_path(filled).write_bytes(bytes(key))
    with pytest.raises(DamagedKeyFile) as err:
        open_workspace(filled, PASSPHRASE)
    messages["key"] = str(err.value)
    keyfile.key_path(filled).write_bytes(good_key)
    db = bytearray(good_db)
    db[300] ^= 0x40
    filled.write_bytes(bytes(db))
    with pytest.raises(DamagedDatabase) as err:
        open_workspace(filled, PASSPHRASE)
    messages["altered"] = str(err.value)
    filled.write_bytes(good_db[: len(good_db) // 2 // 4096 * 4096])
    with pytest.raises(TruncatedDatabase) as err:
        open_workspace(filled, PASSPHRASE)
    messages["truncated"] = str(err.value)
    firsts = {kind: text.split("(")[0].split(":")[0] for kind, text in messages.items()}
    assert len(set(firsts.values())) == 4, firsts
    assert "lösenfras" in messages["wrong"] and "Nyckelfilen" in messages["key"]
    assert "skadad" in messages["altered"] and "ofullständig" in messages["truncated"]
    assert all("\n" not in m and m.endswith(".") for m in messages.values())
