"""Limits before work: hostile shapes of bundle.json, the age work factor and the manifest are
refused with their own sentence, in bounded memory (a subprocess under RLIMIT_AS), and the
signature and sender are judged before any FHIR is parsed."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pyrage
import pytest

from app.cli import main
from app.exchange import age_scrypt, container, errors
from app.exchange.identity import OrgIdentity
from app.services import exchange as ex
from tests.factories import PASSPHRASE, Pair, members_of, refused, resign, rezip

ROOT = Path(__file__).resolve().parents[2]
HEAD = b'{"resourceType":"Bundle","id":"b","type":"collection","timestamp":"2026-01-01T00:00:00+00:00"'
# Each shape's bundle.json, built inside the capped process (so the test process stays small).
SHAPES = {
    "deep_array": "HEAD + b',\"entry\":[' + b'[' * 30_000 + b']' * 30_000 + b']}'",
    "deep_objects": "HEAD + b',\"entry\":[{\"resource\":' + b'{\"a\":' * 200_000 + b'1' + b'}' * 200_000 + b'}]}'",
    "top_level_keys": "b'{' + b','.join(b'\"k%d\":1' % i for i in range(32_000)) + b',\"resourceType\":\"Bundle\"}'",
    "resource_keys": "HEAD + b',\"entry\":[{\"resource\":{' + b','.join(b'\"k%d\":1' % i for i in range(32_000)) "
    "+ b'}}]}'",
    "long_string": 'HEAD + b\',"entry":[{"resource":{"resourceType":"Patient","id":"\' + b\'a\' * 50_000_000 '
    "+ b'\"}}]}'",
    "long_inner_list": 'HEAD + b\',"entry":[{"resource":{"resourceType":"Patient","name":[\' '
    "+ b','.join([b'{}'] * 2_000_000) + b']}}]}'",
    "many_entries": "HEAD + b',\"entry\":[' + b','.join([b'{}'] * 400_000) + b']}'",
}
LIMIT_MB = 400  # address space for the whole process, Python and jsonschema included


def _in_capped_process(code: str) -> str:
    """Run `code` in a fresh interpreter limited to LIMIT_MB of address space; its stdout."""
    script = textwrap.dedent(
        f"""
        import resource
        resource.setrlimit(resource.RLIMIT_AS, ({LIMIT_MB} << 20, {LIMIT_MB} << 20))
        """
    ) + textwrap.dedent(code)
    env = {"PYTHONPATH": str(ROOT), "EGENVARD_LANG": "sv"}
    command = [sys.executable, "-c", script]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_hostile_shape_is_refused_in_bounded_memory(shape: str) -> None:
    out = _in_capped_process(
        f"""
        from app.exchange import fhir
        from app.exchange.errors import ExchangeError
        HEAD = {HEAD!r}
        raw = {SHAPES[shape]}
        try:
            fhir.read_bundle(raw, {{}})
        except ExchangeError as exc:
            print(type(exc).__name__, "|", exc)
        """
    )
    kind, _bar, sentence = out.partition(" | ")
    assert kind == "TooComplex", out
    assert sentence.startswith("Utbytespaketets FHIR-innehåll överskrider en gräns (")


def test_the_limits_leave_a_real_bundle_alone(small_bundle: tuple[bytes, object]) -> None:
    from app.exchange import fhir

    raw, records = small_bundle
    assert fhir.read_bundle(raw, {}) == records


def test_a_hostile_bundle_through_the_whole_import(pair: Pair) -> None:
    """Signed by the trusted sender, so only the shape check stands in the way."""
    members = members_of(pair.bundle(), pair.b)
    members[container.BUNDLE_JSON] = HEAD + b',"entry":[' + b"[" * 30_000 + b"]" * 30_000 + b"]}"
    sender = ex.own_identity(pair.a)
    assert sender is not None
    message = refused(pair, resign(members, sender, pair.b), errors.TooComplex, "deep")
    assert "djupare än 32 nivåer" in message


def test_a_member_that_unpacks_too_far_is_a_bomb(pair: Pair) -> None:
    members = members_of(pair.bundle(), pair.b)
    members[container.BUNDLE_JSON] = b'{"a":"' + b"a" * 50_000_000 + b'"}'
    data = rezip(members, pair.b)
    assert len(data) < 1_000_000
    message = refused(pair, data, errors.ZipBomb, "ratio")
    assert "bundle.json: 50000008 /" in message


def _with_log_n(data: bytes, log_n: int) -> bytes:
    head, rest = data.split(b"\n", 1)[0], data.split(b"\n", 1)[1]
    stanza, tail = rest.split(b"\n", 1)
    parts = stanza.split(b" ")
    assert parts[:2] == [b"->", b"scrypt"] and parts[3] == str(age_scrypt.WRITE_LOG_N).encode()
    return head + b"\n" + b" ".join([*parts[:3], str(log_n).encode()]) + b"\n" + tail


def test_an_expensive_age_work_factor_is_refused_before_decrypting(pair: Pair) -> None:
    path = pair.bundle("p.egvb", to=None, passphrase="rätt lösenfras 2026")
    data = _with_log_n(path.read_bytes(), 22)  # 4 GB of scrypt memory, had we started
    message = refused(pair, data, errors.BadWorkFactor, "log_n_22", passphrase="rätt lösenfras 2026")
    assert "(arbetsfaktor 22, högst 17 tillåts)" in message
    out = _in_capped_process(
        f"""
        from pathlib import Path
        from app.exchange import container
        from app.exchange.errors import ExchangeError
        try:
            data = Path({str(pair.tmp / "log_n_22.egvb")!r}).read_bytes()
            container.decrypt(data, Path("p.egvb"), identity=None, passphrase="rätt lösenfras 2026")
        except ExchangeError as exc:
            print(type(exc).__name__)
        """
    )
    assert out == "BadWorkFactor"


def test_our_passphrase_bundles_are_standard_age() -> None:
    for size in (0, 1, 65_536, 3 * 65_536 + 7):
        plain = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
        sealed = age_scrypt.encrypt(plain, "lösenfras åäö 2026")
        assert sealed.split(b"\n")[1].endswith(b" 16")
        assert pyrage.passphrase.decrypt(sealed, "lösenfras åäö 2026") == plain


def test_a_nested_manifest_has_its_own_sentence(pair: Pair) -> None:
    members = members_of(pair.bundle(), pair.b)
    members[container.MANIFEST] = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
    message = refused(pair, rezip(members, pair.b), errors.NestedManifest, "nested")
    assert message == (
        "Utbytespaketets innehållsförteckning är nästlad djupare än 8 nivåer, vilket ingen innehållsförteckning "
        "från Egenvårdsstöd är; paketet har avvisats."
    )


def _hostile_from_a_stranger(pair: Pair) -> Path:
    """A well-signed bundle from an organisation the receiver does not know, with a bundle.json
    that would cost gigabytes to parse."""
    stranger = OrgIdentity.generate("Okänd vårdgivare")
    me = ex.own_identity(pair.b)
    assert me is not None
    body = {container.BUNDLE_JSON: HEAD + b',"entry":[' + b"[" * 30_000 + b"]" * 30_000 + b"]}"}
    path = pair.tmp / "stranger.egvb"
    path.write_bytes(
        container.seal(body, stranger, bundle_id="s", created_at="2026-01-01T00:00:00+00:00", recipient=me.public)
    )
    return path


def test_verify_judges_the_sender_before_the_content(
    pair: Pair, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    path = _hostile_from_a_stranger(pair)
    assert main(["verify", str(path), "--db", str(pair.b.path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Avsändaren Okänd vårdgivare" in err[0] and "är okänd" in err[0]


def test_a_zip_holding_a_zip_is_not_a_bundle(pair: Pair) -> None:
    """A bundle packed inside another: the outer zip has no manifest of its own."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("x.egvb", pair.bundle().read_bytes())
    members = {"x.zip": inner.getvalue()}
    message = refused(pair, rezip(members, pair.b), errors.NotABundle, "zip_in_zip")
    assert "(innehållsförteckning saknas)" in message


def test_a_wrong_file_is_named_in_one_language(pair: Pair) -> None:
    """The Swedish window says why in Swedish only, the English one in English only."""
    from app import i18n

    text = "Inköpslista: mjölk, bröd\n".encode()
    assert refused(pair, text, errors.NotABundle, "text_sv").endswith(
        "är inte ett utbytespaket från Egenvårdsstöd (okänt format)."
    )
    zipped = refused(pair, b"PK\x03\x04" + bytes(40), errors.NotABundle, "zip_sv")
    assert zipped.endswith("(en zip-fil utan kryptering).")
    i18n.set_language("en")
    try:
        english = refused(pair, text, errors.NotABundle, "text_en")
    finally:
        i18n.set_language("sv")
    assert english.endswith("is not an Egenvårdsstöd exchange bundle (unknown format).")
