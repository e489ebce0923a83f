"""Every record kind that travels has exactly one FHIR writer and one reader (tables, not an
`if kind ==` chain): a kind added to the bundle without both fails here, not in a partner's import."""

from __future__ import annotations

from app.exchange.fhir_kinds import READERS, WRITERS
from app.exchange.records import KINDS

TRAVELLING = {
    "person",
    "assessment",
    "plan",
    "review",
    "copy",
    "sip_link",
    "deviation",
    "document",
    "handover",
    "intyg",
}


def test_each_kind_has_a_writer_and_a_reader() -> None:
    assert set(KINDS) == TRAVELLING
    assert set(WRITERS) == TRAVELLING
    assert set(READERS) == TRAVELLING
