"""Import as read → preview → apply.

`read_bundle` decrypts and checks everything (signature, trust, hashes, FHIR, domain rules,
references) without writing; `preview` sorts every record into new / updated / conflict /
unchanged; `apply` writes the new and updated ones in one transaction with audit events and
keeps conflicts for the user.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.exchange import container, errors, fhir, fhir_kinds
from app.exchange.identity import OrgIdentity, PublicIdentity
from app.exchange.records import KINDS, RecordSet, person_of, record_key
from app.i18n import pick
from app.models.audit import Action
from app.models.common import now
from app.models.plan import Plan
from app.models.roles import UseCase
from app.services.exchange import measures, order
from app.services.exchange.base import (
    READ_STEPS,
    CannotReadFile,
    IsCancelled,
    Progress,
    _bulk,
    _step,
    _xs,
    content_hash,
)
from app.services.exchange.conflicts import Conflict, _local, _may_update, _plain, _stored, _write
from app.services.exchange.identity import ensure_identity
from app.services.exchange.order import Order
from app.services.exchange.rules import check_rules
from app.services.workspace import Workspace
from app.store.exchange import BundleRow, ExchangeStore, new_conflict


@dataclass(frozen=True)
class Incoming:
    """A bundle that passed every check; nothing has been written yet."""

    path: Path
    opened: container.Opened
    records: RecordSet

    @property
    def sender(self) -> PublicIdentity:
        return self.opened.sender

    @property
    def bundle_id(self) -> str:
        return self.opened.bundle_id


@dataclass(frozen=True)
class Change:
    kind: str
    key: str
    person_id: str
    status: str  # "new" | "updated" | "conflict" | "unchanged"
    incoming: Any
    incoming_hash: str
    local: Any = None
    local_newer: bool = False  # unchanged because ours is newer than the last common version
    older: bool = False  # unchanged because it is a version already exchanged and left behind

    @property
    def note(self) -> str:
        return pick("äldre version, hoppas över", "older version, skipped") if self.older else ""


@dataclass(frozen=True)
class Preview:
    bundle_id: str
    sender: PublicIdentity
    changes: tuple[Change, ...]
    names: dict[str, str] = field(default_factory=dict)  # person id → name, for display
    order: Order | None = None
    # Sentences the user must read before importing: an older bundle, an audit log that does
    # not extend the one seen before.
    notices: tuple[str, ...] = ()

    def of(self, status: str) -> list[Change]:
        return [c for c in self.changes if c.status == status]

    def counts(self) -> dict[str, int]:
        found = Counter(c.status for c in self.changes)
        return {s: found[s] for s in ("new", "updated", "conflict", "unchanged")}

    def older(self) -> int:
        """How many of the unchanged are older versions, skipped."""
        return sum(1 for c in self.changes if c.older)


@dataclass(frozen=True)
class ImportResult:
    bundle_id: str
    sender: PublicIdentity
    counts: dict[str, int]
    conflicts: tuple[Conflict, ...]


def _trust(ws: Workspace, me: OrgIdentity) -> container.TrustCheck:
    xs = _xs(ws)

    def check(sender: PublicIdentity) -> bool:
        if sender.fingerprint == me.public.fingerprint:
            raise errors.OwnBundle()
        row = xs.partner(sender.fingerprint)
        if row is None:
            raise errors.UnknownSender(name=sender.name, fingerprint=sender.short_fingerprint)
        if row.signing_public != sender.signing_public:
            raise errors.KeyMismatch(name=sender.name)
        if not row.trusted:
            raise errors.UntrustedSender(name=row.name, fingerprint=sender.short_fingerprint)
        return True

    return check


def read_file(path: Path) -> bytes:
    try:
        size = Path(path).stat().st_size
        if size > container.DEFAULT_LIMITS.max_file:
            raise errors.ZipBomb(detail=f"{size} byte")
        return Path(path).read_bytes()
    except OSError:
        raise CannotReadFile(path=path) from None


def open_checked(
    data: bytes, path: Path, *, identity: OrgIdentity | None, passphrase: str | None, trust: container.TrustCheck | None
) -> tuple[container.Opened, RecordSet]:
    """Decrypt, verify and parse: every check that needs no database."""
    opened = container.open_bundle(data, path, identity=identity, passphrase=passphrase, trust=trust)
    del data  # the ciphertext: not needed past this point
    records = fhir.read_bundle(opened.members[container.BUNDLE_JSON], dict(opened.members))
    for doc in records.documents:
        if hashlib.sha256(doc.pdf).hexdigest() != doc.sha256:
            raise errors.HashMismatch(member=fhir_kinds.pdf_member(doc))
    measures.check(opened.members)  # indicator reports (issue 12), checked before anything is written
    # Every member now lives on in `records` (the PDFs) or was read: the bytes can go, but for
    # the indicator reports, kept as they came.
    kept = {n: m for n, m in opened.members.items() if n == measures.MEMBER}
    return dataclasses.replace(opened, members=kept), records


@_bulk
def read_bundle(
    ws: Workspace,
    path: Path,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Incoming:
    _step(0, READ_STEPS, progress, cancelled)
    me = ensure_identity(ws)
    opened, records = open_checked(
        read_file(path), Path(path), identity=me, passphrase=passphrase, trust=_trust(ws, me)
    )
    _step(1, READ_STEPS, progress, cancelled)
    return Incoming(Path(path), opened, records)


@_bulk
def read_and_preview(
    ws: Workspace,
    path: Path,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> tuple[Incoming, Preview]:
    """Every check and the sorting into new / updated / conflict, as one job: the import
    wizard's first step. Nothing is written."""
    incoming = read_bundle(ws, path, passphrase, progress, cancelled)
    prev = preview(ws, incoming)
    _step(2, READ_STEPS, progress, cancelled)
    if progress is not None:
        progress(READ_STEPS, READ_STEPS)
    return incoming, prev


def _alias_persons(ws: Workspace, records: RecordSet) -> RecordSet:
    """The same person registered on both sides under different ids: use ours."""
    xs = _xs(ws)
    local = xs.person_ids_by_number([p.number.digits for p in records.persons])
    alias = {
        p.id: local[p.number.digits]
        for p in records.persons
        if p.number.digits in local and local[p.number.digits] != p.id
    }
    if not alias:
        return records

    def fix(kind: str, r: Any) -> Any:
        if kind == "person" and r.id in alias:
            return dataclasses.replace(r, id=alias[r.id])
        if getattr(r, "person_id", None) in alias:
            return dataclasses.replace(r, person_id=alias[r.person_id])
        return r

    return RecordSet(
        **{attr: tuple(fix(kind, r) for r in getattr(records, attr)) for kind, (_cls, attr) in KINDS.items()},
        follows=records.follows,
    )


def _check_references(xs: ExchangeStore, records: RecordSet, local: dict[str, dict[str, Any]]) -> None:
    """Every parent a record points to is in the bundle or already here: checked before writing."""
    persons = {p.id for p in records.persons} | {k for k in local["person"]}
    assessments = {a.id for a in records.assessments} | set(local["assessment"])
    plan_versions = {(p.id, p.version) for p in records.plans} | {(p.id, p.version) for p in local["plan"].values()}
    plan_ids = {p for p, _v in plan_versions}

    def need(ok: set[Any], wanted: set[Any], kind: str, table: str) -> None:
        missing = wanted - ok
        if missing:
            have = {r.id for r in xs.records(table, KINDS[table][0], list(missing))} if table != "plan" else set()
            if missing - have:
                raise errors.InvalidFhir(detail=f"{kind}: hänvisar till post som saknas / refers to a missing record")

    need(
        persons,
        {
            r.person_id
            for r in (
                *records.assessments,
                *records.plans,
                *records.sip_links,
                *records.deviations,
                *records.documents,
                *records.handovers,
                *records.intyg,
            )
        },
        "person_id",
        "person",
    )
    need(assessments, {p.assessment_id for p in records.plans}, "assessment_id", "assessment")
    missing_plans = {r.plan_id for r in (*records.reviews, *records.copies, *records.handovers)} - plan_ids
    on_versions = (*records.documents, *records.intyg)  # each rests on one plan version
    missing_plans |= {d.plan_id for d in on_versions if (d.plan_id, d.plan_version) not in plan_versions}
    if missing_plans:
        here = {(p.id, p.version) for p in xs.records("plan", Plan, list(missing_plans))}
        if {p for p in missing_plans if p not in {i for i, _ in here}} or any(
            (d.plan_id, d.plan_version) not in plan_versions | here for d in on_versions
        ):
            raise errors.InvalidFhir(detail="plan_id: hänvisar till post som saknas / refers to a missing record")


@_bulk
def preview(ws: Workspace, incoming: Incoming) -> Preview:
    """Sort every incoming record: new, updated (ours unchanged since the last common version,
    and theirs made from it), conflict (both changed), unchanged (equal, ours is the newer one,
    or theirs is a version already exchanged and left behind: an older one). A bundle older than
    one already read from the sender changes nothing at all. Every record must pass the rules
    one made here passes, or the bundle is refused (`rules`)."""
    xs = _xs(ws)
    partner = incoming.sender.fingerprint
    where = order.incoming(ws, partner, incoming.sender.name, incoming.opened.manifest, incoming.path)
    records = _alias_persons(ws, incoming.records)
    base = xs.sync_hashes(partner)
    seen = xs.seen_hashes(partner)
    local = {kind: _local(xs, kind, getattr(records, attr)) for kind, (_cls, attr) in KINDS.items()}
    _check_references(xs, records, local)
    check_rules(
        records,
        {a.id: a for a in records.assessments} | local["assessment"],
        {p.id: p for p in records.persons} | local["person"],
    )
    plan_person = records.plan_person() | {p.id: p.person_id for p in local["plan"].values()}
    changes = []
    for kind, record in records.items():
        key = record_key(kind, record)
        h = records.hashes.get((kind, key)) or content_hash(kind, record)
        mine = local[kind].get(key)
        person = person_of(kind, record, plan_person)
        if where.older:
            changes.append(Change(kind, key, person, "unchanged", record, h, mine, older=True))
        elif mine is None:
            changes.append(Change(kind, key, person, "new", record, h))
        else:
            changes.append(_sorted(kind, key, person, record, h, mine, base.get((kind, key)), seen, records.follows))
    names = {p.id: p.name for p in records.persons} | {p.id: p.name for p in local["person"].values()}
    notices = [order.older_text(incoming.sender.name, where)] if where.older else []
    notices += [where.audit_problem] if where.audit_problem else []
    return Preview(incoming.bundle_id, incoming.sender, tuple(changes), names, where, tuple(notices))


def _sorted(
    kind: str,
    key: str,
    person: str,
    record: Any,
    h: str,
    mine: Any,
    last: str | None,
    seen: dict[tuple[str, str], set[str]],
    follows: Mapping[tuple[str, str], str],
) -> Change:
    """One record we already have: unchanged, older, updated or in conflict."""
    mine_h = content_hash(kind, mine)
    if mine_h == h:
        return Change(kind, key, person, "unchanged", record, h, mine)
    if last == h:
        return Change(kind, key, person, "unchanged", record, h, mine, local_newer=True)
    if h in seen.get((kind, key), ()):
        return Change(kind, key, person, "unchanged", record, h, mine, older=True)
    made_from = follows.get((kind, key))
    if last == mine_h and (made_from is None or made_from == last) and _may_update(kind, mine, record):
        return Change(kind, key, person, "updated", record, h, mine)
    return Change(kind, key, person, "conflict", record, h, mine)


@_bulk
def apply(ws: Workspace, incoming: Incoming, prev: Preview) -> ImportResult:
    """Write new and updated records in one transaction; conflicts are stored, never written over."""
    ws.require(UseCase.EXCHANGE)
    xs = _xs(ws)
    partner = incoming.sender.fingerprint
    already = xs.open_conflict_hashes()
    conflicts = [c for c in prev.of("conflict") if (c.kind, c.key, c.incoming_hash) not in already]
    with ws.store.atomic():
        grouped: dict[tuple[str, str], list[Any]] = {}
        for c in prev.changes:
            grouped.setdefault((c.status, c.kind), []).append(c.incoming)
        for kind in KINDS:  # parents before children
            _write(ws, kind, grouped.get(("new", kind), []), update=False)
            _write(ws, kind, grouped.get(("updated", kind), []), update=True)
        xs.set_sync(
            partner, ((c.kind, c.key, c.incoming_hash) for c in prev.changes if c.status != "conflict" and not c.older)
        )
        rows = [
            new_conflict(
                prev.bundle_id, partner, c.kind, c.key, c.person_id, _stored(c.kind, c.incoming), c.incoming_hash
            )
            for c in conflicts
        ]
        xs.add_conflicts(rows)
        measures.keep(ws, incoming.opened.members, incoming.sender.name, prev.bundle_id)
        xs.add_bundle(
            BundleRow(
                prev.bundle_id,
                "received",
                partner,
                incoming.sender.name,
                incoming.path.name,
                incoming.opened.file_sha256,
                now(),
                prev.counts(),
            )
        )
        # As for an export: the bundle, and each person whose record was written (the audit log
        # answers "who touched whose record, when"; the bundle id leads to the records).
        written = sorted({c.person_id for c in prev.changes if c.status in ("new", "updated")} - {""})
        events = [("bundle", prev.bundle_id, "")] + [("person", p, p) for p in written]
        events += [(f"conflict:{c.kind}", c.key, c.person_id) for c in conflicts]
        if prev.order is not None:
            order.remember_received(ws, partner, prev.bundle_id, prev.order)
            if prev.order.audit_problem:  # the partner's log does not extend the one seen before
                events.append(("exchange_audit_head_mismatch", partner, ""))
        ws.audit.append_many(ws.actor, Action.IMPORT, events)
    shown = tuple(
        Conflict(
            row.id,
            c.kind,
            c.key,
            prev.names.get(c.person_id, ""),
            _plain(c.kind, c.local) if c.local else None,
            _plain(c.kind, c.incoming),
        )
        for row, c in zip(rows, conflicts, strict=True)
    )
    return ImportResult(prev.bundle_id, incoming.sender, prev.counts(), shown)


@_bulk
def import_bundle(ws: Workspace, path: Path, passphrase: str | None = None) -> ImportResult:
    incoming = read_bundle(ws, path, passphrase)
    return apply(ws, incoming, preview(ws, incoming))
