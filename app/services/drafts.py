"""Half-typed forms kept over a lock: stored inside the encrypted database (the settings in
`meta`), never in a file of their own, and offered again after the next unlock.

A draft is what a form had typed, not a record: it is not audited and no rule checks it; the
form it reopens in checks everything on "Spara" as always. What a draft may hold is bounded,
so a lock cannot write an unbounded amount into the database.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from app.models.common import new_id, now
from app.models.limits import TEXT_MAX
from app.services.workspace import Workspace

SETTING = "drafts"
MAX_DRAFTS = 20  # the newest are kept
MAX_BYTES = 40 * TEXT_MAX  # one draft's typed values, as JSON


@dataclass(frozen=True)
class Draft:
    kind: str  # which form: "deviation", "person", "plan_edit" (see app/ui/main/drafts.py)
    title: str  # the form's window title, shown in the question after unlock
    context: dict[str, Any]  # the ids the form is opened with again
    fields: list[Any]  # the typed values, in the form's own order (app/ui/drafts.py)
    id: str = field(default_factory=new_id)
    saved_at: datetime = field(default_factory=now)

    def plain(self) -> dict[str, Any]:
        return {**asdict(self), "saved_at": self.saved_at.isoformat()}

    @classmethod
    def from_plain(cls, value: dict[str, Any]) -> Draft:
        return cls(
            str(value["kind"]),
            str(value["title"]),
            dict(value["context"]),
            list(value["fields"]),
            str(value["id"]),
            datetime.fromisoformat(value["saved_at"]),
        )


def keep(ws: Workspace, drafts: list[Draft]) -> int:
    """Store drafts (on lock); returns how many were kept. A draft too large is left out."""
    fitting = [d for d in drafts if len(json.dumps(d.fields, ensure_ascii=False)) <= MAX_BYTES]
    with ws.store.atomic():  # one transaction, not audited: a draft is not a record
        stored = [*pending(ws), *fitting][-MAX_DRAFTS:]
        ws.repos.settings.set(SETTING, [d.plain() for d in stored])
    return len(fitting)


def pending(ws: Workspace) -> list[Draft]:
    """The drafts waiting, oldest first. One that cannot be read (an older format) is dropped."""
    out = []
    for value in ws.repos.settings.get(SETTING, []) or []:
        try:
            out.append(Draft.from_plain(value))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def discard(ws: Workspace, draft_id: str) -> None:
    """Taken up again or declined: either way it is gone from the database."""
    with ws.store.atomic():
        ws.repos.settings.set(SETTING, [d.plain() for d in pending(ws) if d.id != draft_id])
