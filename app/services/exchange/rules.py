"""Every imported record passes the rules one made here passes, or the bundle is refused.

The rules are the models' own (`Plan.check_signed`, `CopyHandover.check`); constructing each
record already ran its `__post_init__` checks (an assessment finding risk of harm cannot be
egenvård, a SIP link has consent). What remains is what a record must meet given another:
a signed plan version and its assessment, a copy and whether its person is a child.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.errors import ValidationError
from app.exchange.errors import RuleBroken
from app.exchange.records import RecordSet
from app.models.assessment import Assessment
from app.models.person import Person
from app.models.plan import PlanStatus

# A version in these states was signed once: it carries what signing demanded.
_SIGNED_ONCE = (PlanStatus.SIGNED, PlanStatus.SUPERSEDED, PlanStatus.ENDED)


def check_rules(records: RecordSet, assessments: Mapping[str, Assessment], persons: Mapping[str, Person]) -> None:
    """`assessments` and `persons`: those of the bundle and those already here, by id.
    A parent found in neither is left to the reference check, which names it."""
    for plan in records.plans:
        if plan.status not in _SIGNED_ONCE and plan.signature is None:
            continue  # a draft, or a draft voided before it was ever signed
        assessment = assessments.get(plan.assessment_id)
        try:
            plan.check_signed(assessment.allows_plan if assessment is not None else True)
        except ValidationError as exc:
            raise RuleBroken(record=f"plan {plan.id} v{plan.version}", rule=str(exc)) from None
    plan_person = records.plan_person()
    for copy in records.copies:
        person = persons.get(plan_person.get(copy.plan_id, ""))
        try:
            copy.check(person.is_child(copy.handed_on) if person is not None else False)
        except ValidationError as exc:
            raise RuleBroken(record=f"kopia / copy {copy.id}", rule=str(exc)) from None
    first_signed: dict[str, date] = {}
    for plan in records.plans:
        if plan.signature is not None:
            day = plan.signature.signed_on
            first_signed[plan.id] = min(day, first_signed.get(plan.id, day))
    for handover in records.handovers:  # the parties' rules ran when the record was built
        try:
            if handover.plan_id in first_signed:
                handover.check_date(first_signed[handover.plan_id])
        except ValidationError as exc:
            raise RuleBroken(record=f"överlåtelse / hand-over {handover.id}", rule=str(exc)) from None
    versions = {(p.id, p.version): p for p in records.plans}
    for record in records.intyg:
        plan = versions.get((record.plan_id, record.plan_version))
        if plan is not None and plan.signature is None:  # a version here is checked when issued
            raise RuleBroken(
                record=f"egenvårdsintyg {record.id}",
                rule="Egenvårdsintyg utfärdas bara för en signerad plan. / An intyg is issued only for a signed plan.",
            )
