"""The smaller records around a plan: copies, instructions, performance log, bistånd, SIP."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from app.errors import ValidationError
from app.models.common import Consent, ConsentGiver, Practitioner, Role, clean, new_id, now, require
from app.models.limits import Label, bounded, enforced


class Recipient(StrEnum):
    PERSON = "person"
    GUARDIAN = "guardian"
    CASE_OFFICER = "case_officer"
    UNIT_MANAGER = "unit_manager"
    SCHOOL_LEADER = "school_leader"
    OTHER = "other"


RECIPIENT_LABELS_SV = {
    Recipient.PERSON: "Den enskilde",
    Recipient.GUARDIAN: "Vårdnadshavare",
    Recipient.CASE_OFFICER: "Handläggare",
    Recipient.UNIT_MANAGER: "Enhetschef",
    Recipient.SCHOOL_LEADER: "Skolledare / rektor",
    Recipient.OTHER: "Annan berörd part",
}
RECIPIENT_LABELS_EN = {
    Recipient.PERSON: "The person",
    Recipient.GUARDIAN: "Guardian",
    Recipient.CASE_OFFICER: "Case officer",
    Recipient.UNIT_MANAGER: "Unit manager",
    Recipient.SCHOOL_LEADER: "School leader / head teacher",
    Recipient.OTHER: "Other party concerned",
}


def needs_consent(recipient: Recipient) -> bool:
    """Anyone but the person, or a child's guardian, receives a copy only on recorded consent."""
    return Recipient(recipient) not in (Recipient.PERSON, Recipient.GUARDIAN)


@dataclass(frozen=True)
class CopyHandover:
    """A signed copy handed over. Anyone but the person (or a child's guardian) needs consent,
    as the form says: "efter den enskildes samtycke"; for a child a guardian consents."""

    plan_id: str
    plan_version: int
    recipient: Recipient
    recipient_name: str
    handed_on: date
    consent: Consent | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "recipient", Recipient(self.recipient))
        object.__setattr__(
            self, "recipient_name", require(self.recipient_name, "Mottagare", "Recipient", "recipient_name")
        )

    @property
    def needs_consent(self) -> bool:
        return needs_consent(self.recipient)

    def check(self, person_is_child: bool) -> None:
        if not self.needs_consent:
            return
        if self.consent is None:
            raise ValidationError(
                "En kopia till någon annan än den enskilde kräver registrerat samtycke "
                "(från den enskilde, eller vårdnadshavare för barn).",
                "A copy to anyone but the person requires recorded consent "
                "(from the person, or a guardian for a child).",
                "consent",
            )
        if person_is_child and self.consent.giver is ConsentGiver.PERSON:
            raise ValidationError(
                "Personen är ett barn: samtycket ska lämnas av vårdnadshavare.",
                "The person is a child: consent must come from a guardian.",
                "consent",
            )
        if self.consent.given_on > self.handed_on:
            raise ValidationError(
                "Samtycket måste ha lämnats innan kopian lämnades över.",
                "Consent must be given before the copy is handed over.",
                "consent",
            )


@dataclass(frozen=True)
class Instruction:
    plan_id: str
    staff_name: str
    instructed_by: str
    instructed_on: date
    renew_on: date | None = None
    staff_role: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "staff_name", require(self.staff_name, "Personal", "Staff member", "staff_name"))
        object.__setattr__(
            self, "instructed_by", require(self.instructed_by, "Instruerad av", "Instructed by", "instructed_by")
        )
        if self.renew_on is not None and self.renew_on <= self.instructed_on:
            raise ValidationError(
                "Datum för förnyad instruktion måste ligga efter instruktionsdatum.",
                "The renewal date must be after the instruction date.",
                "renew_on",
            )


@dataclass(frozen=True)
class Performance:
    """One line of the signeringslista: the performer helped, or did not and why."""

    plan_id: str
    occurred_at: datetime
    performer: str
    done: bool
    reason: str = ""
    deviation_id: str | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "performer", require(self.performer, "Utförare", "Performer", "performer"))
        object.__setattr__(self, "reason", clean(self.reason))
        if not self.done and not self.reason:
            raise ValidationError(
                "Ange varför insatsen inte blev utförd.", "Say why the measure was not performed.", "reason"
            )


class Law(StrEnum):
    SOL = "SoL"
    LSS = "LSS"
    SFB = "SFB"


class DecisionResult(StrEnum):
    PENDING = "pending"
    GRANTED = "granted"
    DENIED = "denied"


# The laws keep their Swedish abbreviations; English adds what they stand for.
LAW_LABELS_SV = {Law.SOL: "SoL", Law.LSS: "LSS", Law.SFB: "SFB"}
LAW_LABELS_EN = {
    Law.SOL: "SoL (Social Services Act)",
    Law.LSS: "LSS (Disability Support and Service Act)",
    Law.SFB: "SFB (Social Insurance Code)",
}
DECISION_LABELS_SV = {
    DecisionResult.PENDING: "Ej beslutat",
    DecisionResult.GRANTED: "Beviljat",
    DecisionResult.DENIED: "Avslag",
}
DECISION_LABELS_EN = {
    DecisionResult.PENDING: "Not yet decided",
    DecisionResult.GRANTED: "Granted",
    DecisionResult.DENIED: "Denied",
}


@dataclass(frozen=True)
class BistandDecision:
    person_id: str
    law: Law
    applied_on: date
    case_officer: str
    result: DecisionResult = DecisionResult.PENDING
    decided_on: date | None = None
    plan_id: str | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "law", Law(self.law))
        object.__setattr__(self, "result", DecisionResult(self.result))
        object.__setattr__(
            self, "case_officer", require(self.case_officer, "Handläggare", "Case officer", "case_officer")
        )
        if self.is_decided and self.decided_on is None:
            raise ValidationError("Ange beslutsdatum.", "Give the decision date.", "decided_on")
        if self.decided_on is not None and self.decided_on < self.applied_on:
            raise ValidationError(
                "Beslutsdatum kan inte ligga före ansökningsdatum.",
                "The decision date cannot be before the application date.",
                "decided_on",
            )
        if self.is_decided and self.plan_id is None and enforced():  # a rule that came later
            raise ValidationError(
                "Ett beslut (beviljat eller avslag) ska kopplas till egenvårdsplanen det bygger på: välj plan. "
                "Bara en ansökan som ännu inte är beslutad kan sparas utan plan.",
                "A decision (granted or denied) must be linked to the self-care plan it rests on: choose a plan. "
                "Only an application not yet decided can be saved without a plan.",
                "plan_id",
            )

    @property
    def is_decided(self) -> bool:
        """Granted or denied; a pending application (`DecisionResult.PENDING`) is a to-do."""
        return self.result is not DecisionResult.PENDING

    def decided(self, result: DecisionResult, decided_on: date | None, plan_id: str | None) -> BistandDecision:
        """A pending application decided: the same rules as a decision recorded at once."""
        if self.is_decided:
            raise ValidationError("Ansökan är redan beslutad.", "The application has already been decided.", "result")
        return replace(self, result=result, decided_on=decided_on, plan_id=plan_id or self.plan_id)


def case_officer_default(user: Practitioner | None) -> str:
    """What the bistånd form proposes as handläggare: the user only when she is the case
    officer; a nurse recording what she was told must not appear as the one who decided."""
    if user is not None and user.role is Role.CASE_OFFICER:
        return user.name
    return ""


@dataclass(frozen=True)
class SipLink:
    """A SIP needs the person's consent (002 §"Bedömning och riskanalys")."""

    person_id: str
    sip_date: date
    coordinator: str
    consent: Consent
    parties: tuple[str, ...] = ()
    region_reference: str = ""
    next_follow_up: date | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)

    def __post_init__(self) -> None:
        object.__setattr__(self, "coordinator", require(self.coordinator, "Samordnare", "Coordinator", "coordinator"))
        parties = bounded(self.parties, Label("Parter", "Parties", "parties"))
        object.__setattr__(self, "parties", tuple(clean(p) for p in parties if clean(p)))
        object.__setattr__(self, "region_reference", clean(self.region_reference))
        if self.next_follow_up is not None and self.next_follow_up <= self.sip_date:
            raise ValidationError(
                "Nästa uppföljning av SIP måste ligga efter SIP-datumet.",
                "The next SIP follow-up must be after the SIP date.",
                "next_follow_up",
            )
