"""The plan form's samråd part: who took part (role, name, organisation), when and how; the
information given to the patient; the patient's or guardian's decision (app/models/samrad.py).
Printed after "Undertecknat", so the signature block keeps its place on the first pages."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from app.models.samrad import (
    DECIDER_LABELS_SV,
    PARTICIPANT_ROLE_LABELS_SV,
    SAMRAD_FORM_LABELS_SV,
    Samrad,
)
from app.reports import styles
from app.reports.common import table
from app.reports.flowables import CheckRow, FieldBox, FieldRow
from app.reports.text import markup, sv_date

HEADING = "Samråd, information och beslut"
NONE_RECORDED = "Inget samråd är registrerat för bedömningen."
WIDTHS = [44 * mm, 58 * mm, 72 * mm]


def story(samrad: Samrad | None, blank: bool) -> list[Flowable]:
    head: list[Flowable] = [CondPageBreak(40 * mm), Paragraph(HEADING, styles.HEADING)]
    if blank:
        return [*head, *_blank()]
    if samrad is None:
        return [*head, Paragraph(markup(NONE_RECORDED), styles.SMALL)]
    when = sv_date(samrad.held_on) if samrad.held_on else "–"
    line = f"Bedömningen och planeringen gjordes i samråd {when} ({SAMRAD_FORM_LABELS_SV[samrad.form].lower()}) med:"
    rows = [[PARTICIPANT_ROLE_LABELS_SV[p.role], p.name, p.organisation] for p in samrad.participants]
    out: list[Flowable] = [
        KeepTogether([*head, Paragraph(markup(line), styles.BODY), Spacer(0, 1.5 * mm)]),
        table(["Roll", "Namn", "Organisation"], rows, WIDTHS, blank_rows=0 if rows else 1, blank_height=7 * mm),
        Spacer(0, 2.5 * mm),
        Paragraph(markup(_information(samrad)), styles.BODY),
        Spacer(0, 1.5 * mm),
        Paragraph(markup(_decision(samrad)), styles.BODY),
    ]
    return out


def _information(samrad: Samrad) -> str:
    info = samrad.information
    if info is None:
        return "Information till patienten om vad egenvård innebär: inte registrerad."
    return f"Information om vad egenvård innebär gavs {sv_date(info.given_on)} av {info.given_by}: {info.content}"


def _decision(samrad: Samrad) -> str:
    decision = samrad.decision
    if decision is None:
        return "Patientens (vårdnadshavarens) beslut: inte registrerat."
    verb = "accepterade egenvården" if decision.accepted else "accepterade inte egenvården"
    who = DECIDER_LABELS_SV[decision.decider].lower()
    return f"Beslut: {decision.decided_by} ({who}) {verb} {sv_date(decision.decided_on)}."


def _blank() -> list[Flowable]:
    """Compact, so that the blank form stays on two pages."""
    return [
        CheckRow([("Möte", False), ("Telefon", False), ("Digitalt", False)], spacing=30 * mm, font_size=9.5),
        Spacer(0, 1 * mm),
        table(["Roll", "Namn", "Organisation"], [], WIDTHS, blank_rows=3, blank_height=7 * mm),
        Spacer(0, 1.5 * mm),
        FieldRow(
            [
                (FieldBox("Datum för samrådet", "", min_height=10 * mm), 1),
                (FieldBox("Information om egenvård given: datum, av vem, vad", "", min_height=10 * mm), 2.6),
            ]
        ),
        Spacer(0, 1.5 * mm),
        FieldRow(
            [
                (FieldBox("Beslut: accepterar egenvården (ja / nej)", "", min_height=10 * mm), 1.6),
                (FieldBox("Vem som beslutade, datum", "", min_height=10 * mm), 2),
            ]
        ),
    ]
