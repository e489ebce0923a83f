"""Uppföljning / omprövning: every review plans the next one (002 §"Uppföljning och omprövning")."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from app.errors import ValidationError
from app.models.common import clean, new_id, require


class ReviewKind(StrEnum):
    FOLLOW_UP = "follow_up"  # uppföljning
    REASSESSMENT = "reassessment"  # omprövning


class ReviewOutcome(StrEnum):
    CONTINUE = "continue"
    CHANGE = "change"  # the plan is revised: a new version follows
    END = "end"  # egenvården upphör


OUTCOME_LABELS_SV = {
    ReviewOutcome.CONTINUE: "Fortsätter oförändrad",
    ReviewOutcome.CHANGE: "Ändras",
    ReviewOutcome.END: "Avslutas",
}
OUTCOME_LABELS_EN = {
    ReviewOutcome.CONTINUE: "Continues unchanged",
    ReviewOutcome.CHANGE: "Changed",
    ReviewOutcome.END: "Ended",
}


@dataclass(frozen=True)
class Review:
    plan_id: str
    planned_on: date
    kind: ReviewKind = ReviewKind.REASSESSMENT
    done_on: date | None = None
    done_by: str = ""
    outcome: ReviewOutcome | None = None
    next_on: date | None = None
    notes: str = ""
    cancelled: bool = False  # the plan was voided or ended before this review was due
    id: str = field(default_factory=new_id)
    # 002: the next date "ska planeras och meddelas berörda": when, and to whom, it was told.
    announced_on: date | None = None
    announced_to: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ReviewKind(self.kind))
        if self.outcome is not None:
            object.__setattr__(self, "outcome", ReviewOutcome(self.outcome))
        object.__setattr__(self, "notes", clean(self.notes))
        object.__setattr__(self, "done_by", clean(self.done_by))
        object.__setattr__(self, "announced_to", clean(self.announced_to))

    @property
    def is_open(self) -> bool:
        return self.done_on is None and not self.cancelled

    def is_overdue(self, today: date) -> bool:
        return self.is_open and self.planned_on < today

    def completed(
        self, done_on: date, done_by: str, outcome: ReviewOutcome, next_on: date | None, notes: str = ""
    ) -> Review:
        if not self.is_open:
            raise ValidationError(
                "Uppföljningen är redan gjord eller avbruten.", "This review is already done or cancelled.", "review"
            )
        done_by = require(done_by, "Vem som gjorde uppföljningen", "Who did the review", "done_by")
        outcome = ReviewOutcome(outcome)
        if outcome is not ReviewOutcome.END:
            if next_on is None:
                raise ValidationError(
                    "Vid varje uppföljning ska datum för nästa uppföljning/omprövning bestämmas.",
                    "Every review must set the date of the next review.",
                    "next_on",
                )
            if next_on <= done_on:
                raise ValidationError(
                    "Nästa uppföljning måste ligga efter dagens uppföljning.",
                    "The next review must be after this one.",
                    "next_on",
                )
        return replace(self, done_on=done_on, done_by=done_by, outcome=outcome, next_on=next_on, notes=notes)

    def announced(self, on: date, to: str) -> Review:
        """The planned date told to those concerned (002 "meddelas berörda")."""
        if not self.is_open:
            raise ValidationError(
                "Uppföljningen är redan gjord eller avbruten.", "This review is already done or cancelled.", "review"
            )
        to = require(to, "Vilka som har meddelats", "Who was told", "announced_to")
        return replace(self, announced_on=on, announced_to=to)
