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

The engine in four modules: `todo_kinds` (the names: `Kind`, `TodoItem`), `todo_owners` (who
acts), `todo_rules` (a rule per kind, `RULES`, `refresh`) and this one (the lists: scope, pages,
exchange conflicts, JSON). The names of all four are reachable from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.i18n import language, pick
from app.models.common import Practitioner, Role
from app.models.roles import UseCase
from app.services import exchange
from app.services.todo_kinds import Kind, TodoItem, UnknownKind, Words, parse_kinds
from app.services.todo_owners import (
    LEADERS,
    Owner,
    performing_unit,
    responsible,
    unit_leader,
)
from app.services.todo_rules import (
    DISPUTE_START_WITHIN,
    DRAFT_STALE_AFTER,
    DUE_WITHIN,
    EVENT_ANALYSIS_WITHIN,
    INFORM_WINDOW,
    INFORM_WITHIN,
    RULES,
    STAFF_SETTINGS,
    Rule,
    Source,
    day_of,
    refresh,
)
from app.services.workspace import Workspace
from app.store import todo as sql
from app.store.tokens import fold

__all__ = [
    "CONFLICTS_SHOWN",
    "DISPUTE_START_WITHIN",
    "DRAFT_STALE_AFTER",
    "DUE_WITHIN",
    "EVENT_ANALYSIS_WITHIN",
    "INFORM_WINDOW",
    "INFORM_WITHIN",
    "PAGE",
    "RULES",
    "STAFF_SETTINGS",
    "Kind",
    "Owner",
    "Page",
    "Rule",
    "Source",
    "TodoItem",
    "UnknownKind",
    "Words",
    "as_json",
    "page",
    "parse_kinds",
    "performing_unit",
    "refresh",
    "responsible",
    "todo",
    "unit_leader",
]

CONFLICTS_SHOWN = 200


def _same(a: str, b: str) -> bool:
    return fold(a) == fold(b)


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
        day_of(row["due"]),
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
