"""Use cases for the egenvårdsintyg: issue, void, list, and the LSS short-stay rule.

Only a licensed professional issues or voids one (`UseCase.ISSUE_INTYG`, app/models/roles.py).
Every write is audited under the entity "intyg", so open windows (the plan window, the
person's timeline) read again. The rule itself lives in `app.models.intyg.awaits_intyg`;
`staff_must_wait` is how the plan window, the to-do engine and the PDF ask it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.errors import NotFound, UserError
from app.models.assessment import OUTCOME_LABELS_SV
from app.models.audit import Action
from app.models.intyg import Intyg, awaits_intyg
from app.models.plan import Plan, PlanStatus
from app.models.roles import UseCase
from app.services import plans
from app.services.workspace import Workspace

ENTITY = "intyg"  # the audit entity and the kind of change views reload on


class NoIssuer(UserError):
    sv = "Ingen användarprofil: ange namn, roll och yrke innan du utfärdar ett egenvårdsintyg."
    en = "No user profile: enter your name, role and profession before issuing an egenvårdsintyg."


def default_judgement(ws: Workspace, plan: Plan) -> str:
    """The judgement in words from the assessment the plan rests on (the dialog pre-fills it)."""
    assessment = plans.get_assessment(ws, plan.assessment_id)
    conclusion = assessment.risk_analysis.conclusion
    text = f"{OUTCOME_LABELS_SV[assessment.outcome]}."
    return f"{text} Riskanalys: {conclusion}" if conclusion else text


def in_force(ws: Workspace, plan_id: str) -> Plan:
    """The version an intyg rests on: the signed version in force (also while a next version
    is being drafted), else the current version, which the model then refuses with a sentence."""
    signed = ws.repos.plans.last_signed(plan_id)
    if signed is not None and signed.status is PlanStatus.SIGNED:
        return signed
    return plans.get_plan(ws, plan_id)


def issue(
    ws: Workspace,
    plan_id: str,
    help_needed: str,
    frequency: str,
    judgement: str = "",
    valid_until: date | None = None,
    issued_on: date | None = None,
) -> Intyg:
    """Issue an intyg on the plan's current version, which must be signed and rest on an
    assessment that found egenvård; the issuer (the profile) is the assessor named on it."""
    ws.require(UseCase.ISSUE_INTYG)
    issuer = ws.profile()
    if issuer is None:  # require() refuses before this; kept for a clear sentence if rules change
        raise NoIssuer()
    plan = in_force(ws, plan_id)
    intyg = Intyg.issue(
        plan,
        plans.get_assessment(ws, plan.assessment_id),
        issuer,
        issued_on or ws.today(),
        judgement.strip() or default_judgement(ws, plan),
        help_needed,
        frequency,
        valid_until,
    )
    with ws.write(Action.CREATE, ENTITY, intyg.id, plan.person_id):
        if in_force(ws, plan_id) != plan:  # signed anew, edited or voided since it was read
            raise plans.ChangedElsewhere()
        ws.repos.intyg.add(intyg)
    return intyg


def void(ws: Workspace, intyg_id: str, reason: str, on: date | None = None) -> Intyg:
    ws.require(UseCase.ISSUE_INTYG)
    found = get(ws, intyg_id)
    with ws.write(Action.VOID, ENTITY, found.id, found.person_id):
        voided = get(ws, intyg_id).voided(reason, on or ws.today())
        ws.repos.intyg.save(voided)
    return voided


def get(ws: Workspace, intyg_id: str) -> Intyg:
    found = ws.repos.intyg.get(intyg_id)
    if found is None:
        raise NotFound(what_sv="egenvårdsintyg", what_en="egenvårdsintyg", ident=intyg_id[:8])
    return found


def for_plan(ws: Workspace, plan_id: str) -> list[Intyg]:
    """Every intyg of a plan (any version), oldest first."""
    return ws.repos.intyg.for_plan(plan_id)


def for_person(ws: Workspace, person_id: str) -> list[Intyg]:
    return ws.repos.intyg.for_person(person_id)


def current(ws: Workspace, plan_id: str, on: date | None = None) -> Intyg | None:
    """The plan's intyg in force on `on` (today by default), or None."""
    return ws.repos.intyg.valid_for_plan(plan_id, on or ws.today())


def staff_must_wait(ws: Workspace, plan: Plan, on: date | None = None) -> bool:
    """True while a plan in an LSS short stay has no valid intyg: staff may not perform it yet.
    The plan window's red mark, the to-do "intyg_missing" and the PDF ask this."""
    return awaits_intyg(plan, current(ws, plan.id, on))


def waiting_for_intyg(ws: Workspace, candidates: Sequence[Plan], on: date | None = None) -> list[Plan]:
    """Of these plans, those staff may not perform yet (the rule `awaits_intyg`), in one query per
    500 plans: for the to-do "intyg_missing" over many plans at once."""
    day = on or ws.today()
    asked = [p for p in candidates if awaits_intyg(p, None)]  # only LSS short-stay plans in use can wait
    covered = ws.repos.intyg.plans_with_valid([p.id for p in asked], day)
    return [p for p in asked if p.id not in covered]


@dataclass(frozen=True)
class IntygState:
    """What the plan window shows about the plan's intyg: the red mark, the one in force, all."""

    must_wait: bool  # LSS short stay without a valid intyg: staff may not perform yet
    current: Intyg | None
    issued: tuple[Intyg, ...]
    judgement: str  # the pre-filled judgement for a new intyg ("" when none may be issued)


def plan_state(ws: Workspace, plan_id: str) -> IntygState:
    plan = plans.get_plan(ws, plan_id)
    found = current(ws, plan_id)
    signed = in_force(ws, plan_id)
    judgement = default_judgement(ws, signed) if signed.is_active else ""
    return IntygState(awaits_intyg(plan, found), found, tuple(for_plan(ws, plan_id)), judgement)
