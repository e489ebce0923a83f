"""The EGENVÅRDSINTYG: the certificate the person attaches to an application for bistånd (001)
and that staff at an LSS short stay wait for (002). One page: who, which measure, the judgement
that it is egenvård, what help and how often, who assessed, valid until, and the plan it rests on.

Page furniture (footer with ids, fingerprint and QR) is the plan form's, so a reader recognises it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from app.models.common import PROFESSION_LABELS_SV
from app.models.intyg import STAFF_WAIT_SV, Intyg, IntygStatus
from app.models.person import Person
from app.models.plan import SETTING_LABELS_SV, Plan, Setting
from app.reports import fingerprint, page, styles
from app.reports.flowables import FieldBox, FieldRow, SignatureLine, SignatureRow
from app.reports.text import markup, nfc, sv_date

TITLE = "EGENVÅRDSINTYG"
LAW = "enligt lag (2022:1250) om egenvård"
INTRO = (
    "Undertecknad legitimerad yrkesutövare har bedömt att nedanstående hälso- och sjukvårdsåtgärd kan "
    "utföras som egenvård, med den hjälp som anges. Intyget kan bifogas en ansökan om bistånd; "
    "biståndshandläggaren utreder behovet av stöd i egenvården."
)
SHORT_STAY_NOTE = (
    "Korttidsvistelse/korttidstillsyn enligt LSS: personalen får utföra insatsen som egenvård när detta "
    "intyg är utfärdat, till och med {until}, enligt egenvårdsplanen. Innan dess: " + STAFF_WAIT_SV.lower() + "."
)
SEAL_NOTE = (
    "Filen är elektroniskt förseglad av organisationen {organisation}. En PDF-läsare, eller kommandot "
    "”egenvard verify”, visar om innehållet har ändrats efter förseglingen. Förseglingen ersätter inte "
    "namnteckningen."
)
_FINGERPRINT_EXCLUDES = frozenset({"status", "void_reason", "voided_on"})  # voiding keeps the content


@dataclass(frozen=True)
class IntygForm:
    intyg: Intyg
    person: Person
    plan: Plan  # the version the intyg rests on
    organisation: str = ""
    sealed: bool = False
    sealed_by: str = ""


def intyg_fingerprint(intyg: Intyg) -> str:
    """The short content fingerprint in the footer; also names the stored sealed PDF."""
    return fingerprint.of_record(intyg, _FINGERPRINT_EXCLUDES)


def _assessor_text(intyg: Intyg) -> str:
    a = intyg.assessor
    profession = PROFESSION_LABELS_SV[a.profession] if a.profession else ""
    return ", ".join(p for p in (a.name, a.title or profession, a.organisation) if p)


def _story(form: IntygForm) -> list[Flowable]:
    intyg, person, plan = form.intyg, form.person, form.plan
    gap = Spacer(0, 3 * mm)
    sub = LAW + (f"  ·  {nfc(form.organisation)}" if form.organisation else "")
    number_label = "Personnummer (samordningsnummer)" if person.number.is_coordination else "Personnummer"
    profession = PROFESSION_LABELS_SV[intyg.assessor.profession] if intyg.assessor.profession else ""
    story: list[Flowable] = [
        Paragraph(TITLE, styles.TITLE),
        Paragraph(markup(sub), styles.SUBTITLE),
        Spacer(0, 6 * mm),
        FieldRow([(FieldBox("Namn", person.name), 1.75), (FieldBox(number_label, person.number.formatted), 1)]),
        Spacer(0, 5 * mm),
        Paragraph(markup(INTRO), styles.INTRO),
        Spacer(0, 5 * mm),
        FieldRow(
            [
                (FieldBox("Åtgärd/insats som bedömts som egenvård", intyg.measure), 2.2),
                (FieldBox("Insatsen ges inom", SETTING_LABELS_SV[plan.setting]), 1),
            ]
        ),
        gap,
        FieldBox("Bedömning: därför är åtgärden egenvård", intyg.judgement, min_height=22 * mm),
        gap,
        FieldBox("Vilken hjälp behövs", intyg.help_needed, min_height=18 * mm),
        gap,
        FieldRow(
            [
                (FieldBox("Hur ofta", intyg.frequency), 1.4),
                (FieldBox("Utfärdat", sv_date(intyg.issued_on)), 1),
                (FieldBox("Giltigt till och med", sv_date(intyg.valid_until)), 1),
            ]
        ),
        gap,
        FieldRow(
            [
                (FieldBox("Bedömd av", _assessor_text(intyg)), 2.2),
                (FieldBox("Legitimationsyrke", profession), 1),
            ]
        ),
        gap,
        FieldBox(
            "Grundas på egenvårdsplan",
            f"Plan-ID {plan.id}, version {plan.version}; omprövning {sv_date(plan.reassessment_on)}",
        ),
    ]
    if plan.setting is Setting.LSS_SHORT_STAY:
        story += [
            Spacer(0, 4 * mm),
            Paragraph(markup(SHORT_STAY_NOTE.format(until=sv_date(intyg.valid_until))), styles.BODY),
        ]
    if intyg.status is IntygStatus.VOIDED:
        story += [
            Spacer(0, 4 * mm),
            Paragraph(
                markup(f"<b>Makulerat {sv_date(intyg.voided_on)}:</b> {nfc(intyg.void_reason)}"),
                styles.BODY,
            ),
        ]
    story += [
        CondPageBreak(40 * mm),
        Spacer(0, 10 * mm),
        KeepTogether(
            [
                SignatureRow(
                    [
                        SignatureLine("Namnteckning, legitimerad yrkesutövare"),
                        SignatureLine("Namnförtydligande och datum"),
                    ]
                )
            ]
        ),
    ]
    if form.sealed:
        organisation = nfc(form.sealed_by or form.organisation) or "–"
        story += [Spacer(0, 6 * mm), Paragraph(markup(SEAL_NOTE.format(organisation=organisation)), styles.SMALL)]
    return story


def _furniture(form: IntygForm) -> page.PageFurniture:
    intyg, person = form.intyg, form.person
    fp = intyg_fingerprint(intyg)
    voided = intyg.status is IntygStatus.VOIDED
    return page.PageFurniture(
        header_left=TITLE + (f"  ·  {nfc(form.organisation)}" if form.organisation else ""),
        header_right=f"{nfc(person.name)}  ·  {person.number.formatted}",
        footer_items=(
            f"Intyg-ID {intyg.id}",
            f"Plan-ID {intyg.plan_id[:8]} version {intyg.plan_version}",
            f"Kontrollsumma {fp}",
        ),
        qr_payload=f"EGENVARDSINTYG;id={intyg.id};plan={intyg.plan_id};v={intyg.plan_version};fp={fp};"
        "sida={page}/{pages}",
        watermark="MAKULERAT" if voided else "",
        banner=f"MAKULERAT – {nfc(intyg.void_reason)}"[:110] if voided else "",
        title=f"Egenvårdsintyg – {nfc(person.name)}",
        subject=f"Egenvårdsintyg {intyg.id}",
        author=intyg.assessor.name,
        keywords=("egenvårdsintyg", f"intyg:{intyg.id}", f"plan:{intyg.plan_id}", f"fingerprint:{fp}"),
    )


def render_intyg(form: IntygForm) -> bytes:
    return page.build(_story(form), _furniture(form))
