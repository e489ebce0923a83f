"""The follow-up report as PDF and spreadsheet: the small-count rule applied, printed on it,
charts drawn, fonts embedded. Figures from tests/factories.py `indicator_world` plus 35
assessments, so some figures are big enough to show and others are not."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.models.assessment import Assessment, Outcome, RiskAnalysis
from app.models.common import Practitioner, Profession
from app.models.indicators import Period
from app.services import indicators as ix
from app.services.workspace import Workspace
from tests.factories import IndicatorWorld, indicator_world

H1 = Period(date(2026, 1, 1), date(2026, 6, 30))


@pytest.fixture
def world(ws: Workspace) -> IndicatorWorld:
    built = indicator_world(ws)
    nurse = Practitioner("Sara Sjö", "Sjuksköterska", "Växjö kommun", profession=Profession.NURSE)
    risky = RiskAnalysis((), "Risk för skada", risk_of_harm=True)
    extra = [
        Assessment(built.ids["p1"], f"Insats {i}", nurse, date(2026, 3, 15), RiskAnalysis(), Outcome.SELF)
        for i in range(30)
    ]
    extra += [
        Assessment(built.ids["p2"], f"Risk {i}", nurse, date(2026, 4, 15), risky, Outcome.HEALTH_CARE) for i in range(5)
    ]
    with ws.store.atomic():
        ws.repos.assessments.add_many(extra)
    return built


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def table_lines(text: str, labels: set[str]) -> list[str]:
    """Lines of the figure tables: they start with a group's label."""
    return [line.strip() for line in text.splitlines() if any(line.strip().startswith(lb + " ") for lb in labels)]


def test_pdf_hides_small_counts_and_shares_and_prints_the_rule(ws: Workspace, world: IndicatorWorld, tmp_path) -> None:
    exact = ix.compute(ws, H1)
    text = pdf_text(ix.report_pdf(ix.public(exact), date(2026, 7, 31)), tmp_path)
    assert "Antal från 1 till 4 visas som ”<5”" in text and "nämnare under 30" in text
    labels = {f.label for f in exact.figures}
    lines = table_lines(text, labels)
    assert len(lines) >= 20
    for line in lines:
        assert not re.search(r"(?<![\d,<])[1-4](?![\d,])", line), line
    # new assessments: 4 + 35 = 39 shown; health care because of risk: 1 + 5 = 6 of 39 → 15,4 %
    assert "Alla 39" in re.sub(r"\s+", " ", text)
    assert "Alla 6 39 15,4 %" in re.sub(r"\s+", " ", text)
    # plans signed: 3, shown as <5
    assert "Alla <5" in re.sub(r"\s+", " ", text)


def test_pdf_exact_shows_the_figures_and_says_internal(ws: Workspace, world: IndicatorWorld, tmp_path) -> None:
    text = re.sub(r"\s+", " ", pdf_text(ix.report_pdf(ix.compute(ws, H1), date(2026, 7, 31)), tmp_path))
    assert "INTERNT" in text
    assert "Signerade planer" in text and "Alla 3 " in text


def test_pdf_fonts_embedded_and_charts_drawn(ws: Workspace, world: IndicatorWorld, tmp_path: Path) -> None:
    from app.models.indicators import Breakdown

    data = ix.report_pdf(ix.compute(ws, H1, Breakdown.SETTING), date(2026, 7, 31))
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and "Helvetica" not in fonts
    assert all(re.search(r"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", r) for r in rows), fonts
    # a chart's axis title sits under each chart with several groups (plans signed by setting)
    text = pdf_text(data, tmp_path)
    assert text.count("Antal\n") + text.count("Antal ") >= 1
    assert "Andel, %" in text


def test_xlsx_cells_obey_the_rule(ws: Workspace, world: IndicatorWorld) -> None:
    book = load_workbook(BytesIO(ix.report_xlsx(ix.public(ix.compute(ws, H1)))))
    sheet = book["Indikatorer"]
    rows = {(r[0], r[2]): r for r in sheet.iter_rows(min_row=3, values_only=True)}
    assert rows[("plans_signed", "Alla")][3] == "<5"
    assert rows[("new_assessments", "Alla")][3] == 39
    assert rows[("health_care_because_of_risk", "Alla")][3:6] == (6, 39, 15.4)
    assert rows[("reviews_on_time", "Alla")][3:6] == ("<5", 5, "–")
    for row in rows.values():
        for cell in row[3:5]:
            assert not (isinstance(cell, int) and 1 <= cell <= 4), row
    assert "visas som ”<5”" in book["Regel"]["B1"].value
    assert {r[0] for r in book["Definitioner"].iter_rows(min_row=2, values_only=True)} == {i.id for i in ix.REGISTRY}
