"""What the desktop client lists: the long tables and one person's or plan's whole record.

Frozen rows cross into the UI; the SQL is in `app.store.overview`. Överblick's to-do is
`app.services.todo`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.assessment import Assessment
from app.models.common import Practitioner
from app.models.deviation import Deviation
from app.models.dispute import Dispute
from app.models.handover import Handover, responsible_now
from app.models.identity import PersonalNumber
from app.models.intyg import Intyg
from app.models.person import Person
from app.models.plan import Plan, PlanStatus, Setting
from app.models.records import BistandDecision, CopyHandover, Instruction, Performance, SipLink
from app.models.review import Review
from app.services.workspace import Workspace
from app.store import overview as sql


def _shown(row: dict) -> tuple[str, str]:
    if not row.get("person_id"):
        return "", ""
    number = PersonalNumber(row["number"])
    shown = number.masked if row["protected_identity"] else number.formatted
    return f"{row['given_name']} {row['family_name']}", shown


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


# --- long lists: sorted ids first, rows on demand ------------------------------------------


@dataclass(frozen=True)
class PlanRow:
    id: str
    person_id: str
    person_name: str
    person_number: str
    measure: str
    setting: Setting
    status: PlanStatus
    version: int
    reassessment_on: date | None
    next_review: date | None
    protected: bool = False  # the person has protected identity (the number above is masked)


@dataclass(frozen=True)
class CurrentPlan:
    """Each plan's newest version in a line, as the command line lists (and prints as JSON) it."""

    id: str
    person_id: str
    status: str
    version: int
    measure: str
    setting: str
    reassessment_on: str | None


def current_plans(ws: Workspace) -> list[CurrentPlan]:
    return [CurrentPlan(**r) for r in ws.repos.plans.current_rows()]


def person_ids(ws: Workspace, order: str = "name", desc: bool = False, text: str = "") -> list[str]:
    return sql.person_ids(ws.store, order, desc, text)


def person_rows(ws: Workspace, ids: list[str]) -> list[Person]:
    return ws.repos.persons.by_ids(ids)


def plan_ids(
    ws: Workspace, order: str = "person", desc: bool = False, text: str = "", status: str = "", unit: str = ""
) -> list[str]:
    """The plan list's ids; `unit` keeps the plans of that school or unit (its persons', or
    performed by it)."""
    return sql.plan_ids(ws.store, order, desc, text, status, unit)


def known_units(ws: Workspace) -> list[str]:
    """The units the plan list can be filtered by: those persons belong to, and the user's own."""
    profile = ws.profile()
    own = [profile.unit] if profile is not None and profile.unit else []
    return sorted(set(sql.known_units(ws.store)) | set(own), key=str.casefold)


def plan_rows(ws: Workspace, ids: list[str]) -> list[PlanRow]:
    if not ids:
        return []
    out = []
    for r in sql.plan_rows(ws.store, ids):
        name, number = _shown({**r, "person_id": r["person_id"]})
        out.append(
            PlanRow(
                r["id"],
                r["person_id"],
                name,
                number,
                r["measure"],
                Setting(r["setting"]),
                PlanStatus(r["status"]),
                r["version"],
                _day(r["reassessment_on"]),
                _day(r["next_review"]),
                bool(r["protected_identity"]),
            )
        )
    return out


@dataclass(frozen=True)
class Listed:
    """A record with the name and (masked) number of its person, for the lists."""

    id: str
    record: object
    person_name: str
    person_number: str


def _listed(ws: Workspace, records: list, person_of) -> list[Listed]:  # type: ignore[no-untyped-def]
    names = sql.names_of(ws.store, sorted({person_of(r) for r in records if person_of(r)}))
    out = []
    for r in records:
        row = names.get(person_of(r) or "")
        name, number = _shown({**row, "person_id": row["id"]}) if row else ("", "")
        out.append(Listed(r.id, r, name, number))
    return out


def deviation_ids(ws: Workspace, order: str = "occurred_at", desc: bool = True, text: str = "") -> list[str]:
    return sql.deviation_ids(ws.store, order, desc, text)


def deviation_rows(ws: Workspace, ids: list[str]) -> list[Listed]:
    return _listed(ws, ws.repos.deviations.by_ids(ids), lambda d: d.person_id)


def dispute_ids(ws: Workspace, order: str = "opened_on", desc: bool = True, text: str = "") -> list[str]:
    return sql.dispute_ids(ws.store, order, desc, text)


def dispute_rows(ws: Workspace, ids: list[str]) -> list[Listed]:
    return _listed(ws, ws.repos.disputes.by_ids(ids), lambda d: d.person_id)


def sip_ids(ws: Workspace, order: str = "sip_date", desc: bool = True, text: str = "") -> list[str]:
    return sql.sip_ids(ws.store, order, desc, text)


def sip_rows(ws: Workspace, ids: list[str]) -> list[Listed]:
    return _listed(ws, ws.repos.sip_links.by_ids(ids), lambda s: s.person_id)


# --- one person's whole record, for the person view --------------------------------------


@dataclass(frozen=True)
class PersonRecord:
    person: Person
    plans: tuple  # tuple[tuple[Plan, ...], ...]: each plan's versions, oldest first
    reviews: tuple[Review, ...]
    copies: tuple[CopyHandover, ...]
    instructions: tuple[Instruction, ...]
    performances: tuple[Performance, ...]
    decisions: tuple[BistandDecision, ...]
    sip_links: tuple[SipLink, ...]
    deviations: tuple[Deviation, ...]
    disputes: tuple[Dispute, ...]
    handovers: tuple[Handover, ...] = ()
    intyg: tuple[Intyg, ...] = ()  # egenvårdsintyg of the person's plans, oldest first


def person_record(ws: Workspace, person_id: str) -> PersonRecord:
    """Everything about one person. Opening is an audited read (persons.open_record)."""
    from app.services import persons

    person = persons.open_record(ws, person_id)
    plan_ids_ = sql.plan_ids_for_person(ws.store, person_id)
    plans = tuple(tuple(ws.repos.plans.history(pid)) for pid in plan_ids_)
    plans = tuple(sorted(plans, key=lambda versions: versions[0].created_at))
    repos = ws.repos
    return PersonRecord(
        person,
        plans,
        tuple(repos.reviews.for_plans(plan_ids_)),
        tuple(repos.copies.for_plans(plan_ids_)),
        tuple(repos.instructions.for_plans(plan_ids_)),
        tuple(repos.performances.for_plans(plan_ids_)),
        tuple(repos.decisions.for_person(person_id)),
        tuple(repos.sip_links.for_person(person_id)),
        tuple(repos.deviations.for_person(person_id)),
        tuple(repos.disputes.for_person(person_id)),
        tuple(repos.handovers.for_person(person_id)),
        intyg=tuple(repos.intyg.for_person(person_id)),
    )


@dataclass(frozen=True)
class PlanRecord:
    """One plan with its versions and what surrounds it, for the plan view."""

    plan: Plan  # the newest version
    versions: tuple[Plan, ...]
    person: Person
    assessment: Assessment | None
    reviews: tuple[Review, ...]
    copies: tuple[CopyHandover, ...]
    instructions: tuple[Instruction, ...]
    performances: tuple[Performance, ...]
    handovers: tuple[Handover, ...] = ()  # responsibility for follow-up handed over, oldest first
    responsible: Practitioner | None = None  # for follow-up now (`app.models.handover.responsible_now`)

    @property
    def open_review(self) -> Review | None:
        open_ = sorted((r for r in self.reviews if r.is_open), key=lambda r: r.planned_on)
        return open_[0] if open_ else None


def plan_record(ws: Workspace, plan_id: str) -> PlanRecord:
    from app.services import persons, plans

    plan = plans.get_plan(ws, plan_id)
    person = persons.open_record(ws, plan.person_id)  # reading a plan reads the person's record
    repos = ws.repos
    assessment = repos.assessments.get(plan.assessment_id)
    handovers = tuple(repos.handovers.for_plan(plan_id))  # in date order
    return PlanRecord(
        plan,
        tuple(plans.plan_history(ws, plan_id)),
        person,
        assessment,
        tuple(repos.reviews.for_plan(plan_id)),  # in date order
        tuple(repos.copies.for_plan(plan_id)),
        tuple(repos.instructions.for_plan(plan_id)),
        tuple(repos.performances.for_plan(plan_id)),
        handovers,
        responsible_now(assessment, handovers) if assessment is not None else None,
    )
