"""Avvikelserapport for sending to another organisation (002 §"Avvikelsehantering"):
what happened, what was done, who is informed, and whether the assessor must re-assess."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.models.deviation import HARM_LABELS_SV, STATUS_LABELS_SV, Deviation
from app.models.person import Person
from app.models.plan import Plan
from app.reports import fingerprint, page, privacy, styles
from app.reports.common import table
from app.reports.flowables import FieldBox, FieldRow, SignatureLine, SignatureRow
from app.reports.text import markup, nfc, sv_date

TITLE = "AVVIKELSERAPPORT"
REASSESS_NOTE = (
    "Skada eller risk för skada: den som gjort egenvårdsbedömningen ska kontaktas för att avgöra om "
    "egenvården kan fortsätta eller om insatsen i stället ska utföras av hälso- och sjukvården."
)


@dataclass(frozen=True)
class DeviationReport:
    deviation: Deviation
    person: Person
    plan: Plan | None = None
    organisation: str = ""  # the sending organisation


def _story(r: DeviationReport) -> list[Flowable]:
    d, person = r.deviation, r.person
    gap = Spacer(0, 2.5 * mm)
    sub = "Egenvård – information till berörda parter och underlag för gemensam händelseanalys"
    if r.organisation:
        sub += f"  ·  Från {r.organisation}"
    story: list[Flowable] = [
        Paragraph(TITLE, styles.TITLE),
        Paragraph(markup(sub), styles.SUBTITLE),
        Spacer(0, 5 * mm),
        FieldRow([(FieldBox("Namn", person.name), 1.75), (FieldBox("Personnummer", person.number.formatted), 1)]),
        gap,
        FieldRow(
            [
                (FieldBox("Inträffade", sv_date(d.occurred_at)), 1),
                (FieldBox("Plats", privacy.current().unit(d.location)), 1.4),
                (FieldBox("Kategori", d.category), 1),
            ]
        ),
        gap,
        FieldRow(
            [
                (FieldBox("Skada", HARM_LABELS_SV[d.harm]), 1),
                (FieldBox("Status", STATUS_LABELS_SV[d.status]), 1.4),
                (FieldBox("Rapporterad", sv_date(d.reported_at)), 1),
            ]
        ),
        gap,
        FieldBox("Vad hände?", d.description, min_height=22 * mm),
        gap,
        FieldBox("Omedelbar åtgärd", d.immediate_action, min_height=16 * mm),
        gap,
        FieldRow(
            [
                (FieldBox("Rapportör", d.reporter), 1),
                (FieldBox("Rapportörens organisation", d.reporter_organisation), 1),
            ]
        ),
    ]
    if r.plan is not None:
        p = r.plan
        story += [gap, FieldBox("Berörd egenvårdsplan", f"{p.measure}\nPlan-ID {p.id}, version {p.version}")]
    if d.needs_reassessment:
        informed = sv_date(d.assessor_informed_on) if d.assessor_informed_on else "Inte ännu"
        story += [
            Spacer(0, 4 * mm),
            KeepTogether(
                [
                    Paragraph(f"<b>{escape(REASSESS_NOTE)}</b>", styles.BODY),
                    Paragraph(markup(f"Bedömaren kontaktad: {informed}"), styles.BODY),
                ]
            ),
        ]
    rows = [
        [p.organisation, p.contact, sv_date(p.informed_on) if p.informed_on else "Inte informerad"] for p in d.parties
    ]
    story += [
        Paragraph("Berörda parter som ska informeras", styles.HEADING),
        table(
            ["Organisation", "Kontaktperson", "Informerad"],
            rows,
            [70 * mm, 64 * mm, 40 * mm],
            blank_rows=0 if rows else 2,
            blank_height=8 * mm,
        ),
        Spacer(0, 4 * mm),
        FieldBox("Gemensam händelseanalys", d.event_analysis, min_height=22 * mm),
        gap,
        FieldBox("Beslutade åtgärder", d.measures, min_height=18 * mm),
    ]
    notices = [n.sv for n in d.notices()]  # the report is a Swedish document, whatever the window speaks
    if notices:
        story += [
            Spacer(0, 3 * mm),
            Paragraph(markup("Återstår innan avvikelsen kan avslutas: " + "; ".join(notices) + "."), styles.SMALL),
        ]
    story += [
        Spacer(0, 10 * mm),
        KeepTogether(
            [
                SignatureRow(
                    [
                        SignatureLine("Skickad av (namn, datum)"),
                        SignatureLine("Mottagen av (namn, organisation, datum)"),
                    ]
                )
            ]
        ),
    ]
    return story


def render_deviation(report: DeviationReport) -> bytes:
    d = report.deviation
    fp = fingerprint.of_record(d)
    furniture = page.PageFurniture(
        header_left=TITLE + (f"  ·  {nfc(report.organisation)}" if report.organisation else ""),
        header_right=f"{nfc(report.person.name)}  ·  {report.person.number.formatted}",
        footer_items=(f"Avvikelse-ID {d.id}", f"Status {STATUS_LABELS_SV[d.status].lower()}", f"Kontrollsumma {fp}"),
        qr_payload=f"AVVIKELSE;id={d.id};fp={fp};sida={{page}}/{{pages}}",
        title=f"Avvikelserapport – {nfc(report.person.name)}",
        subject=f"Avvikelse {d.id}",
    )
    return page.build(_story(report), furniture)
