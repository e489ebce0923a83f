"""Uppföljning's county view of the indicator reports received in exchange bundles (issue 12,
item 5): a region imports a municipality's bundle and sees its figures beside the county's sum.
Real widgets, worker, databases and bundles; figures as tests/factories.py
`indicator_municipality` (4 hand-built assessments + 40 more)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from app.models.indicators import Period
from app.services import exchange as ex
from app.services.exchange import measures
from tests.factories import indicator_municipality, workspace

H1 = Period(date(2026, 1, 1), date(2026, 6, 30))


def test_the_region_sees_the_received_reports_side_by_side(qtbot, main, ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ex.ensure_identity(ws, "Region Kronoberg")
    other = workspace(tmp_path / "alvesta" / "egenvard.db")
    try:
        indicator_municipality(other, "Alvesta kommun", 40, 0)
        ex.ensure_identity(other, "Alvesta kommun")
        ex.export_identity(other, tmp_path / "alvesta.id")
        ex.export_identity(ws, tmp_path / "region.id")
        region = ex.import_identity(other, tmp_path / "region.id", trust=True)
        ex.import_identity(ws, tmp_path / "alvesta.id", trust=True)
        sent = measures.export_indicators(other, tmp_path / "alvesta.egvb", H1, to=region.identity)
    finally:
        other.close()
    ex.import_bundle(ws, sent.path)
    main.nav.setCurrentRow(main.PAGES.index("indicators"))
    view = main.indicators
    with qtbot.waitSignal(view.computed, timeout=20000):
        view.received_button.click()
    assert view.county and "Länsvy" in view.note.text()
    rows = {
        view.model.data(view.model.index(r, 1)): r
        for r in range(view.model.rowCount())
        if view.model.record(r).indicator == "new_assessments"
    }
    assert set(rows) == {"Alvesta kommun – Alla", "Länet – Alla"}
    assert view.model.data(view.model.index(rows["Länet – Alla"], 2)) == "44"
    if os.environ.get("EGENVARD_SCREENSHOTS"):
        view.window().grab().save(os.environ["EGENVARD_SCREENSHOTS"])
