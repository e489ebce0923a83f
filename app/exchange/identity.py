"""Organisation identity: an age X25519 key pair to receive, an Ed25519 key pair to sign.

The private halves live only inside the encrypted database (the store keeps them); what a
partner gets is the public identity file. The fingerprint is what two people read to each
other over the phone before trusting a file that came by e-mail.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding
from pyrage import x25519

from app.exchange.errors import InvalidIdentityFile
from app.models.common import clean, now

IDENTITY_FORMAT = "egenvard-identity"
IDENTITY_VERSION = 1
MAX_IDENTITY_FILE = 16 * 1024
_DER = Encoding.DER
# The sealing certificate travels bound to the signing key, which the fingerprint covers: swapping
# the certificate in a file on its way would break this signature (the fingerprint would not).
_SEAL_CONTEXT = b"egenvard sealing certificate v1\n"
MAX_SEALING_CERTIFICATE = 8 * 1024


def fingerprint_of(age_recipient: str, signing_public: bytes) -> str:
    """SHA-256 over both public keys, hex: the partner's stable key in every table."""
    return hashlib.sha256(f"{age_recipient}\n{base64.b64encode(signing_public).decode()}".encode()).hexdigest()


def short_fingerprint(fingerprint: str) -> str:
    """First 80 bits in five groups of four hex digits: easy to read aloud, hard to forge."""
    head = fingerprint[:20].upper()
    return "-".join(head[i : i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class PublicIdentity:
    """What a partner knows about an organisation: its name and public keys."""

    name: str
    age_recipient: str  # "age1…"
    signing_public: bytes  # raw 32-byte Ed25519 public key
    # The organisation's sealing certificate (DER) and the Ed25519 signature over it; optional,
    # so identity files from before it still load. Not part of the fingerprint or of equality.
    sealing_certificate: bytes = field(default=b"", compare=False, repr=False)
    sealing_signature: bytes = field(default=b"", compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean(self.name))

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.age_recipient, self.signing_public)

    @property
    def short_fingerprint(self) -> str:
        return short_fingerprint(self.fingerprint)

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_public).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "format": IDENTITY_FORMAT,
            "version": IDENTITY_VERSION,
            "name": self.name,
            "age_recipient": self.age_recipient,
            "ed25519_public": base64.b64encode(self.signing_public).decode(),
            "fingerprint": self.fingerprint,
        }
        if self.sealing_certificate:
            data["sealing_certificate"] = base64.b64encode(self.sealing_certificate).decode()
            data["sealing_certificate_signature"] = base64.b64encode(self.sealing_signature).decode()
        return data

    @classmethod
    def from_json(cls, data: object) -> PublicIdentity:
        """Checks every field; raises ValueError with a short reason (no key material)."""
        if not isinstance(data, dict) or data.get("format") != IDENTITY_FORMAT:
            raise ValueError("fel format / wrong format")
        if data.get("version") != IDENTITY_VERSION:
            raise ValueError(f"version {data.get('version')!r}")
        name, recipient, public = data.get("name"), data.get("age_recipient"), data.get("ed25519_public")
        if not isinstance(name, str) or not clean(name):
            raise ValueError("namn saknas / name missing")
        if not isinstance(recipient, str):
            raise ValueError("age_recipient")
        try:
            x25519.Recipient.from_str(recipient)
        except Exception:
            raise ValueError("age_recipient") from None
        try:
            raw = base64.b64decode(str(public), validate=True)
            Ed25519PublicKey.from_public_bytes(raw)
        except Exception:
            raise ValueError("ed25519_public") from None
        identity = cls(name, recipient, raw)
        if "fingerprint" in data and data["fingerprint"] != identity.fingerprint:
            raise ValueError("fingeravtrycket stämmer inte / fingerprint does not match")
        if data.get("sealing_certificate") is not None:
            der, signature = _sealing_certificate(data)
            if not identity.verify(signature, _SEAL_CONTEXT + der):
                raise ValueError("förseglingscertifikatets signatur stämmer inte / sealing certificate signature")
            identity = cls(name, recipient, raw, der, signature)
        return identity

    def dumps(self) -> bytes:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _sealing_certificate(data: dict[str, object]) -> tuple[bytes, bytes]:
    """The certificate as DER (the file may hold base64 DER or PEM) and its signature."""
    text = data.get("sealing_certificate")
    if not isinstance(text, str) or len(text) > MAX_SEALING_CERTIFICATE * 2:
        raise ValueError("sealing_certificate")
    try:
        if "-----BEGIN" in text:
            der = x509.load_pem_x509_certificate(text.encode("ascii")).public_bytes(_DER)
        else:
            der = base64.b64decode(text, validate=True)
            x509.load_der_x509_certificate(der)
        signature = base64.b64decode(str(data.get("sealing_certificate_signature", "")), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise ValueError("sealing_certificate") from None
    if len(der) > MAX_SEALING_CERTIFICATE:
        raise ValueError("sealing_certificate")
    return der, signature


def load_identity_file(path: Path) -> PublicIdentity:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidIdentityFile(path=path, detail=exc.strerror or "läsfel") from None
    if len(raw) > MAX_IDENTITY_FILE:
        raise InvalidIdentityFile(path=path, detail="för stor / too large")
    try:
        return PublicIdentity.from_json(json.loads(raw.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InvalidIdentityFile(path=path, detail="ingen JSON / not JSON") from None
    except ValueError as exc:
        raise InvalidIdentityFile(path=path, detail=str(exc)) from None


@dataclass(frozen=True)
class OrgIdentity:
    """This organisation's own keys. repr hides the secrets: it may end up in a log."""

    name: str
    age_secret: str = field(repr=False)  # "AGE-SECRET-KEY-1…"
    signing_private: bytes = field(repr=False)  # raw 32-byte Ed25519 seed
    created_at: datetime = field(default_factory=now)

    @classmethod
    def generate(cls, name: str) -> OrgIdentity:
        from cryptography.hazmat.primitives import serialization

        seed = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        return cls(clean(name), str(x25519.Identity.generate()), seed)

    @property
    def age_identity(self) -> x25519.Identity:
        return x25519.Identity.from_str(self.age_secret)

    @property
    def public(self) -> PublicIdentity:
        from cryptography.hazmat.primitives import serialization

        pub = (
            Ed25519PrivateKey.from_private_bytes(self.signing_private)
            .public_key()
            .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        )
        return PublicIdentity(self.name, str(self.age_identity.to_public()), pub)

    def sign(self, data: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_private).sign(data)

    def public_with_seal(self, certificate_der: bytes) -> PublicIdentity:
        """Our public identity carrying our sealing certificate, signed with our signing key."""
        public = self.public
        if not certificate_der:
            return public
        signature = self.sign(_SEAL_CONTEXT + certificate_der)
        return PublicIdentity(public.name, public.age_recipient, public.signing_public, certificate_der, signature)


@dataclass(frozen=True)
class Partner:
    """A partner organisation whose identity file was imported; only trusted ones may send."""

    identity: PublicIdentity
    trusted: bool = False
    added_at: datetime = field(default_factory=now)

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint

    @property
    def name(self) -> str:
        return self.identity.name
