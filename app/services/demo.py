"""Realistic synthetic data for the demo and the benchmarks: nobody in it exists.

Personnummer and samordningsnummer use serial numbers 980–999, the series Skatteverket
keeps for test numbers, so no generated number belongs to a real person. Every record is
built with the domain classes, so the demo obeys the same rules as the app; it is written
in one transaction per batch, with its audit events.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from personnummer import personnummer as _pnr

from app.models.assessment import Assessment, Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.audit import Action
from app.models.common import Consent, ConsentGiver, Practitioner, Role
from app.models.deviation import CATEGORIES_SV, Deviation, DeviationStatus, Harm, InformedParty, parties_to_inform
from app.models.dispute import Dispute, DisputeParty, Spread
from app.models.handover import Handover
from app.models.identity import PersonalNumber
from app.models.intyg import Intyg
from app.models.person import Contact, Guardian, Person
from app.models.plan import Plan, PlanKind, PlanStatus, Setting, Signature
from app.models.records import (
    BistandDecision,
    CopyHandover,
    DecisionResult,
    Instruction,
    Law,
    Performance,
    Recipient,
    SipLink,
)
from app.models.review import Review, ReviewKind, ReviewOutcome
from app.services.demo_samrad import samrad_for
from app.services.workspace import Workspace

GIVEN_F = (
    "Anna",
    "Maria",
    "Elsa",
    "Alice",
    "Maja",
    "Astrid",
    "Ebba",
    "Wilma",
    "Saga",
    "Ingrid",
    "Karin",
    "Kerstin",
    "Margareta",
    "Birgitta",
    "Linnéa",
    "Märta",
    "Signe",
    "Agnes",
    "Freja",
    "Åsa",
    "Ylva",
)
GIVEN_M = (
    "Erik",
    "Lars",
    "Karl",
    "Anders",
    "Johan",
    "Per",
    "Nils",
    "Oscar",
    "Liam",
    "William",
    "Hugo",
    "Lucas",
    "Elias",
    "Olle",
    "Sven",
    "Gunnar",
    "Bengt",
    "Åke",
    "Göran",
    "Ali",
    "Mohammed",
)
FAMILY = (
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Jansson",
    "Hansson",
    "Bengtsson",
    "Lindberg",
    "Lindqvist",
    "Berglund",
    "Sandberg",
    "Forsberg",
    "Åberg",
    "Öberg",
    "Ekström",
    "Hussein",
    "Nordin",
)
TOWNS = ("Växjö", "Alvesta", "Ljungby", "Älmhult", "Tingsryd", "Lessebo", "Uppvidinge", "Markaryd")
SCHOOLS = ("Tallbackaskolan", "Ekebackens förskola", "Hagaskolan", "Norrtullskolan", "Vikaskolan")
UNITS = {
    Setting.HOME_CARE: ("Hemtjänst Centrum", "Hemtjänst Norr", "Hemtjänst Söder"),
    Setting.LSS_SHORT_STAY: ("Korttidsboendet Lärkan",),
    Setting.HVB: ("HVB Solrosen",),
    Setting.PERSONAL_ASSISTANCE: ("Personlig assistans Kronoberg",),
    Setting.LSS_HOUSING: ("Gruppbostad Björken", "Servicebostad Granen"),
    Setting.RELATIVE: ("Närstående",),
}
ASSESSORS = (
    Practitioner("Eva Lind", "Distriktssköterska", "Region Kronoberg", "Vårdcentralen Teleborg", Role.NURSE),
    Practitioner("Jonas Berg", "Sjuksköterska", "Region Kronoberg", "Barn- och ungdomsmedicin", Role.NURSE),
    Practitioner("Sara Holm", "Fysioterapeut", "Växjö kommun", "Rehab Öster", Role.NURSE),
    Practitioner("Amir Rahimi", "Läkare", "Region Kronoberg", "Vårdcentralen Alvesta", Role.NURSE),
)
# Measures by setting: what self-care plans are actually about (001, 002, 003).
MEASURES = {
    Setting.SCHOOL: (
        "Insulininjektion och blodsockerkontroll",
        "Adrenalinpenna vid allergi",
        "Astmainhalation",
        "Läkemedel vid epilepsi (buckal midazolam)",
    ),
    Setting.HOME_CARE: (
        "Läkemedelshantering – dosett",
        "Påtagning av kompressionsstrumpor",
        "Såromläggning underben",
        "Blodtrycksmätning (egenmonitorering)",
    ),
    Setting.LSS_SHORT_STAY: ("Sondmatning via PEG", "Läkemedel vid epilepsi", "Inhalation med nebulisator"),
    Setting.HVB: ("Läkemedelshantering – ADHD-läkemedel", "Insulininjektion"),
    Setting.PERSONAL_ASSISTANCE: ("Sondmatning via PEG", "Andningsstöd (CPAP)", "Kateterisering (RIK)"),
    Setting.LSS_HOUSING: ("Läkemedelshantering", "Fysisk träning enligt program", "Blodsockerkontroll"),
    Setting.RELATIVE: ("Kompressionsstrumpor", "Såromläggning", "Läkemedelshantering"),
}
HAZARDS = (
    ("Fel dos ges", "Dubbelkontroll mot ordination; signeringslista"),
    ("Insatsen glöms bort", "Påminnelse i schema; signeringslista"),
    ("Utföraren saknar instruktion", "Instruktion och handledning innan start"),
    ("Hudskada eller infektion", "Daglig inspektion; kontakta sjuksköterska vid rodnad"),
    ("Personen vägrar", "Dokumentera och kontakta bedömaren"),
)


def _candidates(birth: date, coordination: bool) -> Iterator[str]:
    day = birth.day + 60 if coordination else birth.day
    for serial in range(980, 1000):
        for check in range(10):
            yield f"{birth.year:04d}{birth.month:02d}{day:02d}{serial:03d}{check}"


def synthetic_number(rng: random.Random, birth: date, coordination: bool, taken: set[str]) -> str | None:
    """A valid number in the test series for `birth`, not yet used; None if the day is full."""
    options = [c for c in _candidates(birth, coordination) if c not in taken]
    rng.shuffle(options)
    for candidate in options:
        if _pnr.valid(candidate):
            taken.add(candidate)
            return candidate
    return None


@dataclass
class Batch:
    """Records built for one fill, in insert order."""

    persons: list[Person] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    copies: list[CopyHandover] = field(default_factory=list)
    instructions: list[Instruction] = field(default_factory=list)
    performances: list[Performance] = field(default_factory=list)
    decisions: list[BistandDecision] = field(default_factory=list)
    sip_links: list[SipLink] = field(default_factory=list)
    deviations: list[Deviation] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)
    handovers: list[Handover] = field(default_factory=list)
    intyg: list[Intyg] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in self.__dataclass_fields__}


class Generator:
    def __init__(self, seed: int, today: date, taken: set[str] | None = None) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.taken = taken if taken is not None else set()

    def _day(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randrange(max(1, (end - start).days)))

    def person(self) -> Person | None:
        rng = self.rng
        child = rng.random() < 0.4
        if child:
            birth = self._day(self.today - timedelta(days=17 * 365), self.today - timedelta(days=365))
        else:
            birth = self._day(date(1930, 1, 1), self.today - timedelta(days=19 * 365))
        number = synthetic_number(rng, birth, rng.random() < 0.05, self.taken)
        if number is None:
            return None
        female = int(number[10]) % 2 == 0
        family = rng.choice(FAMILY)
        guardians = ()
        if child:
            guardians = tuple(
                Guardian(
                    f"{rng.choice(GIVEN_F if i == 0 else GIVEN_M)} {family}", f"070-{rng.randrange(1000000, 9999999)}"
                )
                for i in range(rng.choice((1, 2)))
            )
        contacts = (
            (
                Contact(
                    f"{rng.choice(GIVEN_F + GIVEN_M)} {rng.choice(FAMILY)}",
                    "närstående",
                    f"073-{rng.randrange(1000000, 9999999)}",
                ),
            )
            if rng.random() < 0.6
            else ()
        )
        unit = rng.choice(SCHOOLS) if child else ""
        return Person(
            given_name=rng.choice(GIVEN_F if female else GIVEN_M),
            family_name=family,
            number=PersonalNumber(number),
            protected_identity=rng.random() < 0.03,
            unit=unit,
            guardians=guardians,
            contacts=contacts,
        )

    def case(self, person: Person, batch: Batch) -> None:
        """An assessment and a plan in some state, with what surrounds it."""
        rng, today = self.rng, self.today
        child = person.is_child(today)
        setting = rng.choice(
            (Setting.SCHOOL, Setting.LSS_SHORT_STAY, Setting.HVB)
            if child
            else (Setting.HOME_CARE, Setting.PERSONAL_ASSISTANCE, Setting.LSS_HOUSING, Setting.RELATIVE)
        )
        unit = person.unit if setting is Setting.SCHOOL and person.unit else rng.choice(UNITS.get(setting, ("",)))
        assessor = rng.choice(ASSESSORS)
        assessed_on = self._day(today - timedelta(days=400), today - timedelta(days=3))
        measure = rng.choice(MEASURES[setting])
        health_care = rng.random() < 0.04
        hazards = tuple(
            Hazard(d, Likelihood(rng.choice((1, 2))), Consequence(rng.choice((1, 2, 3))), m)
            for d, m in rng.sample(HAZARDS, rng.choice((1, 2, 3)))
        )
        if health_care:
            hazards += (
                Hazard(
                    "Allvarlig komplikation vid fel utförande",
                    Likelihood.LIKELY,
                    Consequence.SERIOUS,
                    "Kräver legitimerad personal",
                ),
            )
        risk = RiskAnalysis(
            hazards,
            "Risk för skada – utförs som hälso- och sjukvård"
            if health_care
            else "Insatsen kan utföras säkert med instruktion och uppföljning.",
            health_care,
        )
        outcome = (
            Outcome.HEALTH_CARE if health_care else rng.choice((Outcome.WITH_HELP, Outcome.WITH_HELP, Outcome.SELF))
        )
        samrad = samrad_for(person, setting, unit, assessor, assessed_on)
        assessment = Assessment(person.id, measure, assessor, assessed_on, risk, outcome, samrad=samrad)
        batch.assessments.append(assessment)
        if health_care:
            return
        # Coherent on paper: who performs it in words a form can carry, and "upprättad" (created)
        # on the assessment day, never after the signing date.
        performer = f"Personal vid {unit}" if outcome is Outcome.WITH_HELP else "Personen själv"
        plan = Plan(
            person_id=person.id,
            assessment_id=assessment.id,
            kind=PlanKind.REASSESSMENT if rng.random() < 0.3 else PlanKind.NEW,
            setting=setting,
            measure=measure,
            performer_mode=outcome,
            performer=performer,
            instruction_by=f"{assessor.name}, {assessor.title.lower()}",
            instruction_how="Praktisk genomgång på plats, skriftlig instruktion och handledning vid behov.",
            on_harm=f"Vid skada eller risk för skada: ring 112 vid akut fara, kontakta därefter {assessor.name} "
            f"({assessor.unit}) samma dag och skriv avvikelse.",
            on_change=f"Vid förändrat tillstånd kontaktas {assessor.name} som gör ny bedömning.",
            follow_up=f"{assessor.name} följer upp vid besök var tredje månad och vid behov.",
            reassessment_on=assessed_on + timedelta(days=rng.choice((90, 180, 365))),
            risk_analysis_done=True,
            created_at=datetime.combine(assessed_on, time(9, 0), UTC),
        )
        state = rng.random()
        if state < 0.12:  # still a draft, some points missing
            batch.plans.append(replace(plan, on_change="", follow_up="") if rng.random() < 0.5 else plan)
            return
        signed_on = assessed_on + timedelta(days=rng.randrange(0, 3))
        child = person.is_child(signed_on)
        plan = plan.signed_here(plan_signature(plan, signed_on, assessor, rng), assessment, child)
        if state < 0.17:
            batch.plans.append(plan.voided("Felregistrerad – ersatt av ny bedömning"))
            return
        if state < 0.27:  # revised once: version 1 superseded by a signed version 2
            batch.plans.append(replace(plan, status=PlanStatus.SUPERSEDED))
            plan = plan.edited(on_change=plan.on_change + " Vid sjukhusvistelse görs alltid ny bedömning.")
            plan = replace(plan, created_at=datetime.combine(signed_on, time(10, 0), UTC))
            plan = plan.signed_here(plan_signature(plan, signed_on, assessor, rng), assessment, child)
        batch.plans.append(plan)
        self._reviews(plan, assessor, batch)
        self._around(person, plan, unit, assessor, signed_on, batch)

    def _reviews(self, plan: Plan, assessor: Practitioner, batch: Batch) -> None:
        """Done reviews while their date has passed (most are done on time), then the open one."""
        assert plan.reassessment_on is not None
        review = Review(plan.id, plan.reassessment_on, ReviewKind.REASSESSMENT)
        while review.planned_on < self.today and self.rng.random() < 0.85:
            next_on = review.planned_on + timedelta(days=self.rng.choice((90, 180)))
            batch.reviews.append(
                review.completed(
                    review.planned_on,
                    assessor.name,
                    ReviewOutcome.CONTINUE,
                    next_on,
                    "Fungerar väl; fortsätter enligt plan.",
                )
            )
            review = Review(plan.id, next_on, ReviewKind.FOLLOW_UP)
        batch.reviews.append(review)

    def _around(
        self, person: Person, plan: Plan, unit: str, assessor: Practitioner, signed_on: date, batch: Batch
    ) -> None:
        rng, today = self.rng, self.today
        child = person.is_child(today)
        giver = ConsentGiver.GUARDIAN if child else ConsentGiver.PERSON
        by = person.guardians[0].name if child and person.guardians else person.name
        consent = Consent(by, giver, signed_on, scope="Kopia av egenvårdsplan till utförare")
        batch.copies.append(
            CopyHandover(plan.id, plan.version, Recipient.GUARDIAN if child else Recipient.PERSON, by, signed_on)
        )
        recipient = Recipient.SCHOOL_LEADER if plan.setting is Setting.SCHOOL else Recipient.UNIT_MANAGER
        batch.copies.append(
            CopyHandover(plan.id, plan.version, recipient, f"Ansvarig chef, {unit}", signed_on, consent)
        )
        for _ in range(rng.choice((1, 2, 3))):
            on = signed_on + timedelta(days=rng.randrange(0, 10))
            batch.instructions.append(
                Instruction(
                    plan.id,
                    f"{rng.choice(GIVEN_F + GIVEN_M)} {rng.choice(FAMILY)}",
                    assessor.name,
                    on,
                    on + timedelta(days=rng.choice((180, 365))),
                    "Undersköterska" if not child else "Elevassistent",
                )
            )
        for i in range(rng.choice((0, 3, 6))):
            at = datetime.combine(signed_on + timedelta(days=i + 1), time(8, 0), UTC)
            done = rng.random() > 0.1
            batch.performances.append(
                Performance(plan.id, at, f"Personal {unit}", done, "" if done else "Personen var inte hemma")
            )
        if plan.setting in (Setting.HOME_CARE, Setting.LSS_HOUSING, Setting.PERSONAL_ASSISTANCE) and rng.random() < 0.5:
            result = rng.choice(list(DecisionResult))
            law = Law.SFB if plan.setting is Setting.PERSONAL_ASSISTANCE else rng.choice((Law.SOL, Law.LSS))
            batch.decisions.append(
                BistandDecision(
                    person.id,
                    law,
                    signed_on,
                    "Handläggare Lena Bodin",
                    result,
                    None if result is DecisionResult.PENDING else signed_on + timedelta(days=14),
                    plan.id,
                )
            )
        if rng.random() < 0.2:
            batch.sip_links.append(
                SipLink(
                    person.id,
                    signed_on,
                    "Samordnare Maria Ek",
                    consent,
                    ("Region Kronoberg", unit, "Socialtjänsten"),
                    f"SIP-{rng.randrange(10000, 99999)}",
                    signed_on + timedelta(days=90),
                )
            )
        if rng.random() < 0.15:
            self._deviation(person, plan, unit, assessor, signed_on, batch)
        if rng.random() < 0.04:
            opened = self._day(today - timedelta(days=40), today)
            dispute = Dispute(
                ("Region Kronoberg", unit), "Vem ansvarar för instruktion av vikarier?", opened, person.id
            )
            if rng.random() < 0.5 and opened + timedelta(days=7) <= today:
                dispute = dispute.resolved(opened + timedelta(days=7), "Enhetschefen ansvarar; regionen handleder.")
            batch.disputes.append(dispute)

    def _deviation(
        self, person: Person, plan: Plan, unit: str, assessor: Practitioner, signed_on: date, batch: Batch
    ) -> None:
        rng = self.rng
        occurred = datetime.combine(self._day(signed_on, self.today + timedelta(days=1)), time(13, 30), UTC)
        harm = rng.choice((Harm.NONE, Harm.RISK, Harm.HARM))
        informed = rng.random() < 0.6
        parties = (
            InformedParty(assessor.organisation, assessor.name, occurred.date() if informed else None),
            InformedParty(unit, "Enhetschef", occurred.date()),
        )
        deviation = Deviation(
            person.id,
            occurred,
            unit,
            rng.choice(
                (
                    "Dosen gavs två timmar för sent.",
                    "Insatsen uteblev vid ett tillfälle.",
                    "Fel läkemedel togs fram men gavs inte.",
                )
            ),
            f"Personal vid {unit}",
            unit,
            plan.id,
            "Bedömaren kontaktades per telefon.",
            harm,
            rng.choice(CATEGORIES_SV),
            parties,
            assessor_informed_on=occurred.date() if informed and harm is not Harm.NONE else None,
        )
        if informed and rng.random() < 0.5:
            deviation = replace(
                deviation,
                event_analysis="Gemensam händelseanalys: rutin för överlämning saknades.",
                measures="Ny rutin för överlämning vid skiftbyte.",
                status=DeviationStatus.MEASURES,
            )
            if rng.random() < 0.5:
                deviation = deviation.closed()
        batch.deviations.append(deviation)

    def build(self, count: int) -> Batch:
        batch = Batch()
        for _ in range(count):
            person = self.person()
            if person is None:
                continue
            batch.persons.append(person)
            for _ in range(self.rng.choice((1, 1, 1, 2, 2))):
                self.case(person, batch)
        demo_handovers(batch, self.today)
        self._intyg(batch)  # after every case, with its own random numbers: the cases' stay as they were
        return batch

    def _intyg(self, batch: Batch) -> None:
        """Egenvårdsintyg: on every signed LSS short-stay plan but the first (which shows the red
        mark "får inte utföras av personal"), and on some home-care plans (a bistånd application).
        Valid until the plan's open review, as a re-assessment would renew it."""
        # A generator of its own, so the cases built after this (the benchmarks' top-up, the next
        # chunk) get the same random numbers as before intyg existed.
        rng = random.Random(len(batch.persons) * 7919 + len(batch.plans))
        assessments = {a.id: a for a in batch.assessments}
        open_review = {r.plan_id: r.planned_on for r in batch.reviews if r.done_on is None and not r.cancelled}
        signed = [p for p in batch.plans if p.status is PlanStatus.SIGNED and p.signature is not None]
        short_stay = [p for p in signed if p.setting is Setting.LSS_SHORT_STAY]
        home_care = [p for p in signed if p.setting is Setting.HOME_CARE and rng.random() < 0.3]
        for plan in short_stay[1:] + home_care:
            assert plan.signature is not None
            assessment = assessments[plan.assessment_id]
            issued_on = plan.signature.signed_on
            until = max(open_review.get(plan.id, plan.reassessment_on) or issued_on, plan.reassessment_on or issued_on)
            batch.intyg.append(
                Intyg.issue(
                    plan,
                    assessment,
                    assessment.assessor,
                    issued_on,
                    "Åtgärden kan utföras säkert som egenvård med stöd av instruerad personal; "
                    + assessment.risk_analysis.conclusion,
                    f"Stöd vid {plan.measure.lower()} enligt egenvårdsplanen.",
                    rng.choice(("1 gång per dag", "2 gånger per dag", "3 gånger per dag", "Vid behov")),
                    until,
                )
            )


# --- issue 10, the case slice: what a newcomer should find (every dispute state, bistånd pending
# and granted with its plan, deviations whose parties came from the plan) -------------------------

_REGION = DisputeParty("Region Kronoberg", "Vårdcentralen Teleborg", "Karin Holm", "Verksamhetschef")
_HOME = DisputeParty("Växjö kommun", "Hemtjänst Norr", "Ulla Berg", "Enhetschef")


def showcase_cases(batch: Batch, today: date) -> None:
    """Appended to the first demo batch: deterministic, built from the batch's own plans."""
    people = {p.id: p for p in batch.persons}
    signed = [p for p in batch.plans if p.status is PlanStatus.SIGNED]
    helped = [p for p in signed if p.performer_mode is Outcome.WITH_HELP]
    school = next((p for p in helped if p.setting is Setting.SCHOOL and people[p.person_id].unit), None)
    home = next((p for p in helped if p.setting in (Setting.HOME_CARE, Setting.LSS_HOUSING)), None)
    if school is None or home is None:
        return  # a tiny demo: nothing to hang the cases on
    day = lambda n: today - timedelta(days=n)  # noqa: E731
    pupil = people[school.person_id]
    head = DisputeParty("Växjö kommun", pupil.unit, "Rut Lindqvist", "Rektor", school=True)
    ask = "Vem ansvarar för instruktion av vikarier?"
    batch.disputes += [
        Dispute((_REGION, _HOME), ask, day(20), home.person_id),  # öppen: discussions overdue
        Dispute((_REGION, head), "Vem följer upp blodsocker på skolresor?", day(10), pupil.id).discussion_started(
            day(6)
        ),
        Dispute((_REGION, _HOME), "Vem byter kompressionsstrumpor på helger?", day(60), home.person_id)
        .discussion_started(day(55))
        .resolved(day(40), "Hemtjänsten byter; regionen instruerar nya medarbetare.")
        .spread(
            (
                Spread("Hemtjänst Söder", day(38)),
                Spread("Hemtjänst Centrum", day(38)),
                Spread("Region Kronoberg, vårdcentralerna", day(35)),
            )
        ),
        Dispute((_REGION, head), "Får elevassistenten ge buckal midazolam?", day(45), pupil.id)
        .discussion_started(day(40))
        .escalated(day(20)),  # with the school heads' network: a school is a party
        Dispute((_REGION, _HOME), "Vem ansvarar för dosetten vid korttidsvistelse?", day(50))
        .discussion_started(day(44))
        .escalated(day(25)),
    ]
    officer = "Lena Bodin, biståndshandläggare"
    batch.decisions += [
        BistandDecision(home.person_id, Law.SOL, day(5), officer),  # pending: a to-do
        BistandDecision(home.person_id, Law.SOL, day(30), officer, DecisionResult.GRANTED, day(16), home.id),
    ]
    assessors = {a.id: a.assessor for a in batch.assessments}
    for plan, reporter, org in (
        (school, "Elevassistent Kim Ek", "Växjö kommun"),
        (home, "Undersköterska Ali Nordin", "Växjö kommun"),
    ):
        proposed = parties_to_inform(plan, people[plan.person_id].unit, assessors[plan.assessment_id], org)
        parties = tuple(replace(p, informed_on=day(2)) if i == 0 else p for i, p in enumerate(proposed))
        batch.deviations.append(
            Deviation(
                plan.person_id,
                datetime.combine(day(3), time(9, 15), UTC),
                people[plan.person_id].unit or plan.performer,
                "Dosen gavs en timme för sent efter ett schemabyte.",
                reporter,
                org,
                plan.id,
                "Bedömaren kontaktades per telefon.",
                Harm.RISK,
                "Informationsöverföring",
                parties,
                assessor_informed_on=day(2),
            )
        )


# Who takes over responsibility for follow-up (002: same profession, by agreement, also
# between the region and the municipality), by profession: the first is in another
# organisation than most assessors of that profession, the second in the same.
HANDOVER_RECEIVERS = (
    Practitioner("Karin Ström", "Sjuksköterska", "Växjö kommun", "Hemsjukvården Öster", Role.NURSE),
    Practitioner("Lena Ek", "Distriktssköterska", "Region Kronoberg", "Vårdcentralen Alvesta", Role.NURSE),
    Practitioner("Oskar Lund", "Fysioterapeut", "Region Kronoberg", "Rehab Teleborg", Role.NURSE),
    Practitioner("Maria Ek", "Läkare", "Region Kronoberg", "Vårdcentralen Teleborg", Role.NURSE),
)
HANDOVER_AGREEMENTS = (
    "Överenskommet vid samordningsmöte; bekräftat per e-post samma dag.",
    "Telefonsamtal mellan bedömaren och mottagaren; noterat i journalen.",
)


def demo_handovers(batch: Batch, today: date) -> None:
    """Every seventh plan in force is handed over about a month after signing: alternately
    across organisations and within one. No random numbers are drawn, so the rest of the demo
    stays as it was and a second fill builds the same hand-overs."""
    assessors = {a.id: a.assessor for a in batch.assessments}
    in_force = [p for p in batch.plans if p.status is PlanStatus.SIGNED and p.signature is not None]
    for i, plan in enumerate(in_force[3::7]):
        giver = assessors[plan.assessment_id]
        assert plan.signature is not None
        same = [r for r in HANDOVER_RECEIVERS if r.profession is giver.profession and r.name != giver.name]
        across = [r for r in same if r.organisation != giver.organisation]
        within = [r for r in same if r.organisation == giver.organisation]
        choice = (across or within) if i % 2 == 0 else (within or across)
        if not choice:
            continue
        on = min(plan.signature.signed_on + timedelta(days=30), today)
        record = Handover(plan.id, plan.person_id, giver, choice[0], on, HANDOVER_AGREEMENTS[i % 2])
        record.check(plan, None)
        batch.handovers.append(record)


def plan_signature(plan: Plan, signed_on: date, assessor: Practitioner, rng: random.Random) -> Signature:
    return Signature(rng.choice(TOWNS), signed_on, assessor.name, assessor.title)


def write_batch(ws: Workspace, batch: Batch) -> None:
    """Insert a built batch in one transaction, with one audit event per record."""
    repos = ws.repos
    with ws.store.atomic():
        repos.persons.add_many(batch.persons)
        for name in (
            "assessments",
            "plans",
            "reviews",
            "copies",
            "instructions",
            "performances",
            "decisions",
            "sip_links",
            "deviations",
            "disputes",
            "handovers",
            "intyg",
        ):
            getattr(repos, name).add_many(getattr(batch, name))
        events = [("person", p.id, p.id) for p in batch.persons]
        events += [("plan", p.id, p.person_id) for p in batch.plans]
        events += [("intyg", i.id, i.person_id) for i in batch.intyg]
        ws.audit.append_many(ws.actor, Action.IMPORT, events)


def fill(
    ws: Workspace, persons: int = 60, seed: int = 2026, today: date | None = None, examples: bool = False
) -> dict[str, int]:
    """`examples`: add the hand-made cases (`egenvard demo` does) beside the generated ones."""
    today = today or ws.today()
    taken = ws.repos.persons.numbers()
    first = not taken  # (the generator adds the numbers it uses to `taken`)
    batch = Generator(seed, today, taken).build(persons)
    if first:
        showcase_cases(batch, today)
    if examples:
        todo_examples(batch, today, taken, seed)
    write_batch(ws, batch)
    if ws.profile() is None:
        ws.set_profile(ASSESSORS[0])
    return batch.counts()


def todo_examples(batch: Batch, today: date, taken: set[str], seed: int) -> None:
    """A pupil whose plan was just signed and nothing around it recorded yet, with a draft left
    for three weeks: the to-do kinds the generated cases rarely hold (copy_missing,
    instruction_missing, draft_stale) are there for a newcomer to see. Own random source, so
    the generated cases stay as they were."""
    rng = random.Random(seed + 1)
    number = synthetic_number(rng, today - timedelta(days=9 * 365 + 40), False, taken)
    if number is None:
        return
    pupil = Person("Ture", "Åberg", PersonalNumber(number), unit="Norrtullskolan", guardians=(Guardian("Lena Åberg"),))
    nurse = ASSESSORS[1]
    risk = RiskAnalysis((Hazard("Fel dos", Likelihood.POSSIBLE, Consequence.SERIOUS, "Dubbelkontroll"),), "Säkert")
    assessment = Assessment(
        pupil.id, "Insulininjektion och blodsockerkontroll", nurse, today - timedelta(days=4), risk, Outcome.WITH_HELP
    )
    plan = Plan(
        pupil.id,
        assessment.id,
        setting=Setting.SCHOOL,
        measure=assessment.measure,
        performer_mode=Outcome.WITH_HELP,
        performer="Elevassistent, Norrtullskolan",
        instruction_by=nurse.name,
        instruction_how="Praktisk genomgång med elevassistent och mentor.",
        on_harm="Ge druvsocker, ring 112 vid medvetslöshet och kontakta vårdnadshavare.",
        on_change=f"Kontakta {nurse.name}.",
        follow_up=f"{nurse.name} följer upp vid terminsstart.",
        reassessment_on=today + timedelta(days=180),
        risk_analysis_done=True,
    )
    signed = plan.signed(Signature("Växjö", today - timedelta(days=3), nurse.name, nurse.title), True)
    draft = replace(
        signed.edited(on_change=f"Kontakta {nurse.name} eller skolsköterskan."),
        created_at=datetime.combine(today - timedelta(days=21), time(9, 0), UTC),
    )
    batch.persons.append(pupil)
    batch.assessments.append(assessment)
    batch.plans += [signed, draft]
    batch.reviews.append(Review(signed.id, today + timedelta(days=180), ReviewKind.REASSESSMENT))
