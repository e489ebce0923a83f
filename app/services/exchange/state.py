"""What the Utbyte view shows, read in one job."""

from __future__ import annotations

from dataclasses import dataclass

from app.exchange.identity import Partner, PublicIdentity
from app.services.exchange.conflicts import Conflict, open_conflicts
from app.services.exchange.identity import BundleEntry, ensure_identity, history, partners
from app.services.workspace import Workspace


@dataclass(frozen=True)
class ExchangeState:
    """What the Utbyte view shows, read in one job."""

    me: PublicIdentity
    partners: tuple[Partner, ...]
    conflicts: tuple[Conflict, ...]
    history: tuple[BundleEntry, ...]


def state(ws: Workspace) -> ExchangeState:
    return ExchangeState(ensure_identity(ws).public, tuple(partners(ws)), tuple(open_conflicts(ws)), tuple(history(ws)))
