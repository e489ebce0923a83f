"""docs/key-file-format.md is enough: a database the app made is opened by following the page
with argon2-cffi, cryptography and a SQLCipher build alone (none of app.store's code)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from pathlib import Path

import pytest
import sqlcipher3
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.services.persons import register
from app.services.workspace import create_workspace
from tests.factories import with_nurse_profile

PASSPHRASE = "Blåbär i skogen 1987!"  # non-ASCII: the page says the UTF-8 bytes, as typed
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A database the app made, holding one person, and its printed recovery code."""
    db = tmp_path_factory.mktemp("keyfile") / "egenvård.db"
    ws, code = create_workspace(db, PASSPHRASE)
    with_nurse_profile(ws)
    register(ws, "Tolvan", "Tolvansson", "19121212-1212")
    ws.close()
    return db, code


def _doc(db: Path) -> dict:
    data = Path(f"{db}.key").read_bytes()
    assert len(data) <= 64 * 1024
    return json.loads(data.decode("utf-8"))


def _slot(doc: dict, kind: str) -> dict:
    (slot,) = [s for s in doc["slots"] if s["kind"] == kind]
    return slot


def _b64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def _check_value(kek: bytes) -> bytes:
    return hmac.new(kek, b"egenvardsstod key check v1", hashlib.sha256).digest()[:16]


def _unwrap(slot: dict, kek: bytes) -> bytes | None:
    if not hmac.compare_digest(_check_value(kek), _b64(slot["check"])):
        return None  # wrong secret
    return AESGCM(kek).decrypt(_b64(slot["nonce"]), _b64(slot["wrapped"]), slot["kind"].encode("ascii"))


def _passphrase_kek(slot: dict, passphrase: str) -> bytes:
    kdf = slot["kdf"]
    assert kdf == {"time_cost": 3, "memory_kib": 65536, "parallelism": 4}
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        _b64(slot["salt"]),
        kdf["time_cost"],
        kdf["memory_kib"],
        kdf["parallelism"],
        32,
        Type.ID,
    )


def _normalised(code: str) -> str:
    text = code.upper().replace("O", "0").replace("I", "1").replace("L", "1")
    return "".join(ch for ch in text if ch in ALPHABET)


def _recovery_kek(slot: dict, code: str) -> bytes:
    hkdf = HKDF(hashes.SHA256(), 32, _b64(slot["salt"]), b"egenvardsstod recovery v1")
    return hkdf.derive(_normalised(code).encode("ascii"))


def _names(db: Path, key: bytes) -> list[tuple[str, str]]:
    conn = sqlcipher3.connect(str(db))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return conn.execute("SELECT given_name, family_name FROM persons").fetchall()
    finally:
        conn.close()


def test_the_file_is_as_documented(made: tuple[Path, str]) -> None:
    doc = _doc(made[0])
    assert set(doc) == {"checksum", "format", "slots", "version"}
    assert (doc["format"], doc["version"]) == ("egenvardsstod-keyfile", 1)
    body = {k: v for k, v in doc.items() if k != "checksum"}
    compact = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    assert hashlib.sha256(compact).hexdigest() == doc["checksum"]
    assert sorted(s["kind"] for s in doc["slots"]) == ["passphrase", "recovery"]
    for slot in doc["slots"]:
        assert set(slot) == {"check", "kdf", "kind", "nonce", "salt", "wrapped"}
        lengths = [len(_b64(slot[k])) for k in ("salt", "nonce", "wrapped", "check")]
        assert lengths == [16, 12, 48, 16]
    assert _slot(doc, "recovery")["kdf"] is None


def test_the_passphrase_opens_the_database(made: tuple[Path, str]) -> None:
    db, _ = made
    key = _unwrap(_slot(_doc(db), "passphrase"), _passphrase_kek(_slot(_doc(db), "passphrase"), PASSPHRASE))
    assert key is not None and len(key) == 32
    assert _names(db, key) == [("Tolvan", "Tolvansson")]


def test_the_recovery_code_opens_it_as_typed_from_paper(made: tuple[Path, str]) -> None:
    db, code = made
    assert len(code) == 29 and code.count("-") == 4
    typed = " ".join(code.lower().replace("-", " ").split()).replace("0", "o").replace("1", "l")
    slot = _slot(_doc(db), "recovery")
    key = _unwrap(slot, _recovery_kek(slot, typed))
    assert key is not None
    assert _names(db, key) == [("Tolvan", "Tolvansson")]


def test_wrong_secret_and_damage_are_told_apart_as_documented(made: tuple[Path, str]) -> None:
    db, _ = made
    slot = _slot(_doc(db), "passphrase")
    assert _unwrap(slot, _passphrase_kek(slot, PASSPHRASE + " ")) is None  # not trimmed: wrong
    wrapped = bytearray(_b64(slot["wrapped"]))
    wrapped[0] ^= 1
    damaged = {**slot, "wrapped": base64.b64encode(bytes(wrapped)).decode()}
    with pytest.raises(InvalidTag):  # the check value matched, the tag did not: damaged
        _unwrap(damaged, _passphrase_kek(slot, PASSPHRASE))
