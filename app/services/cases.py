"""Use cases around the plan: bistånd decisions, SIP links, deviations, disputes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from app.errors import NotFound
from app.models.audit import Action
from app.models.common import Consent
from app.models.deviation import Deviation, DeviationStatus, Harm, InformedParty
from app.models.dispute import Dispute
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
    ws.require(UseCase.BISTAND)
    persons.get(ws, person_id)
    decision = BistandDecision(person_id, law, applied_on, case_officer, result, decided_on, plan_id, notes)
    with ws.write(Action.CREATE, "decision", decision.id, person_id):
        ws.repos.decisions.add(decision)
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


def mark_informed(ws: Workspace, deviation: Deviation, organisation: str, on: date) -> Deviation:
    parties = tuple(
        replace(p, informed_on=on) if p.organisation == organisation and p.informed_on is None else p
        for p in deviation.parties
    )
    return update_deviation(ws, deviation, parties=parties)


def open_dispute(
    ws: Workspace,
    parties: tuple[str, ...],
    question: str,
    opened_on: date,
    person_id: str | None = None,
) -> Dispute:
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
    resolved = dispute.resolved(resolved_on, solution)
    with ws.write(Action.UPDATE, "dispute", dispute.id, dispute.person_id or ""):
        ws.repos.disputes.save(resolved)
    return resolved
