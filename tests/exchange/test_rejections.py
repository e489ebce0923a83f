"""Every bad bundle is refused with its own message, and the receiver is byte-for-byte unchanged."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from app.exchange import container, errors
from app.exchange.identity import OrgIdentity
from app.services import exchange as ex
from tests.factories import Pair, make_pair, members_of, refused, resign, rezip, workspace


@pytest.fixture
def pair(module_pair: Pair) -> Pair:
    """One pair for the module: a refusal changes nothing in the receiver (`refused` checks it
    byte for byte) and each test makes its own bundle from the sender."""
    return module_pair


def test_flipped_byte(pair: Pair) -> None:
    data = bytearray(pair.bundle().read_bytes())
    data[len(data) // 2] ^= 0x01
    refused(pair, bytes(data), errors.DamagedBundle, "flipped")


def test_truncated_file(pair: Pair) -> None:
    data = pair.bundle().read_bytes()
    refused(pair, data[: len(data) - 1000], errors.TruncatedBundle, "truncated")
    refused(pair, data[:30], errors.TruncatedBundle, "truncated_header")


def test_bundle_for_another_recipient(pair: Pair) -> None:
    other = OrgIdentity.generate("Växjö kommun").public
    refused(pair, pair.bundle(to=other), errors.NotForUs, "other_recipient")


def test_unknown_and_untrusted_sender(tmp_path: Path) -> None:
    pair = make_pair(tmp_path / "own")  # its own: the receiver learns the stranger's identity
    stranger = workspace(tmp_path / "c" / "c.db")
    try:
        ex.ensure_identity(stranger, "Okänd vårdgivare")
        ex.import_identity(stranger, pair.b_id, trust=True)
        from app.services import demo

        demo.fill(stranger, persons=4, seed=9)
        out = tmp_path / "s.egvb"
        ex.export_bundle(stranger, out, to=ex.partners(stranger)[0].identity)
        message = refused(pair, out, errors.UnknownSender, "unknown_sender")
        assert "Okänd vårdgivare" in message
        ex.export_identity(stranger, tmp_path / "c.id")
        ex.import_identity(pair.b, tmp_path / "c.id", trust=False)
        refused(pair, out, errors.UntrustedSender, "untrusted_sender")
    finally:
        stranger.close()
        pair.close()


def test_manifest_hash_mismatch(pair: Pair) -> None:
    members = members_of(pair.bundle(), pair.b)
    members[container.BUNDLE_JSON] = members[container.BUNDLE_JSON].replace(
        b'"Region Kronoberg"', b'"Region  Kronoberg"'
    )
    refused(pair, rezip(members, pair.b), errors.HashMismatch, "hash_mismatch")


def test_tampered_manifest_breaks_the_signature(pair: Pair) -> None:
    members = members_of(pair.bundle(), pair.b)
    members[container.MANIFEST] = members[container.MANIFEST].replace(b'"counts"', b'"counts" ', 1)
    refused(pair, rezip(members, pair.b), errors.BadSignature, "bad_signature")


def test_member_not_in_manifest(pair: Pair) -> None:
    members = members_of(pair.bundle(), pair.b)
    members["pdf/extra.pdf"] = b"%PDF-1.7 not listed"
    refused(pair, rezip(members, pair.b), errors.MemberNotInManifest, "not_in_manifest")


def test_invalid_fhir(pair: Pair) -> None:
    members = members_of(pair.bundle(), pair.b)
    data = json.loads(members[container.BUNDLE_JSON])
    plan = next(e for e in data["entry"] if e["resource"]["resourceType"] == "CarePlan")
    plan["resource"]["created"] = "igår eftermiddag"  # not a FHIR dateTime
    members[container.BUNDLE_JSON] = json.dumps(data).encode()
    sender = ex.own_identity(pair.a)
    assert sender is not None
    message = refused(pair, resign(members, sender, pair.b), errors.InvalidFhir, "invalid_fhir")
    assert "created" in message


def test_domain_rule_broken_inside_valid_fhir(pair: Pair) -> None:
    members = members_of(pair.bundle(), pair.b)
    data = json.loads(members[container.BUNDLE_JSON])
    patient = next(e for e in data["entry"] if e["resource"]["resourceType"] == "Patient")
    patient["resource"]["identifier"][0]["value"] = "191212121213"  # fails the check digit
    members[container.BUNDLE_JSON] = json.dumps(data).encode()
    sender = ex.own_identity(pair.a)
    assert sender is not None
    message = refused(pair, resign(members, sender, pair.b), errors.InvalidFhir, "domain_rule")
    assert "191212121213" not in message


def test_zip_bomb(pair: Pair) -> None:
    members = members_of(pair.bundle(), pair.b)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        with zf.open("pdf/bomb.pdf", "w", force_zip64=True) as fh:
            chunk = bytes(1 << 20)
            for _ in range(container.DEFAULT_LIMITS.max_member // len(chunk) + 1):
                fh.write(chunk)
    me = ex.own_identity(pair.b)
    import pyrage

    # Padded like our own zips, so the refusal comes from the unpacked size, not the length check.
    plain = buf.getvalue()
    plain += b"\0" * ((-len(plain)) % container.CHUNK)
    data = pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(me.public.age_recipient)])
    assert len(data) < 2 * 1024 * 1024
    refused(pair, data, errors.ZipBomb, "zip_bomb")


@pytest.mark.parametrize("bad", ["../evil.pdf", "pdf/../../evil.pdf", "/etc/passwd", "C:/Windows/evil.pdf"])
def test_unsafe_member_paths(pair: Pair, bad: str) -> None:
    members = members_of(pair.bundle(), pair.b)
    members[bad] = b"x"
    message = refused(pair, rezip(members, pair.b), errors.UnsafeMember, f"unsafe_{bad}")
    assert bad[:10] in message


def test_empty_file(pair: Pair) -> None:
    refused(pair, b"", errors.EmptyFile, "empty")


@pytest.mark.parametrize(
    ("content", "name"),
    [(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n", "pdf"), (b"PK\x03\x04" + os.urandom(100), "zip"), (b"hej" * 100, "text")],
)
def test_not_a_bundle(pair: Pair, content: bytes, name: str) -> None:
    refused(pair, content, errors.NotABundle, f"not_bundle_{name}")


def test_wrong_passphrase_and_missing_passphrase(pair: Pair) -> None:
    path = pair.bundle("p.egvb", to=None, passphrase="rätt lösenfras 2026")
    refused(pair, path, errors.WrongBundlePassphrase, "wrong_passphrase", passphrase="fel lösenfras")
    refused(pair, path, errors.PassphraseNeeded, "no_passphrase")


def _flipped(pair: Pair) -> bytes:
    data = bytearray(pair.bundle().read_bytes())
    data[len(data) // 2] ^= 0x01
    return bytes(data)


def _altered_member(pair: Pair, name: str, old: bytes, new: bytes) -> bytes:
    members = members_of(pair.bundle(), pair.b)
    members[name] = members[name].replace(old, new, 1)
    return rezip(members, pair.b)


def _extra_member(pair: Pair) -> bytes:
    members = members_of(pair.bundle(), pair.b)
    members["pdf/extra.pdf"] = b"%PDF-1.7 not listed"
    return rezip(members, pair.b)


def test_messages_are_all_different(pair: Pair) -> None:
    """Each kind of refusal has a sentence of its own (made here, not gathered from other tests)."""
    other = OrgIdentity.generate("Växjö kommun").public
    cases: list[tuple[bytes | Path, type[Exception], str | None]] = [
        (_flipped(pair), errors.DamagedBundle, None),
        (pair.bundle().read_bytes()[:-1000], errors.TruncatedBundle, None),
        (pair.bundle(to=other).read_bytes(), errors.NotForUs, None),
        (_altered_member(pair, container.BUNDLE_JSON, b'"Region Kronoberg"', b'"R K"'), errors.HashMismatch, None),
        (_altered_member(pair, container.MANIFEST, b'"counts"', b'"counts" '), errors.BadSignature, None),
        (_extra_member(pair), errors.MemberNotInManifest, None),
        (b"", errors.EmptyFile, None),
        (b"hej" * 100, errors.NotABundle, None),
        (pair.bundle("p.egvb", to=None, passphrase="rätt lösenfras 2026"), errors.WrongBundlePassphrase, "fel"),
        (pair.tmp / "p.egvb", errors.PassphraseNeeded, None),
    ]
    messages = [refused(pair, data, expected, expected.__name__, secret) for data, expected, secret in cases]
    assert len(set(messages)) == len(cases) == 10
