"""The samråd travels with the assessment (an extension of RiskAssessment) and comes back the
same; a signed plan from a bundle without samråd (older senders) is still taken in."""

from __future__ import annotations

import json
from datetime import date

from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import Consent, ConsentGiver, Practitioner
from app.models.plan import PlanStatus, Setting, Signature
from app.models.records import Recipient
from app.models.samrad import ParticipantRole
from app.services import exchange as ex
from app.services import persons, plans
from tests.factories import Pair, full_samrad, members_of, signed_school_plan

NURSE = Practitioner("Jonas Berg", "Sjuksköterska", "Region Kronoberg", "Barnmedicin")
RISK = RiskAnalysis((Hazard("Fel teknik", Likelihood.UNLIKELY, Consequence.MODERATE, "Visning"),), "Säkert")
CONSENT = Consent("Eva Nilsson", ConsentGiver.GUARDIAN, date(2026, 11, 2), scope="kopia till skolan")


def _bundle_resource(pair: Pair, path, assessment_id: str) -> dict:  # type: ignore[no-untyped-def]
    bundle = json.loads(members_of(path, pair.b)["bundle.json"])
    return next(e["resource"] for e in bundle["entry"] if e["resource"]["id"] == assessment_id)


def test_samrad_round_trip(pair: Pair) -> None:
    plan = signed_school_plan(pair.a, "20150315-9806")
    plans.hand_over_copy(pair.a, plan, Recipient.SCHOOL_LEADER, "Rut Rektor", date(2026, 11, 3), CONSENT)
    sent = plans.get_assessment(pair.a, plan.assessment_id)
    path = pair.bundle(person_ids=[plan.person_id])
    resource = _bundle_resource(pair, path, sent.id)
    urls = [e["url"] for e in resource.get("extension", [])]
    assert any(u.endswith("/assessment-samrad") for u in urls), urls

    ex.import_bundle(pair.b, path)
    got = plans.get_assessment(pair.b, sent.id)
    assert got.samrad == full_samrad(Setting.SCHOOL, child=True, on=date(2026, 11, 2))
    assert got.samrad is not None
    assert [(p.role, p.name, p.organisation) for p in got.samrad.participants] == [
        (ParticipantRole.GUARDIAN, "Eva Nilsson", ""),
        (ParticipantRole.SCHOOL_LEADER, "Rut Rektor", "Hagaskolan"),
    ]
    assert got.samrad.decision is not None and got.samrad.decision.accepted


def test_a_signed_plan_without_samrad_from_an_older_sender_is_taken_in(pair: Pair) -> None:
    """Plans signed before samråd was recorded: the import holds them to `check_signed`, not to
    the samråd rule of signing here."""
    pupil = persons.register(pair.a, "Liam", "Nilsson", "20150315-9806", unit="Hagaskolan")
    assessment = plans.assess(pair.a, pupil.id, "Astmainhalation", NURSE, date(2026, 11, 1), RISK, Outcome.WITH_HELP)
    draft = plans.start_plan(
        pair.a,
        assessment,
        Setting.SCHOOL,
        performer="Elevassistent",
        instruction_by="Jonas Berg",
        instruction_how="Genomgång",
        on_harm="Ring 112",
        on_change="Kontakta Jonas Berg",
        follow_up="Vid terminsstart",
        reassessment_on=date(2027, 2, 1),
    )
    # Signed as an older version of the app did, with no samråd: straight into the store.
    old = draft.signed(Signature("Växjö", date(2026, 11, 2), "Jonas Berg", "Sjuksköterska"), True)
    with pair.a.store.atomic():
        pair.a.repos.plans.save(old)
    plans.hand_over_copy(pair.a, old, Recipient.SCHOOL_LEADER, "Rut Rektor", date(2026, 11, 3), CONSENT)
    path = pair.bundle(person_ids=[pupil.id])
    assert not any(
        e["url"].endswith("/assessment-samrad")
        for e in _bundle_resource(pair, path, assessment.id).get("extension", [])
    )

    ex.import_bundle(pair.b, path)
    assert plans.get_plan(pair.b, old.id).status is PlanStatus.SIGNED
    assert plans.get_assessment(pair.b, assessment.id).samrad is None
