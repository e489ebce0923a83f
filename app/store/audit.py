"""The audit log: who did what to which person's record, when; append-only and hash-chained.

Triggers refuse UPDATE and DELETE. Each event's hash covers the one before, and the head of
the chain (last seq and hash) is kept in `meta` in the same transaction, so an edited,
removed or trailing-deleted row shows up in `verify()` as the first broken link.
"""

from __future__ import annotations

from app.models.audit import GENESIS, Action, AnchorCheck, AuditEvent, ChainCheck, Head
from app.models.common import now
from app.store.anchor import AnchorForged
from app.store.database import ANCHOR_FLAG, Store, anchor_state

_HEAD_KEY = "audit_head"


class AuditLog:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _head(self) -> tuple[int, str]:
        head = self.head()
        return head.count, head.hash

    # --- the read API the exchange uses to carry our head and keep partners' heads ----------
    def head(self) -> Head:
        """(count, hash) of the chain's last event; (0, GENESIS) for an empty log."""
        with self.store.guard():
            return self.store.audit_head()

    def hash_at(self, seq: int) -> str | None:
        """The hash of event `seq`, None if there is none: a head (n, h) is in this chain
        exactly when hash_at(n) == h."""
        with self.store.guard():
            return self.store.audit_hash_at(seq)

    def append(self, actor: str, action: Action, entity: str, entity_id: str, person_id: str = "") -> None:
        """Call inside the transaction of the change it records, so both land or neither."""
        self.append_many(actor, action, [(entity, entity_id, person_id)])

    def append_many(self, actor: str, action: Action, items: list[tuple[str, str, str]]) -> None:
        """Events (entity, entity_id, person_id) chained in one pass, e.g. for a bulk import."""
        seq, prev = self._head()
        at = now().isoformat()
        rows = []
        for entity, entity_id, person_id in items:
            seq += 1
            digest = AuditEvent.digest(seq, at, actor, action, entity, entity_id, person_id, prev)
            rows.append((seq, at, actor, str(action), entity, entity_id, person_id, prev, digest))
            prev = digest
        if not rows:
            return
        with self.store.guard():
            self.store.conn.executemany(
                "INSERT INTO audit (seq, at, actor, action, entity, entity_id, person_id, prev_hash, hash)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                rows,
            )
            self.store.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_HEAD_KEY, f"{seq}:{prev}"),
            )
        self.store.note_audit_grew()

    def check_anchor(self) -> AnchorCheck:
        with self.store.guard():
            chain = self.store.audit_head()
            try:
                anchored = self.store.read_anchor()
            except AnchorForged:
                return AnchorCheck("forged", chain)
            if anchored is None:
                flagged = self.store.scalar("SELECT 1 FROM meta WHERE key = ?", (ANCHOR_FLAG,))
                return AnchorCheck("missing" if flagged else "none", chain)
            return AnchorCheck(anchor_state(self.store, anchored) or "ok", chain, anchored)

    def events(self, person_id: str | None = None, limit: int = 200) -> list[AuditEvent]:
        where, params = ("WHERE person_id = ?", (person_id, limit)) if person_id else ("", (limit,))
        rows = self.store.query(f"SELECT * FROM audit {where} ORDER BY seq DESC LIMIT ?", params)
        return [AuditEvent(**{**r, "action": Action(r["action"])}) for r in rows]

    def verify(self) -> ChainCheck:
        prev_seq, prev_hash, count = 0, GENESIS, 0
        with self.store.guard():
            cur = self.store.conn.execute(
                "SELECT seq, at, actor, action, entity, entity_id, person_id, prev_hash, hash FROM audit ORDER BY seq"
            )
            for row in cur:
                event = AuditEvent(*row)
                count += 1
                if event.seq != prev_seq + 1:
                    return ChainCheck(False, count, prev_seq + 1, "missing")
                if event.prev_hash != prev_hash:
                    return ChainCheck(False, count, event.seq, "link")
                if event.recomputed() != event.hash:
                    return ChainCheck(False, count, event.seq, "altered")
                prev_seq, prev_hash = event.seq, event.hash
        head = self.store.scalar("SELECT value FROM meta WHERE key = ?", (_HEAD_KEY,))
        if (head or f"0:{GENESIS}") != f"{prev_seq}:{prev_hash}":
            return ChainCheck(False, count, prev_seq + 1, "missing")
        return ChainCheck(True, count)
