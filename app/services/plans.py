"""Use cases from assessment to signed plan, and what happens around a plan afterwards."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from app.errors import NotFound, UserError, ValidationError
from app.models.assessment import Assessment, Outcome, RiskAnalysis
from app.models.audit import Action
from app.models.common import TEXT_MAX, Consent, Practitioner
from app.models.plan import Plan, PlanKind, PlanLocked, PlanStatus, Setting, Signature
from app.models.records import CopyHandover, Instruction, Performance, Recipient
from app.models.review import Announcement, Review, ReviewKind, ReviewOutcome
from app.models.roles import UseCase
from app.models.samrad import Samrad
from app.services import persons
from app.services.workspace import Workspace


class ChangedElsewhere(UserError):
    """The version a window showed is no longer the one stored: it was signed, edited or voided
    in another window (or by an import) after this one read it."""

    sv = "Planen har ändrats i ett annat fönster – den visas nu som den är."
    en = "The plan was changed in another window – it is now shown as it is."


def _unchanged(ws: Workspace, plan: Plan) -> Plan:
    """Call inside the write's transaction, before any rule or trigger: the caller's copy must
    still be the newest stored version, exactly as stored."""
    if ws.repos.plans.current(plan.id) != plan:
        raise ChangedElsewhere()
    return plan


def assess(
    ws: Workspace,
    person_id: str,
    measure: str,
    assessor: Practitioner,
    assessed_on: date,
    risk_analysis: RiskAnalysis,
    outcome: Outcome,
    notes: str = "",
    samrad: Samrad | None = None,
) -> Assessment:
    ws.require(UseCase.ASSESS)
    persons.get(ws, person_id)
    assessment = Assessment(person_id, measure, assessor, assessed_on, risk_analysis, outcome, notes, samrad=samrad)
    with ws.write(Action.CREATE, "assessment", assessment.id, person_id):
        ws.repos.assessments.add(assessment)
    return assessment


def get_assessment(ws: Workspace, assessment_id: str) -> Assessment:
    found = ws.repos.assessments.get(assessment_id)
    if found is None:
        raise NotFound(what_sv="bedömning", what_en="assessment", ident=assessment_id)
    return found


def start_plan(
    ws: Workspace, assessment: Assessment, setting: Setting, kind: PlanKind = PlanKind.NEW, **points: object
) -> Plan:
    """A draft plan from an assessment. A measure that is not egenvård gets no plan."""
    ws.require(UseCase.PLAN)
    if not assessment.allows_plan:
        raise ValidationError(
            "Bedömningen är att åtgärden är en hälso- och sjukvårdsinsats, inte egenvård; "
            "ingen egenvårdsplan kan upprättas.",
            "The assessment says the measure is a health-care measure, not egenvård; no plan can be made.",
            "outcome",
        )
    points.setdefault("measure", assessment.measure)
    points.setdefault("performer_mode", assessment.outcome)
    plan = Plan(
        person_id=assessment.person_id,
        assessment_id=assessment.id,
        kind=kind,
        setting=setting,
        risk_analysis_done=assessment.risk_analysis.is_done,
        **points,  # type: ignore[arg-type]
    )
    with ws.write(Action.CREATE, "plan", plan.id, plan.person_id):
        ws.repos.plans.add(plan)
    return plan


def get_plan(ws: Workspace, plan_id: str) -> Plan:
    plan = ws.repos.plans.current(plan_id)
    if plan is None:
        raise NotFound(what_sv="plan", what_en="plan", ident=plan_id)
    return plan


def edit_plan(ws: Workspace, plan: Plan, **changes: object) -> Plan:
    """A draft is changed in place; a signed plan gets a new draft version."""
    ws.require(UseCase.PLAN)
    with ws.write(Action.UPDATE, "plan", plan.id, plan.person_id):
        updated = _unchanged(ws, plan).edited(**changes)
        if updated.version == plan.version:
            ws.repos.plans.save(updated)
        else:
            ws.repos.plans.add(updated)
    return updated


def sign_plan(ws: Workspace, plan: Plan, signature: Signature) -> Plan:
    """Sign a draft: checks the seven points and the samråd (`Plan.signed_here`), supersedes
    the last signed version and plans the re-assessment on the date of point 7."""
    ws.require(UseCase.SIGN)
    child = persons.get(ws, plan.person_id).is_child(signature.signed_on)
    with ws.write(Action.SIGN, "plan", plan.id, plan.person_id):
        signed = _unchanged(ws, plan).signed_here(signature, get_assessment(ws, plan.assessment_id), child)
        previous = ws.repos.plans.last_signed(plan.id)
        if previous is not None and previous.status is PlanStatus.SIGNED:
            ws.repos.plans.save(replace(previous, status=PlanStatus.SUPERSEDED))
        ws.repos.plans.save(signed)
        _cancel_open_reviews(ws, plan.id)
        assert signed.reassessment_on is not None  # guaranteed by the seven-point check
        ws.repos.reviews.add(Review(plan.id, signed.reassessment_on, ReviewKind.REASSESSMENT))
    return signed


def void_plan(ws: Workspace, plan: Plan, reason: str) -> Plan:
    ws.require(UseCase.VOID)
    with ws.write(Action.VOID, "plan", plan.id, plan.person_id):
        voided = _unchanged(ws, plan).voided(reason)
        ws.repos.plans.save(voided)
        _cancel_open_reviews(ws, plan.id)
        _void_intyg(ws, voided)
    return voided


def _void_intyg(ws: Workspace, plan: Plan) -> None:
    """An egenvårdsintyg rests on a signed version: voiding that version voids its intyg in
    force, each with an audit event of its own (a nested write: one transaction with the plan's)."""
    reason = f"Planen makulerad: {plan.void_reason}"[:TEXT_MAX]
    for found in ws.repos.intyg.for_plan(plan.id):
        if found.can_void and found.plan_version == plan.version:
            with ws.write(Action.VOID, "intyg", found.id, found.person_id):
                ws.repos.intyg.save(found.voided(reason, ws.today()))


def _cancel_open_reviews(ws: Workspace, plan_id: str) -> None:
    for review in ws.repos.reviews.open_for_plan(plan_id):
        ws.repos.reviews.save(replace(review, cancelled=True))


def next_review(ws: Workspace, plan_id: str) -> Review | None:
    open_reviews = ws.repos.reviews.open_for_plan(plan_id)
    return open_reviews[0] if open_reviews else None


def complete_review(
    ws: Workspace,
    review: Review,
    done_on: date,
    done_by: str,
    outcome: ReviewOutcome,
    next_on: date | None,
    notes: str = "",
    next_kind: ReviewKind = ReviewKind.REASSESSMENT,
) -> Review:
    """Record a review; it always plans the next one, unless the egenvård ends."""
    ws.require(UseCase.REVIEW)
    person_id = get_plan(ws, review.plan_id).person_id
    with ws.write(Action.UPDATE, "review", review.id, person_id):
        if ws.repos.reviews.get(review.id) != review:  # done, or cancelled by a new signing, elsewhere
            raise ChangedElsewhere()
        plan = get_plan(ws, review.plan_id)
        done = review.completed(done_on, done_by, outcome, next_on, notes)
        ws.repos.reviews.save(done)
        if done.outcome is ReviewOutcome.END:
            if plan.status is PlanStatus.SIGNED:
                ws.repos.plans.save(replace(plan, status=PlanStatus.ENDED))
        else:
            assert next_on is not None
            ws.repos.reviews.add(Review(plan.id, next_on, next_kind))
    return done


def get_review(ws: Workspace, review_id: str) -> Review:
    review = ws.repos.reviews.get(review_id)
    if review is None:
        raise NotFound(what_sv="uppföljning", what_en="review", ident=review_id)
    return review


def announce_review(ws: Workspace, review: Review, announced_on: date, announced_to: str) -> Announcement:
    """Record that the planned date of the next review was told to those concerned (002: "ny
    tid … planeras och meddelas berörda"); takes the to-do `inform_next_review` off the list."""
    ws.require(UseCase.REVIEW)
    plan = get_plan(ws, review.plan_id)
    profile = ws.profile()
    entry = Announcement(review.id, plan.id, announced_on, announced_to, profile.name if profile else "")
    with ws.write(Action.CREATE, "announcement", entry.id, plan.person_id):
        stored = ws.repos.reviews.get(review.id)
        if stored is None or not stored.is_open:  # done or cancelled elsewhere: tell the old date no more
            raise ChangedElsewhere()
        ws.repos.announcements.add(entry)
    return entry


def hand_over_copy(
    ws: Workspace,
    plan: Plan,
    recipient: Recipient,
    recipient_name: str,
    handed_on: date,
    consent: Consent | None = None,
) -> CopyHandover:
    ws.require(UseCase.HAND_OVER_COPY)
    person = persons.get(ws, plan.person_id)
    copy = CopyHandover(plan.id, plan.version, recipient, recipient_name, handed_on, consent)
    with ws.write(Action.CREATE, "copy", copy.id, plan.person_id):
        if not _unchanged(ws, plan).can_hand_over_copy:
            raise ValidationError(
                "Bara en signerad plan kan lämnas över som kopia.",
                "Only a signed plan can be handed over as a copy.",
                "status",
            )
        copy.check(person.is_child(handed_on))
        ws.repos.copies.add(copy)
    return copy


def log_instruction(
    ws: Workspace,
    plan: Plan,
    staff_name: str,
    instructed_by: str,
    instructed_on: date,
    renew_on: date | None = None,
    staff_role: str = "",
    notes: str = "",
) -> Instruction:
    ws.require(UseCase.INSTRUCT)
    entry = Instruction(plan.id, staff_name, instructed_by, instructed_on, renew_on, staff_role, notes)
    with ws.write(Action.CREATE, "instruction", entry.id, plan.person_id):
        if not _unchanged(ws, plan).can_log_instruction:
            raise PlanLocked(plan.status)
        ws.repos.instructions.add(entry)
    return entry


def log_performance(
    ws: Workspace,
    plan: Plan,
    occurred_at: datetime,
    performer: str,
    done: bool,
    reason: str = "",
) -> Performance:
    """One line of the signeringslista. A "not done" may start a deviation (see cases)."""
    ws.require(UseCase.PERFORMANCE)
    entry = Performance(plan.id, occurred_at, performer, done, reason)
    with ws.write(Action.CREATE, "performance", entry.id, plan.person_id):
        if not _unchanged(ws, plan).can_log_performance:
            raise ValidationError(
                "Signeringslistan kan bara fyllas i för en signerad plan.",
                "Performance can only be logged against a signed plan.",
                "status",
            )
        ws.repos.performances.add(entry)
    return entry


def plan_history(ws: Workspace, plan_id: str) -> list[Plan]:
    return ws.repos.plans.history(plan_id)


def plans_for_person(ws: Workspace, person_id: str) -> list[Plan]:
    return ws.repos.plans.current_for_person(person_id)
