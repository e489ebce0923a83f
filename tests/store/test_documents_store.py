"""The stored PDFs and sealing certificates, read back as written: sizes with and without the
bytes, the newest certificate as the one in use (values written by hand, not recomputed)."""

from __future__ import annotations

from datetime import UTC, datetime

from app.services import persons
from app.services.workspace import Workspace
from app.store.documents import Credentials, Documents, StoredCredential, StoredDocument
from app.store.exchange import ExchangeStore
from tests.factories import make_signed

PDF = b"%PDF-1.7 tolv"  # 13 bytes


def test_a_stored_pdf_reads_back_with_its_size_and_the_listing_without_its_bytes(ws: Workspace) -> None:
    pupil = persons.register(ws, "Åsa", "Öberg", "20150315-9806")
    plan = make_signed(ws, pupil.id)
    docs = Documents(ws.store)
    doc = StoredDocument(plan.id, plan.version, pupil.id, "sealed_plan", "ab" * 32, "fp", "Karin Ström", "cd" * 32, PDF)
    with ws.store.atomic():
        docs.add(doc)
    got = docs.get(doc.id)
    assert got is not None and (got.pdf, got.size) == (PDF, 13)
    [listed] = docs.listing(plan.id)
    assert (listed.id, listed.pdf, listed.size) == (doc.id, b"", 13)  # no bytes fetched, the size still told
    # The exchange reads whole rows (no size column): the size is the bytes' length.
    [sent] = ExchangeStore(ws.store).documents([(plan.id, plan.version)])
    assert (sent.id, sent.pdf, sent.size) == (doc.id, PDF, 13)


def test_the_newest_certificate_is_the_one_in_use(ws: Workspace) -> None:
    creds = Credentials(ws.store)
    before = creds.active()  # the workspace may have made one at its start
    old = StoredCredential(
        "Gammal",
        "Växjö kommun",
        "11" * 32,
        datetime(2027, 1, 1, tzinfo=UTC),
        True,
        b"p12-gammal",
        created_at=datetime(2099, 1, 1, tzinfo=UTC),
    )
    new = StoredCredential(
        "Ny",
        "Växjö kommun",
        "22" * 32,
        datetime(2028, 1, 1, tzinfo=UTC),
        False,
        b"p12-ny",
        created_at=datetime(2099, 6, 1, tzinfo=UTC),
    )
    with ws.store.atomic():
        creds.add(old)
        creds.add(new)
    active = creds.active()
    assert active is not None and before != active
    assert (active.subject, active.self_signed, active.pkcs12, active.not_after) == (
        "Ny",
        False,
        b"p12-ny",
        datetime(2028, 1, 1, tzinfo=UTC),
    )
