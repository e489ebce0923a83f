"""Pieces several documents share: tables in the house style and Swedish labels for values."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Paragraph, Table, TableStyle

from app.models.common import Consent, ConsentForm, ConsentGiver
from app.models.records import RECIPIENT_LABELS_SV, CopyHandover
from app.reports import fonts, styles
from app.reports.text import markup, sv_date

GIVER_LABELS_SV = {
    ConsentGiver.PERSON: "den enskilde",
    ConsentGiver.GUARDIAN: "vårdnadshavare",
    ConsentGiver.REPRESENTATIVE: "företrädare",
}
FORM_LABELS_SV = {ConsentForm.WRITTEN: "Skriftligt", ConsentForm.VERBAL: "Muntligt"}


def consent_text(consent: Consent | None, needed: bool) -> str:
    if consent is None:
        return "Behövs inte" if not needed else "Saknas"
    scope = f" – {consent.scope}" if consent.scope else ""
    return (
        f"{FORM_LABELS_SV[consent.form]} samtycke av {consent.given_by} "
        f"({GIVER_LABELS_SV[consent.giver]}), {sv_date(consent.given_on)}{scope}"
    )


def key_values(pairs: Sequence[tuple[str, str]], widths: tuple[float, float]) -> Table:
    """Label / value lines without a header, for compact facts (ids, dates, statuses)."""
    data = [[cell(k, styles.CELL_HEAD), cell(v)] for k, v in pairs]
    t = Table(data, colWidths=list(widths), hAlign="LEFT", splitInRow=1)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, styles.TINT),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def cell(text: str, style: object = None) -> Paragraph:
    return Paragraph(markup(text), style or styles.CELL)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float | str],
    blank_rows: int = 0,
    blank_height: float = 0,
    cell_style: object = None,
    head_style: object = None,
) -> Table:
    """A ruled table with a tinted header row repeated on every page it spans."""
    data = [[cell(h, head_style or styles.CELL_HEAD) for h in header]]
    data += [[cell(v, cell_style) for v in row] for row in rows]
    data += [["" for _ in header] for _ in range(blank_rows)]
    heights = [None] * (1 + len(rows)) + [blank_height or None] * blank_rows
    # splitInRow: a row with a long note may break across pages instead of stopping the build.
    t = Table(data, colWidths=list(widths), rowHeights=heights, repeatRows=1, hAlign="LEFT", splitInRow=1)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # never the non-embedded default
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("BACKGROUND", (0, 0), (-1, 0), styles.TINT),
                ("GRID", (0, 0), (-1, -1), 0.5, styles.RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return t


def copy_rows(copies: Sequence[CopyHandover]) -> list[list[str]]:
    return [
        [
            RECIPIENT_LABELS_SV[c.recipient],
            c.recipient_name,
            sv_date(c.handed_on),
            consent_text(c.consent, c.needs_consent),
        ]
        for c in copies
    ]
