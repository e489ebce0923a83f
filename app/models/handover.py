"""Responsibility for follow-up and re-assessment handed over (002 "Uppföljning och omprövning").

"Om en legitimerad yrkesutövare gjort bedömningen ..., kan en legitimerad yrkesutövare med samma
profession överta ansvaret för omprövning och uppföljning efter överenskommelse. Kan även gälla
mellan huvudmännen. Skolans legitimerade hälso- och sjukvårdspersonal ska inte ansvara för
omprövning eller uppföljning." The rules of that sentence live here; `responsible_now` is the
one answer to "who answers for this plan's follow-up today".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from app.errors import ValidationError
from app.models.assessment import Assessment
from app.models.common import Practitioner, Profession, Role, clean, new_id, now, require
from app.models.plan import Plan, PlanStatus

# The profession as it reads inside a sentence ("sjuksköterska → sjuksköterska").
PROFESSION_WORDS_SV = {
    Profession.NURSE: "sjuksköterska",
    Profession.PHYSICIAN: "läkare",
    Profession.PHYSIOTHERAPIST: "fysioterapeut",
    Profession.OCCUPATIONAL_THERAPIST: "arbetsterapeut",
    Profession.DIETITIAN: "dietist",
    Profession.SPEECH_THERAPIST: "logoped",
    Profession.MIDWIFE: "barnmorska",
    Profession.OTHER: "annan legitimerad yrkesutövare",
}
PROFESSION_WORDS_EN = {
    Profession.NURSE: "nurse",
    Profession.PHYSICIAN: "physician",
    Profession.PHYSIOTHERAPIST: "physiotherapist",
    Profession.OCCUPATIONAL_THERAPIST: "occupational therapist",
    Profession.DIETITIAN: "dietitian",
    Profession.SPEECH_THERAPIST: "speech and language therapist",
    Profession.MIDWIFE: "midwife",
    Profession.OTHER: "other licensed professional",
}


class OtherProfession(ValidationError):
    def __init__(self, giver: Profession, receiver: Profession | None) -> None:
        g_sv, g_en = PROFESSION_WORDS_SV[giver], PROFESSION_WORDS_EN[giver]
        r_sv = PROFESSION_WORDS_SV[receiver] if receiver else "utan angivet yrke"
        r_en = PROFESSION_WORDS_EN[receiver] if receiver else "without a profession given"
        super().__init__(
            "Ansvaret kan bara tas över av en legitimerad yrkesutövare med samma profession "
            f"({g_sv} → {g_sv}). Mottagaren är {r_sv}.",
            f"Responsibility can only be taken over by a licensed professional of the same profession "
            f"({g_en} → {g_en}). The receiver is {r_en}.",
            "to_profession",
        )


def _same_person(a: Practitioner, b: Practitioner) -> bool:
    return a.name.casefold() == b.name.casefold() and a.organisation.casefold() == b.organisation.casefold()


@dataclass(frozen=True)
class Handover:
    """Responsibility for follow-up and re-assessment of one plan, handed from the one who has
    it (the assessor, or the receiver of the last hand-over) to a licensed professional of the
    same profession, by agreement; the receiver may work for another organisation (huvudman)."""

    plan_id: str
    person_id: str
    giver: Practitioner
    receiver: Practitioner
    handed_on: date  # from this day the receiver answers for follow-up and re-assessment
    agreement: str  # how and when the two agreed ("Telefon 2026-04-28, bekräftat per e-post")
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)

    def __post_init__(self) -> None:
        object.__setattr__(self, "agreement", require(self.agreement, "Överenskommelse", "Agreement", "agreement"))
        self.check_parties()

    def check_parties(self) -> None:
        """The rules that need nothing but the two parties: a licensed receiver outside
        elevhälsan, of the giver's profession, and not the giver herself."""
        receiver, giver = self.receiver, self.giver
        if receiver.role is not Role.LICENSED:
            raise ValidationError(
                "Ansvaret kan bara tas över av en legitimerad yrkesutövare.",
                "Responsibility can only be taken over by a licensed professional.",
                "to_profession",
            )
        if receiver.school_health:
            raise ValidationError(
                "Skolans legitimerade hälso- och sjukvårdspersonal (elevhälsan) ska inte ansvara för "
                "omprövning eller uppföljning.",
                "School health staff must not be responsible for re-assessment or follow-up.",
                "to_school_health",
            )
        if giver.profession is None:
            raise ValidationError(
                f"{giver.name} har inget angivet yrke; ange yrket innan ansvaret lämnas över.",
                f"{giver.name} has no profession recorded; give it before handing over responsibility.",
                "from_profession",
            )
        if receiver.profession is not giver.profession:
            raise OtherProfession(giver.profession, receiver.profession)
        if _same_person(giver, receiver):
            raise ValidationError(
                f"{receiver.name} har redan ansvaret; det kan inte lämnas över till sig själv.",
                f"{receiver.name} is already responsible; it cannot be handed over to oneself.",
                "to_name",
            )

    def check(self, plan: Plan, previous: Handover | None) -> None:
        """The rules that need the plan: `plan` is its last signed version, `previous` the
        latest hand-over before this one (or None)."""
        if plan.signature is None or plan.status is not PlanStatus.SIGNED:
            raise ValidationError(
                "Bara ansvaret för en signerad plan som gäller kan lämnas över.",
                "Only responsibility for a signed plan in force can be handed over.",
                "status",
            )
        self.check_date(plan.signature.signed_on)
        if previous is not None and self.handed_on < previous.handed_on:
            raise ValidationError(
                f"Datum för överlåtelsen kan inte ligga före förra överlåtelsen ({previous.handed_on}).",
                f"The hand-over date cannot be before the previous hand-over ({previous.handed_on}).",
                "handed_on",
            )

    def check_date(self, signed_on: date) -> None:
        """Not before the plan was signed (an import asks this of the versions it carries)."""
        if self.handed_on < signed_on:
            raise ValidationError(
                f"Datum för överlåtelsen kan inte ligga före planens signeringsdatum ({signed_on}).",
                f"The hand-over date cannot be before the plan's signing date ({signed_on}).",
                "handed_on",
            )

    @property
    def across_organisations(self) -> bool:
        return self.giver.organisation.casefold() != self.receiver.organisation.casefold()

    def line_sv(self) -> str:
        """ "Ansvar övertaget av Eva Lund (Sjuksköterska, Region Kronoberg) 2026-05-01 enligt
        överenskommelse": the line on a newly printed form and in the summary."""
        return f"Ansvar övertaget av {describe(self.receiver)} {self.handed_on.isoformat()} enligt överenskommelse"

    def line_en(self) -> str:
        return f"Responsibility taken over by {describe(self.receiver)} {self.handed_on.isoformat()} by agreement"


def describe(p: Practitioner) -> str:
    """ "Eva Lund (Sjuksköterska, Region Kronoberg)": name, title and organisation."""
    detail = ", ".join(x for x in (p.title, p.organisation) if x)
    return f"{p.name} ({detail})" if detail else p.name


def ordered(handovers: Iterable[Handover]) -> list[Handover]:
    """Oldest first: by the day each took effect, then by when it was recorded."""
    return sorted(handovers, key=lambda h: (h.handed_on, h.created_at, h.id))


def latest(handovers: Iterable[Handover]) -> Handover | None:
    items = ordered(handovers)
    return items[-1] if items else None


def responsible_now(assessment: Assessment, handovers: Iterable[Handover]) -> Practitioner:
    """Who answers for follow-up and re-assessment: the receiver of the latest hand-over,
    else the assessor (002: "Den som har gjort bedömningen ... ansvarar")."""
    last = latest(handovers)
    return last.receiver if last is not None else assessment.assessor


def receiver(
    name: str, title: str, profession: Profession | str | None, organisation: str, unit: str = ""
) -> Practitioner:
    """The receiver as typed in the dialog or on the command line: always a licensed
    professional, never elevhälsan (the rule refuses that, it cannot be chosen)."""
    return Practitioner(
        name,
        clean(title),
        organisation,
        unit,
        Role.LICENSED,
        Profession(profession) if profession else None,
    )
