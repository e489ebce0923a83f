"""Sammanställning for one person: every plan with its versions, reviews, copies and
instructions, plus assessments and deviations. For the person's file (personakten)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.models.assessment import OUTCOME_LABELS_SV as ASSESSMENT_OUTCOMES
from app.models.assessment import Assessment
from app.models.common import Practitioner
from app.models.deviation import HARM_LABELS_SV, Deviation
from app.models.deviation import STATUS_LABELS_SV as DEVIATION_STATUS
from app.models.handover import Handover, describe
from app.models.person import Person
from app.models.plan import SETTING_LABELS_SV, STATUS_LABELS_SV, Plan
from app.models.records import CopyHandover, Instruction
from app.models.review import OUTCOME_LABELS_SV, Review, ReviewKind
from app.reports import fingerprint, page, privacy, styles
from app.reports.common import copy_rows, key_values, table
from app.reports.flowables import FieldBox, FieldRow
from app.reports.text import markup, nfc, sv_date

TITLE = "SAMMANSTÄLLNING EGENVÅRD"
REVIEW_KIND_SV = {ReviewKind.FOLLOW_UP: "Uppföljning", ReviewKind.REASSESSMENT: "Omprövning"}


@dataclass(frozen=True)
class PlanHistory:
    versions: tuple[Plan, ...]  # oldest first; the last is the current version
    reviews: tuple[Review, ...] = ()
    copies: tuple[CopyHandover, ...] = ()
    instructions: tuple[Instruction, ...] = ()
    handovers: tuple[Handover, ...] = ()  # oldest first
    responsible: Practitioner | None = None  # for follow-up now: the latest receiver, else the assessor

    @property
    def current(self) -> Plan:
        return self.versions[-1]


@dataclass(frozen=True)
class PersonSummary:
    person: Person
    today: date
    plans: tuple[PlanHistory, ...] = ()
    assessments: tuple[Assessment, ...] = ()
    deviations: tuple[Deviation, ...] = ()
    organisation: str = ""
    extra: dict[str, str] = field(default_factory=dict)


W = 174 * mm  # frame width


def _person(s: PersonSummary) -> list[Flowable]:
    p = s.person
    gap = Spacer(0, 2.5 * mm)
    out: list[Flowable] = [
        FieldRow([(FieldBox("Namn", p.name), 1.75), (FieldBox(p.number.kind_sv.capitalize(), p.number.formatted), 1)]),
        gap,
        FieldRow(
            [
                (FieldBox("Skola / enhet", privacy.current().unit(p.unit)), 1.75),
                (FieldBox("Ålder", f"{p.age(s.today)} år" + (" (barn)" if p.is_child(s.today) else "")), 1),
            ]
        ),
    ]
    if p.protected_identity:
        out += [
            gap,
            Paragraph(
                "<b>Skyddad identitet.</b> Hantera utskriften varsamt och lämna den inte till obehöriga.", styles.BODY
            ),
        ]
    if p.guardians:
        out += [
            Paragraph("Vårdnadshavare", styles.SUBHEADING),
            table(
                ["Namn", "Telefon", "E-post"],
                [[g.name, g.phone, g.email] for g in p.guardians],
                [64 * mm, 45 * mm, 65 * mm],
            ),
        ]
    if p.contacts:
        out += [
            Paragraph("Kontakter", styles.SUBHEADING),
            table(
                ["Namn", "Relation", "Telefon"],
                [[c.name, c.relation, c.phone] for c in p.contacts],
                [64 * mm, 65 * mm, 45 * mm],
            ),
        ]
    return out


def _plan(h: PlanHistory) -> list[Flowable]:
    cur = h.current
    signed = cur.signature
    facts = [
        ("Plan-ID", cur.id),
        ("Status", f"{STATUS_LABELS_SV[cur.status]}, version {cur.version}"),
        ("Insatsen ges inom", SETTING_LABELS_SV[cur.setting]),
        ("Utförare", cur.performer),
        ("Instruktioner och handledning", cur.instruction_by),
        ("Omprövning senast", sv_date(cur.reassessment_on)),
        ("Signerad", f"{sv_date(signed.signed_on)} av {signed.name}, {signed.title}" if signed else "Inte signerad"),
    ]
    if h.responsible is not None:
        facts.append(("Ansvarig för uppföljning", describe(h.responsible)))
    if h.handovers:
        facts.append(("", h.handovers[-1].line_sv()))
    if cur.void_reason:
        facts.append(("Skäl för makulering", cur.void_reason))
    out: list[Flowable] = [
        KeepTogether(
            [
                Paragraph(markup(cur.measure or "(insats inte angiven)"), styles.HEADING),
                key_values(facts, (48 * mm, W - 48 * mm)),
            ]
        )
    ]
    versions = [
        [
            str(v.version),
            STATUS_LABELS_SV[v.status],
            sv_date(v.created_at.date()),
            sv_date(v.signature.signed_on) if v.signature else "",
            fingerprint.short(v),
        ]
        for v in h.versions
    ]
    out += [
        Paragraph("Versioner", styles.SUBHEADING),
        table(
            ["Version", "Status", "Upprättad", "Signerad", "Kontrollsumma"],
            versions,
            [20 * mm, 34 * mm, 34 * mm, 34 * mm, 52 * mm],
        ),
    ]
    reviews = [
        [
            sv_date(r.planned_on),
            REVIEW_KIND_SV[r.kind],
            sv_date(r.done_on) if r.done_on else ("Avbruten" if r.cancelled else "Ej gjord"),
            r.done_by,
            OUTCOME_LABELS_SV[r.outcome] if r.outcome else "",
            sv_date(r.next_on),
            r.notes,
        ]
        for r in h.reviews
    ]
    out += [
        Paragraph("Uppföljningar och omprövningar", styles.SUBHEADING),
        table(
            ["Planerad", "Typ", "Utförd", "Av", "Utfall", "Nästa", "Anteckning"],
            reviews,
            [23 * mm, 25 * mm, 23 * mm, 27 * mm, 25 * mm, 23 * mm, 28 * mm],
        )
        if reviews
        else Paragraph("Inga uppföljningar registrerade.", styles.SMALL),
    ]
    if h.copies:
        out += [
            Paragraph("Kopior lämnade", styles.SUBHEADING),
            table(
                ["Mottagare", "Namn", "Datum", "Samtycke"], copy_rows(h.copies), [34 * mm, 44 * mm, 24 * mm, 72 * mm]
            ),
        ]
    if h.handovers:
        out += [
            Paragraph("Överlåtet ansvar för uppföljning och omprövning", styles.SUBHEADING),
            table(
                ["Från", "Till", "Datum", "Överenskommelse"],
                [[describe(x.giver), describe(x.receiver), sv_date(x.handed_on), x.agreement] for x in h.handovers],
                [44 * mm, 44 * mm, 24 * mm, 62 * mm],
            ),
        ]
    if h.instructions:
        rows = [
            [i.staff_name, i.staff_role, i.instructed_by, sv_date(i.instructed_on), sv_date(i.renew_on)]
            for i in h.instructions
        ]
        out += [
            Paragraph("Instruerad personal", styles.SUBHEADING),
            table(
                ["Personal", "Roll", "Instruerad av", "Datum", "Förnyas"],
                rows,
                [42 * mm, 30 * mm, 42 * mm, 30 * mm, 30 * mm],
            ),
        ]
    return out


def _story(s: PersonSummary) -> list[Flowable]:
    sub = f"Planer, uppföljningar och avvikelser per {sv_date(s.today)}"
    if s.organisation:
        sub += f"  ·  {s.organisation}"
    story: list[Flowable] = [
        Paragraph(TITLE, styles.TITLE),
        Paragraph(markup(sub), styles.SUBTITLE),
        Spacer(0, 5 * mm),
        *_person(s),
    ]
    if s.assessments:
        rows = [
            [
                sv_date(a.assessed_on),
                a.measure,
                f"{a.assessor.name}, {a.assessor.title}".strip(", "),
                ASSESSMENT_OUTCOMES[a.outcome],
            ]
            for a in s.assessments
        ]
        story += [
            Paragraph("Egenvårdsbedömningar", styles.HEADING),
            table(["Datum", "Åtgärd/insats", "Bedömare", "Utfall"], rows, [22 * mm, 52 * mm, 50 * mm, 50 * mm]),
        ]
    if not s.plans:
        story += [Spacer(0, 4 * mm), Paragraph("Inga egenvårdsplaner registrerade.", styles.BODY)]
    for h in s.plans:
        story += _plan(h)
    if s.deviations:
        rows = [
            [sv_date(d.occurred_at), d.category, HARM_LABELS_SV[d.harm], DEVIATION_STATUS[d.status], d.description]
            for d in s.deviations
        ]
        story += [
            Paragraph("Avvikelser", styles.HEADING),
            table(
                ["Inträffade", "Kategori", "Skada", "Status", "Vad hände"],
                rows,
                [28 * mm, 30 * mm, 24 * mm, 24 * mm, 68 * mm],
            ),
        ]
    return story


def render_summary(summary: PersonSummary) -> bytes:
    p = summary.person
    furniture = page.PageFurniture(
        header_left=TITLE + (f"  ·  {nfc(summary.organisation)}" if summary.organisation else ""),
        header_right=f"{nfc(p.name)}  ·  {p.number.formatted}",
        footer_items=(f"Person-ID {p.id}", f"Utskriven {sv_date(summary.today)}"),
        title=f"Sammanställning egenvård – {nfc(p.name)}",
        banner="Skyddad identitet" if p.protected_identity else "",
    )
    return page.build(_story(summary), furniture)
