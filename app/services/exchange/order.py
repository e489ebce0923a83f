"""Bundles that never go backwards, and audit logs that must only grow.

Every bundle carries, in its signed manifest, the sender's sequence number (one more than the
last bundle it made, to anyone) and its audit head: the count and hash of its audit log's last
event, plus the hash it has now at each count it sent this recipient before ("checkpoints").
The receiver keeps per partner the highest sequence taken and the head last received:
- a bundle with a lower sequence is older than one already read: it changes nothing;
- a head whose log does not extend the one received before (fewer events, or a different hash
  at the count received before) is flagged: a warning in the preview and an audit event.
Bundles without these fields (a third-party system, an older Egenvårdsstöd) are read as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.exchange import errors
from app.i18n import pick
from app.services.exchange.base import _xs
from app.services.workspace import Workspace
from app.store.exchange import PeerRow

KEEP_SENT = 32  # checkpoints kept per partner: bundles sent since the partner last read one


@dataclass(frozen=True)
class Head:
    count: int
    hash: str
    checkpoints: Mapping[int, str]


@dataclass(frozen=True)
class Order:
    """Where an incoming bundle stands among the sender's bundles."""

    sequence: int | None
    last_sequence: int
    head: Head | None
    older: bool
    audit_problem: str = ""  # a sentence when the sender's log does not extend the one seen before


def outgoing(ws: Workspace, partner_key: str) -> tuple[int, dict[str, Any]]:
    """The next sequence number and the manifest fields for a bundle to `partner_key`."""
    xs = _xs(ws)
    count, digest = xs.audit_head()
    sent = xs.peer(partner_key).sent_heads
    now_at = xs.audit_hashes_at([c for c, _h in sent])
    checkpoints = [[c, now_at.get(c, "")] for c, _h in sent if c <= count]
    seq = xs.sequence() + 1
    return seq, {"sequence": seq, "audit_head": {"count": count, "hash": digest, "checkpoints": checkpoints}}


def remember_sent(ws: Workspace, partner_key: str, fields: dict[str, Any]) -> None:
    """In the export's transaction: the sequence is used, the head is one the partner may hold."""
    xs = _xs(ws)
    xs.set_sequence(int(fields["sequence"]))
    head = fields["audit_head"]
    peer = xs.peer(partner_key)
    sent = (*(h for h in peer.sent_heads if h[0] != head["count"]), (head["count"], head["hash"]))
    xs.save_peer(replace(peer, sent_heads=sent[-KEEP_SENT:]))


def _head(manifest: Mapping[str, Any], path: Path) -> tuple[int | None, Head | None]:
    seq, head = manifest.get("sequence"), manifest.get("audit_head")
    bad = errors.NotABundle(path=path, detail=("ogiltig innehållsförteckning", "invalid manifest"))
    if seq is not None and (type(seq) is not int or seq < 1):
        raise bad
    if head is None:
        return seq, None
    try:
        count, digest, marks = head["count"], head["hash"], head["checkpoints"]
        if type(count) is not int or count < 0 or not isinstance(digest, str) or len(marks) > KEEP_SENT:
            raise bad
        points = {int(c): str(h) for c, h in marks if type(c) is int and isinstance(h, str)}
        if len(points) != len(marks):
            raise bad
    except (KeyError, TypeError, ValueError):
        raise bad from None
    return seq, Head(count, digest, points)


def incoming(ws: Workspace, partner: str, name: str, manifest: Mapping[str, Any], path: Path) -> Order:
    xs = _xs(ws)
    seq, head = _head(manifest, path)
    peer = xs.peer(partner)
    older = seq is not None and seq < peer.last_sequence
    problem = "" if older or head is None else _extends(peer, head, name)
    return Order(seq, peer.last_sequence, head, older, problem)


def _extends(peer: PeerRow, head: Head, name: str) -> str:
    """'' when `head` extends the head last received from this partner, else what is wrong."""
    if peer.audit_count is None:
        return ""  # the first head from this partner: nothing to hold it against
    before, digest = peer.audit_count, peer.audit_hash or ""
    if head.count < before:
        return pick(
            f"{name}s granskningslogg har {head.count} händelser, färre än de {before} som förra paketet visade: "
            "loggen har kortats.",
            f"The audit log of {name} has {head.count} events, fewer than the {before} the previous bundle showed: "
            "the log was cut short.",
        )
    now_at = head.hash if head.count == before else head.checkpoints.get(before)
    if now_at is None:
        return pick(
            f"{name}s granskningslogg kan inte hållas mot den som förra paketet visade (kontrollpunkten saknas).",
            f"The audit log of {name} cannot be held against the one the previous bundle showed (no checkpoint).",
        )
    if now_at != digest:
        return pick(
            f"{name}s granskningslogg bygger inte vidare på den som förra paketet visade: händelse {before} har "
            "ändrats eller tagits bort.",
            f"The audit log of {name} does not extend the one the previous bundle showed: event {before} was "
            "changed or removed.",
        )
    return ""


def older_text(name: str, order: Order) -> str:
    return pick(
        f"Paketet är äldre än ett redan inläst paket från {name} (nummer {order.sequence}, redan inläst "
        f"{order.last_sequence}) – inget ändras.",
        f"The bundle is older than one already read from {name} (number {order.sequence}, already read "
        f"{order.last_sequence}) – nothing changes.",
    )


def remember_received(ws: Workspace, partner: str, bundle_id: str, order: Order) -> None:
    """In the import's transaction. An older bundle moves nothing back."""
    xs = _xs(ws)
    if order.older:
        return
    peer = xs.peer(partner)
    seq = max(peer.last_sequence, order.sequence or 0)
    count, digest = (order.head.count, order.head.hash) if order.head else (peer.audit_count, peer.audit_hash)
    xs.save_peer(replace(peer, last_sequence=seq, last_bundle=bundle_id, audit_count=count, audit_hash=digest))
