"""Our own exchange identity, partners' identities (trusted only after the fingerprint question),
and the bundle history."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.exchange import errors
from app.exchange.identity import OrgIdentity, Partner, PublicIdentity, load_identity_file
from app.models.audit import Action
from app.models.common import now
from app.services.exchange.base import CannotWriteBundle, _xs
from app.services.workspace import Workspace
from app.store.atomic import write_atomic
from app.store.exchange import BundleRow, IdentityRow, PartnerRow


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


def export_identity(ws: Workspace, out: Path) -> PublicIdentity:
    public = ensure_identity(ws).public
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
    return partner


def set_trusted(ws: Workspace, fingerprint: str, trusted: bool = True) -> Partner:
    xs = _xs(ws)
    row = xs.partner(fingerprint)
    if row is None:
        raise errors.UnknownSender(name="?", fingerprint=fingerprint[:24])
    with ws.write(Action.UPDATE, "exchange_partner", fingerprint):
        xs.save_partner(dataclasses.replace(row, trusted=trusted))
    return _partner(dataclasses.replace(row, trusted=trusted))


def history(ws: Workspace, limit: int = 200) -> list[BundleRow]:
    return _xs(ws).bundles(limit)
