"""The document tests' pupil and case, built through the services (builders in
tests/factories.py, PDF readers in tests/pdfs.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.models.assessment import Outcome
from app.models.common import Consent, ConsentGiver
from app.models.deviation import Deviation, Harm, InformedParty
from app.models.person import Contact, Guardian, Person
from app.models.plan import Setting
from app.models.records import Recipient
from app.models.review import ReviewOutcome
from app.services import cases, persons, plans
from app.services.workspace import Workspace
from tests.factories import DOC_NURSE, DOC_RISK, Case, make_signed


@pytest.fixture
def pupil(ws: Workspace) -> Person:
    return persons.register(
        ws,
        "Åsa Märta",
        "Öberg",
        "20150315-9806",
        unit="Ängsskolan",
        guardians=(Guardian("Örjan Öberg", "070-123 45 67", "orjan@example.se"),),
        contacts=(Contact("Britt Öberg", "mormor", "0470-55 66 77"),),
    )


@pytest.fixture
def case(ws: Workspace, pupil: Person) -> Case:
    ws.set_profile(DOC_NURSE)
    signed = make_signed(ws, pupil.id)
    plans.hand_over_copy(ws, signed, Recipient.GUARDIAN, "Örjan Öberg", date(2026, 8, 21))
    plans.hand_over_copy(
        ws,
        signed,
        Recipient.SCHOOL_LEADER,
        "Rektor Ängsskolan",
        date(2026, 8, 22),
        Consent("Örjan Öberg", ConsentGiver.GUARDIAN, date(2026, 8, 20), scope="kopia till skolan"),
    )
    plans.log_instruction(
        ws, signed, "Åke Lindqvist", "Karin Ström", date(2026, 8, 19), date(2027, 8, 19), "Elevassistent"
    )
    review = plans.next_review(ws, signed.id)
    assert review is not None
    plans.complete_review(
        ws,
        review,
        date(2026, 12, 1),
        "Karin Ström",
        ReviewOutcome.CONTINUE,
        date(2027, 6, 1),
        "Fungerar väl; eleven sköter mätningen själv med stöd.",
    )
    assessment = plans.assess(ws, pupil.id, "Sondmatning", DOC_NURSE, date(2026, 9, 1), DOC_RISK, Outcome.WITH_HELP)
    draft = plans.start_plan(ws, assessment, Setting.SCHOOL, performer="Fritidshemmets personal")
    return Case(pupil, plans.get_plan(ws, signed.id), draft)


@pytest.fixture
def deviation(ws: Workspace, case: Case) -> Deviation:
    return cases.report_deviation(
        ws,
        case.person.id,
        datetime(2026, 10, 5, 10, 30, tzinfo=UTC),
        "Ängsskolan, klassrum 3",
        "Insulindosen gavs inte före lunch eftersom ordinarie elevassistent var sjuk och vikarien saknade instruktion.",
        "Rektor Ängsskolan",
        reporter_organisation="Växjö kommun",
        plan_id=case.plan.id,
        immediate_action="Vårdnadshavare kontaktades; dosen gavs 12.40 efter telefonkontakt med sjuksköterskan.",
        harm=Harm.RISK,
        category="Utebliven insats",
        parties=(
            InformedParty("Region Kronoberg", "Karin Ström"),
            InformedParty("Växjö kommun", "Rektor", date(2026, 10, 5)),
        ),
    )
