"""Uppföljning as a spreadsheet (openpyxl): the same figures as the PDF, one row per indicator
and group, with the small-count rule already applied by the caller and printed on its own sheet."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font

from app.models.indicators import BREAKDOWN_LABELS_SV, Figure, Indicator, Kind, Report, count_text, value_text

HEADER = ("Indikator-id", "Indikator", "Grupp", "Täljare", "Nämnare", "Värde", "Enhet", "Dold av regeln")


def _cell(figure: Figure, name: str) -> int | str | None:
    """A number stays a number (sums and charts work); hidden is the text "<5"."""
    if name in figure.hidden:
        return count_text(figure, name)
    return getattr(figure, name)


def _value(figure: Figure) -> float | str | None:
    if "value" in figure.hidden:
        return value_text(figure)
    if figure.value is None:
        return None
    return round(figure.value * 100, 1) if figure.kind is Kind.SHARE else figure.value


_UNIT = {Kind.COUNT: "antal", Kind.SHARE: "procent", Kind.MEDIAN: "dagar"}


def render_indicators_xlsx(report: Report, indicators: Sequence[Indicator]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Indikatorer"
    sheet.append(
        [
            f"Uppföljning av egenvård {report.period.text}",
            report.organisation,
            f"Uppdelning: {BREAKDOWN_LABELS_SV[report.breakdown].lower()}",
        ]
    )
    sheet.append(list(HEADER))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for ind in indicators:
        for f in report.of(ind.id):
            sheet.append(
                [
                    ind.id,
                    ind.name_sv,
                    f.label,
                    _cell(f, "numerator"),
                    _cell(f, "denominator"),
                    _value(f),
                    _UNIT[f.kind],
                    "ja" if f.suppressed else "nej",
                ]
            )
    for column, width in zip("ABCDEFGH", (34, 44, 34, 10, 10, 10, 10, 14), strict=True):
        sheet.column_dimensions[column].width = width
    defs = book.create_sheet("Definitioner")
    defs.append(["Indikator-id", "Indikator", "Definition", "Beräknas"])
    for ind in indicators:
        defs.append([ind.id, ind.name_sv, ind.definition_sv, "ja" if ind.id not in report.pending else "inte ännu"])
    rule = book.create_sheet("Regel")
    rule.append(["Små antal", report.rule.text_sv if report.rule else "Exakta siffror – endast för internt bruk."])
    out = BytesIO()
    book.save(out)
    return out.getvalue()
