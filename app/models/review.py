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

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ReviewKind(self.kind))
        if self.outcome is not None:
            object.__setattr__(self, "outcome", ReviewOutcome(self.outcome))
        object.__setattr__(self, "notes", clean(self.notes))
        object.__setattr__(self, "done_by", clean(self.done_by))

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


@dataclass(frozen=True)
class Announcement:
    """The planned date of a review told to those concerned (002: "ny tid för nästa
    omprövning/uppföljning planeras och meddelas berörda"). A record of its own beside the
    review, so a review keeps its shape in old databases and in the bundle."""

    review_id: str
    plan_id: str
    announced_on: date
    announced_to: str  # who was told, in words: "Vårdnadshavare Maria Nilsson, rektor Rut Rektor"
    announced_by: str
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "announced_to", require(self.announced_to, "Vilka som meddelats", "Who was told", "announced_to")
        )
        object.__setattr__(self, "announced_by", require(self.announced_by, "Meddelat av", "Told by", "announced_by"))
