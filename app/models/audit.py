"""Audit events: append-only and hash-chained, so an edit or deletion shows as a broken link."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

GENESIS = "0" * 64


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    READ = "read"
    SIGN = "sign"
    VOID = "void"
    EXPORT = "export"
    IMPORT = "import"
    PRINT = "print"
    BACKUP = "backup"
    RESTORE = "restore"
    KEY_CHANGE = "key_change"
    REPAIR = "repair"  # protection of the records restored (audit verify)


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str  # ISO 8601 UTC
    actor: str
    action: Action
    entity: str  # table / record kind
    entity_id: str
    person_id: str
    prev_hash: str
    hash: str

    @staticmethod
    def digest(
        seq: int, at: str, actor: str, action: str, entity: str, entity_id: str, person_id: str, prev_hash: str
    ) -> str:
        """Hash of one event chained to the one before; canonical JSON so it is stable."""
        body = json.dumps(
            [seq, at, actor, str(action), entity, entity_id, person_id, prev_hash],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        return hashlib.sha256(body.encode("utf-8")).hexdigest()

    def recomputed(self) -> str:
        return self.digest(
            self.seq, self.at, self.actor, self.action, self.entity, self.entity_id, self.person_id, self.prev_hash
        )


# --- what a check of the chain finds (the store computes these; services and the CLI read them) ---


@dataclass(frozen=True)
class Head:
    count: int
    hash: str

    @property
    def empty(self) -> bool:
        return self.count == 0

    def __iter__(self) -> Iterator[int | str]:
        """`count, digest = log.head()`, as the exchange reads it."""
        return iter((self.count, self.hash))


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    events: int
    broken_at: int | None = None  # seq of the first event that does not fit
    reason: str = ""


@dataclass(frozen=True)
class AnchorCheck:
    """The chain against its anchor outside the database (anchor.py).

    state: "ok"; "shortened" (events at the end are gone, or the whole log); "rewritten"
    (the anchored event is not what it was: edited and re-chained); "ahead" (events that no
    commit of the program anchored: appended outside it); "forged" (the anchor file does not
    authenticate under this database's key); "missing" (the database had an anchor file,
    now there is none); "none" (never anchored: a read-only copy of an older database).
    """

    state: str
    chain: Head
    anchored: Head | None = None
