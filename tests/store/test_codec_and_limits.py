"""Round trips through the row codec, property-tested; a full disk loses nothing committed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from personnummer import personnummer as pnr

from app.errors import ValidationError
from app.models.identity import PersonalNumber
from app.services import demo, persons
from app.services.demo import Generator
from app.services.workspace import Workspace
from app.store.codec import from_row, to_row
from app.store.errors import DiskFull


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789-+ ", min_size=0, max_size=14))
def test_parse_agrees_with_the_personnummer_package(text: str) -> None:
    try:
        parsed = PersonalNumber.parse(text)
    except ValidationError:
        assert not pnr.valid(text.strip().replace(" ", ""))
    else:
        assert pnr.valid(parsed.digits)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=10_000))
def test_every_generated_record_round_trips(seed: int) -> None:
    batch = Generator(seed, date(2026, 11, 22)).build(3)
    for name in batch.__dataclass_fields__:
        for record in getattr(batch, name):
            assert from_row(type(record), to_row(record)) == record


def test_full_disk_is_a_clear_error_and_loses_nothing(ws: Workspace) -> None:
    kept = persons.register(ws, "Före", "Fullt", "19850709-9805")
    pages = ws.store.scalar("PRAGMA page_count")
    ws.store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's own "disk is full"
    with pytest.raises(DiskFull, match="Disken är full"):
        demo.fill(ws, persons=200, seed=4)
    assert [p.id for p in persons.all_persons(ws)] == [kept.id]
    assert ws.audit.verify().ok
    ws.store.conn.execute("PRAGMA max_page_count = 1073741823")
    demo.fill(ws, persons=5, seed=4)  # after space is freed, work goes on
    assert len(persons.all_persons(ws)) == 6
