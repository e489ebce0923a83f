"""Egenvårdsintyg: the certificate a licensed professional issues on a signed egenvård plan.

The person attaches it to an application for bistånd (001: "Fysioterapeuten skriver därför ett
egenvårdsintyg och ger det till den äldre herren … som bifogar intyget till sin ansökan"), and
staff at an LSS short stay may not perform the measure before one exists (002: "Innan
egenvårdsintyg finns utfärdat kan inte insatsen utföras som egenvård").

An intyg rests on one signed plan version; it is never changed, only voided with a reason.
The rule "staff at an LSS short stay wait for an intyg" lives here (`awaits_intyg`), asked by
the plan window, the to-do engine and the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from app.errors import ValidationError
from app.models.assessment import Assessment
from app.models.common import Practitioner, Role, clean, new_id, now, require
from app.models.limits import SHORT_MAX, Label
from app.models.plan import Plan, PlanStatus, Setting


class IntygStatus(StrEnum):
    VALID = "valid"  # utfärdat; in force between issued_on and valid_until
    VOIDED = "voided"  # makulerat, with a reason


INTYG_STATUS_SV = {IntygStatus.VALID: "Utfärdat", IntygStatus.VOIDED: "Makulerat"}
INTYG_STATUS_EN = {IntygStatus.VALID: "Issued", IntygStatus.VOIDED: "Voided"}

# The plan states a staff member could act on: a draft is not yet in force, yet the mark tells
# the unit early that an intyg will be needed; a voided, superseded or ended plan is acted on by nobody.
_PLAN_IN_USE = frozenset({PlanStatus.DRAFT, PlanStatus.SIGNED})

STAFF_WAIT_SV = "Får inte utföras av personal förrän egenvårdsintyg finns"
STAFF_WAIT_EN = "May not be performed by staff until an egenvårdsintyg exists"


class NotIssuable(ValidationError):
    """The plan or its assessment does not allow an intyg."""


@dataclass(frozen=True)
class Intyg:
    person_id: str
    plan_id: str
    plan_version: int  # the signed version the intyg rests on
    measure: str  # the health-care measure judged to be egenvård
    judgement: str  # why it is egenvård: the assessor's judgement in words
    help_needed: str  # what help the person needs
    frequency: str  # how often, e.g. "3 gånger per dag"
    assessor: Practitioner  # who assessed: a licensed professional with a profession
    issued_on: date
    valid_until: date
    status: IntygStatus = IntygStatus.VALID
    void_reason: str = ""
    voided_on: date | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)

    def __post_init__(self) -> None:
        object.__setattr__(self, "measure", require(self.measure, "Åtgärd/insats", "Measure", "measure"))
        object.__setattr__(
            self,
            "judgement",
            require(self.judgement, "Bedömningen att åtgärden är egenvård", "The judgement", "judgement"),
        )
        object.__setattr__(
            self, "help_needed", require(self.help_needed, "Vilken hjälp som behövs", "Help needed", "help_needed")
        )
        object.__setattr__(
            self, "frequency", require(self.frequency, "Hur ofta", "How often", "frequency", limit=SHORT_MAX)
        )
        object.__setattr__(self, "status", IntygStatus(self.status))
        object.__setattr__(self, "void_reason", clean(self.void_reason, Label("Skäl", "Reason", "void_reason")))
        if self.plan_version < 1:
            raise ValidationError("Planversionen saknas.", "The plan version is missing.", "plan_version")
        if self.assessor.role is not Role.LICENSED or self.assessor.profession is None:
            raise ValidationError(
                "Intyget utfärdas av en legitimerad yrkesutövare; ange bedömarens yrke.",
                "The intyg is issued by a licensed professional; give the assessor's profession.",
                "assessor",
            )
        if self.valid_until <= self.issued_on:
            raise ValidationError(
                "”Giltigt till” måste ligga efter utfärdandedatum.",
                "“Valid until” must be after the date of issue.",
                "valid_until",
            )
        if self.status is IntygStatus.VOIDED and (not self.void_reason or self.voided_on is None):
            raise ValidationError(
                "Ett makulerat intyg har skäl och datum för makuleringen.",
                "A voided intyg has a reason and a date of voiding.",
                "void_reason",
            )

    @classmethod
    def issue(
        cls,
        plan: Plan,
        assessment: Assessment,
        assessor: Practitioner,
        issued_on: date,
        judgement: str,
        help_needed: str,
        frequency: str,
        valid_until: date | None = None,
    ) -> Intyg:
        """An intyg for a signed plan whose assessment found egenvård; valid until the plan's
        re-assessment date unless another (earlier or later) date is given."""
        check_issuable(plan, assessment)
        until = valid_until or plan.reassessment_on
        if until is None:  # a signed plan always has one; an imported oddity gets a sentence
            raise ValidationError("Ange ”giltigt till”.", "Give “valid until”.", "valid_until")
        return cls(
            person_id=plan.person_id,
            plan_id=plan.id,
            plan_version=plan.version,
            measure=plan.measure,
            judgement=judgement,
            help_needed=help_needed,
            frequency=frequency,
            assessor=assessor,
            issued_on=issued_on,
            valid_until=until,
        )

    def may_become(self, other: Intyg) -> bool:
        """May the stored row be replaced by `other` (same id)? Only by voiding it: an issued
        intyg never changes content (the import asks; the trigger `intyg_fixed` holds the same)."""
        if self.status is not IntygStatus.VALID:
            return self == other
        return replace(self, status=other.status, void_reason=other.void_reason, voided_on=other.voided_on) == other

    @property
    def can_void(self) -> bool:
        return self.status is IntygStatus.VALID

    def is_valid_on(self, day: date) -> bool:
        return self.status is IntygStatus.VALID and self.issued_on <= day <= self.valid_until

    def voided(self, reason: str, on: date) -> Intyg:
        if not self.can_void:
            raise ValidationError("Intyget är redan makulerat.", "The intyg is already voided.", "status")
        reason = require(reason, "Skäl för makulering", "Reason for voiding", "void_reason")
        return replace(self, status=IntygStatus.VOIDED, void_reason=reason, voided_on=on)


def may_issue_for(plan: Plan) -> bool:
    """An intyg rests on the version in force: a signed one (the button and `check_issuable` ask)."""
    return plan.status is PlanStatus.SIGNED


def check_issuable(plan: Plan, assessment: Assessment) -> None:
    """An intyg only for a signed plan (the version in force) whose assessment found egenvård."""
    if not may_issue_for(plan):
        raise NotIssuable(
            "Egenvårdsintyg utfärdas bara för en signerad plan som gäller; signera planen först.",
            "An egenvårdsintyg is issued only for a signed plan in force; sign the plan first.",
            "status",
        )
    if assessment.id != plan.assessment_id or not assessment.allows_plan:
        raise NotIssuable(
            "Bedömningen säger inte att åtgärden är egenvård; inget egenvårdsintyg kan utfärdas.",
            "The assessment does not find the measure to be egenvård; no egenvårdsintyg can be issued.",
            "assessment",
        )


def current_intyg(intyg: list[Intyg] | tuple[Intyg, ...], day: date) -> Intyg | None:
    """The intyg of a plan in force on `day` (the latest issued, when several are)."""
    valid = [i for i in intyg if i.is_valid_on(day)]
    return max(valid, key=lambda i: (i.issued_on, i.created_at)) if valid else None


def awaits_intyg(plan: Plan, current: Intyg | None) -> bool:
    """The one rule (002, "Barn på korttidsvistelse/korttidstillsyn enligt LSS"): a plan in an LSS
    short stay may not be performed by staff until a valid egenvårdsintyg exists. `current` is
    the plan's intyg in force today (`current_intyg`), or None."""
    return plan.setting is Setting.LSS_SHORT_STAY and plan.status in _PLAN_IN_USE and current is None
