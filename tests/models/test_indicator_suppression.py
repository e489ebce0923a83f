"""The small-count rule (Socialstyrelsen): counts 1–4 as "<5", shares over fewer than 30 hidden."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.models.indicators import DEFAULT_RULE, Figure, Kind, Period, SuppressionRule, count_text, value_text


def fig(kind: Kind, num: int | None, den: int | None, value: float | None) -> Figure:
    return Figure("x", "", "Alla", kind, num, den, value)


def test_counts_from_one_to_four_are_hidden_zero_and_five_are_not() -> None:
    for n in (1, 2, 3, 4):
        hidden = DEFAULT_RULE.apply(fig(Kind.COUNT, n, None, float(n)))
        assert hidden.suppressed and hidden.numerator is None and hidden.value is None
        assert count_text(hidden, "numerator") == "<5"
    for n in (0, 5, 31):
        shown = DEFAULT_RULE.apply(fig(Kind.COUNT, n, None, float(n)))
        assert not shown.suppressed and shown.numerator == n
        assert count_text(shown, "numerator") == str(n)


def test_a_share_over_fewer_than_thirty_is_hidden() -> None:
    small = DEFAULT_RULE.apply(fig(Kind.SHARE, 10, 29, 10 / 29))
    assert small.value is None and small.numerator == 10 and small.denominator == 29
    assert value_text(small) == "–"
    enough = DEFAULT_RULE.apply(fig(Kind.SHARE, 12, 30, 0.4))
    assert not enough.suppressed and value_text(enough) == "40,0 %"


def test_a_share_whose_numerator_is_small_is_hidden_with_it() -> None:
    # 3 of 200 shown as 1.5 % would give the 3 back
    out = DEFAULT_RULE.apply(fig(Kind.SHARE, 3, 200, 0.015))
    assert out.numerator is None and out.value is None and out.denominator == 200
    assert out.hidden == {"numerator", "value"}


def test_a_small_denominator_is_hidden_too() -> None:
    out = DEFAULT_RULE.apply(fig(Kind.SHARE, 0, 4, 0.0))
    assert out.denominator is None and out.value is None and out.numerator == 0


def test_a_median_over_few_is_hidden() -> None:
    out = DEFAULT_RULE.apply(fig(Kind.MEDIAN, None, 12, 60.0))
    assert out.value is None and out.denominator == 12
    assert not DEFAULT_RULE.apply(fig(Kind.MEDIAN, None, 30, 60.0)).suppressed


def test_the_limits_can_be_changed_and_are_said_in_words() -> None:
    rule = SuppressionRule(min_count=3, min_denominator=10)
    assert rule.apply(fig(Kind.COUNT, 3, None, 3.0)).numerator == 3
    assert rule.apply(fig(Kind.COUNT, 2, None, 2.0)).numerator is None
    assert "1 till 2" in rule.text_sv and "under 10" in rule.text_sv


def test_a_period_of_one_day_is_a_period_and_one_ending_before_it_starts_is_not() -> None:
    assert Period(date(2026, 5, 1), date(2026, 5, 1)).text == "2026-05-01 – 2026-05-01"
    with pytest.raises(ValidationError) as refused:
        Period(date(2026, 5, 2), date(2026, 5, 1))
    assert str(refused.value) == "Periodens slutdatum ligger före startdatumet."
