"""Egenvårdsplan: the seven documentation points of 002 §"Planering och dokumentation".

A plan is a series of versions sharing one id. A signed version never changes: editing it
makes the next version as a draft. Nothing is deleted; a plan is voided with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from enum import StrEnum

from app.errors import ValidationError
from app.models.assessment import Assessment, Outcome
from app.models.common import clean, new_id, now, require
from app.models.records import Recipient, needs_consent
from app.models.samrad import ParticipantRole, SamradIncomplete


class PlanKind(StrEnum):
    NEW = "new"  # Ny bedömning
    REASSESSMENT = "reassessment"  # Omprövning


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    SUPERSEDED = "superseded"  # a later version was signed
    VOIDED = "voided"
    ENDED = "ended"  # a review ended the egenvård


STATUS_LABELS_SV = {
    PlanStatus.DRAFT: "Utkast",
    PlanStatus.SIGNED: "Signerad",
    PlanStatus.SUPERSEDED: "Ersatt",
    PlanStatus.VOIDED: "Makulerad",
    PlanStatus.ENDED: "Avslutad",
}
STATUS_LABELS_EN = {
    PlanStatus.DRAFT: "Draft",
    PlanStatus.SIGNED: "Signed",
    PlanStatus.SUPERSEDED: "Superseded",
    PlanStatus.VOIDED: "Voided",
    PlanStatus.ENDED: "Ended",
}


class Setting(StrEnum):
    """Where the help is given; decides who must take part in planning (002)."""

    SCHOOL = "school"  # förskola / skola / fritidshem
    HOME_CARE = "home_care"  # hemtjänst
    LSS_SHORT_STAY = "lss_short_stay"  # korttidsvistelse / korttidstillsyn
    HVB = "hvb"
    PERSONAL_ASSISTANCE = "personal_assistance"
    LSS_HOUSING = "lss_housing"  # bostad med särskild service
    RELATIVE = "relative"  # närstående / the person at home


SETTING_LABELS_SV = {
    Setting.SCHOOL: "Förskola / skola",
    Setting.HOME_CARE: "Hemtjänst",
    Setting.LSS_SHORT_STAY: "Korttidsvistelse (LSS)",
    Setting.HVB: "HVB",
    Setting.PERSONAL_ASSISTANCE: "Personlig assistans",
    Setting.LSS_HOUSING: "Bostad med särskild service (LSS)",
    Setting.RELATIVE: "Närstående / hemma",
}
SETTING_LABELS_EN = {
    Setting.SCHOOL: "Preschool / school",
    Setting.HOME_CARE: "Home care",
    Setting.LSS_SHORT_STAY: "LSS short stay",
    Setting.HVB: "HVB (residential care home)",
    Setting.PERSONAL_ASSISTANCE: "Personal assistance",
    Setting.LSS_HOUSING: "LSS housing with special service",
    Setting.RELATIVE: "Relative / at home",
}

# Who must take part in the samråd, by setting, besides the patient (or a child's guardian):
# 002 §"Barn i förskola, skola" (skolledare), §"Barn på korttidsvistelse" and §"HVB"
# (verksamhetsansvarig chef; LSS housing likewise), §"Bedömning och riskanalys" (the one who is
# to carry out the help: in home care the performing unit).
SAMRAD_REQUIRED: dict[Setting, tuple[ParticipantRole, ...]] = {
    Setting.SCHOOL: (ParticipantRole.SCHOOL_LEADER,),
    Setting.LSS_SHORT_STAY: (ParticipantRole.UNIT_MANAGER,),
    Setting.LSS_HOUSING: (ParticipantRole.UNIT_MANAGER,),
    Setting.HVB: (ParticipantRole.UNIT_MANAGER,),
    Setting.HOME_CARE: (ParticipantRole.PERFORMER_UNIT,),
}


def required_participants(setting: Setting, child: bool) -> tuple[ParticipantRole, ...]:
    """The roles the samråd of a plan in `setting` must hold: always the patient, or for a
    child a guardian, then the ones the setting adds."""
    first = ParticipantRole.GUARDIAN if child else ParticipantRole.PATIENT
    return (first, *SAMRAD_REQUIRED.get(Setting(setting), ()))


# The seven points, in the routine's own words (Swedish) and in English.
POINTS: dict[int, tuple[str, str]] = {
    1: ("vilken åtgärd/insats som bedömts som egenvård", "which measure was judged to be egenvård"),
    2: (
        "om personen själv eller med hjälp av någon annan ska utföra egenvården, och vem",
        "whether the person performs it alone or with help, and who",
    ),
    3: (
        "hur och av vem information och instruktioner ska ges till utföraren",
        "how and by whom information and instructions are given to the performer",
    ),
    4: (
        "vilka åtgärder som ska vidtas och vem som ska kontaktas vid skada eller risk för skada",
        "what to do and whom to contact on harm or risk of harm",
    ),
    5: (
        "vilka åtgärder som ska vidtas och vem som ska kontaktas om situationen förändras",
        "what to do and whom to contact if the situation changes",
    ),
    6: ("hur, av vem och när bedömningen ska följas upp", "how, by whom and when the assessment is followed up"),
    7: ("datum för omprövning av egenvårdsbedömningen", "the date for re-assessment"),
}


class PlanIncomplete(ValidationError):
    def __init__(self, missing: list[int]) -> None:
        self.missing = missing
        sv = "; ".join(f"{n}. {POINTS[n][0]}" for n in missing)
        en = "; ".join(f"{n}. {POINTS[n][1]}" for n in missing)
        super().__init__(
            f"Planen kan inte signeras förrän alla sju punkter är ifyllda. Saknas: {sv}.",
            f"The plan cannot be signed until all seven points are filled in. Missing: {en}.",
            "points",
        )


class PlanLocked(ValidationError):
    def __init__(self, status: PlanStatus) -> None:
        super().__init__(
            f"Planversionen är {STATUS_LABELS_SV[status].lower()} och kan inte ändras.",
            f"This plan version is {STATUS_LABELS_EN[status].lower()} and cannot be changed.",
            "status",
        )


@dataclass(frozen=True)
class Signature:
    place: str
    signed_on: date
    name: str
    title: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "place", require(self.place, "Ort", "Place", "place"))
        object.__setattr__(self, "name", require(self.name, "Namn på den som undertecknar", "Signer name", "signer"))
        object.__setattr__(self, "title", require(self.title, "Befattning", "Title", "title"))


@dataclass(frozen=True)
class Plan:
    person_id: str
    assessment_id: str
    kind: PlanKind = PlanKind.NEW
    setting: Setting = Setting.HOME_CARE
    measure: str = ""  # 1
    performer_mode: Outcome | None = None  # 2: alone or with help
    performer: str = ""  # 2: who performs (Ansvarig för utförande)
    instruction_by: str = ""  # 3: who instructs and supervises
    instruction_how: str = ""  # 3: how information and instructions are given
    on_harm: str = ""  # 4
    on_change: str = ""  # 5
    follow_up: str = ""  # 6: how, when, by whom
    reassessment_on: date | None = None  # 7
    risk_analysis_done: bool = False  # the form's "Riskanalys är utförd"
    signature: Signature | None = None
    status: PlanStatus = PlanStatus.DRAFT
    void_reason: str = ""
    version: int = 1
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)

    def __post_init__(self) -> None:
        for name in ("measure", "performer", "instruction_by", "instruction_how", "on_harm", "on_change", "follow_up"):
            object.__setattr__(self, name, clean(getattr(self, name)))
        object.__setattr__(self, "kind", PlanKind(self.kind))
        object.__setattr__(self, "setting", Setting(self.setting))
        object.__setattr__(self, "status", PlanStatus(self.status))
        if self.performer_mode is not None:
            object.__setattr__(self, "performer_mode", Outcome(self.performer_mode))

    def missing_points(self) -> list[int]:
        filled = {
            1: bool(self.measure),
            2: self.performer_mode in (Outcome.SELF, Outcome.WITH_HELP) and bool(self.performer),
            3: bool(self.instruction_by) and bool(self.instruction_how),
            4: bool(self.on_harm),
            5: bool(self.on_change),
            6: bool(self.follow_up),
            7: self.reassessment_on is not None,
        }
        return [n for n, ok in filled.items() if not ok]

    # --- what may be done with this version: buttons, services, import and the trigger ask here
    @property
    def is_editable(self) -> bool:
        """Changed in place (a draft); a signed version is changed by making the next version."""
        return self.status is PlanStatus.DRAFT

    @property
    def is_active(self) -> bool:
        return self.status is PlanStatus.SIGNED

    @property
    def can_edit(self) -> bool:
        """A draft changes in place; a signed version yields the next version (`edited`)."""
        return self.status in (PlanStatus.DRAFT, PlanStatus.SIGNED)

    @property
    def can_sign(self) -> bool:
        return self.status is PlanStatus.DRAFT

    @property
    def can_void(self) -> bool:
        return self.status not in (PlanStatus.VOIDED, PlanStatus.SUPERSEDED)

    @property
    def can_review(self) -> bool:
        """Follow-up and re-assessment are of the plan in force."""
        return self.status is PlanStatus.SIGNED

    @property
    def can_hand_over_copy(self) -> bool:
        return self.status is PlanStatus.SIGNED

    @property
    def can_log_performance(self) -> bool:
        return self.status is PlanStatus.SIGNED

    @property
    def can_log_instruction(self) -> bool:
        """Staff may be instructed while the plan is still being written, and under the plan in force."""
        return self.status in (PlanStatus.DRAFT, PlanStatus.SIGNED)

    @property
    def fixes_samrad(self) -> bool:
        """Has this plan been signed (now or in an earlier version)? Then the samråd of its
        assessment is part of a signed plan and no longer changes; an omprövning makes a new
        assessment with its own samråd."""
        return self.status is not PlanStatus.DRAFT or self.version > 1

    @staticmethod
    def needs_consent(recipient: Recipient) -> bool:
        """A copy to anyone but the person or a guardian needs recorded consent (the form's
        "efter den enskildes samtycke")."""
        return needs_consent(recipient)

    def may_become(self, other: Plan) -> bool:
        """May the stored row of this version be replaced by `other` (same id and version)?
        A draft may change freely; a signed, superseded, ended or voided version only in the
        fields `CHANGEABLE_AFTER_SIGNING` names (the import and the database trigger ask this)."""
        if self.status is PlanStatus.DRAFT:
            return True
        return all(getattr(self, name) == getattr(other, name) for name in FIXED_AFTER_SIGNING)

    def edited(self, **changes: object) -> Plan:
        """A draft changes in place; a signed version yields the next version as a draft."""
        if not self.can_edit:
            raise PlanLocked(self.status)
        if self.is_editable:
            return replace(self, **changes)
        return replace(
            self, **changes, version=self.version + 1, status=PlanStatus.DRAFT, signature=None, created_at=now()
        )

    def signed(self, signature: Signature, assessment_allows_plan: bool) -> Plan:
        if not self.can_sign:
            raise PlanLocked(self.status)
        done = replace(self, signature=signature, status=PlanStatus.SIGNED)
        done.check_signed(assessment_allows_plan)
        return done

    def signed_here(self, signature: Signature, assessment: Assessment, child: bool) -> Plan:
        """Signing in this app: every rule of `signed`, then the samråd, the information and
        the decision (`check_samrad`). An imported signed version is held to `check_signed`
        only: bundles from before samråd was recorded stay valid."""
        done = self.signed(signature, assessment.allows_plan)
        self.check_samrad(assessment, child)
        return done

    def samrad_gaps(self, assessment: Assessment, child: bool) -> list[tuple[str, str]]:
        return assessment.consultation.gaps(required_participants(self.setting, child))

    def check_samrad(self, assessment: Assessment, child: bool) -> None:
        gaps = self.samrad_gaps(assessment, child)
        if gaps:
            raise SamradIncomplete(gaps)

    def check_signed(self, assessment_allows_plan: bool) -> None:
        """The rules every signed version meets, whether signed here or imported: a signature,
        an assessment that found egenvård, the risk analysis done, all seven points filled in,
        and a re-assessment date after the signing date."""
        if self.signature is None:
            raise ValidationError(
                "Planversionen är markerad som signerad men saknar underskrift.",
                "The plan version is marked as signed but has no signature.",
                "signature",
            )
        signature = self.signature
        if not assessment_allows_plan:
            raise ValidationError(
                "Bedömningen säger att åtgärden inte är egenvård; en egenvårdsplan kan inte signeras.",
                "The assessment says the measure is not egenvård; no egenvård plan can be signed.",
                "assessment",
            )
        if not self.risk_analysis_done:
            raise ValidationError(
                "Riskanalysen är inte utförd; planen kan inte signeras.",
                "The risk analysis has not been done; the plan cannot be signed.",
                "risk_analysis",
            )
        missing = self.missing_points()
        if missing:
            raise PlanIncomplete(missing)
        if self.reassessment_on is not None and self.reassessment_on <= signature.signed_on:
            raise ValidationError(
                "Datum för omprövning måste ligga efter signeringsdatum.",
                "The re-assessment date must be after the signing date.",
                "reassessment_on",
            )

    def voided(self, reason: str) -> Plan:
        if not self.can_void:
            raise PlanLocked(self.status)
        reason = require(reason, "Skäl för makulering", "Reason for voiding", "void_reason")
        return replace(self, status=PlanStatus.VOIDED, void_reason=reason)


# Every field of Plan, decided once: may a version that is no longer a draft still change it?
# `tests/models/test_plan_rules.py` fails when a field is added to Plan without a decision here;
# the database trigger (`app/store/migrations.py`) is generated from FIXED_AFTER_SIGNING.
CHANGEABLE_AFTER_SIGNING = frozenset({"status", "void_reason"})  # superseded / ended / voided, and why
FIXED_AFTER_SIGNING = frozenset(
    {
        "id",
        "version",
        "person_id",
        "assessment_id",
        "kind",
        "setting",
        "measure",
        "performer_mode",
        "performer",
        "instruction_by",
        "instruction_how",
        "on_harm",
        "on_change",
        "follow_up",
        "reassessment_on",
        "risk_analysis_done",
        "signature",
        "created_at",
    }
)


def unclassified_fields() -> set[str]:
    """Fields of Plan with no decision (should be none), and names decided that Plan lacks."""
    names = {f.name for f in fields(Plan)}
    decided = CHANGEABLE_AFTER_SIGNING | FIXED_AFTER_SIGNING
    return (names ^ decided) | (CHANGEABLE_AFTER_SIGNING & FIXED_AFTER_SIGNING)
