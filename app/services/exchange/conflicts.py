"""Conflicts (both sides changed a record since the last common version): kept, shown side by
side, resolved by the user; and the writing of incoming records that import shares."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.exchange.plain import from_plain
from app.exchange.records import KINDS, record_key
from app.models.audit import Action
from app.models.common import to_plain
from app.models.roles import UseCase
from app.services.exchange.base import SignedVersionDiffers, UnknownConflict, _to_exchanged, _xs
from app.services.workspace import Workspace
from app.store.documents import Documents, StoredDocument
from app.store.exchange import ConflictRow, ExchangeStore


@dataclass(frozen=True)
class Conflict:
    """Both versions side by side; `local` and `incoming` are plain JSON-ready dicts."""

    id: str
    kind: str
    key: str
    person_name: str
    local: dict[str, Any] | None
    incoming: dict[str, Any]

    def differing(self) -> list[tuple[str, Any, Any]]:
        local = self.local or {}
        return [(k, local.get(k), v) for k, v in self.incoming.items() if local.get(k) != v]


def _local(xs: ExchangeStore, kind: str, records: Sequence[Any]) -> dict[str, Any]:
    ids = [r.id for r in records]
    if not ids:
        return {}
    if kind == "document":
        return {d.id: _to_exchanged(d) for d in xs.documents_by_id(ids)}
    return {record_key(kind, r): r for r in xs.records(kind, KINDS[kind][0], ids)}


def _may_update(kind: str, mine: Any, theirs: Any) -> bool:
    """A signed plan version or a sealed PDF never changes content: only status may move on.
    A hand-over is the record of an agreement: never changed (its table refuses updates)."""
    if kind in ("document", "handover"):
        return False
    if kind in ("plan", "intyg"):
        return mine.may_become(theirs)  # the record's own rule (models), as the trigger's
    return True


def _write(ws: Workspace, kind: str, records: Sequence[Any], update: bool) -> None:
    if not records:
        return
    if kind == "document":
        docs = Documents(ws.store)
        for d in records:
            docs.add(
                StoredDocument(
                    d.plan_id,
                    d.plan_version,
                    d.person_id,
                    d.kind,
                    d.sha256,
                    d.fingerprint,
                    d.signer,
                    d.certificate_sha256,
                    d.pdf,
                    len(d.pdf),
                    d.id,
                    d.created_at,
                )
            )
        return
    repo = getattr(ws.repos, KINDS[kind][1])
    if update:
        for r in records:
            repo.save(r)
    else:
        repo.add_many(records)


def _plain(kind: str, record: Any) -> dict[str, Any]:
    data = record.metadata() if kind == "document" else record
    plain = to_plain(data)
    if kind == "person" and record.protected_identity:  # masked on screen as in every list
        plain["number"] = record.number.masked
    return plain


def _stored(kind: str, record: Any) -> dict[str, Any]:
    """A conflicting incoming record kept for later: plain JSON (a PDF travels as hex)."""
    plain = to_plain(record.metadata() if kind == "document" else record)
    if kind == "document":
        plain["pdf"] = record.pdf.hex()
    return plain


def _revive(kind: str, plain: dict[str, Any]) -> Any:
    if kind == "document":
        plain = {**plain, "pdf": bytes.fromhex(plain["pdf"])}
    return from_plain(KINDS[kind][0], plain)


def open_conflicts(ws: Workspace) -> list[Conflict]:
    xs = _xs(ws)
    out = []
    for row in xs.open_conflicts():
        incoming = _revive(row.kind, row.incoming)
        mine = _local(xs, row.kind, [incoming]).get(row.record_key)
        person = xs.records("person", KINDS["person"][0], [row.person_id]) if row.person_id else []
        out.append(
            Conflict(
                row.id,
                row.kind,
                row.record_key,
                person[0].name if person else "",
                _plain(row.kind, mine) if mine else None,
                _plain(row.kind, incoming),
            )
        )
    return out


def resolve_conflict(ws: Workspace, conflict_id: str, take_incoming: bool) -> None:
    """The user's decision: keep ours, or take theirs. Either way, theirs becomes the last common
    version, so ours (if kept) goes to them as an update next time."""
    ws.require(UseCase.RESOLVE_CONFLICT)
    xs = _xs(ws)
    row: ConflictRow | None = xs.conflict(conflict_id)
    if row is None or row.resolved:
        raise UnknownConflict(ident=conflict_id)
    incoming = _revive(row.kind, row.incoming)
    mine = _local(xs, row.kind, [incoming]).get(row.record_key)
    if take_incoming and mine is not None and not _may_update(row.kind, mine, incoming):
        raise SignedVersionDiffers()
    with ws.write(
        Action.IMPORT if take_incoming else Action.UPDATE, f"conflict:{row.kind}", row.record_key, row.person_id
    ):
        if take_incoming:
            _write(ws, row.kind, [incoming], update=mine is not None)
        xs.set_sync(row.partner, [(row.kind, row.record_key, row.incoming_hash)])
        xs.resolve_conflict(conflict_id, "incoming" if take_incoming else "local")
