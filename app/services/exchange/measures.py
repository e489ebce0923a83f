"""Indicator reports in the `.egvb` bundle (issue 12, item 5): a municipality sends its
follow-up figures to the region as FHIR MeasureReports (`app.exchange.measures`, the small-count
rule applied, no Patient) in the same signed, encrypted container as records; the region keeps
what it receives and sets the municipalities side by side in Uppföljning's county view.

The reports travel as their own member, `measures.json` (a collection Bundle of Organization,
Measures and MeasureReports), beside an empty `bundle.json`: the record import sees no records,
and the reports never mix with personal data. An import checks the member (FHIR validation)
before anything is written, and keeps it in the import's transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.exchange import container, fhir
from app.exchange.errors import ExchangeError
from app.exchange.identity import PublicIdentity
from app.exchange.measures import Summary, read_summary
from app.exchange.records import RecordSet
from app.models.audit import Action
from app.models.common import new_id, now
from app.models.indicators import Breakdown, Period, Report
from app.models.roles import UseCase
from app.services import indicators as ix
from app.services.exchange import order
from app.services.exchange.base import PASSPHRASE_PARTNER, CannotWriteBundle, _xs
from app.services.exchange.export import ExportResult
from app.services.exchange.identity import ensure_identity
from app.services.workspace import Workspace
from app.store import received_measures as kept
from app.store.atomic import write_atomic
from app.store.exchange import BundleRow

MEMBER = container.MEASURES_JSON
COUNT_KEY = "measure_report"


class BadIndicatorReports(ExchangeError):
    sv = "Indikatorrapporterna i utbytespaketet är inte giltiga (FHIR MeasureReport); inget importerades."
    en = "The indicator reports in the exchange bundle are not valid (FHIR MeasureReport); nothing was imported."


class NoReceivedIndicators(UserError):
    sv = "Inga indikatorrapporter har tagits emot ännu; importera kommunernas utbytespaket först."
    en = "No indicator reports have been received yet; import the municipalities' exchange bundles first."


def _kinds() -> dict[str, Any]:
    return {i.id: i.kind for i in ix.computed()}


def export_indicators(
    ws: Workspace,
    out: Path,
    period: Period,
    breakdown: Breakdown = Breakdown.NONE,
    *,
    to: PublicIdentity | None = None,
    passphrase: str | None = None,
) -> ExportResult:
    """Write a signed, encrypted bundle holding this organisation's indicators for the period as
    MeasureReports (small counts hidden) and no record of any person."""
    ws.require(UseCase.EXCHANGE)
    me = ensure_identity(ws)
    summary = ix.fhir_summary(ix.public(ix.compute(ws, period, breakdown)), datetime.now(UTC))
    reports = sum(
        1 for e in json.loads(summary)["entry"] if e["resource"]["resourceType"] == "MeasureReport"
    )  # fmt: skip
    partner_key = to.fingerprint if to else PASSPHRASE_PARTNER
    bundle_id, created = new_id(), now().isoformat()
    members = {container.BUNDLE_JSON: fhir.bundle_json(RecordSet(), me.public, bundle_id, created), MEMBER: summary}
    _sequence, fields = order.outgoing(ws, partner_key)
    counts = {COUNT_KEY: reports}
    data = container.seal(
        members, me, bundle_id=bundle_id, created_at=created, recipient=to, passphrase=passphrase,
        counts=counts, extra=fields,
    )  # fmt: skip
    try:
        write_atomic(Path(out), data)
    except OSError:
        raise CannotWriteBundle(path=out) from None
    with ws.store.atomic():
        order.remember_sent(ws, partner_key, fields)
        sha = hashlib.sha256(data).hexdigest()
        row = BundleRow(bundle_id, "sent", partner_key, to.name if to else "", Path(out).name, sha, now(), counts)
        _xs(ws).add_bundle(row)
        ws.audit.append_many(ws.actor, Action.EXPORT, [("bundle", bundle_id, "")])
    return ExportResult(Path(out), bundle_id, counts)


def check(members: Mapping[str, bytes]) -> Summary | None:
    """The bundle's indicator reports, validated, or None when it carries none. Called while
    the bundle is read, before anything is written."""
    raw = members.get(MEMBER)
    if raw is None:
        return None
    try:
        return read_summary(json.loads(raw), _kinds())
    except (ExchangeError, KeyError, TypeError, ValueError, AttributeError, IndexError):
        raise BadIndicatorReports() from None


def keep(ws: Workspace, members: Mapping[str, bytes], sender: str, bundle_id: str) -> None:
    """Store the reports a bundle carried (inside the import's transaction)."""
    raw = members.get(MEMBER)
    summary = check(members)
    if raw is None or summary is None:
        return
    row = kept.ReceivedMeasures(
        bundle_id,
        summary.organisation,
        summary.period.start.isoformat(),
        summary.period.end.isoformat(),
        summary.breakdown.value,
        sender,
        now().isoformat(),
        raw,
    )
    kept.add(ws.store, row)


@dataclass(frozen=True)
class ReceivedReport:
    """One organisation's indicator reports as received: who, which period, from whom, when."""

    organisation: str
    period: Period
    breakdown: Breakdown
    sender: str
    received_at: str


def received(ws: Workspace) -> list[ReceivedReport]:
    """The newest report of each organisation per period and breakdown."""
    ws.require(UseCase.INDICATORS)
    return [
        ReceivedReport(r.organisation, _period(r), Breakdown(r.breakdown), r.sender, r.received_at)
        for r in kept.newest(ws.store)
    ]


def _period(row: kept.ReceivedMeasures) -> Period:
    return Period(datetime.fromisoformat(row.period_start).date(), datetime.fromisoformat(row.period_end).date())


def county_received(ws: Workspace, period: Period | None = None, breakdown: Breakdown | None = None) -> Report:
    """The county view of the reports received in bundles: the municipalities side by side with
    the county's sum, for the period and breakdown asked (else the newest period received)."""
    ws.require(UseCase.INDICATORS)
    rows = kept.newest(ws.store)
    if rows and (period is None or breakdown is None):
        period, breakdown = _period(rows[0]), Breakdown(rows[0].breakdown)
    chosen = [r for r in rows if (_period(r), Breakdown(r.breakdown)) == (period, breakdown)]
    if not chosen:
        raise NoReceivedIndicators()
    return ix.county([read_summary(json.loads(r.data), _kinds()) for r in chosen])
