"""Uppföljning as a PDF: every indicator's figures, a bar chart per indicator, the definitions,
and the small-count rule printed on the report (issue 12). A Swedish document, like the others.

It prints what it is given: `app.services.indicators.public` has applied the rule before the
report leaves the organisation; a report built from exact figures says so in its banner.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.models.indicators import (
    BREAKDOWN_LABELS_SV,
    Breakdown,
    Figure,
    Indicator,
    Kind,
    Report,
    count_text,
    value_text,
)
from app.reports import fonts, page, styles
from app.reports.common import table
from app.reports.text import markup, nfc, sv_date

TITLE = "UPPFÖLJNING AV EGENVÅRD"
CHART_WIDTH = 174 * mm
BAR_HEIGHT = 5.5 * mm
MAX_BARS = 24  # a breakdown with more groups prints its table in full and charts the first ones


def _chart(ind: Indicator, figures: Sequence[Figure]) -> Drawing | None:
    """Bars of the values shown, one per group (none for a single group: the table says it);
    a hidden value gets no bar and its label says "–"."""
    shown = list(figures)[:MAX_BARS]
    if len(shown) < 2 or all(f.value is None for f in shown):
        return None
    share = ind.kind is Kind.SHARE
    values = [(f.value or 0) * (100 if share else 1) for f in shown]
    height = len(shown) * BAR_HEIGHT + 14 * mm
    drawing = Drawing(CHART_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 8 * mm
    chart.width, chart.height = CHART_WIDTH - 76 * mm, len(shown) * BAR_HEIGHT
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [_short(f) for f in reversed(shown)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if share:
        chart.valueAxis.valueMax = 100
        chart.valueAxis.valueStep = 20
    chart.bars[0].fillColor = styles.ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = fonts.REGULAR  # never the non-embedded Helvetica default
    drawing.add(chart)
    for i, f in enumerate(reversed(shown)):
        y = chart.y + (i + 0.5) * BAR_HEIGHT - 1.2 * mm
        text = value_text(f) + (f"  (n = {count_text(f, 'denominator')})" if f.kind is not Kind.COUNT else "")
        drawing.add(String(chart.x + chart.width + 2 * mm, y, text, fontName=fonts.REGULAR, fontSize=7))
    unit = "Andel, %" if share else ("Mediandagar" if ind.kind is Kind.MEDIAN else "Antal")
    drawing.add(String(chart.x, 1 * mm, unit, fontName=fonts.REGULAR, fontSize=7, fillColor=styles.MUTED))
    return drawing


def _short(f: Figure) -> str:
    label = nfc(f.label)
    return label if len(label) <= 34 else label[:33] + "…"


def _rows(ind: Indicator, figures: Sequence[Figure]) -> list[list[str]]:
    if ind.kind is Kind.COUNT:
        return [[nfc(f.label), count_text(f, "numerator")] for f in figures]
    if ind.kind is Kind.MEDIAN:
        return [[nfc(f.label), value_text(f), count_text(f, "denominator")] for f in figures]
    return [[nfc(f.label), count_text(f, "numerator"), count_text(f, "denominator"), value_text(f)] for f in figures]


def _header(ind: Indicator, group: str) -> tuple[list[str], list[float]]:
    if ind.kind is Kind.COUNT:
        return [group, "Antal"], [130 * mm, 44 * mm]
    if ind.kind is Kind.MEDIAN:
        return [group, "Median", "Antal"], [110 * mm, 32 * mm, 32 * mm]
    return [group, "Täljare", "Nämnare", "Andel"], [94 * mm, 26 * mm, 26 * mm, 28 * mm]


def _section(ind: Indicator, figures: Sequence[Figure], breakdown: Breakdown) -> list[Flowable]:
    split = breakdown in ind.breakdowns
    group = ind.dimension_sv or (BREAKDOWN_LABELS_SV[breakdown] if split else "Grupp")
    header, widths = _header(ind, group)
    head: list[Flowable] = [
        Paragraph(markup(ind.name_sv), styles.HEADING),
        Paragraph(markup(ind.definition_sv), styles.SMALL),
        Spacer(0, 2 * mm),
    ]
    body: list[Flowable] = [table(header, _rows(ind, figures), widths)]
    chart = _chart(ind, figures)
    if chart is not None:
        body += [Spacer(0, 2 * mm), chart]
    # One indicator on one page when it fits; a long breakdown splits (KeepTogether lets it).
    return [KeepTogether(head + body), Spacer(0, 3 * mm)]


def _story(report: Report, indicators: Sequence[Indicator], made_on: date) -> list[Flowable]:
    breakdown = BREAKDOWN_LABELS_SV[report.breakdown]
    who = f"  ·  {report.organisation}" if report.organisation else ""
    story: list[Flowable] = [
        Paragraph(TITLE, styles.TITLE),
        Paragraph(
            markup(
                f"Period {sv_date(report.period.start)} – {sv_date(report.period.end)}{who}  ·  "
                f"Uppdelning: {breakdown.lower()}  ·  Framtagen {sv_date(made_on)}"
            ),
            styles.SUBTITLE,
        ),
        Spacer(0, 3 * mm),
        Paragraph(markup("Siffrorna är räknade ur journalerna i Egenvårdsstöd, utan personuppgifter."), styles.INTRO),
    ]
    if report.rule is not None:
        story.append(Paragraph(markup("Små antal: " + report.rule.text_sv), styles.INTRO))
    else:
        story.append(Paragraph("<b>Exakta siffror – endast för internt bruk inom organisationen.</b>", styles.INTRO))
    story.append(Spacer(0, 2 * mm))
    for ind in indicators:
        figures = report.of(ind.id)
        if figures:
            story += _section(ind, figures, report.breakdown)
    waiting = [i for i in indicators if i.id in report.pending]
    if waiting:
        story += [Paragraph("Indikatorer som ännu inte beräknas", styles.HEADING)]
        story += [Paragraph(markup(f"{i.name_sv}: {i.definition_sv}"), styles.SMALL) for i in waiting]
    return story


def render_indicators(report: Report, indicators: Sequence[Indicator], made_on: date) -> bytes:
    """The report as PDF bytes; `indicators` is the registry, in the order to print."""
    fonts.register()
    # A chart's renderer starts from ReportLab's default graphics font (Helvetica, not embedded)
    # even when every string names Vera: make the default ours, for this process.
    rl_config.defaultGraphicsFontName = fonts.REGULAR
    period = f"{report.period.start.isoformat()} – {report.period.end.isoformat()}"
    kind = "Små antal dolda" if report.rule is not None else "Exakta siffror, internt"
    furniture = page.PageFurniture(
        header_left=TITLE + (f"  ·  {nfc(report.organisation)}" if report.organisation else ""),
        header_right=f"Period {period}",
        footer_items=(f"Uppföljning {period}", kind),
        banner="" if report.rule is not None else "INTERNT – exakta siffror",
        title=f"Uppföljning av egenvård {period}",
        subject="Indikatorer för uppföljning av egenvård",
    )
    return page.build(_story(report, indicators, made_on), furniture)
