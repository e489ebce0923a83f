"""Audit events: append-only and hash-chained, so an edit or deletion shows as a broken link."""

from __future__ import annotations

import hashlib
import json
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
