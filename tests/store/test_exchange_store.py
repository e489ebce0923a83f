"""The exchange's own tables read back as written (app/store/exchange.py): the identity, the
sequence of sent bundles, the history's limit, records by id, the audit head of an empty log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.models.person import Person
from app.services import persons
from app.services.workspace import Workspace
from app.store.database import create_store
from app.store.exchange import BundleRow, ExchangeStore, IdentityRow
from tests.factories import PASSPHRASE

MADE = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def test_identity_and_sequence_before_and_after_the_identity_is_made(ws: Workspace) -> None:
    ex = ExchangeStore(ws.store)
    assert ex.identity() is None  # a new database has none until the exchange makes one
    assert ex.sequence() == 0
    with ws.store.atomic():
        ex.set_identity(IdentityRow("Växjö kommun", "AGE-SECRET-KEY-1TEST", b"\x01\x02", MADE))
    assert ex.identity() == IdentityRow("Växjö kommun", "AGE-SECRET-KEY-1TEST", b"\x01\x02", MADE)
    assert ex.sequence() == 0
    with ws.store.atomic():
        ex.set_sequence(3)
        ex.set_sequence(2)  # never back: the partner would take bundle 3 for a replay
    assert ex.sequence() == 3


def test_the_history_shows_the_newest_200_bundles(ws: Workspace) -> None:
    ex = ExchangeStore(ws.store)
    with ws.store.atomic():
        for i in range(201):
            ex.add_bundle(
                BundleRow(f"b{i:03}", "sent", "fp", "Region", f"{i}.egvb", "00", MADE + timedelta(hours=i), {})
            )
    shown = ex.bundles()
    assert len(shown) == 200
    assert (shown[0].bundle_id, shown[-1].bundle_id) == ("b200", "b001")  # the oldest one left out


def test_records_by_id_finds_every_one_asked_for(ws: Workspace) -> None:
    a = persons.register(ws, "Anna", "Berg", "19850709-9805")
    b = persons.register(ws, "Britt", "Ek", "19850769-9802")
    found = ExchangeStore(ws.store).records("person", Person, [b.id, a.id, a.id, "no-such-id"])
    assert sorted(p.id for p in found) == sorted([a.id, b.id])


def test_the_audit_head_is_the_last_event(ws: Workspace) -> None:
    persons.register(ws, "Anna", "Berg", "19850709-9805")
    persons.register(ws, "Britt", "Ek", "19850769-9802")
    head = ws.audit.head()  # the audit module's own reading of the last event
    assert head.count >= 2 and ExchangeStore(ws.store).audit_head() == (head.count, head.hash)


def test_the_audit_head_of_an_empty_log(tmp_path: Path) -> None:
    store, _code = create_store(tmp_path / "tom.db", PASSPHRASE)
    try:
        assert store.scalar("SELECT count(*) FROM audit") == 0  # nothing done yet: nothing logged
        assert ExchangeStore(store).audit_head() == (0, "")
    finally:
        store.close()
