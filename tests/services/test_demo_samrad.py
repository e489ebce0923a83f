"""The demo data shows samråd in every setting, each with the participants its setting
requires, so that a newcomer sees it (and every signed demo plan passes the signing rule)."""

from __future__ import annotations

from datetime import date

from app.models.plan import PlanStatus, Setting
from app.models.samrad import ParticipantRole
from app.services import demo
from app.services.workspace import Workspace

R = ParticipantRole
# The role each setting adds besides the patient or guardian (002), written out by hand.
ADDED = {
    Setting.SCHOOL: R.SCHOOL_LEADER,
    Setting.LSS_SHORT_STAY: R.UNIT_MANAGER,
    Setting.LSS_HOUSING: R.UNIT_MANAGER,
    Setting.HVB: R.UNIT_MANAGER,
    Setting.HOME_CARE: R.PERFORMER_UNIT,
}


def test_every_setting_has_samrad_with_its_participants(ws: Workspace) -> None:
    demo.fill(ws, persons=60, seed=11, today=date(2026, 11, 29))
    seen: set[Setting] = set()
    for person in ws.repos.persons.all():
        assessments = {a.id: a for a in ws.repos.assessments.for_person(person.id)}
        for plan in ws.repos.plans.current_for_person(person.id):
            samrad = assessments[plan.assessment_id].samrad
            assert samrad is not None and samrad.information is not None and samrad.decision is not None
            roles = samrad.roles()
            if plan.setting in ADDED:
                assert ADDED[plan.setting] in roles, (plan.setting, roles)
            assert R.PATIENT in roles or R.GUARDIAN in roles
            if plan.status is not PlanStatus.DRAFT:
                assert plan.signature is not None
                plan.check_samrad(assessments[plan.assessment_id], person.is_child(plan.signature.signed_on))
            seen.add(plan.setting)
    assert seen == set(Setting)
