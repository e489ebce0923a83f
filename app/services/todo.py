"""The to-do engine: an item for every step routine 002 requires that is not yet recorded.

Each kind is one rule in `RULES` (a small function of the facts `app/store/todo.py` reads);
adding a kind is one entry. An item names the action in words, who should act and by when, and
what to open; it disappears when the step is recorded, because the facts change.

Who owns each kind (002; README "To-do kinds" says the same):

| kind                                   | owner                                                  |
|----------------------------------------|--------------------------------------------------------|
| copy_missing, copy_without_consent,    | the plan's responsible licensed professional ("den som |
| review_due, review_overdue,            | gjort bedömningen", or who took over by agreement:     |
| inform_next_review, draft_stale,       | `responsible()`, from `store.todo.RESPONSIBLE`)        |
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from app.errors import UserError
from app.i18n import language, pick
from app.models.common import Practitioner, Role
from app.models.dispute import as_party
from app.models.identity import PersonalNumber, age_on
from app.models.person import ADULT_AGE
from app.models.plan import Setting
from app.models.roles import UseCase
from app.services import exchange
from app.services.workspace import Workspace
from app.store import todo as sql
from app.store.tokens import fold

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
STAFF_AT = ("personal vid ", "personal på ", "personalen vid ", "personalen på ")
SELF = ("personen själv", "den enskilde", "patienten själv")


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
    INTYG_MISSING = "intyg_missing"
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


Words = tuple[str, str]  # Swedish, English: kept items hold both, the reader picks


@dataclass(frozen=True)
class Owner:
    """Who should act: a named person (licensed professional, case officer), a role at a unit,
    any of some roles (exchange conflicts) or the leader of a party (disputes). Kept in the
    item's columns; whether an item is the reader's is asked in SQL (`store.todo._MINE`)."""

    words: Words
    role: str = ""  # a Role value; "" with `roles` or `units`
    name: str = ""
    unit: str = ""
    roles: tuple[str, ...] = ()  # any of these roles
    units: tuple[str, ...] = ()  # a school leader or unit manager of any of these units

    def columns(self) -> dict[str, str]:
        anyone = (
            json.dumps({"roles": self.roles, "units": self.units}, ensure_ascii=False)
            if self.roles or self.units
            else ""
        )
        return {
            "owner_sv": self.words[0],
            "owner_en": self.words[1],
            "owner_role": self.role,
            "owner_name": self.name,
            "owner_unit": self.unit,
            "owner_any": anyone,
        }


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
class _Found:
    """Items worked out for the dirty persons, as `todo_items` rows."""

    today: date
    rows: list[dict[str, Any]] = field(default_factory=list)
    # How many items of a (person, kind:entity) were added: the next one's key suffix. Counted,
    # not searched for in `rows` (that made the first read after the migration quadratic).
    seen: dict[tuple[str, str], int] = field(default_factory=dict)

    def add(
        self,
        kind: Kind,
        row: dict[str, Any],
        owner: Owner,
        due: date | None,
        action: Words,
        entity: str,
        entity_id: str,
        measure: str = "",
        show_from: date | None = None,
        show_until: date | None = None,
        parties: str = "",
    ) -> None:
        name, number = _shown(row)
        unit = row.get("unit") or ""
        performer = performing_unit(row) if row.get("setting") else ""
        person_id = row.get("person_id") or ""
        key = f"{kind.value}:{entity_id}"
        n = self.seen.get((person_id, key), 0)
        self.seen[(person_id, key)] = n + 1
        key += f":{n}"
        self.rows.append(
            {
                "place": performer or unit,  # where it is carried out: the table is kept in this order
                "show_from": _iso(show_from) or "",
                "person_id": person_id,
                "key": key,
                "show_until": _iso(show_until),
                "plan_id": row.get("plan_id"),
                "kind": kind.value,
                "entity": entity,
                "entity_id": entity_id,
                "due": _iso(due),
                "unit": unit,
                "performer": performer,
                "responsible": responsible(row).name if row.get("responsible") else "",
                "parties": parties,
                "person_name": name,
                "person_number": number,
                "measure": measure,
                "action_sv": action[0],
                "action_en": action[1],
                **owner.columns(),
            }
        )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _same(a: str, b: str) -> bool:
    return fold(a) == fold(b)


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
    return Owner((f"{name} (ansvarig {sv})", f"{name} (responsible {en})"), Role.LICENSED.value, name)


def performing_unit(row: dict[str, Any]) -> str:
    """Where staff perform: a pupil's school, else the unit the plan's performer names (point 2
    is free text: "Personal vid Hemtjänst Norr" names Hemtjänst Norr)."""
    if row.get("setting") == Setting.SCHOOL and row.get("unit"):
        return str(row["unit"])
    performer = str(row.get("performer") or "").strip()
    for prefix in STAFF_AT:
        if performer.casefold().startswith(prefix):
            performer = performer[len(prefix) :].strip()
    if performer.casefold() in SELF:
        performer = ""
    return performer or str(row.get("unit") or "")


def unit_leader(setting: str | None, unit: str) -> Owner:
    if setting == Setting.SCHOOL:
        return Owner((f"Skolledare, {unit}", f"School leader, {unit}"), Role.SCHOOL_LEADER.value, unit=unit)
    return Owner((f"Enhetschef, {unit}", f"Unit manager, {unit}"), Role.UNIT_MANAGER.value, unit=unit)


# --- the rules over a plan's facts ---------------------------------------------------------


def _copy_missing(row: dict[str, Any], found: _Found) -> None:
    if row["status"] != "signed":
        return
    owner, due = responsible(row), _day(row["signed_on"])
    if not row["copy_person"]:
        name = f"{row['given_name']} {row['family_name']}"
        # A child's copy goes to the guardian: as old as the person is when the list is worked out.
        child = age_on(PersonalNumber(row["number"]).birth_date, found.today) < ADULT_AGE
        to = (f"vårdnadshavare för {name}", f"the guardian of {name}") if child else (name, name)
        found.add(Kind.COPY_MISSING, row, owner, due, _copy_to(to), "copy", row["plan_id"], row["measure"])
    unit = performing_unit(row)
    if row["setting"] in STAFF_SETTINGS and not row["copy_unit"] and unit:
        found.add(Kind.COPY_MISSING, row, owner, due, _copy_to((unit, unit)), "copy", row["plan_id"], row["measure"])


def _copy_to(recipient: Words) -> Words:
    return (f"Lämna undertecknad kopia till {recipient[0]}", f"Hand a signed copy to {recipient[1]}")


def _instruction_missing(row: dict[str, Any], found: _Found) -> None:
    if row["status"] != "signed" or row["setting"] not in STAFF_SETTINGS or row["instructed"]:
        return
    unit = performing_unit(row)
    action = (f"Instruera personalen på {unit}", f"Instruct the staff at {unit}")
    found.add(
        Kind.INSTRUCTION_MISSING,
        row,
        unit_leader(row["setting"], unit),
        _day(row["signed_on"]),
        action,
        "instruction",
        row["plan_id"],
        row["measure"],
    )


def _instruction_renewal(row: dict[str, Any], found: _Found) -> None:
    renewal = json.loads(row["renewal"]) if row["renewal"] and row["status"] == "signed" else None
    due = _day(renewal["on"]) if renewal else None
    if renewal is None or due is None:
        return
    staff = renewal["staff"]
    action = (f"Förnya instruktionen för {staff}", f"Renew the instruction of {staff}")
    found.add(
        Kind.INSTRUCTION_RENEWAL,
        row,
        unit_leader(row["setting"], performing_unit(row)),
        due,
        action,
        "instruction",
        renewal["id"],
        row["measure"],
        show_from=due - DUE_WITHIN,
    )


def _open_review(row: dict[str, Any]) -> dict[str, Any] | None:
    return json.loads(row["review"]) if row["review"] and row["status"] == "signed" else None


def _review(row: dict[str, Any], found: _Found) -> None:
    """Kept as review_due; read as review_overdue once its date has passed (`_item`)."""
    review = _open_review(row)
    due = _day(review["on"]) if review else None
    if review is None or due is None:
        return
    sv, en = (
        ("omprövningen", "the re-assessment")
        if review["kind"] == "reassessment"
        else ("uppföljningen", "the follow-up")
    )
    action = (f"Gör {sv} (planerad {due.isoformat()})", f"Carry out {en} (planned {due.isoformat()})")
    found.add(
        Kind.REVIEW_DUE,
        row,
        responsible(row),
        due,
        action,
        "review",
        review["id"],
        row["measure"],
        show_from=due - DUE_WITHIN,
    )


def _inform_next_review(row: dict[str, Any], found: _Found) -> None:
    review, planned_at = _open_review(row), _day(row["last_review_on"])
    if review is None or review["announced"] or planned_at is None:
        return
    sv, en = ("omprövning", "re-assessment") if review["kind"] == "reassessment" else ("uppföljning", "follow-up")
    on = review["on"]
    action = (f"Meddela berörda nästa {sv} {on}", f"Tell those concerned the next {en} {on}")
    found.add(
        Kind.INFORM_NEXT_REVIEW,
        row,
        responsible(row),
        planned_at + INFORM_WITHIN,
        action,
        "announce",
        review["id"],
        row["measure"],
        show_until=planned_at + INFORM_WINDOW,
    )


def _intyg_missing(row: dict[str, Any], found: _Found) -> None:
    """002, LSS short stay: staff may not perform before an egenvårdsintyg exists (the model's
    `intyg.awaits_intyg`, here over the facts of a kept item). No intyg in force: due at once;
    one in force: the item shows the day after it runs out."""
    if row["status"] != "signed" or row["setting"] != Setting.LSS_SHORT_STAY:
        return
    until = _day(row["intyg_until"])
    due = _day(row["signed_on"]) if until is None else until + timedelta(days=1)
    action = (
        "Utfärda egenvårdsintyg: personalen på korttidsvistelsen får inte utföra insatsen förrän det finns",
        "Issue an egenvårdsintyg: staff at the short stay may not perform the measure until it exists",
    )
    found.add(
        Kind.INTYG_MISSING,
        row,
        responsible(row),
        due,
        action,
        "intyg",
        row["plan_id"],
        row["measure"],
        show_from=None if until is None else due,
    )


def _draft_stale(row: dict[str, Any], found: _Found) -> None:
    created = _day(row["created_at"])
    if row["status"] != "draft" or created is None:
        return
    version, on = row["version"], created.isoformat()
    action = (
        f"Gör klart och signera utkastet (version {version}) från {on}",
        f"Complete and sign the draft (version {version}) of {on}",
    )
    due = created + DRAFT_STALE_AFTER
    found.add(
        Kind.DRAFT_STALE,
        row,
        responsible(row),
        due,
        action,
        "plan",
        row["plan_id"],
        row["measure"],
        show_from=due + timedelta(days=1),
    )


def _copy_without_consent(row: dict[str, Any], found: _Found) -> None:
    copy = json.loads(row["copy_no_consent"]) if row["copy_no_consent"] else None
    if copy is None:
        return
    name = copy["name"]
    action = (f"Registrera samtycke för kopian till {name}", f"Record consent for the copy to {name}")
    found.add(
        Kind.COPY_WITHOUT_CONSENT, row, responsible(row), _day(copy["on"]), action, "copy", copy["id"], row["measure"]
    )


# --- the rules over other records -----------------------------------------------------------


def _deviation_place(row: dict[str, Any]) -> Owner:
    unit = performing_unit(row) if row.get("setting") else (row.get("unit") or row.get("location") or "")
    return unit_leader(row.get("setting"), unit)


def _deviation_uninformed(row: dict[str, Any], found: _Found) -> None:
    deviation = row["deviation"]
    who = [(p.organisation, p.organisation) for p in deviation.uninformed_parties]
    if deviation.awaits_assessor:
        name = responsible(row).name
        who.append((name or "bedömaren", name or "the assessor"))
    if not who:
        return
    sv, en = ", ".join(w[0] for w in who), ", ".join(w[1] for w in who)
    found.add(
        Kind.DEVIATION_UNINFORMED,
        row,
        _deviation_place(row),
        _day(row["occurred_at"]),
        (f"Informera om avvikelsen: {sv}", f"Inform of the deviation: {en}"),
        "deviation",
        row["id"],
        row["category"],
    )


def _event_analysis_missing(row: dict[str, Any], found: _Found) -> None:
    deviation = row["deviation"]
    if not deviation.crosses_borders or deviation.event_analysis:
        return
    names = ", ".join(sorted({p.organisation for p in deviation.parties} | {deviation.reporter_organisation} - {""}))
    due = deviation.occurred_at.date() + EVENT_ANALYSIS_WITHIN
    found.add(
        Kind.EVENT_ANALYSIS_MISSING,
        row,
        _deviation_place(row),
        due,
        (f"Gör gemensam händelseanalys med {names}", f"Write a joint event analysis with {names}"),
        "deviation",
        row["id"],
        row["category"],
    )


def _officer(name: str) -> Owner:
    bare = name.removeprefix("Handläggare ").strip()
    return Owner((f"Handläggare {bare}", f"Case officer {bare}"), Role.CASE_OFFICER.value, bare)


def _bistand_pending(row: dict[str, Any], found: _Found) -> None:
    law = row["law"]
    action = (f"Besluta om ansökan om bistånd ({law})", f"Decide the application for bistånd ({law})")
    found.add(
        Kind.BISTAND_PENDING,
        row,
        _officer(row["case_officer"]),
        _day(row["applied_on"]),
        action,
        "decision",
        row["id"],
        law,
    )


def _dispute_not_started(row: dict[str, Any], found: _Found) -> None:
    """002 "Tolkningar": the närmaste chef of each party starts discussions within two weeks
    (the model's `Dispute.discussion_overdue`); a started or escalated dispute asks nothing here."""
    if row["discussion_started_on"] or row["escalated_on"]:
        return
    parties = tuple(as_party(p) for p in json.loads(row["parties"] or "[]"))
    units = tuple(p.unit or p.organisation for p in parties)
    chefs = ", ".join(f"{p.manager} ({p.unit or p.organisation})" if p.manager else p.name for p in parties)
    owner = Owner((f"Närmaste chef: {chefs}", f"Nearest manager: {chefs}"), units=units)
    opened = _day(row["opened_on"])
    if opened is None:
        return
    names = ", ".join(p.name for p in parties)
    due = opened + DISPUTE_START_WITHIN
    found.add(
        Kind.DISPUTE_NOT_STARTED,
        row,
        owner,
        due,
        (f"Starta diskussionen mellan {names}", f"Start the discussion between {names}"),
        "dispute",
        row["id"],
        row["question"],
        show_from=due + timedelta(days=1),
        parties=json.dumps(units, ensure_ascii=False),
    )


Rule = Callable[[dict[str, Any], _Found], None]


@dataclass(frozen=True)
class Source:
    """Where a rule's rows come from (one store read serves every rule of the source)."""

    read: Callable[[Workspace], list[dict[str, Any]]]


def _deviations(ws: Workspace) -> list[dict[str, Any]]:
    rows = sql.open_deviations(ws.store)
    # What keeps a deviation open is the model's rule (Deviation.notices): asked, not re-told.
    models = {d.id: d for d in ws.repos.deviations.by_ids([r["id"] for r in rows])}
    return [{**r, "deviation": models[r["id"]]} for r in rows]


PLANS = Source(lambda ws: sql.plan_facts(ws.store))
DEVIATIONS = Source(_deviations)
DECISIONS = Source(lambda ws: sql.pending_decisions(ws.store))
DISPUTES = Source(lambda ws: sql.open_disputes(ws.store))

# The registry: one entry per kind (review_overdue is review_due read after its date; the
# conflicts are read from the exchange state, below).
RULES: dict[Kind, tuple[Source, Rule]] = {
    Kind.COPY_MISSING: (PLANS, _copy_missing),
    Kind.INSTRUCTION_MISSING: (PLANS, _instruction_missing),
    Kind.INSTRUCTION_RENEWAL: (PLANS, _instruction_renewal),
    Kind.REVIEW_DUE: (PLANS, _review),
    Kind.INFORM_NEXT_REVIEW: (PLANS, _inform_next_review),
    Kind.DRAFT_STALE: (PLANS, _draft_stale),
    Kind.COPY_WITHOUT_CONSENT: (PLANS, _copy_without_consent),
    Kind.DEVIATION_UNINFORMED: (DEVIATIONS, _deviation_uninformed),
    Kind.EVENT_ANALYSIS_MISSING: (DEVIATIONS, _event_analysis_missing),
    Kind.BISTAND_PENDING: (DECISIONS, _bistand_pending),
    Kind.DISPUTE_NOT_STARTED: (DISPUTES, _dispute_not_started),
    Kind.INTYG_MISSING: (PLANS, _intyg_missing),
}


def refresh(ws: Workspace) -> None:
    """Work out the items of every person a write has marked since the last read (the first
    read after the migration works out everyone's: a minute or two at 100 000 persons)."""
    with ws.store.atomic():
        if not sql.any_dirty(ws.store):
            return
        found = _Found(ws.today())
        read: dict[int, list[dict[str, Any]]] = {}
        for source, rule in RULES.values():
            if id(source) not in read:
                read[id(source)] = source.read(ws)
            for row in read[id(source)]:
                rule(row, found)
        sql.replace_dirty(ws.store, found.rows)


def _scope_for(profile: Practitioner | None, unit: str | None) -> sql.Scope:
    """Whose items the list covers: a unit asked for, else what the profile answers for."""
    if unit:
        return sql.Scope(unit=unit.strip())
    if profile is None or profile.role is Role.MAS:
        return sql.Scope(everyone=True)
    if profile.role is Role.LICENSED:
        return sql.Scope(unit=profile.unit, responsible=profile.name)
    if profile.role is Role.CASE_OFFICER:
        return sql.Scope(unit=profile.unit, officer=profile.name)
    return sql.Scope(unit=profile.unit)


def _reader(profile: Practitioner | None) -> sql.Reader:
    if profile is None:
        return sql.Reader()
    return sql.Reader(profile.role.value, profile.name, profile.unit, profile.role in LEADERS)


def _item(row: dict[str, Any], profile: Practitioner | None) -> TodoItem:
    unit = profile.unit if profile else ""
    return TodoItem(
        Kind(row["kind_now"]),
        row["person_id"] or None,
        row["plan_id"],
        _day(row["due"]),
        pick(row["action_sv"], row["action_en"]),
        pick(row["owner_sv"], row["owner_en"]),
        row["person_name"],
        row["person_number"],
        row["measure"],
        row["entity"],
        row["entity_id"],
        mine=bool(row["mine"]),
        my_unit=bool(unit) and (_same(unit, row["unit"]) or _same(unit, row["performer"])),
    )


PAGE = 500  # what Överblick and `todo list` show before "Visa fler" / `--all`


@dataclass(frozen=True)
class Page:
    """The first items of a list, and how many it holds."""

    items: tuple[TodoItem, ...]  # the user's own first, then by date
    total: int  # items in the scope that pass the filters
    own: int  # of which the user's own

    @property
    def complete(self) -> bool:
        return len(self.items) >= self.total


def page(
    ws: Workspace,
    today: date | None = None,
    mine: bool = False,
    my_unit: bool = False,
    unit: str | None = None,
    kinds: Iterable[Kind] | None = None,
    limit: int | None = PAGE,
) -> Page:
    """The open steps in the user's scope (or a unit's) that pass the filters: her own first,
    then by date; the first `limit` of them (None: all)."""
    ws.require(UseCase.READ)
    today = today or ws.today()
    refresh(ws)
    profile = ws.profile()
    wanted = frozenset(kinds) if kinds is not None else frozenset(Kind)
    order = tuple(k.value for k in Kind if k in wanted)
    found = sql.page(
        ws.store,
        _scope_for(profile, unit),
        _reader(profile),
        sql.Wanted(order, Kind.REVIEW_OVERDUE.value, mine, my_unit, english=language() == "en"),
        today,
        limit,
    )
    items = [_item(r, profile) for r in found.rows]
    total, own = found.total, found.own
    if Kind.EXCHANGE_CONFLICT in wanted and not unit and not my_unit:
        conflicts = [c for c in _conflicts(ws, profile) if c.mine or not mine]
        total, own = total + len(conflicts), own + sum(c.mine for c in conflicts)
        # Their place in the same order as SQL's (no due date: last of their half).
        items = sorted(items + conflicts, key=lambda i: (not i.mine, i.due is None))
    return Page(tuple(items[:limit] if limit is not None else items), total, own)


def todo(
    ws: Workspace,
    today: date | None = None,
    mine: bool = False,
    unit: str | None = None,
    kinds: Iterable[Kind] | None = None,
) -> list[TodoItem]:
    """Every open step in the user's scope (or a unit's); her own first, then by date."""
    return list(page(ws, today, mine=mine, unit=unit, kinds=kinds, limit=None).items)


CONFLICT_KIND = {  # what a conflict is about (Swedish, English)
    "person": ("personuppgifter", "personal details"),
    "assessment": ("bedömning", "assessment"),
    "plan": ("plan", "plan"),
    "review": ("uppföljning", "follow-up"),
    "copy": ("kopia", "copy"),
    "sip_link": ("SIP", "SIP"),
    "deviation": ("avvikelse", "deviation"),
    "document": ("förseglad PDF", "sealed PDF"),
    "handover": ("överlåtet ansvar", "hand-over of responsibility"),
    "intyg": ("egenvårdsintyg", "egenvårdsintyg"),
}


def _conflicts(ws: Workspace, profile: Practitioner | None) -> list[TodoItem]:
    owner = Owner(
        ("Legitimerad yrkesutövare eller MAS", "A licensed professional or the MAS"),
        roles=(Role.LICENSED.value, Role.MAS.value),
    )
    found = []
    for c in exchange.open_conflicts(ws)[:CONFLICTS_SHOWN]:
        sv, en = CONFLICT_KIND.get(c.kind, (c.kind, c.kind))
        action = pick(
            f"Välj version ({sv}): ändrad både här och hos partnern",
            f"Choose a version ({en}): changed both here and at the partner",
        )
        found.append(
            TodoItem(
                Kind.EXCHANGE_CONFLICT,
                None,
                None,
                None,
                action,
                pick(*owner.words),
                c.person_name,
                measure=pick(sv, en),
                entity="conflict",
                entity_id=c.id,
                mine=profile is not None and profile.role.value in owner.roles,
            )
        )
    return found


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
