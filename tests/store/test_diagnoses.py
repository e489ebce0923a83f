"""True diagnoses (issue 9, item 11): a key file of another database, a file that is no
database of ours, tampered Argon2 parameters — each its own sentence, the files untouched."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services import persons
from app.services.workspace import Workspace, create_workspace, open_workspace
from app.store import keyfile
from app.store.errors import DamagedDatabase, KeyFileMismatch, KeyFileParameters, NotADatabase, WrongPassphrase
from tests.factories import PASSPHRASE

_ROOT = Path(__file__).resolve().parents[2]


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def filled(ws: Workspace, db_path: Path) -> Path:
    persons.register(ws, "Astrid", "Öberg", "19850709-9805")
    ws.close()
    return db_path


def test_key_file_of_another_database(filled: Path, tmp_path: Path) -> None:
    other_ws, _ = create_workspace(tmp_path / "annan" / "annan.db", PASSPHRASE)
    other_ws.close()
    keyfile.key_path(filled).write_bytes(keyfile.key_path(tmp_path / "annan" / "annan.db").read_bytes())
    before = _digest(filled.parent)
    with pytest.raises(KeyFileMismatch) as err:
        open_workspace(filled, PASSPHRASE)
    assert str(err.value).startswith("Nyckelfilen hör till en annan databas: ingen sida i ")
    assert "sidan 1" not in str(err.value) and "skadad" not in str(err.value)
    assert _digest(filled.parent) == before


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        ("Inköpslista\nmjölk\nbröd\n" * 3, "en textfil"),
        ("x" * 8192, "en textfil"),  # whole pages of text: SQLite itself says "not a database"
        # A tab-separated export in Windows-1252 (Å, Ä not UTF-8): tabs count as text.
        (b"\xc5sa\t12\t\xc4ng\t34\n" * 300, "en textfil"),
        # DEL (0x7f) is a control byte, not text: bytes far from random all the same.
        (b"\xff" + b"\x7f" * 4095, "innehållet är inte krypterat"),
        (b"PK\x03\x04" + bytes(5000), "en zip-fil"),
        (bytes((i * i) % 31 for i in range(16384)), "innehållet är inte krypterat"),  # some program's data
    ],
)
def test_no_database_of_ours_in_its_place(filled: Path, content: str | bytes, detail: str) -> None:
    if isinstance(content, str):
        filled.write_text(content, encoding="utf-8")
    else:
        filled.write_bytes(content)
    before = _digest(filled.parent)
    with pytest.raises(NotADatabase) as err:
        open_workspace(filled, PASSPHRASE)
    assert str(err.value) == (
        f"Filen {filled} är ingen Egenvårdsstöd-databas ({detail}). Inget har ändrats; välj rätt fil."
    )
    assert _digest(filled.parent) == before


def test_unencrypted_sqlite_in_its_place(filled: Path) -> None:
    filled.unlink()
    with sqlite3.connect(filled) as plain:
        plain.execute("CREATE TABLE t (x)")
    plain.close()
    with pytest.raises(NotADatabase, match=r"\(en okrypterad SQLite-databas\)"):
        open_workspace(filled, PASSPHRASE)


def _tamper_kdf(db: Path, **kdf: object) -> None:
    """As an attacker would: change the parameters and recompute the (unkeyed) checksum."""
    path = keyfile.key_path(db)
    doc = json.loads(path.read_bytes())
    doc.pop("checksum")
    doc["slots"][0]["kdf"].update(kdf)
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    doc["checksum"] = hashlib.sha256(body).hexdigest()
    path.write_text(json.dumps(doc))


@pytest.mark.parametrize(
    "kdf",
    [
        {"memory_kib": 4 * 1024 * 1024},  # 4 GiB
        {"time_cost": 10**7},  # hours
        {"parallelism": 0},  # Argon2 itself would raise
        {"memory_kib": "65536"},
        {"time_cost": 1, "memory_kib": 8192, "parallelism": 1},  # in range but weaker: not ours
    ],
)
def test_tampered_argon2_parameters_are_refused_before_argon2(filled: Path, kdf: dict) -> None:
    _tamper_kdf(filled, **kdf)
    before = _digest(filled.parent)
    start = time.monotonic()
    with pytest.raises(KeyFileParameters) as err:
        open_workspace(filled, PASSPHRASE)
    assert time.monotonic() - start < 2
    text = str(err.value)
    assert "har ändrade inställningar för lösenfrasen" in text and "Argon2id t=3, m=65536 KiB, p=4" in text
    assert not isinstance(err.value, WrongPassphrase)
    assert _digest(filled.parent) == before


def test_tampered_memory_cost_under_a_memory_cap(filled: Path) -> None:
    """In a process that may not allocate 1 GB more than it starts with, a key file asking
    Argon2 for 4 GiB still gets its sentence (Argon2 never runs)."""
    _tamper_kdf(filled, memory_kib=4 * 1024 * 1024)
    code = (
        "import resource, sys\n"
        "from app.errors import UserError\n"
        "from app.services.workspace import open_workspace\n"
        "pages = int(open('/proc/self/statm').read().split()[0]) * 4096\n"
        "resource.setrlimit(resource.RLIMIT_AS, (pages + 2**30, pages + 2**30))\n"
        "try:\n"
        f"    open_workspace(sys.argv[1], {PASSPHRASE!r})\n"
        "except UserError as exc:\n"
        "    print(type(exc).__name__)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(_ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", code, str(filled)], env=env, cwd=_ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.stdout.strip() == "KeyFileParameters", proc.stderr[-500:]


def test_each_diagnosis_has_its_own_sentence(filled: Path, tmp_path: Path) -> None:
    good_db, good_key = filled.read_bytes(), keyfile.key_path(filled).read_bytes()
    other_ws, _ = create_workspace(tmp_path / "b" / "b.db", PASSPHRASE)
    other_ws.close()
    messages = {}
    keyfile.key_path(filled).write_bytes(keyfile.key_path(tmp_path / "b" / "b.db").read_bytes())
    with pytest.raises(KeyFileMismatch) as err:
        open_workspace(filled, PASSPHRASE)
    messages["other key"] = str(err.value)
    keyfile.key_path(filled).write_bytes(good_key)
    filled.write_text("hej\n")
    with pytest.raises(NotADatabase) as err:
        open_workspace(filled, PASSPHRASE)
    messages["no database"] = str(err.value)
    filled.write_bytes(good_db)
    _tamper_kdf(filled, memory_kib=4 * 1024 * 1024)
    with pytest.raises(KeyFileParameters) as err:
        open_workspace(filled, PASSPHRASE)
    messages["parameters"] = str(err.value)
    keyfile.key_path(filled).write_bytes(good_key)
    db = bytearray(good_db)
    db[300] ^= 0x40
    filled.write_bytes(bytes(db))
    with pytest.raises(DamagedDatabase) as err:
        open_workspace(filled, PASSPHRASE)
    messages["altered"] = str(err.value)
    firsts = {kind: text.split(":")[0].split("(")[0].split(" {")[0][:30] for kind, text in messages.items()}
    assert len(set(firsts.values())) == 4, firsts
    assert all("\n" not in m and m.endswith(".") for m in messages.values())
    filled.write_bytes(good_db)
    again = open_workspace(filled, PASSPHRASE)  # the data itself was never touched
    try:
        assert [p.name for p in persons.all_persons(again)] == ["Astrid Öberg"]
    finally:
        again.close()


def test_parameters_in_bounds_are_named_as_argon2_settings(filled: Path) -> None:
    """8 MiB is the least memory in bounds: the sentence names the file's settings in words
    (out of bounds they are only quoted, as numbers that mean nothing to Argon2)."""
    _tamper_kdf(filled, memory_kib=8 * 1024)
    with pytest.raises(KeyFileParameters) as err:
        open_workspace(filled, PASSPHRASE)
    assert "Argon2id t=3, m=8192 KiB, p=4; Argon2id t=3, m=65536 KiB, p=4" in str(err.value)
