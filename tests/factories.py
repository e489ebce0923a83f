"""Test data builders, in one place: persons, assessments, plans in each state, bundles.

New builders go here; test modules import from here (and from conftest fixtures), never from
another test module.
"""

from __future__ import annotations


def signed_school_plan(ws, number: str = "20150315-9806"):  # type: ignore[no-untyped-def]
    """A pupil with a signed version 1 of an insulin plan at school, built through the services."""
    from datetime import date

    from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
    from app.models.common import Practitioner
    from app.models.plan import Setting, Signature
    from app.services import persons, plans

    nurse = Practitioner("Jonas Berg", "Sjuksköterska", "Region Kronoberg", "Barnmedicin")
    risk = RiskAnalysis((Hazard("Hypoglykemi", Likelihood.POSSIBLE, Consequence.SERIOUS, "Druvsocker"),), "Säkert")
    pupil = persons.register(ws, "Liam", "Nilsson", number, unit="Hagaskolan")
    assessment = plans.assess(ws, pupil.id, "Insulininjektion", nurse, date(2026, 11, 1), risk, Outcome.WITH_HELP)
    draft = plans.start_plan(
        ws,
        assessment,
        Setting.SCHOOL,
        performer="Elevassistent",
        instruction_by="Jonas Berg",
        instruction_how="Praktisk genomgång",
        on_harm="Ring 112",
        on_change="Kontakta Jonas Berg",
        follow_up="Vid terminsstart",
        reassessment_on=date(2027, 2, 1),
    )
    return plans.sign_plan(ws, draft, Signature("Växjö", date(2026, 11, 2), "Jonas Berg", "Sjuksköterska"))
