"""The to-do engine: an item for every step routine 002 requires that is not yet recorded.

Each kind is one rule in `RULES` (a small function of the facts `app/store/todo.py` reads);
adding a kind is one entry. An item names the action in words, who should act and by when, and
what to open; it disappears when the step is recorded, because the facts change.

Who owns each kind (002; README "To-do kinds" says the same):

| kind                                   | owner                                                  |
|----------------------------------------|--------------------------------------------------------|
| copy_missing, copy_without_consent,    | the plan's responsible licensed professional ("den som |
| review_due, review_overdue,            | gjort bedömningen": `responsible()`, today the         |
| inform_next_review, draft_stale,       | assessor; a hand-over of responsibility joins there)   |
| intyg_missing                          |                                                        |
| instruction_missing,                   | the school leader / unit manager of the unit where     |
| instruction_renewal                    | staff perform (they make sure staff are instructed)    |
| deviation_uninformed,                  | the school leader / unit manager of the unit where the |
| event_analysis_missing                 | deviation happened (it informs and starts the analysis)|
| bistand_pending                        | the case officer named on the application              |
| dispute_not_started                    | the närmaste chef of each party (a leader of a unit    |
|                                        | named among the parties)                               |
| exchange_conflict                      | a licensed professional or the MAS (who may resolve)   |
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from app.errors import UserError
from app.i18n import pick
from app.models.common import Practitioner, Role
from app.models.identity import PersonalNumber, age_on
from app.models.person import ADULT_AGE
from app.models.plan import Setting
from app.models.roles import UseCase
from app.services import exchange
from app.services.workspace import Workspace
from app.store import todo as sql

DUE_WITHIN = timedelta(days=30)  # reviews and instruction renewals show this long before their date
DRAFT_STALE_AFTER = timedelta(days=14)
# inform_next_review: only a date planned at a review done within this window asks to be told;
# older open reviews (planned before the app recorded announcements) would only flood the list.
INFORM_WINDOW = timedelta(days=60)
INFORM_WITHIN = timedelta(days=14)  # told within two weeks of the review that planned it
EVENT_ANALYSIS_WITHIN = timedelta(days=14)
DISPUTE_START_WITHIN = timedelta(days=14)  # 002 "Tolkningar": discussions start within two weeks
CONFLICTS_SHOWN = 200
# Settings where staff, not the person or a relative, perform: they must be instructed.
STAFF_SETTINGS = frozenset(Setting) - {Setting.RELATIVE}
LEADERS = (Role.SCHOOL_LEADER, Role.UNIT_MANAGER)


class Kind(StrEnum):
    """Stable names (README "To-do kinds"; `egenvard todo list --kind`, the JSON output)."""

    COPY_MISSING = "copy_missing"
    INSTRUCTION_MISSING = "instruction_missing"
    INSTRUCTION_RENEWAL = "instruction_renewal"
    REVIEW_OVERDUE = "review_overdue"
    REVIEW_DUE = "review_due"
    INFORM_NEXT_REVIEW = "inform_next_review"
    DEVIATION_UNINFORMED = "deviation_uninformed"
    EVENT_ANALYSIS_MISSING = "event_analysis_missing"
    INTYG_MISSING = "intyg_missing"  # rule added with the egenvårdsintyg (issue 10, merge)
    BISTAND_PENDING = "bistand_pending"
    DISPUTE_NOT_STARTED = "dispute_not_started"
    DRAFT_STALE = "draft_stale"
    COPY_WITHOUT_CONSENT = "copy_without_consent"
    EXCHANGE_CONFLICT = "exchange_conflict"


class UnknownKind(UserError):
    sv = "Okänd sorts uppgift ”{text}”. Giltiga: {valid}."
    en = "Unknown kind of to-do “{text}”. Valid: {valid}."

    def __init__(self, text: str) -> None:
        super().__init__(text=text, valid=", ".join(k.value for k in Kind))


def parse_kinds(texts: Iterable[str]) -> frozenset[Kind]:
    """Kinds as typed (the command line); an unknown one names the valid ones."""
    found = set()
    for text in texts:
        try:
            found.add(Kind(text.strip()))
        except ValueError:
            raise UnknownKind(text) from None
    return frozenset(found)


@dataclass(frozen=True)
class Owner:
    """Who should act: a named person (licensed professional, case officer) or a role at a unit."""

    words: str
    role: Role | None = None
    name: str = ""
    unit: str = ""
    roles: tuple[Role, ...] = ()  # any of these roles (exchange conflicts)

    def is_(self, profile: Practitioner | None) -> bool:
        if profile is None:
            return False
        if self.roles:
            return profile.role in self.roles
        if profile.role is not self.role:
            return False
        if self.name:
            return _same(self.name, profile.name)
        return bool(self.unit) and _same(self.unit, profile.unit)


@dataclass(frozen=True)
class TodoItem:
    kind: Kind
    person_id: str | None
    plan_id: str | None
    due: date | None
    action: str  # the step in words, in the language in force
    owner: str  # who should act, in words
    person_name: str = ""
    person_number: str = ""  # masked for protected identity
    measure: str = ""  # the plan's measure, the deviation's category or the question
    entity: str = ""  # what opening shows: plan, copy, instruction, review, announce, deviation, …
    entity_id: str = ""
    mine: bool = False
    my_unit: bool = False


@dataclass(frozen=True)
class _Context:
    today: date
    profile: Practitioner | None
    items: list[TodoItem] = field(default_factory=list)

    def add(self, kind: Kind, row: dict[str, Any], owner: Owner, due: date | None, action: str, **kw: Any) -> None:
        name, number = _shown(row)
        profile = self.profile
        unit = profile.unit if profile else ""
        my_unit = bool(unit) and any(_same(unit, row.get(k) or "") for k in ("unit", "performer"))
        self.items.append(
            TodoItem(
                kind,
                row.get("person_id"),
                row.get("plan_id"),
                due,
                action,
                owner.words,
                name,
                number,
                mine=owner.is_(profile),
                my_unit=my_unit,
                **kw,
            )
        )


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def _shown(row: dict[str, Any]) -> tuple[str, str]:
    if not row.get("number"):
        return "", ""
    number = PersonalNumber(row["number"])
    return f"{row['given_name']} {row['family_name']}", number.masked if row["protected_identity"] else number.formatted


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


# --- who acts ----------------------------------------------------------------------------


def responsible(row: dict[str, Any]) -> Owner:
    """The plan's responsible licensed professional (the ONE rule, `store.todo.RESPONSIBLE`)."""
    who = json.loads(row["responsible"]) if row.get("responsible") else {}
    name, title = who.get("name", ""), who.get("title", "")
    sv = title.casefold() if title else "legitimerad yrkesutövare"
    en = (who.get("profession") or "licensed professional").replace("_", " ")
    return Owner(pick(f"{name} (ansvarig {sv})", f"{name} (responsible {en})"), Role.LICENSED, name)


def performing_unit(row: dict[str, Any]) -> str:
    """Where staff perform: a pupil's school, else the plan's performer (a unit)."""
    if row.get("setting") == Setting.SCHOOL and row.get("unit"):
        return str(row["unit"])
    return str(row.get("performer") or row.get("unit") or "")


def unit_leader(setting: str | None, unit: str) -> Owner:
    if setting == Setting.SCHOOL:
        return Owner(pick(f"Skolledare, {unit}", f"School leader, {unit}"), Role.SCHOOL_LEADER, unit=unit)
    return Owner(pick(f"Enhetschef, {unit}", f"Unit manager, {unit}"), Role.UNIT_MANAGER, unit=unit)


# --- the rules over a plan's facts ---------------------------------------------------------


def _copy_missing(row: dict[str, Any], ctx: _Context) -> None:
    if row["status"] != "signed":
        return
    owner, due = responsible(row), _day(row["signed_on"])
    if not row["copy_person"]:
        name = f"{row['given_name']} {row['family_name']}"
        child = age_on(PersonalNumber(row["number"]).birth_date, ctx.today) < ADULT_AGE
        to = pick(f"vårdnadshavare för {name}", f"the guardian of {name}") if child else name
        ctx.add(
            Kind.COPY_MISSING,
            row,
            owner,
            due,
            _copy_to(to),
            measure=row["measure"],
            entity="copy",
            entity_id=row["plan_id"],
        )
    unit = performing_unit(row)
    if row["setting"] in STAFF_SETTINGS and not row["copy_unit"] and unit:
        ctx.add(
            Kind.COPY_MISSING,
            row,
            owner,
            due,
            _copy_to(unit),
            measure=row["measure"],
            entity="copy",
            entity_id=row["plan_id"],
        )


def _copy_to(recipient: str) -> str:
    return pick(f"Lämna undertecknad kopia till {recipient}", f"Hand a signed copy to {recipient}")


def _instruction_missing(row: dict[str, Any], ctx: _Context) -> None:
    if row["status"] != "signed" or row["setting"] not in STAFF_SETTINGS or row["instructed"]:
        return
    unit = performing_unit(row)
    action = pick(f"Instruera personalen på {unit}", f"Instruct the staff at {unit}")
    ctx.add(
        Kind.INSTRUCTION_MISSING,
        row,
        unit_leader(row["setting"], unit),
        _day(row["signed_on"]),
        action,
        measure=row["measure"],
        entity="instruction",
        entity_id=row["plan_id"],
    )


def _instruction_renewal(row: dict[str, Any], ctx: _Context) -> None:
    renewal = json.loads(row["renewal"]) if row["renewal"] and row["status"] == "signed" else None
    due = _day(renewal["on"]) if renewal else None
    if renewal is None or due is None or due > ctx.today + DUE_WITHIN:
        return
    unit = performing_unit(row)
    action = pick(f"Förnya instruktionen för {renewal['staff']}", f"Renew the instruction of {renewal['staff']}")
    ctx.add(
        Kind.INSTRUCTION_RENEWAL,
        row,
        unit_leader(row["setting"], unit),
        due,
        action,
        measure=row["measure"],
        entity="instruction",
        entity_id=renewal["id"],
    )


def _open_review(row: dict[str, Any]) -> dict[str, Any] | None:
    return json.loads(row["review"]) if row["review"] and row["status"] == "signed" else None


def _review(row: dict[str, Any], ctx: _Context, late: bool) -> None:
    review = _open_review(row)
    due = _day(review["on"]) if review else None
    if review is None or due is None or due > ctx.today + DUE_WITHIN or (due < ctx.today) != late:
        return
    reassess = review["kind"] == "reassessment"
    sv, en = ("omprövningen", "the re-assessment") if reassess else ("uppföljningen", "the follow-up")
    action = pick(f"Gör {sv} (planerad {due.isoformat()})", f"Carry out {en} (planned {due.isoformat()})")
    kind = Kind.REVIEW_OVERDUE if late else Kind.REVIEW_DUE
    ctx.add(kind, row, responsible(row), due, action, measure=row["measure"], entity="review", entity_id=review["id"])


def _inform_next_review(row: dict[str, Any], ctx: _Context) -> None:
    review, planned_at = _open_review(row), _day(row["last_review_on"])
    if review is None or review["announced"] or planned_at is None or planned_at < ctx.today - INFORM_WINDOW:
        return
    sv, en = ("omprövning", "re-assessment") if review["kind"] == "reassessment" else ("uppföljning", "follow-up")
    on = review["on"]
    action = pick(f"Meddela berörda nästa {sv} {on}", f"Tell those concerned the next {en} {on}")
    ctx.add(
        Kind.INFORM_NEXT_REVIEW,
        row,
        responsible(row),
        planned_at + INFORM_WITHIN,
        action,
        measure=row["measure"],
        entity="announce",
        entity_id=review["id"],
    )


def _draft_stale(row: dict[str, Any], ctx: _Context) -> None:
    created = _day(row["created_at"])
    if row["status"] != "draft" or created is None or created + DRAFT_STALE_AFTER >= ctx.today:
        return
    action = pick(
        f"Gör klart och signera utkastet (version {row['version']}) från {created.isoformat()}",
        f"Complete and sign the draft (version {row['version']}) of {created.isoformat()}",
    )
    ctx.add(
        Kind.DRAFT_STALE,
        row,
        responsible(row),
        created + DRAFT_STALE_AFTER,
        action,
        measure=row["measure"],
        entity="plan",
        entity_id=row["plan_id"],
    )


def _copy_without_consent(row: dict[str, Any], ctx: _Context) -> None:
    copy = json.loads(row["copy_no_consent"]) if row["copy_no_consent"] else None
    if copy is None:
        return
    action = pick(
        f"Registrera samtycke för kopian till {copy['name']}", f"Record consent for the copy to {copy['name']}"
    )
    ctx.add(
        Kind.COPY_WITHOUT_CONSENT,
        row,
        responsible(row),
        _day(copy["on"]),
        action,
        measure=row["measure"],
        entity="copy",
        entity_id=copy["id"],
    )


# --- the rules over other records -----------------------------------------------------------


def _deviation_place(row: dict[str, Any]) -> Owner:
    unit = performing_unit(row) if row.get("setting") else (row.get("unit") or row.get("location") or "")
    return unit_leader(row.get("setting"), unit)


def _deviation_uninformed(row: dict[str, Any], ctx: _Context) -> None:
    deviation = row["deviation"]
    who = [p.organisation for p in deviation.uninformed_parties]
    if deviation.awaits_assessor:
        who.append(responsible(row).name or pick("bedömaren", "the assessor"))
    if not who:
        return
    names = ", ".join(who)
    ctx.add(
        Kind.DEVIATION_UNINFORMED,
        row,
        _deviation_place(row),
        _day(row["occurred_at"]),
        pick(f"Informera om avvikelsen: {names}", f"Inform of the deviation: {names}"),
        measure=row["category"],
        entity="deviation",
        entity_id=row["id"],
    )


def _event_analysis_missing(row: dict[str, Any], ctx: _Context) -> None:
    deviation = row["deviation"]
    if not deviation.crosses_borders or deviation.event_analysis:
        return
    orgs = sorted({p.organisation for p in deviation.parties} | {deviation.reporter_organisation} - {""})
    names = ", ".join(orgs)
    due = deviation.occurred_at.date() + EVENT_ANALYSIS_WITHIN
    ctx.add(
        Kind.EVENT_ANALYSIS_MISSING,
        row,
        _deviation_place(row),
        due,
        pick(f"Gör gemensam händelseanalys med {names}", f"Write a joint event analysis with {names}"),
        measure=row["category"],
        entity="deviation",
        entity_id=row["id"],
    )


def _officer(name: str) -> Owner:
    bare = name.removeprefix("Handläggare ").strip()
    return Owner(pick(f"Handläggare {bare}", f"Case officer {bare}"), Role.CASE_OFFICER, bare)


def _bistand_pending(row: dict[str, Any], ctx: _Context) -> None:
    action = pick(f"Besluta om ansökan om bistånd ({row['law']})", f"Decide the application for bistånd ({row['law']})")
    ctx.add(
        Kind.BISTAND_PENDING,
        row,
        _officer(row["case_officer"]),
        _day(row["applied_on"]),
        action,
        measure=row["law"],
        entity="decision",
        entity_id=row["id"],
    )


def _dispute_not_started(row: dict[str, Any], ctx: _Context) -> None:
    parties = tuple(json.loads(row["parties"] or "[]"))
    profile = ctx.profile
    leader_of_party = profile is not None and profile.role in LEADERS and any(_same(p, profile.unit) for p in parties)
    owner = Owner(
        pick("Närmaste chef för varje part", "The nearest manager of each party"),
        profile.role if leader_of_party and profile else None,
        unit=profile.unit if leader_of_party and profile else "",
    )
    opened = _day(row["opened_on"])
    due = opened + DISPUTE_START_WITHIN if opened else None
    action = pick(
        f"Starta diskussionen mellan {', '.join(parties)}", f"Start the discussion between {', '.join(parties)}"
    )
    ctx.add(
        Kind.DISPUTE_NOT_STARTED,
        row,
        owner,
        due,
        action,
        measure=row["question"],
        entity="dispute",
        entity_id=row["id"],
    )


Rule = Callable[[dict[str, Any], _Context], None]


@dataclass(frozen=True)
class Source:
    """Where a rule's rows come from (one store read serves every rule of the source)."""

    read: Callable[[Workspace, sql.Scope, date], list[dict[str, Any]]]


def _plans(ws: Workspace, scope: sql.Scope, today: date) -> list[dict[str, Any]]:
    return sql.plan_facts(ws.store, scope)


def _deviations(ws: Workspace, scope: sql.Scope, today: date) -> list[dict[str, Any]]:
    rows = sql.open_deviations(ws.store, scope)
    # What keeps a deviation open is the model's rule (Deviation.notices): asked, not re-told.
    models = {d.id: d for d in ws.repos.deviations.by_ids([r["id"] for r in rows])}
    return [{**r, "deviation": models[r["id"]]} for r in rows]


def _decisions(ws: Workspace, scope: sql.Scope, today: date) -> list[dict[str, Any]]:
    return sql.pending_decisions(ws.store, scope)


def _disputes(ws: Workspace, scope: sql.Scope, today: date) -> list[dict[str, Any]]:
    return sql.open_disputes(ws.store, scope, today - DISPUTE_START_WITHIN)


PLANS, DEVIATIONS, DECISIONS, DISPUTES = Source(_plans), Source(_deviations), Source(_decisions), Source(_disputes)

# The registry: one entry per kind (the conflicts are read from the exchange state, below).
RULES: dict[Kind, tuple[Source, Rule]] = {
    Kind.COPY_MISSING: (PLANS, _copy_missing),
    Kind.INSTRUCTION_MISSING: (PLANS, _instruction_missing),
    Kind.INSTRUCTION_RENEWAL: (PLANS, _instruction_renewal),
    Kind.REVIEW_OVERDUE: (PLANS, lambda row, ctx: _review(row, ctx, late=True)),
    Kind.REVIEW_DUE: (PLANS, lambda row, ctx: _review(row, ctx, late=False)),
    Kind.INFORM_NEXT_REVIEW: (PLANS, _inform_next_review),
    Kind.DRAFT_STALE: (PLANS, _draft_stale),
    Kind.COPY_WITHOUT_CONSENT: (PLANS, _copy_without_consent),
    Kind.DEVIATION_UNINFORMED: (DEVIATIONS, _deviation_uninformed),
    Kind.EVENT_ANALYSIS_MISSING: (DEVIATIONS, _event_analysis_missing),
    Kind.BISTAND_PENDING: (DECISIONS, _bistand_pending),
    Kind.DISPUTE_NOT_STARTED: (DISPUTES, _dispute_not_started),
}


def scope_for(profile: Practitioner | None, unit: str | None) -> sql.Scope:
    """Whose persons the list covers: a unit asked for, else what the profile answers for."""
    if unit:
        return sql.Scope(unit=unit.strip())
    if profile is None or profile.role is Role.MAS:
        return sql.Scope(everyone=True)
    if profile.role is Role.LICENSED:
        return sql.Scope(unit=profile.unit, assessor=profile.name)
    if profile.role is Role.CASE_OFFICER:
        return sql.Scope(unit=profile.unit, officer=profile.name)
    return sql.Scope(unit=profile.unit)


def todo(
    ws: Workspace,
    today: date | None = None,
    mine: bool = False,
    unit: str | None = None,
    kinds: Iterable[Kind] | None = None,
) -> list[TodoItem]:
    """Every open step for the persons in scope; the user's own first, then by date."""
    ws.require(UseCase.READ)
    ctx = _Context(today or ws.today(), ws.profile())
    wanted = frozenset(kinds) if kinds is not None else frozenset(Kind)
    scope = scope_for(ctx.profile, unit)
    read: dict[Source, list[dict[str, Any]]] = {}
    for kind, (source, rule) in RULES.items():
        if kind not in wanted:
            continue
        if source not in read:
            read[source] = source.read(ws, scope, ctx.today)
        for row in read[source]:
            rule(row, ctx)
    if Kind.EXCHANGE_CONFLICT in wanted and not unit:
        _conflicts(ws, ctx)
    items: Sequence[TodoItem] = ctx.items
    if mine:
        items = [i for i in items if i.mine]
    order = list(Kind)
    return sorted(items, key=lambda i: (not i.mine, i.due or date.max, order.index(i.kind), i.person_name))


CONFLICT_KIND = {  # what a conflict is about (Swedish, English)
    "person": ("personuppgifter", "personal details"),
    "assessment": ("bedömning", "assessment"),
    "plan": ("plan", "plan"),
    "review": ("uppföljning", "follow-up"),
    "copy": ("kopia", "copy"),
    "sip_link": ("SIP", "SIP"),
    "deviation": ("avvikelse", "deviation"),
    "document": ("förseglad PDF", "sealed PDF"),
}


def _conflicts(ws: Workspace, ctx: _Context) -> None:
    owner = Owner(
        pick("Legitimerad yrkesutövare eller MAS", "A licensed professional or the MAS"),
        roles=(Role.LICENSED, Role.MAS),
    )
    for c in exchange.open_conflicts(ws)[:CONFLICTS_SHOWN]:
        sv, en = CONFLICT_KIND.get(c.kind, (c.kind, c.kind))
        action = pick(
            f"Välj version ({sv}): ändrad både här och hos partnern",
            f"Choose a version ({en}): changed both here and at the partner",
        )
        ctx.items.append(
            TodoItem(
                Kind.EXCHANGE_CONFLICT,
                None,
                None,
                None,
                action,
                owner.words,
                c.person_name,
                entity="conflict",
                entity_id=c.id,
                mine=owner.is_(ctx.profile),
            )
        )


def as_json(item: TodoItem) -> dict[str, Any]:
    """The fields the command line prints (issue 10: kind, person_id, plan_id, due, action, owner)."""
    return {
        "kind": item.kind.value,
        "person_id": item.person_id,
        "plan_id": item.plan_id,
        "due": item.due.isoformat() if item.due else None,
        "action": item.action,
        "owner": item.owner,
    }
