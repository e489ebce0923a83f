"""Avvikelse across organisational borders (002 §"Avvikelsehantering").

Every party involved must be informed, and harm or risk of harm to the person means the
assessor must be contacted to decide whether the egenvård can go on (002 §"Barn i förskola, skola").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from app.errors import ValidationError
from app.i18n import pick
from app.models.assessment import Outcome
from app.models.common import Practitioner, clean, new_id, now, require
from app.models.plan import Plan, Setting


class Harm(StrEnum):
    NONE = "none"
    RISK = "risk"  # risk för skada
    HARM = "harm"  # vårdskada / skada

    @property
    def calls_for_reassessment(self) -> bool:
        """Harm or risk of harm: the assessor must decide whether egenvård may go on (002).
        The one home of this rule: the form's hint, the notices and the report ask it."""
        return self is not Harm.NONE


HARM_LABELS_SV = {Harm.NONE: "Ingen skada", Harm.RISK: "Risk för skada", Harm.HARM: "Skada"}
HARM_LABELS_EN = {Harm.NONE: "No harm", Harm.RISK: "Risk of harm", Harm.HARM: "Harm"}


class DeviationStatus(StrEnum):
    REPORTED = "reported"
    INVESTIGATING = "investigating"  # händelseanalys pågår
    MEASURES = "measures"  # åtgärder beslutade
    CLOSED = "closed"


STATUS_LABELS_SV = {
    DeviationStatus.REPORTED: "Rapporterad",
    DeviationStatus.INVESTIGATING: "Utreds",
    DeviationStatus.MEASURES: "Åtgärder pågår",
    DeviationStatus.CLOSED: "Avslutad",
}
STATUS_LABELS_EN = {
    DeviationStatus.REPORTED: "Reported",
    DeviationStatus.INVESTIGATING: "Under investigation",
    DeviationStatus.MEASURES: "Measures in progress",
    DeviationStatus.CLOSED: "Closed",
}

# A deviation's category is stored as the Swedish text (reports print it); the UI shows
# CATEGORY_LABELS_EN in English (app.models.labels.category_label).
MISSED_MEASURE = "Utebliven insats"
CATEGORIES_SV = (
    "Läkemedel",
    MISSED_MEASURE,
    "Instruktion/kompetens",
    "Informationsöverföring",
    "Medicinteknisk produkt",
    "Fall",
    "Övrigt",
)
CATEGORY_LABELS_EN = {
    "Läkemedel": "Medication",
    MISSED_MEASURE: "Measure not performed",
    "Instruktion/kompetens": "Instruction / competence",
    "Informationsöverföring": "Transfer of information",
    "Medicinteknisk produkt": "Medical device",
    "Fall": "Fall",
    "Övrigt": "Other",
}


@dataclass(frozen=True)
class Notice:
    """Something that keeps a deviation open, in both languages; `str()` gives the one in force."""

    sv: str
    en: str

    def __str__(self) -> str:
        return pick(self.sv, self.en)


@dataclass(frozen=True)
class InformedParty:
    organisation: str
    contact: str = ""
    informed_on: date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "organisation", require(self.organisation, "Part/organisation", "Party", "parties"))
        object.__setattr__(self, "contact", clean(self.contact))

    @classmethod
    def from_text(cls, organisation: str, contact: str, informed_on: str) -> InformedParty:
        """A party as typed into a form: the date as ÅÅÅÅ-MM-DD, empty when not yet informed."""
        text = clean(informed_on)
        try:
            on = date.fromisoformat(text) if text else None
        except ValueError:
            raise ValidationError(
                f"Datum för informerad part skrivs ÅÅÅÅ-MM-DD (”{text}”).",
                f"The date a party was informed is written YYYY-MM-DD (“{text}”).",
                "parties",
            ) from None
        return cls(organisation, contact, on)


@dataclass(frozen=True)
class Deviation:
    person_id: str
    occurred_at: datetime
    location: str
    description: str
    reporter: str
    reporter_organisation: str = ""
    plan_id: str | None = None
    immediate_action: str = ""
    harm: Harm = Harm.NONE
    category: str = "Övrigt"
    parties: tuple[InformedParty, ...] = ()
    assessor_informed_on: date | None = None
    event_analysis: str = ""  # gemensam händelseanalys
    measures: str = ""
    status: DeviationStatus = DeviationStatus.REPORTED
    id: str = field(default_factory=new_id)
    reported_at: datetime = field(default_factory=now)
    event_analysis_on: date | None = None  # the day of the joint event analysis (Uppföljning counts the days)

    def __post_init__(self) -> None:
        object.__setattr__(self, "location", require(self.location, "Plats", "Location", "location"))
        object.__setattr__(
            self, "description", require(self.description, "Vad som hände", "What happened", "description")
        )
        object.__setattr__(self, "reporter", require(self.reporter, "Rapportör", "Reporter", "reporter"))
        object.__setattr__(self, "harm", Harm(self.harm))
        object.__setattr__(self, "status", DeviationStatus(self.status))
        object.__setattr__(self, "parties", tuple(self.parties))
        for name in ("immediate_action", "event_analysis", "measures", "reporter_organisation", "category"):
            object.__setattr__(self, name, clean(getattr(self, name)))
        if self.event_analysis_on is not None and self.event_analysis_on < self.occurred_at.date():
            raise ValidationError(
                "Händelseanalysens datum ligger före händelsen.",
                "The event analysis is dated before the event.",
                "event_analysis_on",
            )

    @property
    def needs_reassessment(self) -> bool:
        """Harm or risk of harm: the assessor must decide whether egenvård may go on."""
        return self.harm.calls_for_reassessment

    @property
    def awaits_assessor(self) -> bool:
        """A re-assessment is called for and the assessor has not been told yet."""
        return self.needs_reassessment and self.assessor_informed_on is None

    @property
    def uninformed_parties(self) -> tuple[InformedParty, ...]:
        return tuple(p for p in self.parties if p.informed_on is None)

    @property
    def crosses_borders(self) -> bool:
        orgs = {p.organisation for p in self.parties} | {self.reporter_organisation}
        return len({o for o in orgs if o}) > 1

    def notices(self) -> tuple[Notice, ...]:
        """What still keeps this deviation from being closed, in Swedish and English."""
        found = [
            Notice(f"{p.organisation} är inte informerad", f"{p.organisation} is not informed")
            for p in self.uninformed_parties
        ]
        if self.awaits_assessor:
            found.append(
                Notice("bedömaren är inte kontaktad för omprövning", "the assessor is not contacted for re-assessment")
            )
        if self.crosses_borders and not self.event_analysis:
            found.append(Notice("gemensam händelseanalys saknas", "the joint event analysis is missing"))
        return tuple(found)

    def open_notices(self) -> list[str]:
        """The notices in the language in force (app.i18n)."""
        return [str(n) for n in self.notices()]

    def closed(self) -> Deviation:
        notices = self.notices()
        if notices:
            raise ValidationError(
                "Avvikelsen kan inte avslutas: " + "; ".join(n.sv for n in notices) + ".",
                "The deviation cannot be closed: " + "; ".join(n.en for n in notices) + ".",
                "status",
            )
        return replace(self, status=DeviationStatus.CLOSED)


def parties_to_inform(
    plan: Plan, person_unit: str, assessor: Practitioner, reporter_organisation: str = ""
) -> tuple[InformedParty, ...]:
    """Who a deviation under this plan should reach (002 §"Avvikelsehantering": every party,
    across organisational borders), as the form proposes them: the school (setting school) or
    the performing unit (the person's unit; else who helps under the plan), and the assessing
    organisation with the assessor as contact. The reporter's own organisation is left out
    (it knows already), as is a repeat; none of them is informed yet."""
    found: list[InformedParty] = []
    helped = plan.performer_mode is Outcome.WITH_HELP and plan.setting is not Setting.RELATIVE
    unit = clean(person_unit) or (plan.performer if helped else "")
    if unit:
        contact = "Rektor" if plan.setting is Setting.SCHOOL else "Ansvarig chef"
        found.append(InformedParty(unit, contact if clean(person_unit) else ""))
    if assessor.organisation:
        found.append(InformedParty(assessor.organisation, assessor.name))
    own = clean(reporter_organisation).casefold()
    seen: set[str] = set()
    out = []
    for party in found:
        key = party.organisation.casefold()
        if key != own and key not in seen:
            seen.add(key)
            out.append(party)
    return tuple(out)
