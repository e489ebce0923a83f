"""Samråd, the information to the patient and the patient's decision: parts of the assessment.

002 §"Bedömning och riskanalys": "Bedömning och riskanalys ska ske i samråd" — with the
patient, and with whoever is to carry out the help; "Information om vad begreppet egenvård
innebär ska ges till patienten" and it is to be documented; §"Planering och dokumentation":
the patient is informed and decides. Which participants a setting requires is asked of
`app.models.plan.required_participants` (the setting lives there).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.errors import ValidationError
from app.models.common import ConsentGiver, clean, require
from app.models.limits import NAME_MAX, SHORT_MAX, Label, bounded, check_name


class ParticipantRole(StrEnum):
    PATIENT = "patient"
    GUARDIAN = "guardian"  # vårdnadshavare
    RELATIVE = "relative"  # närstående
    SCHOOL_LEADER = "school_leader"  # skolledare / rektor
    UNIT_MANAGER = "unit_manager"  # verksamhetsansvarig chef
    SCHOOL_HEALTH = "school_health"  # elevhälsans medicinska insats
    PERFORMER_UNIT = "performer_unit"  # the unit that carries out the help (hemtjänst …)
    OTHER = "other"


PARTICIPANT_ROLE_LABELS_SV = {
    ParticipantRole.PATIENT: "Patienten",
    ParticipantRole.GUARDIAN: "Vårdnadshavare",
    ParticipantRole.RELATIVE: "Närstående",
    ParticipantRole.SCHOOL_LEADER: "Skolledare",
    ParticipantRole.UNIT_MANAGER: "Verksamhetsansvarig chef",
    ParticipantRole.SCHOOL_HEALTH: "Elevhälsan",
    ParticipantRole.PERFORMER_UNIT: "Utförande enhet",
    ParticipantRole.OTHER: "Annan",
}
PARTICIPANT_ROLE_LABELS_EN = {
    ParticipantRole.PATIENT: "The patient",
    ParticipantRole.GUARDIAN: "Guardian",
    ParticipantRole.RELATIVE: "Relative",
    ParticipantRole.SCHOOL_LEADER: "School leader",
    ParticipantRole.UNIT_MANAGER: "Manager in charge",
    ParticipantRole.SCHOOL_HEALTH: "School health services",
    ParticipantRole.PERFORMER_UNIT: "Performing unit",
    ParticipantRole.OTHER: "Other",
}
# The role inside a sentence: "samråd med skolledare saknas" / "samråd with the school leader".
_IN_SENTENCE = {
    ParticipantRole.PATIENT: ("patienten", "the patient"),
    ParticipantRole.GUARDIAN: ("vårdnadshavare", "a guardian"),
    ParticipantRole.RELATIVE: ("närstående", "a relative"),
    ParticipantRole.SCHOOL_LEADER: ("skolledare", "the school leader"),
    ParticipantRole.UNIT_MANAGER: ("verksamhetsansvarig chef", "the manager in charge"),
    ParticipantRole.SCHOOL_HEALTH: ("elevhälsan", "the school health services"),
    ParticipantRole.PERFORMER_UNIT: ("utförande enhet", "the performing unit"),
    ParticipantRole.OTHER: ("annan", "someone else"),
}


class SamradForm(StrEnum):
    MEETING = "meeting"
    PHONE = "phone"
    DIGITAL = "digital"


SAMRAD_FORM_LABELS_SV = {SamradForm.MEETING: "Möte", SamradForm.PHONE: "Telefon", SamradForm.DIGITAL: "Digitalt"}
SAMRAD_FORM_LABELS_EN = {SamradForm.MEETING: "Meeting", SamradForm.PHONE: "Phone", SamradForm.DIGITAL: "Digital"}

DECIDER_LABELS_SV = {
    ConsentGiver.PERSON: "Patienten",
    ConsentGiver.GUARDIAN: "Vårdnadshavare",
    ConsentGiver.REPRESENTATIVE: "Legal företrädare",
}
DECIDER_LABELS_EN = {
    ConsentGiver.PERSON: "The patient",
    ConsentGiver.GUARDIAN: "Guardian",
    ConsentGiver.REPRESENTATIVE: "Legal representative",
}

PARTICIPANTS = Label("Deltagare i samrådet", "Samråd participants", "samrad")


def _name(value: str, sv: str, en: str, key: str) -> str:
    return check_name(require(value, sv, en, key, NAME_MAX), Label(sv, en, key))


def _short(value: str, sv: str, en: str, key: str) -> str:
    label = Label(sv, en, key)
    return check_name(clean(value, label, SHORT_MAX), label, SHORT_MAX)


@dataclass(frozen=True)
class Participant:
    name: str
    role: ParticipantRole
    organisation: str = ""  # e.g. "Hagaskolan, Växjö kommun"

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _name(self.name, "Deltagarens namn", "Participant name", "samrad"))
        object.__setattr__(self, "role", ParticipantRole(self.role))
        organisation = _short(self.organisation, "Deltagarens organisation", "Participant organisation", "samrad")
        object.__setattr__(self, "organisation", organisation)


@dataclass(frozen=True)
class PatientInformation:
    """The information to the patient about what egenvård means: when, by whom, what."""

    given_on: date
    given_by: str
    content: str  # what was said, e.g. "Vad egenvård innebär, vem som ansvarar, vart man vänder sig"

    def __post_init__(self) -> None:
        given_by = _name(self.given_by, "Vem som gav informationen", "Who informed", "information")
        object.__setattr__(self, "given_by", given_by)
        content = require(self.content, "Vilken information som gavs", "What information was given", "information")
        object.__setattr__(self, "content", content)


@dataclass(frozen=True)
class PatientDecision:
    """The patient's (or, for a child, the guardian's) decision whether to accept egenvård."""

    decided_by: str
    decider: ConsentGiver
    accepted: bool
    decided_on: date

    def __post_init__(self) -> None:
        decided_by = _name(self.decided_by, "Vem som beslutade", "Who decided", "decision")
        object.__setattr__(self, "decided_by", decided_by)
        object.__setattr__(self, "decider", ConsentGiver(self.decider))
        object.__setattr__(self, "accepted", bool(self.accepted))


@dataclass(frozen=True)
class Samrad:
    """Who took part, when and how; the information given and the decision. Every part may be
    missing while the plan is a draft; signing asks `gaps`."""

    participants: tuple[Participant, ...] = ()
    held_on: date | None = None
    form: SamradForm = SamradForm.MEETING
    information: PatientInformation | None = None
    decision: PatientDecision | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "participants", bounded(self.participants, PARTICIPANTS))
        object.__setattr__(self, "form", SamradForm(self.form))
        if self.participants and self.held_on is None:
            raise ValidationError("Datum för samrådet måste fyllas i.", "The date of the samråd is required.", "samrad")

    def roles(self) -> frozenset[ParticipantRole]:
        return frozenset(p.role for p in self.participants)

    def missing_roles(self, required: tuple[ParticipantRole, ...]) -> tuple[ParticipantRole, ...]:
        present = self.roles()
        return tuple(r for r in required if r not in present)

    def gaps(self, required: tuple[ParticipantRole, ...]) -> list[tuple[str, str]]:
        """What keeps a plan on this samråd from being signed, as (sv, en) clauses; empty when
        nothing does."""
        found: list[tuple[str, str]] = []
        missing = self.missing_roles(required)
        if missing:
            sv = _joined([_IN_SENTENCE[r][0] for r in missing], "och")
            en = _joined([_IN_SENTENCE[r][1] for r in missing], "and")
            found.append((f"samråd med {sv} saknas", f"samråd with {en} is missing"))
        if self.information is None:
            found.append(
                (
                    "information till patienten om vad egenvård innebär saknas",
                    "the information to the patient about what egenvård means is missing",
                )
            )
        if self.decision is None:
            found.append(
                (
                    "patientens (eller vårdnadshavarens) beslut att ta emot egenvården saknas",
                    "the patient's (or guardian's) decision to accept egenvård is missing",
                )
            )
        elif not self.decision.accepted:
            found.append(
                (
                    f"{self.decision.decided_by} har inte accepterat egenvården",
                    f"{self.decision.decided_by} has not accepted egenvård",
                )
            )
        return found


def _joined(words: list[str], conjunction: str) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


class SamradIncomplete(ValidationError):
    """ "Planen kan inte signeras: samråd med skolledare saknas." """

    def __init__(self, gaps: list[tuple[str, str]]) -> None:
        self.gaps = gaps
        sv = "; ".join(g[0] for g in gaps)
        en = "; ".join(g[1] for g in gaps)
        super().__init__(f"Planen kan inte signeras: {sv}.", f"The plan cannot be signed: {en}.", "samrad")
