"""The to-do rules: one small function per kind over the facts `app/store/todo.py` reads, the
registry `RULES` that names each kind's rule and source, and `refresh`, which works out the
items of the persons a write has marked. Adding a kind is one rule and one entry.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from app.models.dispute import as_party
from app.models.identity import PersonalNumber, age_on
from app.models.person import ADULT_AGE
from app.models.plan import Setting
from app.services.todo_kinds import Kind, Words
from app.services.todo_owners import (
    Owner,
    case_officer,
    deviation_place,
    performing_unit,
    responsible,
    unit_leader,
)
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
# Settings where staff, not the person or a relative, perform: they must be instructed.
STAFF_SETTINGS = frozenset(Setting) - {Setting.RELATIVE}


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


def _shown(row: dict[str, Any]) -> tuple[str, str]:
    if not row.get("number"):
        return "", ""
    number = PersonalNumber(row["number"])
    return f"{row['given_name']} {row['family_name']}", number.masked if row["protected_identity"] else number.formatted


def day_of(value: str | None) -> date | None:
    """A kept ISO date or timestamp as a date (None stays None)."""
    return date.fromisoformat(value[:10]) if value else None


# --- the rules over a plan's facts ---------------------------------------------------------


def _copy_missing(row: dict[str, Any], found: _Found) -> None:
    if row["status"] != "signed":
        return
    owner, due = responsible(row), day_of(row["signed_on"])
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
        day_of(row["signed_on"]),
        action,
        "instruction",
        row["plan_id"],
        row["measure"],
    )


def _instruction_renewal(row: dict[str, Any], found: _Found) -> None:
    renewal = json.loads(row["renewal"]) if row["renewal"] and row["status"] == "signed" else None
    due = day_of(renewal["on"]) if renewal else None
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
    due = day_of(review["on"]) if review else None
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
    review, planned_at = _open_review(row), day_of(row["last_review_on"])
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
    until = day_of(row["intyg_until"])
    due = day_of(row["signed_on"]) if until is None else until + timedelta(days=1)
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
    created = day_of(row["created_at"])
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
        Kind.COPY_WITHOUT_CONSENT, row, responsible(row), day_of(copy["on"]), action, "copy", copy["id"], row["measure"]
    )


# --- the rules over other records -----------------------------------------------------------


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
        deviation_place(row),
        day_of(row["occurred_at"]),
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
        deviation_place(row),
        due,
        (f"Gör gemensam händelseanalys med {names}", f"Write a joint event analysis with {names}"),
        "deviation",
        row["id"],
        row["category"],
    )


def _bistand_pending(row: dict[str, Any], found: _Found) -> None:
    law = row["law"]
    action = (f"Besluta om ansökan om bistånd ({law})", f"Decide the application for bistånd ({law})")
    found.add(
        Kind.BISTAND_PENDING,
        row,
        case_officer(row["case_officer"]),
        day_of(row["applied_on"]),
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
    opened = day_of(row["opened_on"])
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
