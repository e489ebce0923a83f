"""Hand over responsibility for a plan's follow-up and re-assessment (002, issue 10 item 4).

Who may record it: either party to the agreement, the one who has the responsibility now (she
hands it over) or the one who takes it (she records that she took over, e.g. the region's
nurse taking a municipality's plan). 002 makes it an agreement between the two, so both know
of it; requiring one particular side would force a cross-organisation hand-over to wait for
the giver's database. A third person (a colleague, the MAS) records no one else's agreement:
the acting profile must be one of the two, and `TAKE_OVER` (a licensed professional outside
elevhälsan) is asked first, as for every use case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.errors import NotFound, UserError
from app.models import handover as rules
from app.models.audit import Action
from app.models.common import Practitioner, Profession
from app.models.handover import Handover
from app.models.plan import Plan
from app.models.roles import UseCase
from app.services.workspace import Workspace

ENTITY = "handover"  # the audit entity: views listing hand-overs or who is responsible reload on it


class NotAParty(UserError):
    sv = "Bara den som har ansvaret nu ({giver}) eller den som tar över ({receiver}) kan registrera överlåtelsen."
    en = "Only the one responsible now ({giver}) or the one taking over ({receiver}) can record the hand-over."


class AmbiguousPlan(UserError):
    sv = "Flera planer har id som börjar med {prefix}; skriv fler tecken."
    en = "Several plans have ids starting with {prefix}; type more characters."


class NotSigned(UserError):
    sv = "Planen har ingen signerad version som gäller; ansvaret kan inte lämnas över."
    en = "The plan has no signed version in force; responsibility cannot be handed over."


@dataclass(frozen=True)
class Responsibility:
    """Who answers for a plan's follow-up now, and the hand-overs that led there (oldest first)."""

    plan_id: str
    assessor: Practitioner
    now: Practitioner
    handovers: tuple[Handover, ...]

    @property
    def latest(self) -> Handover | None:
        return self.handovers[-1] if self.handovers else None


def plan_id(ws: Workspace, prefix: str) -> str:
    """A plan's full id from the first characters of it, as the command line takes it."""
    found = ws.repos.plans.resolve_prefix(prefix)
    if not found:
        raise NotFound(what_sv="plan", what_en="plan", ident=prefix)
    if len(found) > 1:
        raise AmbiguousPlan(prefix=prefix)
    return found[0]


def _same(a: Practitioner, b: Practitioner) -> bool:
    return a.name.casefold() == b.name.casefold()


def _signed(ws: Workspace, plan_id: str) -> Plan:
    if ws.repos.plans.current(plan_id) is None:
        raise NotFound(what_sv="plan", what_en="plan", ident=plan_id)
    signed = ws.repos.plans.last_signed(plan_id)
    if signed is None:
        raise NotSigned()
    return signed


def responsibility(ws: Workspace, plan_id: str) -> Responsibility:
    plan = ws.repos.plans.current(plan_id)
    if plan is None:
        raise NotFound(what_sv="plan", what_en="plan", ident=plan_id)
    assessment = ws.repos.assessments.get(plan.assessment_id)
    if assessment is None:
        raise NotFound(what_sv="bedömning", what_en="assessment", ident=plan.assessment_id)
    handovers = tuple(rules.ordered(ws.repos.handovers.for_plan(plan_id)))
    return Responsibility(plan_id, assessment.assessor, rules.responsible_now(assessment, handovers), handovers)


def hand_over(
    ws: Workspace,
    plan_id: str,
    receiver: Practitioner,
    handed_on: date,
    agreement: str,
) -> Handover:
    """Record that `receiver` answers for the plan's follow-up and re-assessment from
    `handed_on`, by agreement with the one responsible now."""
    ws.require(UseCase.TAKE_OVER)
    actor = ws.profile()
    with ws.write(Action.CREATE, ENTITY, plan_id, _person_of(ws, plan_id)):
        plan = _signed(ws, plan_id)
        now = responsibility(ws, plan_id)
        record = Handover(plan.id, plan.person_id, now.now, receiver, handed_on, agreement)
        record.check(plan, now.latest)
        if actor is not None and not (_same(actor, now.now) or _same(actor, receiver)):
            raise NotAParty(giver=now.now.name, receiver=receiver.name)
        ws.repos.handovers.add(record)
    return record


def _person_of(ws: Workspace, plan_id: str) -> str:
    plan = ws.repos.plans.current(plan_id)
    if plan is None:
        raise NotFound(what_sv="plan", what_en="plan", ident=plan_id)
    return plan.person_id


def for_plan(ws: Workspace, plan_id: str) -> list[Handover]:
    return rules.ordered(ws.repos.handovers.for_plan(plan_id))


def for_person(ws: Workspace, person_id: str) -> list[Handover]:
    return ws.repos.handovers.for_person(person_id)


def responsible_names(ws: Workspace, plan_ids: list[str]) -> dict[str, str]:
    """Plan id → the name of who answers for its follow-up now (one query for many plans)."""
    return ws.repos.handovers.responsible_names(plan_ids)


def receiver(
    name: str, title: str, profession: Profession | str | None, organisation: str, unit: str = ""
) -> Practitioner:
    """The receiver as typed (window, command line): a licensed professional."""
    return rules.receiver(name, title, profession, organisation, unit)
