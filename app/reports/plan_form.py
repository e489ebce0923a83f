"""The EGENVÅRDSPLAN form (002, bilaga), filled from a plan version, or blank for paper.

Field labels are the form's own words, in the form's order; each answer box also shows the
number of the documentation point of 002 §"Planering och dokumentation" it answers.
A draft prints with UTKAST on every page; a plan can only print as signed when it is
signed and all seven points are filled in.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.errors import ValidationError
from app.models.assessment import OUTCOME_LABELS_SV
from app.models.common import Practitioner
from app.models.handover import Handover
from app.models.intyg import STAFF_WAIT_SV
from app.models.person import Person
from app.models.plan import SETTING_LABELS_SV, Plan, PlanIncomplete, PlanKind, PlanStatus
from app.models.records import CopyHandover
from app.models.samrad import Samrad
from app.reports import fingerprint, marks, page, samrad_section, styles
from app.reports.common import copy_rows, table
from app.reports.flowables import CheckRow, FieldBox, FieldRow, SignatureLine, SignatureRow
from app.reports.text import markup, nfc, sv_date

TITLE = "EGENVÅRDSPLAN"
LAW = "enligt lag (2022:1250) om egenvård"
INTRO = (
    "Undertecknad har bedömt att det finns ett behov av hjälp vid utförandet av egenvårdsinsats för "
    "ovanstående person. Kopia på denna blankett ska överlämnas till den enskilde/företrädare, "
    "handläggare i socialtjänsten, ansvarig chef och ev. andra berörda parter efter den enskildes samtycke."
)
Q_MEASURE = "Planen gäller för insats"
Q_RISK = "Riskanalys är utförd"
Q_PERFORMER = "Ansvarig för utförande av insatsen är"
Q_INSTRUCTOR = "Ansvarig för instruktioner och handledning till utföraren är"
Q_HOW = "Hur ska information och instruktioner ges till utföraren?"
Q_HARM = (
    "Vilka åtgärder ska vidtas och vem som ska kontaktas, om patienten har drabbats av eller har utsatts "
    "för risk att drabbas av skada eller sjukdom i samband med egenvården?"
)
Q_CHANGE = "Vilka åtgärder ska vidtas och vem ska kontaktas, om patientens situation förändras?"
Q_FOLLOW_UP = "Hur, när och av vem ska egenvårdsbedömningen följas upp och omprövas?"
Q_REASSESS = "Datum för omprövning av egenvårdsbedömningen"
SIGNED_HEADING = "Undertecknat"
COPIES_HEADING = "Kopia av egenvårdsplanen har lämnats till"
DRAFT_MARK = "UTKAST"
GAP = 1.8 * mm  # between the answer boxes
PERFORMER_CHOICE = ("Personen själv", "Med hjälp av någon annan")  # point 2 on the blank form
DRAFT_BANNER = "UTKAST – ej signerad, inte en giltig egenvårdsplan"
# What the seal proves, by whom, and how a reader checks it — and no more than that.
SEAL_NOTE = (
    "Elektronisk försegling. Den här PDF-filen är förseglad av {organisation} (certifikat {certificate}). "
    "Förseglingen omfattar hela filen som den skrevs: en ändring efteråt syns. Kontrollera med kommandot "
    "”egenvard verify FIL.pdf” eller i PDF-läsarens signaturpanel: den ska säga att signaturen är giltig och "
    "att hela dokumentet omfattas. Säger den att filen ändrats efter förseglingen (”not total document signed”) "
    "gäller förseglingen bara en tidigare version av filen. Förseglingen visar varifrån filen kommer, inte att "
    "innehållet är rätt, och ersätter inte namnteckningen; den som signerade planen står under ”Undertecknat”. "
    "Kontrollsumman i sidfoten identifierar planversionens innehåll, inte filen."
)


class NotSignable(ValidationError):
    def __init__(self) -> None:
        super().__init__(
            "Planen är inte signerad och kan bara skrivas ut som utkast.",
            "The plan is not signed and can only be printed as a draft.",
            "status",
        )


@dataclass(frozen=True)
class PlanForm:
    """Everything printed on one plan version's form."""

    plan: Plan
    person: Person
    organisation: str = ""
    assessor: Practitioner | None = None
    assessed_on: object = None  # date of the assessment, when known
    copies: tuple[CopyHandover, ...] = ()
    signer_image: bytes | None = None  # drawn signature (PNG) of the one who signed
    person_image: bytes | None = None  # drawn signature (PNG) of the person or guardian
    sealed: bool = False  # the PDF is about to be sealed: say so on the form
    # The organisation whose certificate seals the PDF: not the one who signed the plan (the
    # signer is printed under "Undertecknat"); the note names it so the two are never confused.
    sealed_by: str = ""
    samrad: Samrad | None = None  # of the assessment the plan rests on; None: none recorded

    # The latest hand-over of responsibility for follow-up (002): printed as a line of its own
    # under point 6 on a copy printed after it, since the signed text itself never changes.
    taken_over: Handover | None = None
    seal_certificate: str = ""  # the sealing certificate's short SHA-256 fingerprint, printed in the note
    # An LSS short stay without a valid egenvårdsintyg (app/models/intyg.py `awaits_intyg`): a
    # red line on every page of a printout. Never on a sealed PDF, which outlives the situation.
    staff_must_wait: bool = False


def check_printable_as_signed(plan: Plan) -> None:
    """A form printed as signed must carry a signature and all seven points."""
    if plan.signature is None or plan.status is PlanStatus.DRAFT:
        raise NotSignable()
    missing = plan.missing_points()
    if missing:
        raise PlanIncomplete(missing)


def _performer_paragraph(plan: Plan | None) -> Paragraph:
    if plan is None:
        return Paragraph("", styles.FIELD_VALUE)
    text = markup(plan.performer)
    if plan.performer_mode is not None:
        mode = escape(OUTCOME_LABELS_SV[plan.performer_mode])
        text += f"<br/><font size='8.5' color='#5F6B7A'>{mode}</font>"
    return Paragraph(text, styles.FIELD_VALUE)


def _performer_choice() -> Paragraph:
    """Point 2 on the blank form: the tick-boxes for who performs it (the assessment's outcome)."""
    boxes = "<br/>".join(f"\u2610 {escape(label)}" for label in PERFORMER_CHOICE)
    return Paragraph(f"<br/>{boxes}", styles.FIELD_VALUE)


def _story(form: PlanForm | None, blank: bool) -> list[Flowable]:
    plan, person = (form.plan, form.person) if form else (None, None)
    draft = plan is not None and plan.status is PlanStatus.DRAFT
    # Room to write by hand: large on the paper form, a little on a printed draft.
    answer_h = 32 * mm if blank else (20 * mm if draft else 11 * mm)
    short_h = 13 * mm if blank else 11 * mm

    def v(text: str) -> str:
        return "" if blank else text

    story: list[Flowable] = [Paragraph(TITLE, styles.TITLE)]
    sub = LAW + (f"  ·  {escape(nfc(form.organisation))}" if form and form.organisation else "")
    story += [Paragraph(sub, styles.SUBTITLE), Spacer(0, 3.5 * mm)]

    kind = plan.kind if plan else None
    story += [
        CheckRow(
            [("Ny bedömning", kind is PlanKind.NEW), ("Omprövning", kind is PlanKind.REASSESSMENT)], spacing=85 * mm
        ),
        Spacer(0, 4 * mm),
    ]
    number_label = "Personnummer"
    if person is not None and person.number.is_coordination:
        number_label = "Personnummer (samordningsnummer)"
    story += [
        FieldRow(
            [
                (FieldBox("Namn", v(person.name if person else ""), min_height=short_h), 1.75),
                (FieldBox(number_label, v(person.number.formatted if person else ""), min_height=short_h), 1),
            ]
        ),
        Spacer(0, 3 * mm),
        Paragraph(markup(INTRO), styles.INTRO),
        Spacer(0, 3 * mm),
    ]
    setting = SETTING_LABELS_SV[plan.setting] if plan else ""
    story += [
        FieldRow(
            [
                (FieldBox(Q_MEASURE, v(plan.measure if plan else ""), point=1, min_height=short_h), 2.6),
                (FieldBox("Insatsen ges inom", v(setting), min_height=short_h), 1),
            ]
        ),
        Spacer(0, 2.5 * mm),
        CheckRow([(Q_RISK, bool(plan and plan.risk_analysis_done))]),
    ]
    if form and form.assessor is not None:
        who = ", ".join(p for p in (form.assessor.name, form.assessor.title, form.assessor.organisation) if p)
        when = f" {sv_date(form.assessed_on)}" if form.assessed_on else ""
        story.append(Paragraph(markup(f"Egenvårdsbedömningen gjord{when} av {who}."), styles.SMALL))
    story.append(Spacer(0, 3 * mm))

    gap = Spacer(0, GAP)
    story += [
        # Points 2 and 3 side by side: short answers, and the room lets the signatures stay on page 1.
        FieldRow(
            [
                (
                    FieldBox(
                        Q_PERFORMER,
                        _performer_choice() if blank else _performer_paragraph(plan),
                        point=2,
                        min_height=short_h,
                    ),
                    1,
                ),
                (FieldBox(Q_INSTRUCTOR, v(plan.instruction_by if plan else ""), point=3, min_height=short_h), 1),
            ]
        ),
        gap,
        FieldBox(Q_HOW, v(plan.instruction_how if plan else ""), point=3, min_height=answer_h),
        gap,
        FieldBox(Q_HARM, v(plan.on_harm if plan else ""), point=4, min_height=answer_h),
        gap,
        FieldBox(Q_CHANGE, v(plan.on_change if plan else ""), point=5, min_height=answer_h),
        gap,
        FieldBox(Q_FOLLOW_UP, v(plan.follow_up if plan else ""), point=6, min_height=answer_h),
        gap,
    ]
    if form is not None and form.taken_over is not None:
        story += [Paragraph(f"<b>{markup(form.taken_over.line_sv())}</b>", styles.SMALL), gap]
    version = f"Version {plan.version}, upprättad {sv_date(plan.created_at.date())}" if plan else ""
    last_point = FieldRow(
        [
            (
                FieldBox(Q_REASSESS, v(sv_date(plan.reassessment_on) if plan else ""), point=7, min_height=short_h),
                1,
            ),
            (FieldBox("Planens version", v(version), min_height=short_h), 1),
        ]
    )

    sig = plan.signature if plan else None
    # The signatures are kept together with the last point, so a page never starts with them alone.
    signing: list[Flowable] = [
        last_point,
        Paragraph(SIGNED_HEADING, styles.SUBHEADING),
        FieldRow(
            [
                (FieldBox("Ort", v(sig.place if sig else ""), min_height=short_h), 0.9),
                (FieldBox("Datum", v(sv_date(sig.signed_on) if sig else ""), min_height=short_h), 0.8),
                (FieldBox("Namn", v(sig.name if sig else ""), min_height=short_h), 1.3),
                (FieldBox("Befattning", v(sig.title if sig else ""), min_height=short_h), 1.5),
            ]
        ),
        Spacer(0, 2 * mm),
        SignatureRow(
            [
                SignatureLine("Namnteckning, den som gjort bedömningen", form.signer_image if form else None),
                SignatureLine(
                    "Den enskilde / företrädare har tagit del av planen", form.person_image if form else None
                ),
            ]
        ),
    ]
    story += [KeepTogether(signing)]
    story += samrad_section.story(form.samrad if form else None, blank)

    copies = form.copies if form else ()
    widths = [34 * mm, 44 * mm, 24 * mm, 72 * mm]
    # Heading and table move as one when they fit a page: never a last page of empty rows alone.
    story += [
        KeepTogether(
            [
                Paragraph(COPIES_HEADING, styles.HEADING),
                table(
                    ["Mottagare", "Namn", "Datum", "Samtycke (vem, hur, när)"],
                    copy_rows(copies),
                    widths,
                    blank_rows=4 if blank else 2,
                    blank_height=9 * mm,
                ),
            ]
        )
    ]
    if form and form.sealed:
        organisation = nfc(form.sealed_by or form.organisation) or "–"
        note = SEAL_NOTE.format(organisation=organisation, certificate=form.seal_certificate or "–")
        story += [Spacer(0, 5 * mm), Paragraph(markup(note), styles.SMALL)]
    return story


def _furniture(form: PlanForm) -> page.PageFurniture:
    plan, person = form.plan, form.person
    fp = fingerprint.short(plan)
    watermark, banner = marks.for_plan(plan, DRAFT_BANNER)  # the banner is cut to fit by page.decorate
    if not banner and form.staff_must_wait and not form.sealed:
        banner = STAFF_WAIT_SV
    header = TITLE + (f"  ·  {nfc(form.organisation)}" if form.organisation else "")
    if watermark == DRAFT_MARK:
        header = f"{DRAFT_MARK}  ·  {header}"
    return page.PageFurniture(
        header_left=header,
        header_right=f"{nfc(person.name)}  ·  {person.number.formatted}",
        footer_items=(f"Plan-ID {plan.id}", f"Version {plan.version}", f"Kontrollsumma {fp}"),
        qr_payload=f"EGENVARDSPLAN;id={plan.id};v={plan.version};fp={fp};sida={{page}}/{{pages}}",
        watermark=watermark,
        banner=banner,
        title=f"Egenvårdsplan – {nfc(person.name)}" + (" (utkast)" if watermark == DRAFT_MARK else ""),
        subject=f"Egenvårdsplan {plan.id} version {plan.version}",
        author=plan.signature.name if plan.signature else "",
        keywords=("egenvårdsplan", f"plan:{plan.id}", f"version:{plan.version}", f"fingerprint:{fp}"),
    )


def render_plan(form: PlanForm, *, as_signed: bool | None = None) -> bytes:
    """The filled form as PDF bytes.

    `as_signed=True` insists on a signed, complete plan (raises otherwise); `None` prints a draft
    as UTKAST and a signed version as signed. A signed-status plan with a missing point never
    prints as signed.
    """
    plan = form.plan
    if as_signed or plan.status is not PlanStatus.DRAFT:
        check_printable_as_signed(plan)
    return page.build(_story(form, blank=False), _furniture(form))


def render_blank(organisation: str = "") -> bytes:
    """The empty form for the paper fallback, with room to write by hand."""
    furniture = page.PageFurniture(
        header_left=TITLE + (f"  ·  {nfc(organisation)}" if organisation else ""),
        footer_items=("Blankett för ifyllnad för hand", "Förs in i Egenvårdsstöd när datorn fungerar igen"),
        title="Egenvårdsplan – blankett",
    )
    form = None
    story = _story(form, blank=True)
    if organisation:
        story[1] = Paragraph(f"{LAW}  ·  {escape(nfc(organisation))}", styles.SUBTITLE)
    return page.build(story, furniture)
