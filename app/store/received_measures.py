"""Indicator reports received from other organisations in `.egvb` bundles (issue 12 item 5):
the FHIR collection bundle of MeasureReports as it came, with who and which period, so the
county view can set the newest of each organisation side by side. No personal data: the
bundle holds an Organization, Measures and MeasureReports only."""

from __future__ import annotations

from dataclasses import dataclass

from app.store.database import Store


@dataclass(frozen=True)
class ReceivedMeasures:
    bundle_id: str
    organisation: str
    period_start: str
    period_end: str
    breakdown: str
    sender: str  # the sending identity's name
    received_at: str
    data: bytes


def add(store: Store, row: ReceivedMeasures) -> None:
    """Keep one received report (call inside the import's transaction); the same bundle twice
    is kept once."""
    with store.guard("received_measures"):
        store.conn.execute(
            "INSERT OR IGNORE INTO received_measures (bundle_id, organisation, period_start, period_end, breakdown,"
            " sender, received_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (row.bundle_id, row.organisation, row.period_start, row.period_end, row.breakdown, row.sender,
             row.received_at, row.data),
        )  # fmt: skip


def newest(store: Store) -> list[ReceivedMeasures]:
    """Per organisation, period and breakdown the report received last."""
    with store.guard("received_measures"):
        rows = store.conn.execute(
            "SELECT bundle_id, organisation, period_start, period_end, breakdown, sender, received_at, data"
            " FROM received_measures r WHERE NOT EXISTS (SELECT 1 FROM received_measures n"
            " WHERE n.organisation = r.organisation AND n.period_start = r.period_start"
            " AND n.period_end = r.period_end AND n.breakdown = r.breakdown"
            " AND (n.received_at > r.received_at OR (n.received_at = r.received_at AND n.bundle_id > r.bundle_id)))"
            " ORDER BY period_end DESC, period_start, breakdown, organisation"
        ).fetchall()
    return [ReceivedMeasures(*(str(v) for v in r[:7]), bytes(r[7])) for r in rows]
