"""Akutkort: one page for whoever helps with the egenvård, kept with the equipment.

What to do on harm or risk of harm (point 4), on a changed situation (point 5), and whom to
call, in large type. Text that would not fit is shrunk, never cut: the card stays one page.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from app.models.common import Practitioner
from app.models.person import Person
from app.models.plan import Plan, PlanStatus
from app.reports import fingerprint, fonts, page, styles
from app.reports.common import table
from app.reports.flowables import FieldBox, FieldRow, FullWidth
from app.reports.text import markup, nfc, sv_date

TITLE = "AKUTKORT – EGENVÅRD"
EMERGENCY = "Vid livshotande tillstånd: ring 112"
BIG = styles._style("card", fontSize=12.5, leading=17)


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


def _content(card: EmergencyCard) -> list[Flowable]:
    plan, person = card.plan, card.person
    gap = Spacer(0, 3 * mm)
    return [
        FieldRow(
            [
                (FieldBox("Namn", person.name, value_style=BIG), 1.75),
                (FieldBox("Personnummer", person.number.formatted, value_style=BIG), 1),
            ]
        ),
        gap,
        FieldRow([(FieldBox("Insats", plan.measure), 1.75), (FieldBox("Utförs av", plan.performer), 1)]),
        Spacer(0, 5 * mm),
        FullWidth(_emergency_bar),
        Spacer(0, 5 * mm),
        FieldBox(
            "Om personen skadas eller riskerar att skadas i samband med egenvården",
            plan.on_harm,
            point=4,
            value_style=BIG,
        ),
        gap,
        FieldBox("Om personens situation förändras", plan.on_change, point=5, value_style=BIG),
        Spacer(0, 5 * mm),
        Paragraph("Kontakta", styles.HEADING),
        FullWidth(lambda w: table(["Roll", "Namn", "Telefon"], _contacts(card), [w * 0.3, w * 0.47, w * 0.23])),
        Spacer(0, 4 * mm),
        Paragraph(
            markup(
                f"Egenvårdsplanen omprövas senast {sv_date(plan.reassessment_on) or '—'}. "
                "Följ alltid den signerade egenvårdsplanen; kortet är en sammanfattning."
            ),
            styles.SMALL,
        ),
    ]


def render_card(card: EmergencyCard) -> bytes:
    plan, person = card.plan, card.person
    fp = fingerprint.short(plan)
    draft = plan.status is PlanStatus.DRAFT
    width, height = styles.PAGE
    body_h = height - styles.MARGIN_TOP - styles.MARGIN_BOTTOM - 1 * mm
    title = [
        Paragraph(TITLE, styles.TITLE),
        Paragraph(escape(nfc(card.organisation)) or "&nbsp;", styles.SUBTITLE),
        Spacer(0, 4 * mm),
    ]
    # shrink: a very long answer makes the type smaller; nothing is cut and the card stays one page.
    story: list[Flowable] = [KeepInFrame(width - 2 * styles.MARGIN_X, body_h, [*title, *_content(card)], mode="shrink")]
    furniture = page.PageFurniture(
        header_left=("UTKAST  ·  " if draft else "") + TITLE,
        header_right=f"{nfc(person.name)}  ·  {person.number.formatted}",
        footer_items=(f"Plan-ID {plan.id}", f"Version {plan.version}", f"Kontrollsumma {fp}"),
        qr_payload=f"AKUTKORT;id={plan.id};v={plan.version};fp={fp};sida={{page}}/{{pages}}",
        watermark="UTKAST" if draft else "",
        banner="UTKAST – planen är inte signerad" if draft else "",
        title=f"Akutkort – {nfc(person.name)}",
    )
    return page.build(story, furniture)
