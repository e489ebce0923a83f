"""The to-do engine's names: the kinds of step (`Kind`, the stable names of README "To-do kinds"),
the item a list shows (`TodoItem`) and the command line's reading of kinds. Shared by the rules
(`todo_rules`) and the lists (`todo`); re-exported by `app/services/todo.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.errors import UserError


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
