"""Every bundle carries the sender's signed audit head; the receiver holds each partner's next
head against the last one and flags a log that does not extend it (preview and audit event)."""

from __future__ import annotations

import pytest

from app.models.audit import GENESIS, AuditEvent
from app.services import exchange as ex
from app.services import persons
from app.services.workspace import Workspace
from app.store.exchange import ExchangeStore
from tests.factories import Pair


def _head(ws: Workspace) -> tuple[int, str]:
    return ExchangeStore(ws.store).audit_head()


def _cut(ws: Workspace, keep: int) -> None:
    """What someone holding the database key can do: drop the guard and delete the tail."""
    conn = ws.store.conn
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE seq > ?", (keep,))
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    head = f"{row[0]}:{row[1]}" if row else f"0:{GENESIS}"
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (head,))


def _rewrite(ws: Workspace, seq: int) -> None:
    """Edit one event and compute every later hash again, so the chain itself stays whole."""
    conn = ws.store.conn
    conn.execute("DROP TRIGGER audit_no_update")
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, person_id, prev_hash, hash FROM audit ORDER BY seq"
    ).fetchall()
    prev = GENESIS
    for r in rows:
        actor = "Någon annan" if r[0] == seq else r[2]
        digest = AuditEvent.digest(r[0], r[1], actor, r[3], r[4], r[5], r[6], prev)
        conn.execute("UPDATE audit SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?", (actor, prev, digest, r[0]))
        prev = digest
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{rows[-1][0]}:{prev}",))
    assert ws.audit.verify().ok  # the log checks out on its own: only the partner can tell


def _first_then_changed(pair: Pair) -> int:
    """Bundle 1 read by the receiver; then the sender changes a person. The count bundle 1 showed."""
    shown = _head(pair.a)[0]
    ex.import_bundle(pair.b, pair.bundle("1.egvb"))
    shared = ex.consented_persons(pair.a, [p.id for p in pair.a.repos.persons.all()])
    someone = pair.a.repos.persons.get(sorted(shared)[0])
    persons.edit(pair.a, someone, unit="Nya enheten")
    return shown


def test_a_log_that_grew_raises_nothing_and_its_head_is_kept(pair: Pair) -> None:
    _first_then_changed(pair)
    head = _head(pair.a)
    incoming, prev = ex.read_and_preview(pair.b, pair.bundle("2.egvb", since_last=True))
    assert prev.notices == ()
    ex.apply(pair.b, incoming, prev)
    kept = ExchangeStore(pair.b.store).peer(incoming.sender.fingerprint)
    assert (kept.audit_count, kept.audit_hash, kept.last_sequence) == (head[0], head[1], 2)
    assert not [e for e in pair.b.audit.events(limit=500) if e.entity == "exchange_audit_head_mismatch"]


@pytest.mark.parametrize("how", ["tail", "everything"])
def test_a_cut_log_is_flagged(pair: Pair, how: str) -> None:
    shown = _first_then_changed(pair)
    _cut(pair.a, shown - 3 if how == "tail" else 0)
    now = _head(pair.a)[0]
    incoming, prev = ex.read_and_preview(pair.b, pair.bundle("2.egvb", since_last=True))
    assert prev.notices == (
        f"Region Kronobergs granskningslogg har {now} händelser, färre än de {shown} som förra paketet visade: "
        "loggen har kortats.",
    )
    ex.apply(pair.b, incoming, prev)
    flagged = [e for e in pair.b.audit.events(limit=500) if e.entity == "exchange_audit_head_mismatch"]
    assert [e.entity_id for e in flagged] == [incoming.sender.fingerprint]


def test_a_rewritten_log_is_flagged(pair: Pair) -> None:
    shown = _first_then_changed(pair)
    _rewrite(pair.a, 2)
    incoming, prev = ex.read_and_preview(pair.b, pair.bundle("2.egvb", since_last=True))
    assert prev.notices == (
        f"Region Kronobergs granskningslogg bygger inte vidare på den som förra paketet visade: händelse {shown} "
        "har ändrats eller tagits bort.",
    )
    ex.apply(pair.b, incoming, prev)
    assert [e.entity for e in pair.b.audit.events(limit=500) if e.entity == "exchange_audit_head_mismatch"] == [
        "exchange_audit_head_mismatch"
    ]
