"""Egenvårdsbedömning with its structured risk analysis (002 §"Bedömning och riskanalys").

"En hälso- och sjukvårdsinsats får inte bedömas som egenvård om riskanalysen visar att det
finns en risk att patienten skadas." That rule is enforced here, not in the UI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum

from app.errors import ValidationError
from app.models.common import Practitioner, clean, new_id, now, require
from app.models.limits import Label, bounded
from app.models.samrad import Samrad


class Likelihood(IntEnum):
    UNLIKELY = 1  # mycket liten
    POSSIBLE = 2  # liten
    LIKELY = 3  # stor
    ALMOST_CERTAIN = 4  # mycket stor


class Consequence(IntEnum):
    MINOR = 1  # försumbar
    MODERATE = 2  # lindrig
    SERIOUS = 3  # betydande
    CATASTROPHIC = 4  # katastrofal


# Residual risk at or above this score on the 4×4 matrix counts as a risk of harm: the
# Socialstyrelsen risk matrix marks 8–16 as high risk that must not be accepted.
HIGH_RISK_SCORE = 8


@dataclass(frozen=True)
class Hazard:
    """One thing that could go wrong, rated after the mitigation is in place (residual risk)."""

    description: str
    likelihood: Likelihood
    consequence: Consequence
    mitigation: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "description", require(self.description, "Riskens beskrivning", "Hazard", "hazard"))
        object.__setattr__(self, "likelihood", Likelihood(self.likelihood))
        object.__setattr__(self, "consequence", Consequence(self.consequence))
        object.__setattr__(self, "mitigation", clean(self.mitigation))

    @property
    def score(self) -> int:
        return int(self.likelihood) * int(self.consequence)

    @property
    def is_high(self) -> bool:
        return self.score >= HIGH_RISK_SCORE


@dataclass(frozen=True)
class RiskAnalysis:
    hazards: tuple[Hazard, ...] = ()
    conclusion: str = ""
    risk_of_harm: bool = False  # the assessor's own conclusion, which the matrix can only raise

    def __post_init__(self) -> None:
        object.__setattr__(self, "hazards", bounded(self.hazards, Label("Risker", "Hazards", "hazard")))
        object.__setattr__(self, "conclusion", clean(self.conclusion))

    @property
    def shows_risk_of_harm(self) -> bool:
        return self.risk_of_harm or any(h.is_high for h in self.hazards)

    @property
    def is_done(self) -> bool:
        """'Riskanalys är utförd': at least one hazard considered and a conclusion written."""
        return bool(self.hazards) and bool(self.conclusion)

    def high_hazards(self) -> tuple[Hazard, ...]:
        return tuple(h for h in self.hazards if h.is_high)


class Outcome(StrEnum):
    SELF = "self"  # egenvård, the person alone
    WITH_HELP = "with_help"  # egenvård with help from someone else
    HEALTH_CARE = "health_care"  # not egenvård: a hälso- och sjukvårdsinsats

    @property
    def is_self_care(self) -> bool:
        return self is not Outcome.HEALTH_CARE


OUTCOME_LABELS_SV = {
    Outcome.SELF: "Egenvård – personen själv",
    Outcome.WITH_HELP: "Egenvård – med hjälp av någon annan",
    Outcome.HEALTH_CARE: "Inte egenvård – hälso- och sjukvårdsinsats",
}
OUTCOME_LABELS_EN = {
    Outcome.SELF: "Self-care – by the person alone",
    Outcome.WITH_HELP: "Self-care – with help from someone else",
    Outcome.HEALTH_CARE: "Not self-care – a health care measure",
}


class RiskOfHarm(ValidationError):
    def __init__(self, hazards: tuple[Hazard, ...]) -> None:
        names_sv = "; ".join(h.description for h in hazards) or "bedömarens slutsats"
        super().__init__(
            "Riskanalysen visar risk att personen skadas "
            f"({names_sv}). Åtgärden får inte bedömas som egenvård utan blir en "
            "hälso- och sjukvårdsinsats.",
            "The risk analysis shows a risk of harm to the person "
            f"({names_sv}). The measure cannot be egenvård; it is a health-care measure.",
            "risk_analysis",
        )


@dataclass(frozen=True)
class Assessment:
    person_id: str
    measure: str  # the health-care measure judged, e.g. "Insulininjektion"
    assessor: Practitioner
    assessed_on: date
    risk_analysis: RiskAnalysis
    outcome: Outcome
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    # None: no samråd recorded (assessments from before samråd was structured, old bundles)
    samrad: Samrad | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "measure", require(self.measure, "Åtgärd/insats", "Measure", "measure"))
        object.__setattr__(self, "outcome", Outcome(self.outcome))
        object.__setattr__(self, "notes", clean(self.notes))
        if self.outcome.is_self_care and self.risk_analysis.shows_risk_of_harm:
            raise RiskOfHarm(self.risk_analysis.high_hazards())

    @property
    def allows_plan(self) -> bool:
        return self.outcome.is_self_care

    @property
    def consultation(self) -> Samrad:
        """The samråd as recorded, or an empty one."""
        return self.samrad if self.samrad is not None else Samrad()
