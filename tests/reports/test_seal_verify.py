"""`verify` answers exactly one of: intact and sealed by a known organisation / intact but not
trusted / altered / changed after sealing by an incremental update (and what kind) / not sealed
(or not a PDF). A sealer is known by its certificate's SHA-256, never by its subject's name."""

from __future__ import annotations

import dataclasses
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.exchange.errors import InvalidIdentityFile
from app.exchange.identity import load_identity_file
from app.models.common import Practitioner
from app.reports import seal
from app.reports.plan_form import render_plan
from app.services import documents, exchange, sealers
from app.services.workspace import Workspace, create_workspace
from tests.factories import DOC_NURSE as NURSE
from tests.factories import PASSPHRASE, Case, forged_countersign, forged_reseal, incremental_update
from tests.pdfs import pdf_text, run_tool

State = seal.SealState
PARTNER = Practitioner("Lena Holm", "Skolsköterska", "Växjö kommun", "Elevhälsan")


def pdfsig(path: Path) -> str:
    result = run_tool("pdfsig", str(path))
    return result.stdout + result.stderr


@pytest.fixture
def cli(db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([a.replace("{db}", str(db_path)) for a in argv])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err + captured.out
        return code, captured.out, captured.err

    return run


@pytest.fixture
def sealed(ws: Workspace, case: Case, tmp_path: Path) -> Path:
    path = tmp_path / "sealed.pdf"
    path.write_bytes(documents.seal_plan(ws, case.plan.id).pdf)
    return path


@pytest.fixture
def partner_ws(tmp_path: Path) -> Iterator[Workspace]:
    """A second organisation with its own database, profile and exchange identity."""
    other, _code = create_workspace(tmp_path / "partner" / "egenvard.db", PASSPHRASE)
    other.set_profile(PARTNER)
    exchange.ensure_identity(other, "Växjö kommun, elevhälsan")
    yield other
    other.close()


def _forged_plan(ws: Workspace, case: Case) -> bytes:
    """The plan with its signing date changed, sealed with a self-signed certificate that
    carries exactly our subject (name, organisation, title)."""
    plan = dataclasses.replace(
        case.plan,
        signature=dataclasses.replace(case.plan.signature, signed_on=case.plan.signature.signed_on.replace(day=1)),
    )
    form = dataclasses.replace(documents.plan_form(ws, plan, sealed=True), sealed_by="Region Kronoberg")
    return forged_reseal(render_plan(form, as_signed=True), NURSE.name, NURSE.organisation, NURSE.title)


# --- intact and known -------------------------------------------------------------------------


def test_own_seal_is_intact_and_names_our_organisation_from_our_record(ws: Workspace, sealed: Path) -> None:
    check = sealers.check(ws, sealed.read_bytes())
    assert check.state is State.KNOWN and check.ok
    assert check.sealer == "Region Kronoberg"  # the profile's organisation: no exchange identity yet
    exchange.ensure_identity(ws, "Region Kronoberg, barnkliniken")
    assert sealers.check(ws, sealed.read_bytes()).sealer == "Region Kronoberg, barnkliniken"
    text = pdfsig(sealed)
    assert "Signature is Valid" in text and "Total document signed" in text


def test_an_earlier_own_certificate_stays_known(ws: Workspace, case: Case, sealed: Path) -> None:
    documents.create_credential(ws)  # a new certificate: PDFs sealed with the old one still verify
    newer = documents.seal_plan(ws, case.plan.id).pdf
    old_check, new_check = sealers.check(ws, sealed.read_bytes()), sealers.check(ws, newer)
    assert old_check.state is State.KNOWN and new_check.state is State.KNOWN
    assert old_check.certificate.sha256 != new_check.certificate.sha256


def test_cli_known_exit_0_names_the_organisation(cli, case: Case, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    code, stdout, _ = cli("pdf", "plan", case.plan.id, "--db", "{db}", "--out", str(out), "--sign")
    assert code == 0 and "förseglad av Region Kronoberg (certifikat för Karin Ström)" in stdout
    code, stdout, stderr = cli("verify", str(out), "--db", "{db}")
    assert code == 0, stderr
    assert stdout.splitlines()[0] == (
        "Förseglingen är intakt: dokumentet är oförändrat sedan det förseglades av Region Kronoberg (känd förseglare)."
    )


# --- intact but not trusted -------------------------------------------------------------------


def test_forged_certificate_with_our_subject_is_not_intact_and_known(
    ws: Workspace, case: Case, sealed: Path, tmp_path: Path, cli
) -> None:
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(_forged_plan(ws, case))
    check = sealers.check(ws, forged.read_bytes())
    ours = sealers.check(ws, sealed.read_bytes())
    assert check.state is State.UNKNOWN and not check.ok and check.sealer == ""
    # The subject is a perfect copy of ours; only the certificate's fingerprint tells them apart.
    assert (check.signer, check.organisation) == (ours.signer, ours.organisation) == (NURSE.name, NURSE.organisation)
    assert "2026-08-01" in pdf_text(forged)
    code, stdout, stderr = cli("verify", str(forged), "--db", "{db}")
    assert code == 3, stderr
    assert stdout.splitlines()[0] == "Förseglingen är intakt, men förseglaren är okänd och inte betrodd."
    assert "förseglades av" not in stdout and "känd förseglare" not in stdout
    # pdfsig finds the mathematics valid and cannot tell whom to trust: that is our job.
    text = pdfsig(forged)
    assert "Signature is Valid" in text and "Certificate issuer is unknown" in text


def test_forged_reseal_over_an_incremental_change_is_not_known(ws: Workspace, sealed: Path) -> None:
    """Our seal, then a changed page, then a forged seal over the whole file: the last seal is
    what the file now vouches for, and it is nobody we know."""
    changed = incremental_update(sealed.read_bytes(), "content")
    forged = forged_countersign(changed, NURSE.name, NURSE.organisation)
    check = sealers.check(ws, forged)
    assert check.state is State.UNKNOWN and check.signer == NURSE.name


def test_without_a_database_nobody_is_known(cli, sealed: Path) -> None:
    code, stdout, _ = cli("verify", str(sealed))  # the default database does not exist here
    assert code == 3 and "inte betrodd" in stdout and "Ingen databas att jämföra med" in stdout


# --- partners: known only once trusted ----------------------------------------------------------


def test_partner_certificate_is_known_only_after_trust(
    ws: Workspace, case: Case, partner_ws: Workspace, tmp_path: Path
) -> None:
    identity_file = tmp_path / "partner.json"
    exchange.export_identity(partner_ws, identity_file)
    carried = json.loads(identity_file.read_text())
    assert carried["sealing_certificate"] and carried["sealing_certificate_signature"]
    partner_pdf = documents.open_sealer(partner_ws).seal(documents.render_blank_pdf("Växjö kommun"))
    assert sealers.check(partner_ws, partner_pdf).state is State.KNOWN

    assert sealers.check(ws, partner_pdf).state is State.UNKNOWN
    partner = exchange.import_identity(ws, identity_file)  # not trusted yet: nobody compared
    assert not partner.trusted
    assert sealers.check(ws, partner_pdf).state is State.UNKNOWN
    exchange.set_trusted(ws, partner.fingerprint)  # after the fingerprint question
    check = sealers.check(ws, partner_pdf)
    # Named as we recorded the partner, not as the certificate's subject says ("Växjö kommun").
    assert check.state is State.KNOWN and check.sealer == "Växjö kommun, elevhälsan"
    assert check.organisation == "Växjö kommun"
    exchange.set_trusted(ws, partner.fingerprint, False)
    assert sealers.check(ws, partner_pdf).state is State.UNKNOWN


def test_identity_file_with_a_swapped_certificate_is_refused(partner_ws: Workspace, tmp_path: Path) -> None:
    """The certificate is signed with the partner's key, which the compared fingerprint covers:
    whoever swaps it on the way is found out, although the fingerprint still matches."""
    path = tmp_path / "partner.json"
    exchange.export_identity(partner_ws, path)
    data = json.loads(path.read_text())
    other = seal.create_self_signed("Lena Holm", "Växjö kommun", "", b"pw")
    import base64

    data["sealing_certificate"] = base64.b64encode(seal.certificate_der(other, b"pw")).decode()
    path.write_text(json.dumps(data))
    with pytest.raises(InvalidIdentityFile, match="signatur"):
        load_identity_file(path)


def test_identity_file_without_a_certificate_still_loads(partner_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    exchange.export_identity(partner_ws, path)
    data = json.loads(path.read_text())
    del data["sealing_certificate"], data["sealing_certificate_signature"]
    path.write_text(json.dumps(data))
    identity = load_identity_file(path)
    assert identity.sealing_certificate == b"" and identity.name == "Växjö kommun, elevhälsan"


# --- changed after sealing ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "change", "words"),
    [
        ("form", seal.ChangeKind.FORM_FILLING, "formulärfält har fyllts i eller signaturfält lagts till"),
        ("content", seal.ChangeKind.OTHER, "andra ändringar; innehållet kan ha ändrats"),
    ],
)
def test_incremental_update_after_the_seal_says_what_kind(
    ws: Workspace, sealed: Path, tmp_path: Path, cli, kind: str, change: seal.ChangeKind, words: str
) -> None:
    updated = tmp_path / f"updated-{kind}.pdf"
    updated.write_bytes(incremental_update(sealed.read_bytes(), kind))
    check = sealers.check(ws, updated.read_bytes())
    assert check.state is State.UPDATED and check.change is change and not check.ok
    assert check.sealer == "Region Kronoberg"  # the earlier version was sealed by us
    code, stdout, stderr = cli("verify", str(updated), "--db", "{db}")
    assert code == 4, stderr
    assert stdout.splitlines()[0] == (
        f"Filen har ändrats efter förseglingen genom en tillagd uppdatering: {words}. Förseglingen av "
        "Region Kronoberg (känd förseglare) gäller bara versionen före ändringen."
    )
    text = pdfsig(updated)  # pdfsig: the signature holds, but not for the whole file
    assert "Signature is Valid" in text and "Total document signed" not in text


# --- altered, not sealed, not a PDF -----------------------------------------------------------


def test_altered_byte_is_altered_in_us_and_in_pdfsig(ws: Workspace, sealed: Path, tmp_path: Path, cli) -> None:
    data = bytearray(sealed.read_bytes())
    data[bytes(data).index(b"stream", 200) + 25] ^= 0x01
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    assert sealers.check(ws, bytes(data)).state is State.ALTERED
    code, stdout, stderr = cli("verify", str(altered), "--db", "{db}")
    assert (code, stdout) == (1, "")
    assert stderr == "Dokumentet har ändrats efter förseglingen; förseglingen är inte giltig.\n"
    assert "Signature is Valid" not in pdfsig(altered)


@pytest.mark.parametrize(
    ("name", "content", "sentence"),
    [
        ("tom.pdf", b"", "Filen är inte en läsbar PDF."),
        ("text.pdf", "Hej, detta är ingen PDF.\n".encode(), "Filen är inte en läsbar PDF."),
        ("trasig.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", "Filen är inte en läsbar PDF."),
        ("binar.pdf", bytes(range(256)) * 40, "Filen är inte en läsbar PDF."),
    ],
)
def test_not_a_pdf_is_one_sentence(cli, tmp_path: Path, name: str, content: bytes, sentence: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, stdout, stderr = cli("verify", str(path), "--db", "{db}")
    assert (code, stdout, stderr) == (1, "", sentence + "\n")


def test_half_a_sealed_pdf_is_a_clear_sentence(cli, sealed: Path, tmp_path: Path) -> None:
    half = tmp_path / "halv.pdf"
    half.write_bytes(sealed.read_bytes()[: len(sealed.read_bytes()) // 2])
    code, stdout, stderr = cli("verify", str(half), "--db", "{db}")
    assert code == 1 and stdout == "" and stderr.count("\n") == 1
    assert stderr.strip() in (
        "Filen är inte en läsbar PDF.",
        "Dokumentet har ändrats efter förseglingen; förseglingen är inte giltig.",
    )


def test_unsealed_pdf_is_not_sealed(ws: Workspace, case: Case, cli, tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(documents.render_plan_pdf(ws, case.plan.id))
    assert sealers.check(ws, plain.read_bytes()).state is State.UNSIGNED
    code, stdout, stderr = cli("verify", str(plain), "--db", "{db}")
    assert (code, stdout) == (1, "")
    assert stderr == "Filen har ingen elektronisk försegling och kan inte kontrolleras.\n"
    assert "does not contain any signatures" in pdfsig(plain)


# --- offline, and the form names signer and sealer apart ---------------------------------------


def test_verify_opens_no_socket(ws: Workspace, sealed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No OCSP, CRL or timestamp fetch: every way to the network raises, the answer still comes."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert sealers.check(ws, sealed.read_bytes()).state is State.KNOWN
    assert sealers.check(ws, incremental_update(sealed.read_bytes(), "form")).state is State.UPDATED


def test_form_names_the_signer_and_the_sealing_organisation_apart(ws: Workspace, case: Case, sealed: Path) -> None:
    exchange.ensure_identity(ws, "Region Kronoberg, barnkliniken")
    again = sealed.parent / "again.pdf"
    again.write_bytes(documents.seal_plan(ws, case.plan.id).pdf)
    text = " ".join(pdf_text(again).split())
    # Who signed the plan: the signer of the version, under "Undertecknat".
    signed = text[text.index("Undertecknat") :]
    assert "Karin Ström" in signed and "Diabetessjuksköterska" in signed
    # Who sealed the file: the organisation, as we record it.
    assert "förseglad av Region Kronoberg, barnkliniken (certifikat" in text
    assert "förseglad av Karin Ström" not in text
    assert sealers.check(ws, again.read_bytes()).sealer == "Region Kronoberg, barnkliniken"


def test_too_large_a_file_is_refused_before_reading(cli, tmp_path: Path) -> None:
    huge = tmp_path / "stor.pdf"
    with huge.open("wb") as f:  # sparse: takes no disk space, and is never read
        f.truncate((documents.MAX_VERIFY_MB + 1) * 1024 * 1024)
    code, stdout, stderr = cli("verify", str(huge), "--db", "{db}")
    assert (code, stdout) == (1, "")
    assert stderr == f"Filen {huge} är större än {documents.MAX_VERIFY_MB} MB och kontrolleras inte.\n"


def test_verify_from_the_command_line_opens_no_network_socket(ws: Workspace, sealed: Path, db_path: Path) -> None:
    """The real entry point under strace: no AF_INET/AF_INET6 socket, not even one made in C."""
    import os
    import shutil
    import subprocess
    import sys

    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    ws.close()
    log = sealed.parent / "strace.txt"
    env = {**os.environ, "EGENVARD_PASSPHRASE": PASSPHRASE}
    argv = [strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), sys.executable, "-m", "app"]
    proc = subprocess.run(
        [*argv, "verify", str(sealed), "--db", str(db_path)], env=env, capture_output=True, text=True, timeout=300
    )
    if proc.returncode != 0 and "ptrace" in proc.stderr:
        pytest.skip("ptrace is not permitted here")
    assert proc.returncode == 0, proc.stderr
    assert "känd förseglare" in proc.stdout
    calls = [line.split(None, 1)[1] for line in log.read_text().splitlines() if line.strip()]
    assert [c for c in calls if "AF_INET" in c or "AF_PACKET" in c] == []


def test_identity_file_may_carry_the_certificate_as_pem(partner_ws: Workspace, tmp_path: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    path = tmp_path / "partner.json"
    exchange.export_identity(partner_ws, path)
    data = json.loads(path.read_text())
    der = load_identity_file(path).sealing_certificate
    data["sealing_certificate"] = x509.load_der_x509_certificate(der).public_bytes(Encoding.PEM).decode()
    path.write_text(json.dumps(data))
    assert load_identity_file(path).sealing_certificate == der
