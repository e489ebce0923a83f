"""What a job changed, so that every open view can decide itself whether to read again.

The workspace notes each write's record kind, id and person as the audit event is written (the
one thing every write does, `ws.write` or a bulk import alike); the database worker takes the
notes after each job and broadcasts them as one `Changes` (Anki's OpChanges, in spirit).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.models.audit import Action

# Events that record a look or a copy out, not a change of any record a view shows.
NOT_A_CHANGE = frozenset({Action.READ, Action.PRINT, Action.BACKUP})


@dataclass(frozen=True)
class Changes:
    """Record kinds and ids a job wrote, and whose records they were."""

    entities: frozenset[tuple[str, str]] = frozenset()  # (kind, id), e.g. ("plan", "…")
    persons: frozenset[str] = frozenset()

    @classmethod
    def of(cls, events: Iterable[tuple[str, str, str]]) -> Changes:
        """From audit-style events (kind, id, person id)."""
        items = list(events)
        return cls(frozenset((k, i) for k, i, _p in items), frozenset(p for _k, _i, p in items if p))

    def __bool__(self) -> bool:
        return bool(self.entities or self.persons)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(kind for kind, _id in self.entities)

    def touches(self, kind: str, ident: str | None = None) -> bool:
        if ident is None:
            return kind in self.kinds
        return (kind, ident) in self.entities

    def touches_person(self, person_id: str) -> bool:
        return person_id in self.persons

    def merged(self, other: Changes) -> Changes:
        return Changes(self.entities | other.entities, self.persons | other.persons)
