"""First start: everything a new database needs before the user begins to work.

The sealing certificate and the organisation's exchange keys are made here, once, so that
printing a sealed plan or sending a bundle later never stops to generate keys in front of a
waiting nurse.
"""

from __future__ import annotations

from app.models.common import Practitioner
from app.services import security
from app.services.workspace import Workspace


def first_start(ws: Workspace, profile: Practitioner, remember: bool = False) -> None:
    # Imported here, not above: the first-start wizard imports this module, and pyHanko,
    # ReportLab and jsonschema (behind documents and exchange) would delay its window by
    # seconds (issue 11: start → window shown ≤ 1.5 s).
    from app.services import documents, exchange

    ws.set_profile(profile)
    if remember:
        security.remember_key(ws.store)
    documents.create_credential(ws, profile)
    exchange.ensure_identity(ws, profile.organisation)
