"""The plan answers what may be done with it (`can_*`), and every field is decided once:
may a version that is no longer a draft still change it?"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

import pytest

from app.models.assessment import Outcome
from app.models.plan import (
    CHANGEABLE_AFTER_SIGNING,
    FIXED_AFTER_SIGNING,
    Plan,
    PlanKind,
    PlanStatus,
    Setting,
    Signature,
    unclassified_fields,
)
from app.models.records import Recipient

SIG = Signature("Växjö", date(2026, 11, 2), "Eva Lind", "Distriktssköterska")


def _plan(status: PlanStatus) -> Plan:
    return Plan("p", "a", measure="Insulin", performer_mode=Outcome.WITH_HELP, status=status)


def test_every_plan_field_is_decided_exactly_once() -> None:
    names = {f.name for f in fields(Plan)}
    assert {"status", "void_reason"} == CHANGEABLE_AFTER_SIGNING
    assert names == CHANGEABLE_AFTER_SIGNING | FIXED_AFTER_SIGNING
    assert not CHANGEABLE_AFTER_SIGNING & FIXED_AFTER_SIGNING
    assert unclassified_fields() == set()
    # The four the first trigger forgot are decided as fixed.
    assert {"setting", "kind", "assessment_id", "risk_analysis_done"} <= FIXED_AFTER_SIGNING


# status → (edit, sign, void, review, copy, performance, instruction), written out by hand
CAN = {
    PlanStatus.DRAFT: (True, True, True, False, False, False, True),
    PlanStatus.SIGNED: (True, False, True, True, True, True, True),
    PlanStatus.SUPERSEDED: (False, False, False, False, False, False, False),
    PlanStatus.VOIDED: (False, False, False, False, False, False, False),
    PlanStatus.ENDED: (False, False, True, False, False, False, False),
}


@pytest.mark.parametrize("status", list(PlanStatus))
def test_can_answers_per_status(status: PlanStatus) -> None:
    p = _plan(status)
    got = (
        p.can_edit,
        p.can_sign,
        p.can_void,
        p.can_review,
        p.can_hand_over_copy,
        p.can_log_performance,
        p.can_log_instruction,
    )
    assert got == CAN[status]


def test_needs_consent_for_everyone_but_the_person_and_a_guardian() -> None:
    asked = {r: Plan.needs_consent(r) for r in Recipient}
    assert asked == {
        Recipient.PERSON: False,
        Recipient.GUARDIAN: False,
        Recipient.CASE_OFFICER: True,
        Recipient.UNIT_MANAGER: True,
        Recipient.SCHOOL_LEADER: True,
        Recipient.OTHER: True,
    }


@pytest.mark.parametrize(
    "change",
    [
        {"setting": Setting.SCHOOL},
        {"kind": PlanKind.REASSESSMENT},
        {"assessment_id": "b"},
        {"risk_analysis_done": True},
        {"measure": "Annat"},
        {"signature": SIG},
        {"version": 2},
    ],
)
def test_a_signed_version_may_not_become_another_content(change: dict) -> None:
    signed = _plan(PlanStatus.SIGNED)
    assert not signed.may_become(replace(signed, **change))
    assert _plan(PlanStatus.DRAFT).may_become(replace(_plan(PlanStatus.DRAFT), **change))


def test_a_signed_version_may_move_on_in_status_only() -> None:
    signed = _plan(PlanStatus.SIGNED)
    assert signed.may_become(replace(signed, status=PlanStatus.VOIDED, void_reason="Fel person"))
    assert signed.may_become(replace(signed, status=PlanStatus.SUPERSEDED))


@pytest.mark.parametrize(
    ("status", "version", "fixed"),
    [
        (PlanStatus.DRAFT, 1, False),  # the first draft: its samråd may still change
        (PlanStatus.SIGNED, 1, True),  # signed: the samråd is part of a signed plan
        (PlanStatus.DRAFT, 2, True),  # a later draft: an earlier version was signed
        (PlanStatus.SIGNED, 3, True),
    ],
)
def test_the_samrad_is_fixed_once_a_version_was_signed(status: PlanStatus, version: int, fixed: bool) -> None:
    assert Plan("person-1", "assessment-1", status=status, version=version).fixes_samrad is fixed
