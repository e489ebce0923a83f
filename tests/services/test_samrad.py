"""Samråd through the services, on a real database: signing is refused, naming who is missing,
for each setting's required participant; recorded samråd is audited and fixed once signed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import ConsentGiver, Practitioner
from app.models.plan import PlanStatus, Setting, Signature
from app.models.roles import PermissionDenied
from app.models.samrad import ParticipantRole, PatientDecision, SamradIncomplete
from app.services import persons, plans
from app.services import samrad as samrad_service
from app.services.plans import ChangedElsewhere
from app.services.samrad import SamradLocked
from app.services.workspace import Workspace
from tests.factories import Who, acting_as, full_samrad, sign

NURSE = Practitioner("Jonas Berg", "Sjuksköterska", "Region Kronoberg", "Barnmedicin")
RISK = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MODERATE, "Dubbelkontroll"),), "Säkert")
POINTS = dict(
    performer="Personal på enheten",
    instruction_by="Jonas Berg",
    instruction_how="Praktisk genomgång",
    on_harm="Ring 112",
    on_change="Kontakta Jonas Berg",
    follow_up="Var tredje månad",
    reassessment_on=date(2027, 2, 1),
)
SIGNATURE = Signature("Växjö", date(2026, 11, 2), "Jonas Berg", "Sjuksköterska")
CHILD = "20150315-9806"  # 11 years old on the signing day
ADULT = "19451103-9804"


def _draft(ws: Workspace, number: str, setting: Setting, samrad):  # type: ignore[no-untyped-def]
    person = persons.register(ws, "Alva", "Svensson", number)
    assessment = plans.assess(
        ws, person.id, "Insulininjektion", NURSE, date(2026, 11, 1), RISK, Outcome.WITH_HELP, samrad=samrad
    )
    return plans.start_plan(ws, assessment, setting, **POINTS)


def _without(setting: Setting, child: bool, role: ParticipantRole):  # type: ignore[no-untyped-def]
    complete = full_samrad(setting, child)
    return replace(complete, participants=tuple(p for p in complete.participants if p.role is not role))


# setting, a child?, the participant left out, the sentence signing is refused with (by hand)
MISSING = [
    (Setting.SCHOOL, True, ParticipantRole.SCHOOL_LEADER, "samråd med skolledare saknas"),
    (Setting.SCHOOL, True, ParticipantRole.GUARDIAN, "samråd med vårdnadshavare saknas"),
    (Setting.LSS_SHORT_STAY, True, ParticipantRole.UNIT_MANAGER, "samråd med verksamhetsansvarig chef saknas"),
    (Setting.HVB, True, ParticipantRole.UNIT_MANAGER, "samråd med verksamhetsansvarig chef saknas"),
    (Setting.LSS_HOUSING, False, ParticipantRole.UNIT_MANAGER, "samråd med verksamhetsansvarig chef saknas"),
    (Setting.HOME_CARE, False, ParticipantRole.PERFORMER_UNIT, "samråd med utförande enhet saknas"),
    (Setting.HOME_CARE, False, ParticipantRole.PATIENT, "samråd med patienten saknas"),
    (Setting.PERSONAL_ASSISTANCE, False, ParticipantRole.PATIENT, "samråd med patienten saknas"),
    (Setting.RELATIVE, False, ParticipantRole.PATIENT, "samråd med patienten saknas"),
]


@pytest.mark.parametrize(("setting", "child", "role", "sentence"), MISSING, ids=lambda v: getattr(v, "value", None))
def test_signing_refused_naming_the_missing_participant(
    ws: Workspace, setting: Setting, child: bool, role: ParticipantRole, sentence: str
) -> None:
    draft = _draft(ws, CHILD if child else ADULT, setting, _without(setting, child, role))
    events = len(ws.audit.events(limit=1000))
    with pytest.raises(SamradIncomplete) as refused:
        plans.sign_plan(ws, draft, SIGNATURE)
    assert str(refused.value) == f"Planen kan inte signeras: {sentence}."
    assert refused.value.field == "samrad"
    assert [(p.version, p.status) for p in plans.plan_history(ws, draft.id)] == [(1, PlanStatus.DRAFT)]
    assert plans.next_review(ws, draft.id) is None
    assert len(ws.audit.events(limit=1000)) == events  # nothing written


SETTINGS = [
    (Setting.SCHOOL, True),
    (Setting.LSS_SHORT_STAY, True),
    (Setting.HVB, True),
    (Setting.LSS_HOUSING, False),
    (Setting.HOME_CARE, False),
    (Setting.PERSONAL_ASSISTANCE, False),
    (Setting.RELATIVE, False),
]


@pytest.mark.parametrize(("setting", "child"), SETTINGS, ids=lambda v: getattr(v, "value", None))
def test_signing_accepted_with_the_settings_participants(ws: Workspace, setting: Setting, child: bool) -> None:
    draft = _draft(ws, CHILD if child else ADULT, setting, full_samrad(setting, child))
    signed = plans.sign_plan(ws, draft, SIGNATURE)
    assert signed.status is PlanStatus.SIGNED


def test_no_samrad_at_all_names_every_gap(ws: Workspace) -> None:
    draft = _draft(ws, ADULT, Setting.HOME_CARE, None)
    with pytest.raises(SamradIncomplete) as refused:
        plans.sign_plan(ws, draft, SIGNATURE)
    assert str(refused.value) == (
        "Planen kan inte signeras: samråd med patienten och utförande enhet saknas; "
        "information till patienten om vad egenvård innebär saknas; "
        "patientens (eller vårdnadshavarens) beslut att ta emot egenvården saknas."
    )


def test_information_and_an_accepting_decision_are_required(ws: Workspace) -> None:
    no_information = _draft(ws, ADULT, Setting.HOME_CARE, full_samrad(Setting.HOME_CARE, information=None))
    with pytest.raises(SamradIncomplete, match="^Planen kan inte signeras: information till patienten om vad"):
        plans.sign_plan(ws, no_information, SIGNATURE)
    said_no = PatientDecision("Alva Svensson", ConsentGiver.PERSON, False, date(2026, 11, 1))
    refused = plans.get_assessment(ws, no_information.assessment_id)
    samrad_service.record_samrad(ws, refused, full_samrad(Setting.HOME_CARE, decision=said_no))
    with pytest.raises(SamradIncomplete) as caught:
        plans.sign_plan(ws, no_information, SIGNATURE)
    assert str(caught.value) == "Planen kan inte signeras: Alva Svensson har inte accepterat egenvården."


def test_a_child_turned_adult_needs_the_patient(ws: Workspace) -> None:
    """Born 2008-11-02 (test number): a child when assessed, 18 on the signing day."""
    draft = _draft(ws, "20081102-9800", Setting.SCHOOL, full_samrad(Setting.SCHOOL, child=True))
    with pytest.raises(SamradIncomplete, match="samråd med patienten saknas"):
        plans.sign_plan(ws, draft, SIGNATURE)


def test_recorded_samrad_is_audited_and_flows_back(ws: Workspace) -> None:
    draft = _draft(ws, ADULT, Setting.HOME_CARE, None)
    assessment = plans.get_assessment(ws, draft.assessment_id)
    ws.take_changes()
    updated = samrad_service.record_samrad(ws, assessment, full_samrad(Setting.HOME_CARE))
    assert plans.get_assessment(ws, assessment.id) == updated
    event = ws.audit.events(limit=1)[0]
    assert (event.action.value, event.entity, event.entity_id) == ("update", "assessment", assessment.id)
    assert "assessment" in ws.take_changes().kinds
    assert plans.sign_plan(ws, draft, SIGNATURE).status is PlanStatus.SIGNED


def test_a_stale_assessment_is_refused(ws: Workspace) -> None:
    draft = _draft(ws, ADULT, Setting.HOME_CARE, None)
    shown = plans.get_assessment(ws, draft.assessment_id)
    samrad_service.record_samrad(ws, shown, full_samrad(Setting.HOME_CARE))
    with pytest.raises(ChangedElsewhere):
        samrad_service.record_samrad(ws, shown, full_samrad(Setting.HOME_CARE, information=None))


def test_samrad_of_a_signed_plan_is_fixed(ws: Workspace) -> None:
    draft = _draft(ws, ADULT, Setting.HOME_CARE, None)
    signed = sign(ws, draft, SIGNATURE)
    assessment = plans.get_assessment(ws, signed.assessment_id)
    with pytest.raises(SamradLocked) as refused:
        samrad_service.record_samrad(ws, assessment, full_samrad(Setting.HOME_CARE, information=None))
    assert "omprövning" in str(refused.value)
    plans.edit_plan(ws, signed, on_harm="Ring 112 direkt")  # the next version, a draft, rests on it too
    with pytest.raises(SamradLocked):
        samrad_service.record_samrad(ws, assessment, full_samrad(Setting.HOME_CARE, information=None))
    assert plans.get_assessment(ws, assessment.id) == assessment


def test_only_a_licensed_professional_records_samrad(ws: Workspace) -> None:
    draft = _draft(ws, ADULT, Setting.HOME_CARE, None)
    assessment = plans.get_assessment(ws, draft.assessment_id)
    with acting_as(ws, Who.SCHOOL_LEADER), pytest.raises(PermissionDenied):
        samrad_service.record_samrad(ws, assessment, full_samrad(Setting.HOME_CARE))
    assert plans.get_assessment(ws, assessment.id).samrad is None


def test_state_for_plan_tells_the_sign_dialog(ws: Workspace) -> None:
    draft = _draft(ws, CHILD, Setting.SCHOOL, None)
    state = samrad_service.state_for_plan(ws, draft, date(2026, 11, 2))
    assert state.required == (ParticipantRole.GUARDIAN, ParticipantRole.SCHOOL_LEADER)
    assert state.refusal is not None and str(state.refusal).startswith(
        "Planen kan inte signeras: samråd med vårdnadshavare och skolledare saknas;"
    )
    assert not state.locked
