"""Akutkort: a page for whoever helps with the egenvård, kept with the equipment.

What to do on harm or risk of harm (point 4), on a changed situation (point 5), and whom to
call, in large type. Nothing on the card is smaller than 9 pt: text that does not fit on one
page continues on a second card page, its box labelled "(forts.)"; the "ring 112" bar keeps its
size. A draft, voided or superseded version carries UTKAST / MAKULERAD / ERSATT on every page,
as the plan form does.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.models.common import Practitioner
from app.models.person import Person
from app.models.plan import Plan
from app.reports import fingerprint, fonts, marks, page, styles
from app.reports.common import table
from app.reports.flowables import FieldBox, FieldRow, FullWidth
from app.reports.text import markup, nfc, sv_date

TITLE = "AKUTKORT – EGENVÅRD"
EMERGENCY = "Vid livshotande tillstånd: ring 112"
MIN_SIZE = 9  # the smallest type on the card, furniture included
BIG = styles._style("card", fontSize=12.5, leading=17)
LABEL = styles._style("cardlabel", fontSize=MIN_SIZE, leading=11.5, textColor=styles.LABEL)
CELL = styles._style("cardcell", fontSize=MIN_SIZE, leading=11.5)
CELL_HEAD = styles._style("cardhead", fontName=fonts.BOLD, fontSize=MIN_SIZE, leading=11.5, textColor=styles.LABEL)
NOTE = styles._style("cardnote", fontSize=MIN_SIZE, leading=12, textColor=styles.MUTED)
SUBTITLE = styles._style("cardsub", fontSize=MIN_SIZE + 1, leading=13, textColor=styles.MUTED)
DRAFT_BANNER = "UTKAST – planen är inte signerad"


@dataclass(frozen=True)
class EmergencyCard:
    plan: Plan
    person: Person
    assessor: Practitioner | None = None
    organisation: str = ""


def _contacts(card: EmergencyCard) -> list[list[str]]:
    rows = [["Instruktioner och handledning", card.plan.instruction_by, ""]]
    if card.assessor is not None:
        who = ", ".join(x for x in (card.assessor.name, card.assessor.title, card.assessor.organisation) if x)
        rows.append(["Den som gjort bedömningen", who, ""])
    rows += [["Vårdnadshavare", g.name, g.phone] for g in card.person.guardians]
    rows += [[c.relation or "Kontakt", c.name, c.phone] for c in card.person.contacts]
    return rows


def _emergency_bar(width: float) -> Table:
    t = Table(
        [
            [
                Paragraph(
                    f"<b>{EMERGENCY}</b>",
                    styles._style("sos", fontName=fonts.BOLD, fontSize=15, leading=19, textColor=styles.WARN),
                )
            ]
        ],
        colWidths=[width],
    )
    t.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.4, styles.WARN),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ]
        )
    )
    return t


def _box(label: str, value: str, big: bool = False) -> FieldBox:
    return FieldBox(label, value, value_style=BIG if big else styles.FIELD_VALUE, label_style=LABEL)


def _contacts_table(card: EmergencyCard, width: float) -> Table:
    widths = [width * 0.3, width * 0.47, width * 0.23]
    return table(["Roll", "Namn", "Telefon"], _contacts(card), widths, cell_style=CELL, head_style=CELL_HEAD)


def _content(card: EmergencyCard) -> list[Flowable]:
    plan, person = card.plan, card.person
    gap = Spacer(0, 3 * mm)
    return [
        FieldRow([(_box("Namn", person.name, True), 1.75), (_box("Personnummer", person.number.formatted, True), 1)]),
        gap,
        FieldRow([(_box("Insats", plan.measure), 1.75), (_box("Utförs av", plan.performer), 1)]),
        Spacer(0, 5 * mm),
        FullWidth(_emergency_bar),
        Spacer(0, 5 * mm),
        # Whom to call stays on the first page; long instructions continue on the next.
        Paragraph("Kontakta", styles.HEADING),
        _contacts_table(card, styles.PAGE[0] - 2 * styles.MARGIN_X),  # a table splits across pages
        Spacer(0, 5 * mm),
        _box("Om personen skadas eller riskerar att skadas i samband med egenvården", plan.on_harm, big=True),
        gap,
        _box("Om personens situation förändras", plan.on_change, big=True),
        Spacer(0, 4 * mm),
        Paragraph(
            markup(
                f"Egenvårdsplanen omprövas senast {sv_date(plan.reassessment_on) or '—'}. "
                "Följ alltid den signerade egenvårdsplanen; kortet är ett utdrag ur den."
            ),
            NOTE,
        ),
    ]


def render_card(card: EmergencyCard) -> bytes:
    plan, person = card.plan, card.person
    fp = fingerprint.short(plan)
    watermark, banner = marks.for_plan(plan, DRAFT_BANNER)
    title = [
        Paragraph(TITLE, styles.TITLE),
        Paragraph(escape(nfc(card.organisation)) or "&nbsp;", SUBTITLE),
        Spacer(0, 4 * mm),
    ]
    furniture = page.PageFurniture(
        header_left=(f"{watermark}  ·  " if watermark else "") + TITLE,
        header_right=f"{nfc(person.name)}  ·  {person.number.formatted}",
        footer_items=(f"Plan-ID {plan.id}", f"Version {plan.version}", f"Kontrollsumma {fp}"),
        qr_payload=f"AKUTKORT;id={plan.id};v={plan.version};fp={fp};sida={{page}}/{{pages}}",
        watermark=watermark,
        banner=banner,
        title=f"Akutkort – {nfc(person.name)}",
        min_size=MIN_SIZE,
    )
    return page.build([*title, *_content(card)], furniture)
