"""The store's own arithmetic for the indicators, with expected values worked out by hand: how a
period splits into month rows and day rows of `indicator_counts`, and the median of counted days."""

from __future__ import annotations

from datetime import date

import pytest

from app.store.indicators import _median, spans


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # Whole months only: one month row.
        (date(2026, 1, 1), date(2026, 3, 31), [("m", "2026-01", "2026-03")]),
        # February ends on the 28th in 2026 ...
        (date(2026, 2, 1), date(2026, 2, 28), [("m", "2026-02", "2026-02")]),
        # ... and on the 29th in 2024: the 28th leaves the month broken, so day rows.
        (date(2024, 2, 1), date(2024, 2, 28), [("d", "2024-02-01", "2024-02-28")]),
        # Broken months at both edges: the whole month inside, the edge days as day rows.
        (
            date(2026, 1, 15),
            date(2026, 3, 10),
            [("m", "2026-02", "2026-02"), ("d", "2026-01-15", "2026-01-31"), ("d", "2026-03-01", "2026-03-10")],
        ),
        # Starts on the first, ends inside a month.
        (date(2026, 4, 1), date(2026, 5, 3), [("m", "2026-04", "2026-04"), ("d", "2026-05-01", "2026-05-03")]),
        # Ends on a month's last day, starts inside one; across a year.
        (date(2025, 12, 30), date(2026, 1, 31), [("m", "2026-01", "2026-01"), ("d", "2025-12-30", "2025-12-31")]),
        # Inside one month: day rows only; one day is one row.
        (date(2026, 6, 10), date(2026, 6, 20), [("d", "2026-06-10", "2026-06-20")]),
        (date(2026, 6, 10), date(2026, 6, 10), [("d", "2026-06-10", "2026-06-10")]),
        # An end before the start: nothing.
        (date(2026, 3, 1), date(2026, 2, 28), []),
    ],
)
def test_a_period_splits_into_month_rows_and_edge_days(start: date, end: date, expected: list) -> None:
    assert spans(start, end) == expected


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ({7.0: 1}, 7.0),
        ({7.0: 4}, 7.0),
        ({3.0: 1, 5.0: 1}, 4.0),  # even count: the middle two averaged
        ({1.0: 1, 2.0: 1, 10.0: 1}, 2.0),  # odd count: the middle one, not an average with 10
        ({1.0: 2, 9.0: 1}, 1.0),
        ({9.0: 1, 1.0: 1, 5.0: 2}, 5.0),  # given in any order
        ({2.0: 1, 4.0: 1, 6.0: 1, 100.0: 1}, 5.0),
    ],
)
def test_the_median_of_counted_days(days: dict[float, int], expected: float) -> None:
    assert _median(days) == expected
