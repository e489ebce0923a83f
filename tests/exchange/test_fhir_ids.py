"""Resource ids derived from records are uuid5 in our namespace: the written-out `uid` must give
what `uuid.uuid5` gives, or every derived id (plan versions, practitioners) would change and a
partner's second load would duplicate instead of update."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from app.exchange.fhir_kinds import uid

_NS = uuid.UUID("6f1c9a52-0d7e-4f4e-9a55-3c1f0e2b7a10")


def test_known_ids_stay() -> None:
    """Written down from the version before the change (uuid.uuid5 itself)."""
    assert uid("plan", "p-1", "2") == "4761a8f4-c153-51bf-a04e-6cba4635ec58"


@given(st.lists(st.text(), min_size=1, max_size=3))
def test_uid_is_uuid5(parts: list[str]) -> None:
    text = "\x1f".join(parts)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: never a record's text
        return
    assert uid(*parts) == str(uuid.uuid5(_NS, text))
