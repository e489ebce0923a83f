"""Tolkningar (002): a disagreement on the routine that could not be settled where it arose.

The närmaste chef of each party, with a mandate to decide, must start discussions within two
weeks; the solution is documented and spread to the other units of each organisation; what
needs clarifying or changing goes to Länets ledningsgrupp, together with the school heads'
network when a school is a party.

The state is derived from the dates, never stored on its own: öppen → diskussion påbörjad →
löst (or eskalerad → löst). Each step is a method that returns the next record or raises a
`ValidationError` naming the field; the form, the service and the to-do engine ask these.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from app.errors import ValidationError
from app.models.common import clean, new_id, require
from app.models.limits import SHORT_MAX, Label, bounded, enforced
from app.models.plain import from_plain

DISPUTE_DEADLINE = timedelta(days=14)  # "inleda diskussioner skyndsamt, senast inom två veckor"


class DisputeState(StrEnum):
    OPEN = "open"
    DISCUSSING = "discussing"
    RESOLVED = "resolved"
    ESCALATED = "escalated"


DISPUTE_STATE_LABELS_SV = {
    DisputeState.OPEN: "Öppen",
    DisputeState.DISCUSSING: "Diskussion påbörjad",
    DisputeState.RESOLVED: "Löst",
    DisputeState.ESCALATED: "Eskalerad",
}
DISPUTE_STATE_LABELS_EN = {
    DisputeState.OPEN: "Open",
    DisputeState.DISCUSSING: "Discussion started",
    DisputeState.RESOLVED: "Resolved",
    DisputeState.ESCALATED: "Escalated",
}


class Escalation(StrEnum):
    NONE = "none"
    COUNTY = "county"  # Länets ledningsgrupp för samordning av hälso- och sjukvård, socialtjänst och skola
    COUNTY_AND_SCHOOL_HEADS = "county_school_heads"  # … i samråd med nätverk för skolchefer


ESCALATION_LABELS_SV = {
    Escalation.NONE: "Inte eskalerad",
    Escalation.COUNTY: "Länets ledningsgrupp",
    Escalation.COUNTY_AND_SCHOOL_HEADS: "Länets ledningsgrupp i samråd med nätverk för skolchefer",
}
ESCALATION_LABELS_EN = {
    Escalation.NONE: "Not escalated",
    Escalation.COUNTY: "The county's leadership group",
    Escalation.COUNTY_AND_SCHOOL_HEADS: "The county's leadership group with the school heads' network",
}

PARTIES = Label("Parter", "Parties", "parties")
SPREAD = Label("Spridd till", "Spread to", "spread_to")


@dataclass(frozen=True)
class DisputeParty:
    """One side: its organisation and unit, and the närmaste chef who must act for it."""

    organisation: str
    unit: str = ""
    manager: str = ""  # närmaste chef, with a mandate to decide
    manager_title: str = ""
    school: bool = False  # a school is a party: escalation goes with the school heads' network

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "organisation", require(self.organisation, "Partens organisation", "Party", "parties", SHORT_MAX)
        )
        for name in ("unit", "manager", "manager_title"):
            object.__setattr__(self, name, clean(getattr(self, name), PARTIES, SHORT_MAX))
        object.__setattr__(self, "school", bool(self.school))

    @property
    def name(self) -> str:
        return f"{self.organisation}, {self.unit}" if self.unit else self.organisation


def as_party(value: DisputeParty | str | dict[str, Any]) -> DisputeParty:
    """Rows stored before parties had a chef held their name only (a plain string)."""
    if isinstance(value, DisputeParty):
        return value
    if isinstance(value, str):
        return DisputeParty(value)
    return from_plain(DisputeParty, value)


@dataclass(frozen=True)
class Spread:
    """The solution was spread to this unit or organisation on this day."""

    recipient: str
    spread_on: date

    def __post_init__(self) -> None:
        object.__setattr__(self, "recipient", require(self.recipient, "Mottagare", "Recipient", "spread_to", SHORT_MAX))

    @classmethod
    def from_text(cls, recipient: str, spread_on: str) -> Spread:
        """A row of the form: the date as ÅÅÅÅ-MM-DD (the form's date picker writes it)."""
        text = clean(spread_on)
        if not text:
            raise _refuse(
                f"Ange datum då lösningen spreds till {clean(recipient) or '…'}.",
                f"Give the date the solution was spread to {clean(recipient) or '…'}.",
                "spread_to",
            )
        try:
            on = date.fromisoformat(text)
        except ValueError:
            raise _refuse(
                f"Datum för spridning skrivs ÅÅÅÅ-MM-DD (”{text}”).",
                f"The date of spreading is written YYYY-MM-DD (“{text}”).",
                "spread_to",
            ) from None
        return cls(recipient, on)


def _as_spread(value: Spread | dict[str, Any]) -> Spread:
    return value if isinstance(value, Spread) else from_plain(Spread, value)


def _refuse(sv: str, en: str, field_name: str) -> ValidationError:
    return ValidationError(sv, en, field_name)


@dataclass(frozen=True)
class Dispute:
    # Parties and spreads are typed loosely so that the store hands over what it holds (old
    # rows: strings); __post_init__ makes each a record.
    parties: tuple[DisputeParty | str, ...]
    question: str
    opened_on: date
    person_id: str | None = None
    resolved_on: date | None = None
    solution: str = ""
    id: str = field(default_factory=new_id)
    discussion_started_on: date | None = None
    spread_to: tuple[Spread | dict, ...] = ()
    escalated_on: date | None = None
    escalated_to: Escalation = Escalation.NONE

    def __post_init__(self) -> None:
        parties = bounded(self.parties, PARTIES)
        object.__setattr__(
            self, "parties", tuple(as_party(p) for p in parties if not (isinstance(p, str) and not clean(p)))
        )
        object.__setattr__(self, "spread_to", tuple(_as_spread(s) for s in bounded(self.spread_to, SPREAD)))
        object.__setattr__(self, "question", require(self.question, "Frågan", "The question", "question"))
        object.__setattr__(self, "solution", clean(self.solution))
        object.__setattr__(self, "escalated_to", Escalation(self.escalated_to))
        if len(self.parties) < 2:
            raise _refuse("En tvist har minst två parter.", "A dispute has at least two parties.", "parties")
        if enforced():  # rules that came later: a stored row from before loads as it is
            self._check_dates()

    def _check_dates(self) -> None:
        """Every date of the dispute follows the one before it."""
        steps = (
            ("discussion_started_on", "Diskussionerna", "The discussions"),
            ("escalated_on", "Eskaleringen", "The escalation"),
            ("resolved_on", "Lösningen", "The solution"),
        )
        for name, sv, en in steps:
            on = getattr(self, name)
            if on is not None and on < self.opened_on:
                raise _refuse(
                    f"{sv} kan inte ligga före datumet då tvisten öppnades.",
                    f"{en} cannot be dated before the dispute was opened.",
                    name,
                )
        for spread in self.spread_to:  # type: ignore[assignment]
            if self.resolved_on is None or spread.spread_on < self.resolved_on:  # type: ignore[union-attr]
                raise _refuse(
                    "Lösningen sprids först när tvisten är löst, och inte före lösningsdatumet.",
                    "The solution is spread only once the dispute is resolved, not before the resolution date.",
                    "spread_to",
                )

    # --- what state it is in, and what the routine expects next -----------------------------
    @property
    def state(self) -> DisputeState:
        if self.resolved_on is not None:
            return DisputeState.RESOLVED
        if self.escalated_on is not None:
            return DisputeState.ESCALATED
        if self.discussion_started_on is not None:
            return DisputeState.DISCUSSING
        return DisputeState.OPEN

    @property
    def is_open(self) -> bool:
        return self.resolved_on is None

    @property
    def has_school(self) -> bool:
        return any(p.school for p in self.parties)  # type: ignore[union-attr]

    @property
    def escalation_body(self) -> Escalation:
        """Where it goes when it must be escalated (002): with the school heads' network when a
        school is a party."""
        return Escalation.COUNTY_AND_SCHOOL_HEADS if self.has_school else Escalation.COUNTY

    @property
    def discussion_due_on(self) -> date:
        """Discussions must start within two weeks of opening."""
        return self.opened_on + DISPUTE_DEADLINE

    @property
    def due_on(self) -> date:  # the older name; the deadline is for starting discussions
        return self.discussion_due_on

    def discussion_overdue(self, today: date) -> bool:
        """The to-do engine's question: discussions not started within two weeks of opening."""
        return self.state is DisputeState.OPEN and today > self.discussion_due_on

    def is_overdue(self, today: date) -> bool:
        return self.discussion_overdue(today)

    # --- the steps ---------------------------------------------------------------------------
    def _must_be_open(self, field_name: str) -> None:
        if not self.is_open:
            raise _refuse("Tvisten är redan löst.", "The dispute is already resolved.", field_name)

    def discussion_started(self, on: date | None) -> Dispute:
        """The parties' närmaste chefer started discussions on this day."""
        self._must_be_open("discussion_started_on")
        if self.discussion_started_on is not None:
            raise _refuse(
                "Diskussionerna är redan påbörjade.", "The discussions have already started.", "discussion_started_on"
            )
        if on is None:
            raise _refuse(
                "Ange datum då diskussionerna påbörjades.",
                "Give the date the discussions started.",
                "discussion_started_on",
            )
        return replace(self, discussion_started_on=on)

    def escalated(self, on: date | None) -> Dispute:
        """Taken to Länets ledningsgrupp (with the school heads' network when a school is a party):
        only after the chefs' own discussions started, once."""
        self._must_be_open("escalated_on")
        if self.escalated_on is not None:
            raise _refuse("Tvisten är redan eskalerad.", "The dispute is already escalated.", "escalated_on")
        if self.discussion_started_on is None:
            raise _refuse(
                "En tvist eskaleras först när parternas chefer har påbörjat diskussionerna.",
                "A dispute is escalated only after the parties' managers have started discussions.",
                "escalated_on",
            )
        if on is None:
            raise _refuse("Ange datum för eskaleringen.", "Give the date of the escalation.", "escalated_on")
        if on < self.discussion_started_on:
            raise _refuse(
                "Eskaleringen kan inte ligga före diskussionernas början.",
                "The escalation cannot be dated before the discussions started.",
                "escalated_on",
            )
        return replace(self, escalated_on=on, escalated_to=self.escalation_body)

    def resolved(self, resolved_on: date | None, solution: str) -> Dispute:
        """The solution reached, documented. Without a solution there is nothing to resolve."""
        self._must_be_open("resolved_on")
        if resolved_on is None:
            raise _refuse("Ange datum när tvisten löstes.", "Give the date the dispute was resolved.", "resolved_on")
        solution = require(solution, "Lösningen", "The solution", "solution")
        if resolved_on < self.opened_on:
            raise _refuse(
                "Lösningsdatum kan inte ligga före öppningsdatum.",
                "The resolution date cannot be before the opening date.",
                "resolved_on",
            )
        for earlier in (self.discussion_started_on, self.escalated_on):
            if earlier is not None and resolved_on < earlier:
                raise _refuse(
                    "Lösningsdatum kan inte ligga före diskussionerna eller eskaleringen.",
                    "The resolution date cannot be before the discussions or the escalation.",
                    "resolved_on",
                )
        return replace(self, resolved_on=resolved_on, solution=solution)

    def spread(self, to: tuple[Spread, ...]) -> Dispute:
        """To which units and organisations the solution was spread (replaces the list): only
        after resolution."""
        if self.is_open:
            raise _refuse(
                "Lösningen kan spridas först när tvisten är löst.",
                "The solution can be spread only once the dispute is resolved.",
                "spread_to",
            )
        return replace(self, spread_to=tuple(to))

    def with_parties(self, parties: tuple[DisputeParty, ...]) -> Dispute:
        """Parties (and their chefs) may be completed while the dispute is open."""
        if parties == self.parties:
            return self
        self._must_be_open("parties")
        return replace(self, parties=parties)
