"""Known sealers and the one answer `verify` gives about a PDF.

A seal is "intact and sealed by a known organisation" only when its certificate, by SHA-256, is
one of our own sealing certificates (current or earlier) or came in the identity file of a
partner we trust (trusted after the fingerprint question). The name shown is from our records:
our organisation's name, or the partner's as we recorded it; never the certificate's subject,
which anyone can fill in. Everything else that is intact is "intact but not trusted".
"""

from __future__ import annotations

from app.exchange.identity import PublicIdentity
from app.reports import seal
from app.services.workspace import Workspace
from app.store.exchange import ExchangeStore
from app.store.sealers import PartnerSealer, Sealers

SealCheck = seal.SealCheck
SealState = seal.SealState
ChangeKind = seal.ChangeKind


def own_name(ws: Workspace) -> str:
    """Our organisation as partners know it (the exchange identity), else as the profile says."""
    row = ExchangeStore(ws.store).identity()
    if row is not None and row.name:
        return row.name
    profile = ws.profile()
    return profile.organisation if profile and profile.organisation else "den egna organisationen"


def sealer_name(ws: Workspace, certificate_sha256: str) -> str | None:
    """Who a certificate belongs to, when it is known: ours first, then a trusted partner's."""
    known = Sealers(ws.store)
    if known.is_own(certificate_sha256):
        return own_name(ws)
    return known.partner_name(certificate_sha256)


def check(ws: Workspace | None, pdf: bytes) -> SealCheck:
    """Verify a PDF. Without a workspace nobody is known, so an intact seal is "not trusted"."""
    if ws is None:
        return seal.verify_pdf(pdf)
    return seal.verify_pdf(pdf, lambda sha256: sealer_name(ws, sha256))


def remember_partner_certificate(ws: Workspace, identity: PublicIdentity, trusted: bool) -> bool:
    """Keep the sealing certificate from a partner's identity file; it is known only while the
    partner is trusted. Call inside the transaction that saves the partner. Returns whether the
    file carried a certificate."""
    if not identity.sealing_certificate:
        return False
    info = seal.describe_certificate(identity.sealing_certificate)
    store = Sealers(ws.store)
    store.offer(PartnerSealer(info.sha256, identity.fingerprint, identity.name, identity.sealing_certificate, trusted))
    store.set_known(identity.fingerprint, trusted)  # earlier certificates of the partner follow its trust
    return True


def partner_trust_changed(ws: Workspace, fingerprint: str, trusted: bool) -> None:
    """After the fingerprint question: the partner's sealing certificates become known (or not)."""
    Sealers(ws.store).set_known(fingerprint, trusted)


def partner_certificates(ws: Workspace, fingerprint: str) -> list[seal.CertificateInfo]:
    return [seal.describe_certificate(s.certificate) for s in Sealers(ws.store).of_partner(fingerprint)]
