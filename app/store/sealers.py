"""Known sealers: whose sealing certificates a `verify` may name. SQL for them lives here.

A seal is trusted when its certificate is known, by the SHA-256 of the certificate (never by
the name in its subject, which anyone can write):
- our own current and earlier sealing certificates (`seal_credentials`, kept forever), and
- certificates from partner identity files (`partner_sealers`), known only while the partner is
  trusted, i.e. after someone compared the partner's fingerprint. A certificate that came in the
  file of a partner not (yet) trusted is kept, but not known.
The name a verify shows is ours: our organisation, or the partner's name as we recorded it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.models.common import now
from app.store.database import Store


@dataclass(frozen=True)
class PartnerSealer:
    certificate_sha256: str
    partner: str  # the partner's identity fingerprint
    name: str  # the partner's name as we recorded it
    certificate: bytes  # DER
    known: bool = False
    added_at: datetime = field(default_factory=now)


class Sealers:
    def __init__(self, store: Store) -> None:
        self.store = store

    def is_own(self, certificate_sha256: str) -> bool:
        """One of our own sealing certificates, the current one or an earlier one."""
        found = self.store.scalar(
            "SELECT 1 FROM seal_credentials WHERE certificate_sha256 = ? LIMIT 1", (certificate_sha256,)
        )
        return found is not None

    def partner_name(self, certificate_sha256: str) -> str | None:
        """The name of the trusted partner this certificate came from (the first one to bring it)."""
        return self.store.scalar(
            "SELECT name FROM partner_sealers WHERE certificate_sha256 = ? AND known = 1"
            " ORDER BY added_at, rowid LIMIT 1",
            (certificate_sha256,),
        )

    def offer(self, sealer: PartnerSealer) -> None:
        """Record a certificate from a partner's identity file (again: name and known follow)."""
        with self.store.guard():
            self.store.conn.execute(
                "INSERT INTO partner_sealers (certificate_sha256, partner, name, certificate, known, added_at)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT(certificate_sha256, partner) DO UPDATE SET"
                " name = excluded.name, known = excluded.known",
                (
                    sealer.certificate_sha256,
                    sealer.partner,
                    sealer.name,
                    sealer.certificate,
                    int(sealer.known),
                    sealer.added_at.isoformat(),
                ),
            )

    def set_known(self, partner: str, known: bool) -> int:
        """Every certificate of one partner becomes known (trusted) or not; returns how many."""
        with self.store.guard():
            cur = self.store.conn.execute(
                "UPDATE partner_sealers SET known = ? WHERE partner = ?", (int(known), partner)
            )
            return int(cur.rowcount)

    def of_partner(self, partner: str) -> list[PartnerSealer]:
        rows = self.store.query("SELECT * FROM partner_sealers WHERE partner = ? ORDER BY added_at, rowid", (partner,))
        return [
            PartnerSealer(
                r["certificate_sha256"],
                r["partner"],
                r["name"],
                bytes(r["certificate"]),
                bool(r["known"]),
                datetime.fromisoformat(r["added_at"]),
            )
            for r in rows
        ]
