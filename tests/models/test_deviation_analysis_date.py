"""The day of a deviation's joint event analysis (Uppföljning's `days_to_analysis` counts it)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.errors import ValidationError
from app.models.deviation import Deviation


def test_the_analysis_cannot_be_dated_before_the_event() -> None:
    with pytest.raises(ValidationError) as caught:
        Deviation("p", datetime(2026, 3, 2, 10, tzinfo=UTC), "Skolan", "Glömd dos", "Eva",
                  event_analysis="Gjord", event_analysis_on=date(2026, 3, 1))  # fmt: skip
    assert caught.value.field == "event_analysis_on"
    assert "före händelsen" in str(caught.value)


def test_the_analysis_may_be_dated_the_day_of_the_event_or_later() -> None:
    same_day = Deviation("p", datetime(2026, 3, 2, 10, tzinfo=UTC), "Skolan", "Glömd dos", "Eva",
                         event_analysis="Gjord", event_analysis_on=date(2026, 3, 2))  # fmt: skip
    assert same_day.event_analysis_on == date(2026, 3, 2)
    assert Deviation("p", datetime(2026, 3, 2, tzinfo=UTC), "Skolan", "Glömd dos", "Eva").event_analysis_on is None
