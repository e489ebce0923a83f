"""The *.egvb container: a zip with a signed manifest, encrypted with age.

Layers, outside in:
  age (X25519 recipient or scrypt passphrase) → zip → manifest.json + manifest.sig → members.

The plaintext zip is padded (with a zip comment) to a whole number of 64 KiB age chunks, so
the ciphertext length is fixed by the header: a truncated file is told from a damaged one
before any decryption, and the size reveals little about the content.
Everything is checked before the caller gets a single member: size limits, member names,
the Ed25519 signature, the sender's trust, and the SHA-256 of every member.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import queue
import re
import threading
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from app.exchange import age_scrypt, errors
from app.exchange.fhir_kinds import FHIR_VERSION
from app.exchange.identity import OrgIdentity, PublicIdentity

BUNDLE_FORMAT = "egenvard-bundle"
BUNDLE_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
BUNDLE_JSON = "bundle.json"
AGE_MAGIC = b"age-encryption.org/v1\n"
CHUNK = 64 * 1024
TAG = 16
NONCE = 16
# measures.json: indicator reports (FHIR MeasureReports, no person; app/services/exchange/measures.py).
MEASURES_JSON = "measures.json"
_SAFE_NAME = re.compile(r"^(manifest\.json|manifest\.sig|bundle\.json|measures\.json|pdf/[A-Za-z0-9_.-]{1,120}\.pdf)$")


@dataclass(frozen=True)
class Limits:
    """Hard ceilings for anything read from outside; a bundle over them is refused as a bomb."""

    max_file: int = 512 * 1024 * 1024
    max_members: int = 20_000
    max_member: int = 256 * 1024 * 1024
    max_total: int = 512 * 1024 * 1024
    max_header: int = 8 * 1024
    max_manifest: int = 8 * 1024 * 1024  # 20 000 members listed take about 2 MB
    max_manifest_depth: int = 8  # ours is 3 deep
    # Unpacked size against packed size, for members over `ratio_from` bytes: our bundle.json
    # packs about 17:1 (92 MB into 5.5 MB), a zip of one repeated byte about 1000:1. A 1 MB
    # bundle therefore never unpacks to more than ~40 MB of JSON.
    max_ratio: int = 40
    ratio_from: int = 1024 * 1024
    # age's scrypt work factor: memory is 1 KiB × 2^logN. We write logN 16 (`age_scrypt`;
    # pyrage would calibrate 16–19 to the machine); one step of margin, 128 MB, is the most an
    # import may spend before it knows whether the passphrase is right (logN 22 took 4 GB).
    max_scrypt_log_n: int = age_scrypt.WRITE_LOG_N + 1


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Opened:
    """A bundle that passed every check: its signed manifest, its sender and its members."""

    manifest: dict[str, Any]
    sender: PublicIdentity
    members: Mapping[str, bytes] = field(repr=False)
    file_sha256: str = ""
    trusted: bool = False  # False only when opened without a partner list (verify)

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])


# --- writing ------------------------------------------------------------------------------


def _zip(members: Mapping[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in members.items():
            zf.writestr(_info(name), data)
    return _padded(buf)


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # fixed: no local time leaks
    info.compress_type = zipfile.ZIP_STORED if name.endswith(".pdf") else zipfile.ZIP_DEFLATED
    return info


def _padded(buf: io.BytesIO) -> bytes:
    """The zip padded with its comment to whole age chunks."""
    raw = bytearray(buf.getbuffer())
    pad = (-len(raw)) % CHUNK  # 0..65535: always fits a zip comment
    if pad:
        raw[-2:] = pad.to_bytes(2, "little")  # the end record's comment length, then the comment
        raw += b" " * pad
    return bytes(raw)


class _Member:
    """A zip member written a piece at a time, hashed and counted on the way. Small writes are
    gathered into pieces of about 256 KiB, which a second thread hashes and compresses: zlib and
    hashlib let go of the GIL, so that work (1.5 s for 10 000 plans) runs beside the making of
    the JSON, on another core."""

    def __init__(self, fh: IO[bytes]) -> None:
        self._fh = fh
        self._sha = hashlib.sha256()
        self._pending: list[bytes] = []
        self._pending_size = 0
        self.size = 0
        self._pieces: queue.Queue[bytes | None] = queue.Queue(maxsize=8)  # at most 2 MiB waiting
        self._failed: BaseException | None = None
        self._thread = threading.Thread(target=self._drain, daemon=True, name="egenvard-zip")
        self._thread.start()

    def _drain(self) -> None:
        while (piece := self._pieces.get()) is not None:
            if self._failed is None:
                try:
                    self._sha.update(piece)
                    self._fh.write(piece)
                except BaseException as exc:  # handed to the writing thread in close()
                    self._failed = exc

    def write(self, data: bytes) -> None:
        self._pending.append(data)
        self._pending_size += len(data)
        if self._pending_size >= 1 << 18:
            self._hand_over()

    def _hand_over(self) -> None:
        piece = b"".join(self._pending)
        self._pending.clear()
        self._pending_size = 0
        self.size += len(piece)
        self._pieces.put(piece)

    def close(self) -> None:
        """Everything written is in the zip (or its failure raised here)."""
        if self._thread.is_alive():
            self._hand_over()
            self._pieces.put(None)
            self._thread.join()
        if self._failed is not None:
            raise self._failed

    def digest(self) -> str:
        return self._sha.hexdigest()


class Writer:
    """A bundle built member by member. bundle.json is written into the zip as it is made
    (`stream`), so the whole JSON (136 MB for 10 000 plans) never exists at once, only its
    compressed form. The manifest lists each member's SHA-256 and size, so it and its signature
    are written last (`seal`); a zip is read by its central directory, whatever the order."""

    def __init__(self) -> None:
        self._buf = io.BytesIO()
        self._zip = zipfile.ZipFile(self._buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6)
        self._listed: dict[str, tuple[str, int]] = {}

    def add(self, name: str, data: bytes) -> None:
        self._zip.writestr(_info(name), data)
        self._listed[name] = (hashlib.sha256(data).hexdigest(), len(data))

    @contextlib.contextmanager
    def stream(self, name: str) -> Iterator[_Member]:
        try:
            with self._zip.open(_info(name), "w") as fh:
                member = _Member(fh)
                try:
                    yield member
                finally:
                    member.close()  # the thread ends with the member, also when the writing failed
        except BaseException:
            with contextlib.suppress(Exception):
                self._zip.close()  # a bundle that will not be sealed: closed now, not when collected
            raise
        self._listed[name] = (member.digest(), member.size)

    def seal(
        self,
        sender: OrgIdentity,
        *,
        bundle_id: str,
        created_at: str,
        recipient: PublicIdentity | None = None,
        passphrase: str | None = None,
        counts: Mapping[str, int] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> bytes:
        """Sign and encrypt: to `recipient`'s age key, or to `passphrase` (exactly one of them).
        `extra`: further signed manifest fields (the sender's sequence number and audit head)."""
        if (recipient is None) == (passphrase is None):
            raise ValueError("exactly one of recipient and passphrase")
        manifest = _manifest_json(
            sender,
            self._listed,
            bundle_id=bundle_id,
            created_at=created_at,
            recipient=recipient,
            counts=counts or {},
            extra=extra or {},
        )
        # Exactly the base64 text, no line end: strict decoders (RFC 4648 §3.3) refuse anything else.
        signature = base64.b64encode(sender.sign(manifest))
        self._zip.writestr(_info(MANIFEST), manifest)
        self._zip.writestr(_info(SIGNATURE), signature)
        self._zip.close()
        plain = _padded(self._buf)
        self._buf = io.BytesIO()
        if passphrase is not None:
            return age_scrypt.encrypt(plain, passphrase)
        return pyrage.encrypt(plain, [x25519.Recipient.from_str(recipient.age_recipient)])  # type: ignore[union-attr]


def build_manifest(
    sender: OrgIdentity,
    members: Mapping[str, bytes],
    *,
    bundle_id: str,
    created_at: str,
    recipient: PublicIdentity | None,
    counts: Mapping[str, int],
    extra: Mapping[str, Any] | None = None,
) -> bytes:
    listed = {name: (hashlib.sha256(data).hexdigest(), len(data)) for name, data in members.items()}
    return _manifest_json(
        sender, listed, bundle_id=bundle_id, created_at=created_at, recipient=recipient, counts=counts, extra=extra
    )


def _manifest_json(
    sender: OrgIdentity,
    listed: Mapping[str, tuple[str, int]],
    *,
    bundle_id: str,
    created_at: str,
    recipient: PublicIdentity | None,
    counts: Mapping[str, int],
    extra: Mapping[str, Any] | None = None,
) -> bytes:
    """manifest.json; `listed`: member name → (SHA-256, size)."""
    pub = sender.public.to_json()
    manifest = {
        **(extra or {}),
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "bundle_id": bundle_id,
        "created_at": created_at,
        "fhir_version": FHIR_VERSION,
        "sender": {k: pub[k] for k in ("name", "age_recipient", "ed25519_public", "fingerprint")},
        "recipient": (
            {"kind": "x25519", "name": recipient.name, "fingerprint": recipient.fingerprint}
            if recipient
            else {"kind": "passphrase"}
        ),
        "counts": dict(counts),
        "members": [{"path": name, "sha256": sha, "size": size} for name, (sha, size) in sorted(listed.items())],
    }
    return json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def seal(
    members: Mapping[str, bytes],
    sender: OrgIdentity,
    *,
    bundle_id: str,
    created_at: str,
    recipient: PublicIdentity | None = None,
    passphrase: str | None = None,
    counts: Mapping[str, int] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> bytes:
    """Sign and encrypt `members` (`Writer.seal`)."""
    writer = Writer()
    for name, data in members.items():
        writer.add(name, data)
    return writer.seal(
        sender,
        bundle_id=bundle_id,
        created_at=created_at,
        recipient=recipient,
        passphrase=passphrase,
        counts=counts,
        extra=extra,
    )


# --- reading ------------------------------------------------------------------------------


def _header(data: bytes, path: Path, limits: Limits) -> tuple[str, int]:
    """The first stanza's type and where the payload starts; refuses what is not age at all."""
    if not data:
        raise errors.EmptyFile(path=path)
    if not data.startswith(AGE_MAGIC):
        if AGE_MAGIC.startswith(data[: len(AGE_MAGIC)]):
            raise errors.TruncatedBundle(path=path)
        zipped = data[:2] == b"PK"
        detail = ("en zip-fil utan kryptering", "an unencrypted zip") if zipped else ("okänt format", "unknown format")
        raise errors.NotABundle(path=path, detail=detail)
    mac_at = data.find(b"\n--- ", 0, limits.max_header)
    end = data.find(b"\n", mac_at + 1, limits.max_header) if mac_at >= 0 else -1
    if end < 0:
        if len(data) < limits.max_header:
            raise errors.TruncatedBundle(path=path)
        raise errors.NotABundle(path=path, detail=("ogiltigt age-huvud", "invalid age header"))
    first = data[len(AGE_MAGIC) :].split(b"\n", 1)[0].split(b" ")
    kind = first[1].decode("ascii", "replace") if len(first) > 1 and first[0] == b"->" else ""
    if kind == "scrypt":
        _check_work_factor(first, limits)
    return kind, end + 1


def _check_work_factor(stanza: list[bytes], limits: Limits) -> None:
    """`-> scrypt <salt> <logN>`: the work factor is read here, before pyrage would spend
    2^logN KiB of memory on it (pyrage does not let us bound it)."""
    text = stanza[3].decode("ascii", "replace") if len(stanza) == 4 else ""
    if not text.isdigit() or text != str(int(text)):
        raise errors.BadWorkFactor(log_n=text[:8] or "?", max_log_n=limits.max_scrypt_log_n)
    if int(text) > limits.max_scrypt_log_n:
        raise errors.BadWorkFactor(log_n=text, max_log_n=limits.max_scrypt_log_n)


def _check_length(payload: int, path: Path) -> None:
    """Our zips are whole 64 KiB chunks: the payload is the nonce plus full sealed chunks."""
    body = payload - NONCE
    if body <= 0 or body % (CHUNK + TAG):
        raise errors.TruncatedBundle(path=path)


def decrypt(
    data: bytes, path: Path, *, identity: OrgIdentity | None, passphrase: str | None, limits: Limits = DEFAULT_LIMITS
) -> bytes:
    kind, start = _header(data, path, limits)
    _check_length(len(data) - start, path)
    if kind == "scrypt":
        if not passphrase:
            raise errors.PassphraseNeeded()
        try:
            return age_passphrase.decrypt(data, passphrase)
        except pyrage.DecryptError as exc:
            text = str(exc).lower()
            if "decryption failed" in text or "no matching keys" in text or "passphrase" in text:
                raise errors.WrongBundlePassphrase() from None
            raise errors.DamagedBundle(path=path) from None
    if kind != "X25519":
        raise errors.DamagedBundle(path=path)
    if identity is None:
        raise errors.KeyNeeded()
    try:
        return pyrage.decrypt(data, [identity.age_identity])
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise errors.NotForUs(name=identity.name) from None
        raise errors.DamagedBundle(path=path) from None


def _safe(name: str) -> bool:
    return bool(_SAFE_NAME.match(name))


def _read_member(fh: IO[bytes], limit: int) -> bytes:
    """At most `limit` bytes, a chunk at a time into one buffer: `read(n)` of a large member
    joins its pieces and briefly holds it twice (bundle.json of 10 000 plans: 2 × 92 MB)."""
    out = io.BytesIO()
    while (room := limit - out.tell()) > 0:
        chunk = fh.read(min(room, 1 << 20))
        if not chunk:
            break
        out.write(chunk)
    return out.getvalue()  # the buffer itself, not a copy


def _unzip(plain: bytes, path: Path, limits: Limits) -> dict[str, bytes]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(plain))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise errors.NotABundle(path=path, detail=("ingen zip inuti", "no zip inside")) from None
    names = [i.filename for i in infos]
    for name in names:
        if ".." in name.replace("\\", "/").split("/") or name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
            raise errors.UnsafeMember(member=name[:80])
    if len(set(names)) != len(names):
        raise errors.UnsafeMember(member="dubbletter / duplicates")
    if len(infos) > limits.max_members:
        raise errors.ZipBomb(detail=(f"{len(infos)} delar", f"{len(infos)} members"))
    total = 0
    for info in infos:
        if info.file_size > limits.max_member:
            raise errors.ZipBomb(detail=f"{info.file_size} byte")
        if info.file_size > limits.ratio_from and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise errors.ZipBomb(detail=f"{info.filename[:80]}: {info.file_size} / {info.compress_size} byte")
        total += info.file_size
    if total > limits.max_total:
        raise errors.ZipBomb(detail=f"{total} byte")
    members: dict[str, bytes] = {}
    try:
        for info in infos:
            if info.is_dir():
                raise errors.UnsafeMember(member=info.filename[:80])
            with zf.open(info) as fh:
                data = _read_member(fh, info.file_size + 1)  # never more than declared, whatever the stream says
            if len(data) > info.file_size:
                raise errors.ZipBomb(detail=info.filename[:80])
            members[info.filename] = data
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError, OSError):
        raise errors.DamagedBundle(path=path) from None
    return members


_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')


def _depth(raw: bytes) -> int:
    """How deep the manifest's brackets nest (outside strings), read before json.loads would
    recurse into them. Escaped backslashes and quotes are blanked and everything but brackets
    and quotes dropped (both at C speed), so the loop below sees a few bytes per member."""
    marks = raw.replace(b"\\\\", b"__").replace(b'\\"', b"__").translate(None, _NOT_STRUCTURE)
    depth = deepest = 0
    in_string = False
    for byte in marks:
        if byte == 0x22:
            in_string = not in_string
        elif in_string:
            continue
        elif byte in (0x5B, 0x7B):
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _manifest(
    members: Mapping[str, bytes], path: Path, limits: Limits = DEFAULT_LIMITS
) -> tuple[dict[str, Any], PublicIdentity, bytes, bytes]:
    if MANIFEST not in members or SIGNATURE not in members:
        raise errors.NotABundle(path=path, detail=("innehållsförteckning saknas", "no manifest"))
    raw = members[MANIFEST]
    if len(raw) > limits.max_manifest:
        raise errors.ZipBomb(detail=f"{MANIFEST}: {len(raw)} byte")
    if _depth(raw) > limits.max_manifest_depth:
        raise errors.NestedManifest(depth=limits.max_manifest_depth)
    try:
        manifest = json.loads(raw.decode("utf-8"))
        signature = base64.b64decode(members[SIGNATURE].strip(), validate=True)
        if manifest.get("format") != BUNDLE_FORMAT or manifest.get("version") != BUNDLE_VERSION:
            raise ValueError("format")
        sender = PublicIdentity.from_json({"format": "egenvard-identity", "version": 1, **manifest["sender"]})
        listed = manifest["members"]
        if not isinstance(listed, list) or not all(isinstance(m, dict) for m in listed):
            raise ValueError("members")
        str(manifest["bundle_id"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError, RecursionError):
        raise errors.NotABundle(path=path, detail=("ogiltig innehållsförteckning", "invalid manifest")) from None
    return manifest, sender, raw, signature


TrustCheck = Callable[[PublicIdentity], bool]


def open_bundle(
    data: bytes,
    path: Path,
    *,
    identity: OrgIdentity | None,
    passphrase: str | None = None,
    trust: TrustCheck | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Opened:
    """Decrypt and verify everything; `trust(sender)` raises for unknown or untrusted senders.
    With `trust=None` (verify without a database) the signature is checked but not the trust."""
    if len(data) > limits.max_file:
        raise errors.ZipBomb(detail=f"{len(data)} byte")
    plain = decrypt(data, path, identity=identity, passphrase=passphrase, limits=limits)
    members = _unzip(plain, path, limits)
    manifest, sender, raw, signature = _manifest(members, path, limits)
    if not sender.verify(signature, raw):
        raise errors.BadSignature()
    trusted = trust(sender) if trust is not None else False
    listed: dict[str, dict[str, Any]] = {}
    for entry in manifest["members"]:
        name = str(entry.get("path", ""))
        if not _safe(name) or name in (MANIFEST, SIGNATURE):
            raise errors.UnsafeMember(member=name[:80])
        listed[name] = entry
    for name in members:
        if name not in (MANIFEST, SIGNATURE) and name not in listed:
            raise errors.MemberNotInManifest(member=name[:80])
    for name, entry in listed.items():
        if name not in members:
            raise errors.MemberMissing(member=name)
        if hashlib.sha256(members[name]).hexdigest() != entry.get("sha256") or len(members[name]) != entry.get("size"):
            raise errors.HashMismatch(member=name)
    if BUNDLE_JSON not in listed:
        raise errors.MemberMissing(member=BUNDLE_JSON)
    body = {k: v for k, v in members.items() if k not in (MANIFEST, SIGNATURE)}
    return Opened(manifest, sender, body, hashlib.sha256(data).hexdigest(), trusted)
