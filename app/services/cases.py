"""Use cases around the plan: bistånd decisions, SIP links, deviations, disputes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from app.errors import NotFound, ValidationError
from app.models.audit import Action
from app.models.common import Consent
from app.models.deviation import Deviation, DeviationStatus, Harm, InformedParty, parties_to_inform
from app.models.dispute import Dispute, DisputeParty, Spread
from app.models.records import BistandDecision, DecisionResult, Law, Performance, SipLink
from app.models.roles import UseCase
from app.services import persons
from app.services.workspace import Workspace


def record_decision(
    ws: Workspace,
    person_id: str,
    law: Law,
    applied_on: date,
    case_officer: str,
    result: DecisionResult = DecisionResult.PENDING,
    decided_on: date | None = None,
    plan_id: str | None = None,
    notes: str = "",
) -> BistandDecision:
    """An application for bistånd, pending or decided. A decision rests on a plan of this person
    (the model refuses one without; here the plan is checked to be hers)."""
    ws.require(UseCase.BISTAND)
    persons.get(ws, person_id)
    decision = BistandDecision(person_id, law, applied_on, case_officer, result, decided_on, plan_id, notes)
    _check_plan(ws, decision)
    with ws.write(Action.CREATE, "decision", decision.id, person_id):
        ws.repos.decisions.add(decision)
    return decision


def _check_plan(ws: Workspace, decision: BistandDecision) -> None:
    if decision.plan_id is None:
        return
    plan = ws.repos.plans.current(decision.plan_id)
    if plan is None or plan.person_id != decision.person_id:
        raise ValidationError(
            "Den valda planen hör inte till personen som ansökt.",
            "The chosen plan does not belong to the person who applied.",
            "plan_id",
        )


def get_decision(ws: Workspace, decision_id: str) -> BistandDecision:
    found = ws.repos.decisions.get(decision_id)
    if found is None:
        raise NotFound(what_sv="biståndsbeslut", what_en="bistånd decision", ident=decision_id)
    return found


def decide(
    ws: Workspace, decision_id: str, result: DecisionResult, decided_on: date | None, plan_id: str | None
) -> BistandDecision:
    """A pending application decided (granted or denied), with its plan."""
    ws.require(UseCase.BISTAND)
    decision = get_decision(ws, decision_id).decided(result, decided_on, plan_id)
    _check_plan(ws, decision)
    with ws.write(Action.UPDATE, "decision", decision.id, decision.person_id):
        ws.repos.decisions.save(decision)
    return decision


def link_sip(
    ws: Workspace,
    person_id: str,
    sip_date: date,
    coordinator: str,
    consent: Consent,
    parties: tuple[str, ...] = (),
    region_reference: str = "",
    next_follow_up: date | None = None,
) -> SipLink:
    ws.require(UseCase.SIP)
    persons.get(ws, person_id)
    link = SipLink(person_id, sip_date, coordinator, consent, parties, region_reference, next_follow_up)
    with ws.write(Action.CREATE, "sip", link.id, person_id):
        ws.repos.sip_links.add(link)
    return link


def report_deviation(
    ws: Workspace,
    person_id: str,
    occurred_at: datetime,
    location: str,
    description: str,
    reporter: str,
    *,
    reporter_organisation: str = "",
    plan_id: str | None = None,
    immediate_action: str = "",
    harm: Harm = Harm.NONE,
    category: str = "Övrigt",
    parties: tuple[InformedParty, ...] = (),
    performance: Performance | None = None,
    assessor_informed_on: date | None = None,
    event_analysis: str = "",
    measures: str = "",
    status: DeviationStatus = DeviationStatus.REPORTED,
    event_analysis_on: date | None = None,
) -> Deviation:
    """Report a deviation. `needs_reassessment` on the result tells the caller to prompt for
    a re-assessment and to contact the assessor (harm or risk of harm). A report can be
    written down complete at once (analysis, measures, even closed): one transaction."""
    ws.require(UseCase.DEVIATION)
    persons.get(ws, person_id)
    deviation = _with_status(
        Deviation(
            person_id,
            occurred_at,
            location,
            description,
            reporter,
            reporter_organisation,
            plan_id,
            immediate_action,
            harm,
            category,
            parties,
            assessor_informed_on,
            event_analysis,
            measures,
            event_analysis_on=event_analysis_on,
        ),
        status,
    )
    with ws.write(Action.CREATE, "deviation", deviation.id, person_id):
        ws.repos.deviations.add(deviation)
        if performance is not None:
            ws.repos.performances.save(replace(performance, deviation_id=deviation.id))
    return deviation


def get_deviation(ws: Workspace, deviation_id: str) -> Deviation:
    found = ws.repos.deviations.get(deviation_id)
    if found is None:
        raise NotFound(what_sv="avvikelse", what_en="deviation", ident=deviation_id)
    return found


def _with_status(deviation: Deviation, status: DeviationStatus) -> Deviation:
    """Closing goes through the model's rule (every party informed, assessor, analysis)."""
    if DeviationStatus(status) is DeviationStatus.CLOSED:
        return deviation.closed()
    return replace(deviation, status=status)


def update_deviation(ws: Workspace, deviation: Deviation, **changes: object) -> Deviation:
    ws.require(UseCase.DEVIATION)
    updated = replace(deviation, **changes)  # type: ignore[arg-type]
    if "status" in changes:  # asked for now (a form always asks): closing is checked again
        updated = _with_status(updated, changes["status"])  # type: ignore[arg-type]
    with ws.write(Action.UPDATE, "deviation", deviation.id, deviation.person_id):
        ws.repos.deviations.save(updated)
    return updated


@dataclass(frozen=True)
class DeviationEntry:
    """A deviation as a form holds it: the plain values typed or chosen. Parties are rows of
    (organisation, contact, informed on as ÅÅÅÅ-MM-DD or empty). `deviation_id` None: a new one."""

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
    parties: tuple[tuple[str, str, str], ...] = ()
    assessor_informed_on: date | None = None
    event_analysis: str = ""
    measures: str = ""
    status: DeviationStatus = DeviationStatus.REPORTED
    deviation_id: str | None = None
    event_analysis_on: date | None = None


def save_deviation(ws: Workspace, entry: DeviationEntry) -> Deviation:
    """The deviation form's one use case: report a new deviation or change a saved one, in one
    transaction. An existing one is read again here, so a change made meanwhile elsewhere is
    the base; every rule is the model's (a `ValidationError` names the field at fault)."""
    parties = tuple(InformedParty.from_text(*row) for row in entry.parties)
    values = dict(
        reporter_organisation=entry.reporter_organisation,
        plan_id=entry.plan_id,
        immediate_action=entry.immediate_action,
        harm=entry.harm,
        category=entry.category,
        parties=parties,
        assessor_informed_on=entry.assessor_informed_on,
        event_analysis=entry.event_analysis,
        event_analysis_on=entry.event_analysis_on,
        measures=entry.measures,
        status=entry.status,
    )
    if entry.deviation_id is None:
        return report_deviation(
            ws, entry.person_id, entry.occurred_at, entry.location, entry.description, entry.reporter, **values
        )
    current = get_deviation(ws, entry.deviation_id)
    return update_deviation(
        ws,
        current,
        occurred_at=entry.occurred_at,
        location=entry.location,
        description=entry.description,
        reporter=entry.reporter,
        **values,
    )


def proposed_parties(
    ws: Workspace, plan_id: str | None, reporter_organisation: str = ""
) -> tuple[tuple[str, str], ...]:
    """The parties a deviation under this plan should reach, as (organisation, contact) names for
    the form to pre-fill (editable there); the rule is the model's (`parties_to_inform`)."""
    if not plan_id:
        return ()
    plan = ws.repos.plans.current(plan_id)
    if plan is None:
        raise NotFound(what_sv="plan", what_en="plan", ident=plan_id)
    assessment = ws.repos.assessments.get(plan.assessment_id)
    person = ws.repos.persons.get(plan.person_id)
    if assessment is None or person is None:
        return ()
    parties = parties_to_inform(plan, person.unit, assessment.assessor, reporter_organisation)
    return tuple((p.organisation, p.contact) for p in parties)


def mark_informed(ws: Workspace, deviation: Deviation, organisation: str, on: date) -> Deviation:
    parties = tuple(
        replace(p, informed_on=on) if p.organisation == organisation and p.informed_on is None else p
        for p in deviation.parties
    )
    return update_deviation(ws, deviation, parties=parties)


def open_dispute(
    ws: Workspace,
    parties: tuple[DisputeParty | str, ...],
    question: str,
    opened_on: date,
    person_id: str | None = None,
) -> Dispute:
    """A new dispute: parties as records (with their närmaste chef) or, as before, by name."""
    ws.require(UseCase.DISPUTE)
    dispute = Dispute(parties, question, opened_on, person_id)
    with ws.write(Action.CREATE, "dispute", dispute.id, person_id or ""):
        ws.repos.disputes.add(dispute)
    return dispute


def get_dispute(ws: Workspace, dispute_id: str) -> Dispute:
    found = ws.repos.disputes.get(dispute_id)
    if found is None:
        raise NotFound(what_sv="tvist", what_en="dispute", ident=dispute_id)
    return found


def resolve_dispute(ws: Workspace, dispute: Dispute, resolved_on: date | None, solution: str) -> Dispute:
    ws.require(UseCase.DISPUTE)
    resolved = get_dispute(ws, dispute.id).resolved(resolved_on, solution)
    with ws.write(Action.UPDATE, "dispute", dispute.id, dispute.person_id or ""):
        ws.repos.disputes.save(resolved)
    return resolved


PartyRow = tuple[str, str, str, str, bool]  # organisation, unit, närmaste chef, title, is a school


@dataclass(frozen=True)
class DisputeEntry:
    """The dispute form as typed. Steps not yet recorded are taken in the routine's order
    (discussions started, escalated, resolved, spread), each by the model's rule; a step
    already recorded stays as it is. Spread rows are (recipient, ÅÅÅÅ-MM-DD)."""

    parties: tuple[PartyRow, ...]
    question: str
    opened_on: date
    person_id: str | None = None
    discussion_started_on: date | None = None
    escalated_on: date | None = None
    resolved_on: date | None = None
    solution: str = ""
    spread_to: tuple[tuple[str, str], ...] = ()
    dispute_id: str | None = None


def _steps(dispute: Dispute, entry: DisputeEntry) -> Dispute:
    """The dispute after the steps the form adds, each asked of the model in turn."""
    if entry.discussion_started_on is not None and dispute.discussion_started_on is None:
        dispute = dispute.discussion_started(entry.discussion_started_on)
    if entry.escalated_on is not None and dispute.escalated_on is None:
        dispute = dispute.escalated(entry.escalated_on)
    if dispute.is_open and (entry.resolved_on is not None or entry.solution.strip()):
        dispute = dispute.resolved(entry.resolved_on, entry.solution)
    spread = tuple(Spread.from_text(*row) for row in entry.spread_to)
    if spread != dispute.spread_to:
        dispute = dispute.spread(spread)
    return dispute


def save_dispute(ws: Workspace, entry: DisputeEntry) -> Dispute:
    """The dispute form's one use case: open a new dispute or take a saved one further, in one
    transaction. A saved one is read again here, so a change made meanwhile is the base."""
    ws.require(UseCase.DISPUTE)
    parties = tuple(DisputeParty(*row) for row in entry.parties)
    if entry.dispute_id is None:
        dispute = _steps(Dispute(parties, entry.question, entry.opened_on, entry.person_id), entry)
        action = Action.CREATE
    else:
        dispute = _steps(get_dispute(ws, entry.dispute_id).with_parties(parties), entry)
        action = Action.UPDATE
    with ws.write(action, "dispute", dispute.id, dispute.person_id or ""):
        if action is Action.CREATE:
            ws.repos.disputes.add(dispute)
        else:
            ws.repos.disputes.save(dispute)
    return dispute
