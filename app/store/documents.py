"""Sealed PDFs and sealing certificates. SQL for both lives here and nowhere else.

A sealed PDF belongs to one plan version; several may exist (sealed again later, e.g. with
a drawn signature added), and the newest one is "the" sealed document of that version.
Rows are never updated or deleted (triggers enforce it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.models.common import new_id, now
from app.store.database import Store

_META_COLUMNS = (
    "id, plan_id, plan_version, person_id, kind, sha256, fingerprint, signer, "
    "certificate_sha256, created_at, length(pdf) AS size"
)


@dataclass(frozen=True)
class StoredDocument:
    """One stored PDF; `pdf` is empty when only the listing was fetched."""

    plan_id: str
    plan_version: int
    person_id: str
    kind: str  # "sealed_plan", or "intyg" (an egenvårdsintyg resting on the version)
    sha256: str  # of the PDF bytes
    fingerprint: str  # the plan content fingerprint printed in the footer
    signer: str
    certificate_sha256: str
    pdf: bytes = b""
    size: int = 0
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)


@dataclass(frozen=True)
class StoredCredential:
    subject: str
    organisation: str
    certificate_sha256: str
    not_after: datetime
    self_signed: bool
    pkcs12: bytes
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)


def document_from_row(row: dict) -> StoredDocument:
    return StoredDocument(
        plan_id=row["plan_id"],
        plan_version=int(row["plan_version"]),
        person_id=row["person_id"],
        kind=row["kind"],
        sha256=row["sha256"],
        fingerprint=row["fingerprint"],
        signer=row["signer"],
        certificate_sha256=row["certificate_sha256"],
        pdf=bytes(row.get("pdf") or b""),
        size=int(row.get("size") or len(row.get("pdf") or b"")),
        id=row["id"],
        created_at=datetime.fromisoformat(row["created_at"]),
    )


class Documents:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, doc: StoredDocument) -> StoredDocument:
        with self.store.guard():
            self.store.conn.execute(
                "INSERT INTO plan_documents (id, plan_id, plan_version, person_id, kind, pdf, sha256, fingerprint,"
                " signer, certificate_sha256, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.id,
                    doc.plan_id,
                    doc.plan_version,
                    doc.person_id,
                    doc.kind,
                    doc.pdf,
                    doc.sha256,
                    doc.fingerprint,
                    doc.signer,
                    doc.certificate_sha256,
                    doc.created_at.isoformat(),
                ),
            )
        return doc

    def latest(self, plan_id: str, plan_version: int, kind: str = "sealed_plan") -> StoredDocument | None:
        """The newest stored PDF of one kind of a plan version (the plan form by default: an
        egenvårdsintyg sealed on the same version is kind "intyg")."""
        rows = self.store.query(
            "SELECT *, length(pdf) AS size FROM plan_documents WHERE plan_id = ? AND plan_version = ? AND kind = ?"
            " ORDER BY created_at DESC, rowid DESC LIMIT 1",
            (plan_id, plan_version, kind),
        )
        return document_from_row(rows[0]) if rows else None

    def latest_with_fingerprint(self, plan_id: str, kind: str, fingerprint: str) -> StoredDocument | None:
        """The newest stored PDF of a plan with this content fingerprint (an intyg's PDF is
        found by its intyg's fingerprint)."""
        rows = self.store.query(
            "SELECT *, length(pdf) AS size FROM plan_documents WHERE plan_id = ? AND kind = ? AND fingerprint = ?"
            " ORDER BY created_at DESC, rowid DESC LIMIT 1",
            (plan_id, kind, fingerprint),
        )
        return document_from_row(rows[0]) if rows else None

    def get(self, doc_id: str) -> StoredDocument | None:
        rows = self.store.query("SELECT *, length(pdf) AS size FROM plan_documents WHERE id = ?", (doc_id,))
        return document_from_row(rows[0]) if rows else None

    def listing(self, plan_id: str) -> list[StoredDocument]:
        """Every stored PDF of a plan, newest first, without the PDF bytes."""
        rows = self.store.query(
            f"SELECT {_META_COLUMNS} FROM plan_documents WHERE plan_id = ? ORDER BY created_at DESC, rowid DESC",
            (plan_id,),
        )
        return [document_from_row(r) for r in rows]


class Credentials:
    """Sealing certificates; the newest is the one in use."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, cred: StoredCredential) -> StoredCredential:
        with self.store.guard():
            self.store.conn.execute(
                "INSERT INTO seal_credentials (id, subject, organisation, certificate_sha256, not_after, self_signed,"
                " pkcs12, created_at) VALUES (?,?,?,?,?,?,?,?)",
                (
                    cred.id,
                    cred.subject,
                    cred.organisation,
                    cred.certificate_sha256,
                    cred.not_after.isoformat(),
                    int(cred.self_signed),
                    cred.pkcs12,
                    cred.created_at.isoformat(),
                ),
            )
        return cred

    def active(self) -> StoredCredential | None:
        rows = self.store.query("SELECT * FROM seal_credentials ORDER BY created_at DESC, rowid DESC LIMIT 1")
        if not rows:
            return None
        r = rows[0]
        return StoredCredential(
            subject=r["subject"],
            organisation=r["organisation"],
            certificate_sha256=r["certificate_sha256"],
            not_after=datetime.fromisoformat(r["not_after"]),
            self_signed=bool(r["self_signed"]),
            pkcs12=bytes(r["pkcs12"]),
            id=r["id"],
            created_at=datetime.fromisoformat(r["created_at"]),
        )
