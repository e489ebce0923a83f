"""Recording the samråd, the information to the patient and the patient's decision on an
assessment, and what a plan still lacks of them before it can be signed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.errors import UserError
from app.models.assessment import Assessment
from app.models.audit import Action
from app.models.plan import Plan, required_participants
from app.models.roles import UseCase
from app.models.samrad import ParticipantRole, Samrad, SamradIncomplete
from app.services import persons
from app.services.plans import ChangedElsewhere, get_assessment
from app.services.workspace import Workspace


class SamradLocked(UserError):
    sv = (
        "Samrådet hör till en plan som har signerats och kan inte ändras. "
        "Vid omprövning görs en ny bedömning med eget samråd."
    )
    en = (
        "The samråd belongs to a plan that has been signed and cannot be changed. "
        "A re-assessment makes a new assessment with its own samråd."
    )


@dataclass(frozen=True)
class SamradState:
    """What the samråd editor and the sign dialog show for one plan."""

    assessment: Assessment
    required: tuple[ParticipantRole, ...]  # the roles the setting asks for
    refusal: SamradIncomplete | None  # why signing would be refused now, or None
    locked: bool  # a signed plan rests on it


def record_samrad(ws: Workspace, assessment: Assessment, samrad: Samrad) -> Assessment:
    """Record or change the samråd of `assessment` (the version the window showed)."""
    ws.require(UseCase.ASSESS)
    with ws.write(Action.UPDATE, "assessment", assessment.id, assessment.person_id):
        if ws.repos.assessments.get(assessment.id) != assessment:
            raise ChangedElsewhere()
        if any(p.fixes_samrad for p in _resting_on(ws, assessment)):
            raise SamradLocked()
        updated = replace(assessment, samrad=samrad)
        ws.repos.assessments.save(updated)
    return updated


def state_for_plan(ws: Workspace, plan: Plan, on: date | None = None) -> SamradState:
    """The samråd of the plan's assessment, who the setting requires (a child on `on`, today by
    default) and the sentence signing would be refused with."""
    assessment = get_assessment(ws, plan.assessment_id)
    child = persons.get(ws, plan.person_id).is_child(on or date.today())
    gaps = plan.samrad_gaps(assessment, child)
    return SamradState(
        assessment,
        required_participants(plan.setting, child),
        SamradIncomplete(gaps) if gaps else None,
        any(p.fixes_samrad for p in _resting_on(ws, assessment)),
    )


def _resting_on(ws: Workspace, assessment: Assessment) -> list[Plan]:
    return [p for p in ws.repos.plans.current_for_person(assessment.person_id) if p.assessment_id == assessment.id]
