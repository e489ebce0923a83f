"""The database key and the small key file that wraps it.

The database is encrypted with 32 random bytes (a raw SQLCipher key, so opening is fast).
The key file beside it holds that key wrapped twice, like LUKS key slots:
  * by the passphrase: Argon2id (RFC 9106 second recommendation) → AES-256-GCM;
  * by the recovery code printed at setup: HKDF (the code has 125 random bits) → AES-256-GCM.
Each slot has a key-check value (HMAC of a constant under the derived key), and the whole
file a SHA-256 checksum. So a wrong passphrase (check value differs) and a damaged file
(checksum or GCM tag fails) are different errors. Changing the passphrase re-wraps the key
only; the database is never rewritten.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.store.atomic import write_atomic
from app.store.errors import DamagedKeyFile, KeyFileParameters, MissingKeyFile, WrongPassphrase, WrongRecoveryCode

FORMAT = "egenvardsstod-keyfile"
VERSION = 1
KEY_BYTES = 32
_CHECK_LABEL = b"egenvardsstod key check v1"
# Crockford base32 without I, L, O, U: no letters that read as digits when typed from paper.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_GROUPS, _CODE_GROUP_LEN = 5, 5
_MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4


WRITTEN = KdfParams()  # the only Argon2 parameters this version writes, hence accepts
# Bounds checked before Argon2 runs: memory_kib is what Argon2 allocates, time_cost × memory
# what it computes. A key file asking for more is refused, not obeyed.
_BOUNDS = {"time_cost": (1, 10), "memory_kib": (8 * 1024, 1024 * 1024), "parallelism": (1, 16)}


def _kdf_text(kdf: KdfParams) -> str:
    return f"Argon2id t={kdf.time_cost}, m={kdf.memory_kib} KiB, p={kdf.parallelism}"


def check_kdf(kdf: KdfParams, path: Path) -> None:
    """Refuse parameters out of bounds or not the ones we write, before any work is done."""
    fine = all(
        type(getattr(kdf, name)) is int and low <= getattr(kdf, name) <= high for name, (low, high) in _BOUNDS.items()
    )
    if not fine or kdf != WRITTEN:
        shown = _kdf_text(kdf) if fine else repr(tuple(getattr(kdf, n) for n in _BOUNDS))[:80]
        raise KeyFileParameters(path=path, detail=f"{shown}; {_kdf_text(WRITTEN)}")


@dataclass(frozen=True)
class KeySlot:
    kind: str  # "passphrase" or "recovery"
    salt: str  # base64
    nonce: str  # base64
    wrapped: str  # base64, AES-GCM ciphertext of the database key
    check: str  # base64, key-check value
    kdf: KdfParams | None = None  # Argon2id parameters; None for the HKDF recovery slot


@dataclass(frozen=True)
class KeyFile:
    slots: tuple[KeySlot, ...]

    def slot(self, kind: str) -> KeySlot:
        for s in self.slots:
            if s.kind == kind:
                return s
        raise KeyError(kind)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def _derive_passphrase(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"), salt, kdf.time_cost, kdf.memory_kib, kdf.parallelism, KEY_BYTES, Type.ID
    )


def _derive_code(code: str, salt: bytes) -> bytes:
    return HKDF(hashes.SHA256(), KEY_BYTES, salt, b"egenvardsstod recovery v1").derive(normalise_code(code).encode())


def _check_value(kek: bytes) -> bytes:
    return hmac.new(kek, _CHECK_LABEL, hashlib.sha256).digest()[:16]


def _wrap(kind: str, kek: bytes, salt: bytes, db_key: bytes, kdf: KdfParams | None) -> KeySlot:
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, db_key, kind.encode())
    return KeySlot(kind, _b64(salt), _b64(nonce), _b64(wrapped), _b64(_check_value(kek)), kdf)


def _unwrap(slot: KeySlot, kek: bytes) -> bytes | None:
    """The database key, None for a wrong secret; raises ValueError when the slot is damaged."""
    if not hmac.compare_digest(_check_value(kek), _unb64(slot.check)):
        return None
    try:
        return AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped), slot.kind.encode())
    except Exception as exc:  # InvalidTag: the check value matched, so the bytes are damaged
        raise ValueError("wrapped key does not authenticate") from exc


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_GROUPS * _CODE_GROUP_LEN))
    return "-".join(raw[i : i + _CODE_GROUP_LEN] for i in range(0, len(raw), _CODE_GROUP_LEN))


def normalise_code(code: str) -> str:
    """Forgive what people do when typing from paper: case, spaces, dashes, O for 0, I/L for 1."""
    text = code.upper().replace("O", "0").replace("I", "1").replace("L", "1")
    return "".join(ch for ch in text if ch in _CODE_ALPHABET)


def create(passphrase: str) -> tuple[bytes, KeyFile, str]:
    """A new database key, its key file and the recovery code to print."""
    kdf = WRITTEN
    db_key = secrets.token_bytes(KEY_BYTES)
    code = new_recovery_code()
    salt_p, salt_r = secrets.token_bytes(16), secrets.token_bytes(16)
    slots = (
        _wrap("passphrase", _derive_passphrase(passphrase, salt_p, kdf), salt_p, db_key, kdf),
        _wrap("recovery", _derive_code(code, salt_r), salt_r, db_key, None),
    )
    return db_key, KeyFile(slots), code


def unlock(keyfile: KeyFile, passphrase: str, path: Path) -> bytes:
    slot = keyfile.slot("passphrase")
    try:
        check_kdf(slot.kdf or WRITTEN, path)
        key = _unwrap(slot, _derive_passphrase(passphrase, _unb64(slot.salt), slot.kdf or WRITTEN))
    except ValueError:
        raise DamagedKeyFile(path=path) from None
    if key is None:
        raise WrongPassphrase()
    return key


def unlock_with_code(keyfile: KeyFile, code: str, path: Path) -> bytes:
    slot = keyfile.slot("recovery")
    try:
        key = _unwrap(slot, _derive_code(code, _unb64(slot.salt)))
    except ValueError:
        raise DamagedKeyFile(path=path) from None
    if key is None:
        raise WrongRecoveryCode()
    return key


def rewrap(keyfile: KeyFile, db_key: bytes, new_passphrase: str) -> KeyFile:
    kdf = WRITTEN  # a re-wrap always writes today's parameters
    salt = secrets.token_bytes(16)
    slot = _wrap("passphrase", _derive_passphrase(new_passphrase, salt, kdf), salt, db_key, kdf)
    return replace(keyfile, slots=tuple(slot if s.kind == "passphrase" else s for s in keyfile.slots))


def new_recovery(keyfile: KeyFile, db_key: bytes) -> tuple[KeyFile, str]:
    """Replace the recovery slot, e.g. after the printed code was lost or used."""
    code, salt = new_recovery_code(), secrets.token_bytes(16)
    slot = _wrap("recovery", _derive_code(code, salt), salt, db_key, None)
    return replace(keyfile, slots=tuple(slot if s.kind == "recovery" else s for s in keyfile.slots)), code


def _body(keyfile: KeyFile) -> dict:
    return {"format": FORMAT, "version": VERSION, "slots": [asdict(s) for s in keyfile.slots]}


def _checksum(body: dict) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def dumps(keyfile: KeyFile) -> bytes:
    body = _body(keyfile)
    return json.dumps({**body, "checksum": _checksum(body)}, indent=2, sort_keys=True).encode("utf-8")


def loads(data: bytes, path: Path) -> KeyFile:
    try:
        doc = json.loads(data.decode("utf-8"))
        checksum = doc.pop("checksum")
        if doc.get("format") != FORMAT or checksum != _checksum(doc):
            raise ValueError("checksum")
        slots = tuple(KeySlot(**{**s, "kdf": KdfParams(**s["kdf"]) if s.get("kdf") else None}) for s in doc["slots"])
        keyfile = KeyFile(slots)
        kdf = keyfile.slot("passphrase").kdf or WRITTEN
        keyfile.slot("recovery")
    except Exception:  # any parse failure means the same thing to the user: the file is damaged
        raise DamagedKeyFile(path=path) from None
    check_kdf(kdf, path)  # intact (the checksum fits) but not what we write: altered on purpose
    return keyfile


def key_path(db_path: Path) -> Path:
    return Path(f"{db_path}.key")


def read(db_path: Path) -> KeyFile:
    path = key_path(db_path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(_MAX_BYTES + 1)  # ours is under 2 KB; a huge file is not read whole
    except FileNotFoundError:
        raise MissingKeyFile(path=path) from None
    if len(data) > _MAX_BYTES:
        raise DamagedKeyFile(path=path)
    return loads(data, path)


def write(db_path: Path, keyfile: KeyFile) -> None:
    write_atomic(key_path(db_path), dumps(keyfile))
