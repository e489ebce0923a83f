"""The electronic seal: valid in pyHanko and in poppler's pdfsig; any changed byte in the
signed range is reported; certificates are created, imported and kept encrypted."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.serialization import pkcs12

from app.errors import UserError
from app.reports import seal
from app.services import documents, plans, sealers
from app.services.workspace import Workspace
from app.store.documents import Credentials
from tests.factories import DOC_NURSE as NURSE
from tests.factories import Case, issued_p12
from tests.pdfs import run_tool


def pdfsig_ok(path: Path) -> tuple[bool, str]:
    result = run_tool("pdfsig", str(path))
    text = result.stdout + result.stderr
    return "Signature Validation: Signature is Valid." in text, text


def signed_range(data: bytes) -> tuple[int, int, int, int]:
    found = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert found
    a, b, c, d = (int(x) for x in found.groups())
    return a, b, c, d


@pytest.fixture
def sealed(ws: Workspace, case: Case, tmp_path: Path) -> Path:
    doc = documents.seal_plan(ws, case.plan.id)
    path = tmp_path / "sealed.pdf"
    path.write_bytes(doc.pdf)
    return path


def test_sealed_plan_verifies_in_pyhanko_and_pdfsig(ws: Workspace, sealed: Path) -> None:
    check = sealers.check(ws, sealed.read_bytes())
    assert check.ok and check.signer == NURSE.name and check.organisation == NURSE.organisation
    assert seal.verify_pdf(sealed.read_bytes()).state is seal.SealState.UNKNOWN  # nobody known without our records
    assert check.certificate is not None and check.certificate.self_signed
    ok, text = pdfsig_ok(sealed)
    assert ok, text
    assert "Total document signed" in text
    assert "ETSI.CAdES.detached" in text  # PAdES baseline


@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_a_changed_byte_in_the_signed_range_is_reported(sealed: Path, tmp_path: Path, where: str) -> None:
    data = bytearray(sealed.read_bytes())
    a, b, c, d = signed_range(bytes(data))
    # Inside a content stream early on, the middle of the first range, and the second range.
    position = {"start": bytes(data).index(b"stream", 200) + 20, "middle": (a + b) // 2, "end": c + d // 2}[where]
    assert a <= position < a + b or c <= position < c + d
    data[position] ^= 0x01
    altered = tmp_path / f"altered-{where}.pdf"
    altered.write_bytes(bytes(data))
    assert seal.verify_pdf(bytes(data)).state in (seal.SealState.ALTERED, seal.SealState.NOT_PDF)
    ok, text = pdfsig_ok(altered)
    assert not ok, text


def test_content_appended_after_the_seal_is_reported(sealed: Path) -> None:
    data = sealed.read_bytes() + b"\n1 0 obj\n<< /Evil true >>\nendobj\n"
    assert seal.verify_pdf(data).state is seal.SealState.ALTERED


def test_unsigned_and_non_pdf(case: Case, ws: Workspace) -> None:
    assert seal.verify_pdf(documents.render_plan_pdf(ws, case.plan.id)).state is seal.SealState.UNSIGNED
    assert seal.verify_pdf(b"hello").state is seal.SealState.NOT_PDF
    assert seal.verify_pdf(b"%PDF-1.7\n garbage").state is seal.SealState.NOT_PDF


def test_sealed_pdf_is_stored_with_its_plan_version(ws: Workspace, case: Case) -> None:
    doc = documents.seal_plan(ws, case.plan.id)
    stored = documents.sealed_pdf(ws, case.plan.id)
    assert stored.pdf == doc.pdf and stored.plan_version == case.plan.version
    # A new draft version has no sealed PDF; the old version still has its own.
    draft = plans.edit_plan(ws, case.plan, on_change="Ny rutin.")
    with pytest.raises(documents.NoSealedDocument):
        documents.sealed_pdf(ws, case.plan.id)
    assert documents.sealed_pdf(ws, case.plan.id, case.plan.version).pdf == doc.pdf
    assert draft.version == case.plan.version + 1
    # Stored documents are never changed or deleted.
    with pytest.raises(sqlcipher3.IntegrityError, match="never"):
        ws.store.conn.execute("DELETE FROM plan_documents")
    with pytest.raises(sqlcipher3.IntegrityError, match="never"):
        ws.store.conn.execute("UPDATE plan_documents SET signer = 'x'")
    assert [d.id for d in documents.sealed_documents(ws, case.plan.id)] == [doc.id]
    events = [(e.action, e.entity) for e in ws.audit.events(case.person.id, limit=20)]
    assert ("sign", "plan_document") in events and ("read", "plan_document") in events


def test_draft_or_incomplete_plan_is_not_sealed(ws: Workspace, case: Case) -> None:
    with pytest.raises(UserError, match="utkast"):
        documents.seal_plan(ws, case.draft.id)
    assert Credentials(ws.store).active() is None  # nothing created for a refused seal


def test_voided_version_is_not_sealed_and_keeps_its_earlier_seal(ws: Workspace, case: Case) -> None:
    earlier = documents.seal_plan(ws, case.plan.id)
    plans.void_plan(ws, case.plan, "Fel person angiven")
    with pytest.raises(UserError, match="makulerad.*Fel person angiven"):
        documents.check_sealable(ws, case.plan.id)
    with pytest.raises(UserError, match="makulerad"):
        documents.seal_plan(ws, case.plan.id)
    assert [d.id for d in documents.sealed_documents(ws, case.plan.id)] == [earlier.id]


def test_credential_is_kept_encrypted_and_reused(ws: Workspace, case: Case) -> None:
    documents.seal_plan(ws, case.plan.id)
    first = Credentials(ws.store).active()
    assert first is not None and first.subject == NURSE.name
    # Encrypted PKCS#12: no password, no key.
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(first.pkcs12, None)
    with pytest.raises(UserError):
        seal.describe(first.pkcs12, b"wrong password")
    documents.seal_plan(ws, case.plan.id)
    assert Credentials(ws.store).active() == first  # the same certificate, not a new one per seal


def test_import_pkcs12_and_seal_with_it(ws: Workspace, case: Case, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="lösenord"):
        documents.import_credential(ws, issued_p12(b"hemligt"), "fel")
    info = documents.import_credential(ws, issued_p12(b"hemligt"), "hemligt")
    assert info.subject == "Jonas Berg" and not info.self_signed
    doc = documents.seal_plan(ws, case.plan.id)
    assert doc.signer == "Jonas Berg"
    path = tmp_path / "ecdsa.pdf"
    path.write_bytes(doc.pdf)
    assert sealers.check(ws, doc.pdf).ok
    ok, text = pdfsig_ok(path)
    assert ok, text


def test_expired_certificate_is_refused(ws: Workspace) -> None:
    with pytest.raises(UserError, match="gick ut"):
        documents.import_credential(ws, issued_p12(b"pw", days=-1), "pw")


def test_sealing_needs_a_profile_for_the_certificate(ws: Workspace, case: Case) -> None:
    from app.services.workspace import PROFILE_KEY

    ws.repos.settings.set(PROFILE_KEY, None)
    with pytest.raises(documents.NoProfile):
        documents.seal_plan(ws, case.plan.id)
