"""age passphrase encryption (the scrypt recipient) with a work factor we choose.

pyrage calibrates scrypt's work factor to the machine (logN 16 to 19 on ours), so a bundle made
on a fast laptop could need more memory to open than the receiver allows. This writes the
standard age v1 format (https://age-encryption.org/v1) with a fixed logN; pyrage decrypts it
like any age file (tests/exchange hold the two together), and the receiver can refuse a
larger work factor before decrypting (`container._check_work_factor`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

WRITE_LOG_N = 16  # 64 MB and about 0.2 s to open; the receiver allows a little more
_LABEL = b"age-encryption.org/v1/scrypt"
_CHUNK = 64 * 1024


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def encrypt(plain: bytes, passphrase: str, log_n: int = WRITE_LOG_N) -> bytes:
    file_key, salt, nonce = os.urandom(16), os.urandom(16), os.urandom(16)
    wrap = hashlib.scrypt(
        passphrase.encode("utf-8"), salt=_LABEL + salt, n=1 << log_n, r=8, p=1, maxmem=2048 << log_n, dklen=32
    )
    body = _b64(ChaCha20Poly1305(wrap).encrypt(bytes(12), file_key, None))
    lines = b"\n".join(body[i : i + 64] for i in range(0, len(body), 64)) if body else b""
    if len(body) % 64 == 0:
        lines += b"\n"  # a body of whole 64-column lines ends with an empty line
    header = b"age-encryption.org/v1\n-> scrypt " + _b64(salt) + b" %d\n" % log_n + lines + b"\n---"
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    out = [header, b" ", _b64(mac), b"\n", nonce]
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    count = max(1, -(-len(plain) // _CHUNK))
    for i in range(count):
        last = b"\x01" if i == count - 1 else b"\x00"
        out.append(aead.encrypt(i.to_bytes(11, "big") + last, plain[i * _CHUNK : (i + 1) * _CHUNK], None))
    return b"".join(out)
