"""Our own exchange identity, partners' identities (trusted only after the fingerprint question),
and the bundle history."""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.exchange import errors
from app.exchange.identity import OrgIdentity, Partner, PublicIdentity, load_identity_file
from app.models.audit import Action
from app.models.common import now, to_plain
from app.models.org_ids import OrgIds
from app.models.plain import from_plain
from app.models.roles import UseCase
from app.services import documents, sealers
from app.services.exchange.base import CannotWriteBundle, _xs
from app.services.workspace import Workspace
from app.store.atomic import write_atomic
from app.store.exchange import IdentityRow, PartnerRow


def own_identity(ws: Workspace) -> OrgIdentity | None:
    row = _xs(ws).identity()
    return OrgIdentity(row.name, row.age_secret, row.signing_private, row.created_at) if row else None


def ensure_identity(ws: Workspace, name: str | None = None) -> OrgIdentity:
    """Our keys, made on first use; the name defaults to the profile's organisation."""
    found = own_identity(ws)
    if found is not None:
        return found
    profile = ws.profile()
    chosen = name or (profile.organisation if profile and profile.organisation else "") or "Egenvårdsstöd"
    made = OrgIdentity.generate(chosen)
    with ws.write(Action.KEY_CHANGE, "exchange_identity", made.public.fingerprint):
        _xs(ws).set_identity(IdentityRow(made.name, made.age_secret, made.signing_private, made.created_at))
    return made


ORG_IDS_KEY = "exchange.organisation_ids"


def organisation_ids(ws: Workspace) -> OrgIds:
    """The organisation's HSA-id and organisationsnummer, as set (both empty when not)."""
    return typing.cast(OrgIds, from_plain(OrgIds, ws.repos.settings.get(ORG_IDS_KEY) or {}))


def set_organisation_ids(ws: Workspace, hsa_id: str = "", org_number: str = "") -> OrgIds:
    """Set both (an empty one removes it); written on the Organization of every later bundle."""
    ws.require(UseCase.EXCHANGE)
    ids = OrgIds(hsa_id, org_number)
    with ws.store.atomic():
        ws.repos.settings.set(ORG_IDS_KEY, to_plain(ids))
    return ids


def export_identity(ws: Workspace, out: Path) -> PublicIdentity:
    # The file carries our sealing certificate, so a partner's `verify` can name us (app/services/sealers.py).
    public = ensure_identity(ws).public_with_seal(documents.certificate_der(ws))
    try:
        write_atomic(Path(out), public.dumps())
    except OSError:
        raise CannotWriteBundle(path=out) from None
    return public


def _partner(row: PartnerRow) -> Partner:
    return Partner(PublicIdentity(row.name, row.age_recipient, row.signing_public), row.trusted, row.added_at)


def partners(ws: Workspace) -> list[Partner]:
    return [_partner(r) for r in _xs(ws).partners()]


def import_identity(ws: Workspace, path: Path, trust: bool = False) -> Partner:
    ws.require(UseCase.TRUST_PARTNER)
    identity = load_identity_file(Path(path))
    xs = _xs(ws)
    known = xs.partner(identity.fingerprint)
    partner = Partner(identity, trust or (known.trusted if known else False), known.added_at if known else now())
    with ws.write(Action.UPDATE, "exchange_partner", identity.fingerprint):
        xs.save_partner(
            PartnerRow(
                identity.fingerprint,
                identity.name,
                identity.age_recipient,
                identity.signing_public,
                partner.trusted,
                partner.added_at,
            )
        )
        sealers.remember_partner_certificate(ws, identity, partner.trusted)  # known only when trusted
    return partner


def set_trusted(ws: Workspace, fingerprint: str, trusted: bool = True) -> Partner:
    ws.require(UseCase.TRUST_PARTNER)
    xs = _xs(ws)
    row = xs.partner(fingerprint)
    if row is None:
        raise errors.UnknownSender(name="?", fingerprint=fingerprint[:24])
    with ws.write(Action.UPDATE, "exchange_partner", fingerprint):
        xs.save_partner(dataclasses.replace(row, trusted=trusted))
        sealers.partner_trust_changed(ws, fingerprint, trusted)
    return _partner(dataclasses.replace(row, trusted=trusted))


@dataclass(frozen=True)
class BundleEntry:
    """One bundle sent or received, for the history list (the store's row stays in the store)."""

    bundle_id: str
    direction: str  # "sent" | "received"
    partner: str
    partner_name: str
    file_name: str
    file_sha256: str
    at: datetime
    counts: dict[str, int]


def history(ws: Workspace, limit: int = 200) -> list[BundleEntry]:
    return [
        BundleEntry(r.bundle_id, r.direction, r.partner, r.partner_name, r.file_name, r.file_sha256, r.at, r.counts)
        for r in _xs(ws).bundles(limit)
    ]
