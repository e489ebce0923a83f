"""Tolkningar: a disagreement on the routine must be taken up within two weeks (002)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from app.errors import ValidationError
from app.models.common import clean, new_id, require
from app.models.limits import Label, bounded

DISPUTE_DEADLINE = timedelta(days=14)


@dataclass(frozen=True)
class Dispute:
    parties: tuple[str, ...]
    question: str
    opened_on: date
    person_id: str | None = None
    resolved_on: date | None = None
    solution: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        parties = bounded(self.parties, Label("Parter", "Parties", "parties"))
        object.__setattr__(self, "parties", tuple(clean(p) for p in parties if clean(p)))
        object.__setattr__(self, "question", require(self.question, "Frågan", "The question", "question"))
        object.__setattr__(self, "solution", clean(self.solution))
        if len(self.parties) < 2:
            raise ValidationError("En tvist har minst två parter.", "A dispute has at least two parties.", "parties")

    @property
    def due_on(self) -> date:
        return self.opened_on + DISPUTE_DEADLINE

    @property
    def is_open(self) -> bool:
        return self.resolved_on is None

    def is_overdue(self, today: date) -> bool:
        return self.is_open and today > self.due_on

    def resolved(self, resolved_on: date | None, solution: str) -> Dispute:
        if not self.is_open:
            raise ValidationError("Tvisten är redan löst.", "The dispute is already resolved.", "resolved_on")
        if resolved_on is None:
            raise ValidationError(
                "Ange datum när tvisten löstes.", "Give the date the dispute was resolved.", "resolved_on"
            )
        solution = require(solution, "Lösningen", "The solution", "solution")
        if resolved_on < self.opened_on:
            raise ValidationError(
                "Lösningsdatum kan inte ligga före öppningsdatum.",
                "The resolution date cannot be before the opening date.",
                "resolved_on",
            )
        return replace(self, resolved_on=resolved_on, solution=solution)
