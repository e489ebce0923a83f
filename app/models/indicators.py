"""Uppföljning: the follow-up indicators' shapes and the small-count rule (issue 12).

What an indicator is (id, names, definition, kind, breakdowns) and what one figure is; the SQL
behind each is in `app/store/indicators.py`, the registry that joins them in
`app/services/indicators.py`. The suppression rule lives here, in one place: every output that
leaves the organisation (PDF, spreadsheet, JSON, MeasureReport) passes its figures through
`SuppressionRule.apply`; the window shows the exact ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from app.errors import ValidationError


class Kind(StrEnum):
    COUNT = "count"  # numerator only; value = numerator
    SHARE = "share"  # numerator / denominator, value in 0..1
    MEDIAN = "median"  # value = median days; denominator = how many it is the median of


class Breakdown(StrEnum):
    NONE = "none"
    ORGANISATION = "organisation"
    UNIT = "unit"
    SETTING = "setting"
    MEASURE = "measure"
    PROFESSION = "profession"


BREAKDOWN_LABELS_SV = {
    Breakdown.NONE: "Ingen uppdelning",
    Breakdown.ORGANISATION: "Organisation",
    Breakdown.UNIT: "Enhet",
    Breakdown.SETTING: "Verksamhet",
    Breakdown.MEASURE: "Insats",
    Breakdown.PROFESSION: "Profession",
}
BREAKDOWN_LABELS_EN = {
    Breakdown.NONE: "No breakdown",
    Breakdown.ORGANISATION: "Organisation",
    Breakdown.UNIT: "Unit",
    Breakdown.SETTING: "Setting",
    Breakdown.MEASURE: "Measure",
    Breakdown.PROFESSION: "Profession",
}


@dataclass(frozen=True)
class Period:
    """From and to, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                "Periodens slutdatum ligger före startdatumet.",
                "The period's end date is before its start date.",
                "period",
            )

    @property
    def text(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


@dataclass(frozen=True)
class Indicator:
    """One entry of the registry. `query` names the SQL in `app.store.indicators.QUERIES`;
    an indicator whose records come with another issue has `query=""` and says why in `todo`."""

    id: str
    name_sv: str
    name_en: str
    definition_sv: str
    definition_en: str
    kind: Kind
    query: str
    breakdowns: frozenset[Breakdown] = frozenset()
    dimension_sv: str = ""  # a fixed grouping of its own (kind of deviation, law): its name
    dimension_en: str = ""
    todo: str = ""

    @property
    def computed(self) -> bool:
        return bool(self.query)


@dataclass(frozen=True)
class Figure:
    """One indicator for one group. `hidden` names the fields a suppression rule hid; a
    figure with any hidden field is `suppressed`."""

    indicator: str
    group: str  # the key as stored ("" = not recorded); the label is for people
    label: str
    kind: Kind
    numerator: int | None
    denominator: int | None
    value: float | None
    hidden: frozenset[str] = frozenset()

    @property
    def suppressed(self) -> bool:
        return bool(self.hidden)


LESS_THAN = "<5"
HIDDEN = "–"


@dataclass(frozen=True)
class SuppressionRule:
    """Socialstyrelsen's rule for small counts: a count from 1 to `min_count - 1` is shown as
    "<5", and a share (or median) over fewer than `min_denominator` is not shown. A share whose
    numerator is hidden is hidden too: with the denominator shown it would give the count back."""

    min_count: int = 5
    min_denominator: int = 30

    def small(self, n: int | None) -> bool:
        return n is not None and 0 < n < self.min_count

    def apply(self, figure: Figure) -> Figure:
        hidden: set[str] = set()
        if self.small(figure.numerator):
            hidden |= {"numerator", "value"}
        if self.small(figure.denominator):
            hidden.add("denominator")
        if figure.kind is not Kind.COUNT and (figure.denominator or 0) < self.min_denominator:
            hidden.add("value")
        if not hidden:
            return figure
        return replace(
            figure,
            numerator=None if "numerator" in hidden else figure.numerator,
            denominator=None if "denominator" in hidden else figure.denominator,
            value=None if "value" in hidden else figure.value,
            hidden=frozenset(hidden),
        )

    @property
    def text_sv(self) -> str:
        return (
            f"Antal från 1 till {self.min_count - 1} visas som ”<{self.min_count}”. Andelar och medianer "
            f"med en nämnare under {self.min_denominator} visas inte (”{HIDDEN}”), inte heller en andel "
            "vars täljare är dold."
        )

    @property
    def text_en(self) -> str:
        return (
            f"Counts from 1 to {self.min_count - 1} are shown as “<{self.min_count}”. Shares and medians "
            f"over fewer than {self.min_denominator} are not shown (“{HIDDEN}”), nor a share whose "
            "numerator is hidden."
        )


DEFAULT_RULE = SuppressionRule()


def count_text(figure: Figure, name: str, rule: SuppressionRule = DEFAULT_RULE) -> str:
    """A count field as printed: the number, "<5" when the rule hid it, "" when there is none."""
    if name in figure.hidden:
        return f"<{rule.min_count}"
    n = getattr(figure, name)
    return "" if n is None else str(n)


def value_text(figure: Figure) -> str:
    """The value as printed: a share in per cent with one decimal, a median in days."""
    if "value" in figure.hidden:
        return HIDDEN
    if figure.value is None:
        return ""
    if figure.kind is Kind.SHARE:
        return f"{figure.value * 100:.1f} %".replace(".", ",")
    if figure.kind is Kind.MEDIAN:
        return f"{figure.value:g} d".replace(".", ",")
    return str(int(figure.value))


@dataclass(frozen=True)
class Report:
    """Figures of every computed indicator for one period and breakdown."""

    period: Period
    breakdown: Breakdown
    figures: tuple[Figure, ...]
    organisation: str = ""
    rule: SuppressionRule | None = None  # None: exact figures (inside the organisation)
    pending: tuple[str, ...] = field(default_factory=tuple)

    def of(self, indicator_id: str) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.indicator == indicator_id)
