"""Use cases for exchange with partner organisations: identity, export, import, conflicts.

Import is two steps so the UI can show a preview: `read_bundle` decrypts and checks
everything (signature, trust, hashes, FHIR, domain rules, references) without writing;
`preview` sorts every record into new / updated / conflict / unchanged; `apply` writes the
new and updated ones in one transaction with audit events and keeps conflicts for the user.

Consent rule: a person's data goes to another organisation only when consent is recorded for
that person: a SIP link (its consent covers sharing between the SIP parties) or a copy of one
of the person's plans handed over with recorded consent.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from app.errors import Cancelled, NotFound, UserError
from app.exchange import container, errors, fhir
from app.exchange.errors import PassphraseNeeded  # noqa: F401  (for the UI, which stays above exchange)
from app.exchange.identity import OrgIdentity, Partner, PublicIdentity, load_identity_file
from app.exchange.plain import from_plain, plain_hash, record_hash
from app.exchange.records import KINDS, ExchangedDocument, RecordSet, person_of, record_key
from app.models.audit import Action
from app.models.common import new_id, now, to_plain
from app.models.plan import Plan, PlanStatus
from app.models.roles import UseCase
from app.services import documents, sealers
from app.services.workspace import Workspace
from app.store.atomic import write_atomic
from app.store.documents import Documents, StoredDocument
from app.store.exchange import BundleRow, ConflictRow, ExchangeStore, IdentityRow, PartnerRow, new_conflict

T = TypeVar("T")
PASSPHRASE_PARTNER = "passphrase"  # sync state for bundles sent with a passphrase
PERSON_KINDS = ("assessment", "plan", "sip_link", "deviation", "document")
_PLAN_STATUS_FIELDS = {"status", "void_reason"}  # all that may change on a signed version


class CannotWriteBundle(UserError):
    sv = "Kan inte skriva {path}: platsen är skrivskyddad eller full."
    en = "Cannot write {path}: the location is read-only or full."


class CannotReadFile(UserError):
    sv = "Kan inte läsa filen {path}."
    en = "Cannot read the file {path}."


class SignedVersionDiffers(UserError):
    sv = "Den signerade planversionen kan inte skrivas över; gör en ny version i stället."
    en = "The signed plan version cannot be overwritten; make a new version instead."


class UnknownConflict(UserError):
    sv = "Hittade ingen olöst konflikt med id {ident}."
    en = "No unresolved conflict with id {ident} was found."


# Long runs report `progress(step, steps)` between their stages and ask `cancelled()` there; a
# cancel raises `Cancelled` before anything is written (the file and the database stay as they were).
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
EXPORT_STEPS = 4  # collect, build FHIR, encrypt and sign, write
READ_STEPS = 3  # decrypt and verify, compare with the database, ready


def _step(step: int, steps: int, progress: Progress | None, cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(step, steps)


def counts_by_kind(counts: dict[str, int]) -> dict[str, int]:
    """Bundle counts are keyed by record set ("plans"); screens name the kind ("plan")."""
    kind_of = {attr: kind for kind, (_cls, attr) in KINDS.items()}
    return {kind_of.get(k, k): n for k, n in counts.items()}


def _bulk(fn: Callable[..., T]) -> Callable[..., T]:
    """Tens of thousands of small records at once: the cyclic garbage collector would walk them
    all again and again (1.4 s of a 12 s import of 10 000 plans). They hold no cycles, and
    reference counting frees them all the same, so it is paused for the run and restored after."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> T:
        was = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was:
                gc.enable()

    return run


def _xs(ws: Workspace) -> ExchangeStore:
    return ExchangeStore(ws.store)


def content_hash(kind: str, record: Any) -> str:
    return record_hash(record.metadata() if kind == "document" else record)


# --- identity ------------------------------------------------------------------------------------


def own_identity(ws: Workspace) -> OrgIdentity | None:
    row = _xs(ws).identity()
    return OrgIdentity(row.name, row.age_secret, row.signing_private, row.created_at) if row else None


def ensure_identity(ws: Workspace, name: str | None = None) -> OrgIdentity:
    """Our keys, made on first use; the name defaults to the profile's organisation."""
    found = own_identity(ws)
    if found is not None:
        return found
    profile = ws.profile()
    chosen = name or (profile.organisation if profile and profile.organisation else "") or "Egenvårdsstöd"
    made = OrgIdentity.generate(chosen)
    with ws.write(Action.KEY_CHANGE, "exchange_identity", made.public.fingerprint):
        _xs(ws).set_identity(IdentityRow(made.name, made.age_secret, made.signing_private, made.created_at))
    return made


def export_identity(ws: Workspace, out: Path) -> PublicIdentity:
    # The file carries our sealing certificate, so a partner's `verify` can name us (app/services/sealers.py).
    public = ensure_identity(ws).public_with_seal(documents.certificate_der(ws))
    try:
        write_atomic(Path(out), public.dumps())
    except OSError:
        raise CannotWriteBundle(path=out) from None
    return public


def _partner(row: PartnerRow) -> Partner:
    return Partner(PublicIdentity(row.name, row.age_recipient, row.signing_public), row.trusted, row.added_at)


def partners(ws: Workspace) -> list[Partner]:
    return [_partner(r) for r in _xs(ws).partners()]


def import_identity(ws: Workspace, path: Path, trust: bool = False) -> Partner:
    ws.require(UseCase.TRUST_PARTNER)
    identity = load_identity_file(Path(path))
    xs = _xs(ws)
    known = xs.partner(identity.fingerprint)
    partner = Partner(identity, trust or (known.trusted if known else False), known.added_at if known else now())
    with ws.write(Action.UPDATE, "exchange_partner", identity.fingerprint):
        xs.save_partner(
            PartnerRow(
                identity.fingerprint,
                identity.name,
                identity.age_recipient,
                identity.signing_public,
                partner.trusted,
                partner.added_at,
            )
        )
        sealers.remember_partner_certificate(ws, identity, partner.trusted)  # known only when trusted
    return partner


def set_trusted(ws: Workspace, fingerprint: str, trusted: bool = True) -> Partner:
    ws.require(UseCase.TRUST_PARTNER)
    xs = _xs(ws)
    row = xs.partner(fingerprint)
    if row is None:
        raise errors.UnknownSender(name="?", fingerprint=fingerprint[:24])
    with ws.write(Action.UPDATE, "exchange_partner", fingerprint):
        xs.save_partner(dataclasses.replace(row, trusted=trusted))
        sealers.partner_trust_changed(ws, fingerprint, trusted)
    return _partner(dataclasses.replace(row, trusted=trusted))


@dataclass(frozen=True)
class BundleEntry:
    """One bundle sent or received, for the history list (the store's row stays in the store)."""

    bundle_id: str
    direction: str  # "sent" | "received"
    partner: str
    partner_name: str
    file_name: str
    file_sha256: str
    at: datetime
    counts: dict[str, int]


def history(ws: Workspace, limit: int = 200) -> list[BundleEntry]:
    return [
        BundleEntry(r.bundle_id, r.direction, r.partner, r.partner_name, r.file_name, r.file_sha256, r.at, r.counts)
        for r in _xs(ws).bundles(limit)
    ]


@dataclass(frozen=True)
class ExchangeState:
    """What the Utbyte view shows, read in one job."""

    me: PublicIdentity
    partners: tuple[Partner, ...]
    conflicts: tuple[Conflict, ...]
    history: tuple[BundleEntry, ...]


def state(ws: Workspace) -> ExchangeState:
    return ExchangeState(ensure_identity(ws).public, tuple(partners(ws)), tuple(open_conflicts(ws)), tuple(history(ws)))


# --- export --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    counts: dict[str, int]
    left_out: tuple[str, ...] = ()  # names of persons without consent left out of an "everything" export


def _records(xs: ExchangeStore, kind: str, column: str, values: Sequence[str]) -> list[Any]:
    return xs.records_in(kind, KINDS[kind][0], column, values) if values else []


def _documents(xs: ExchangeStore, plans: Sequence[Plan]) -> list[ExchangedDocument]:
    versions = [(p.id, p.version) for p in plans if p.status is not PlanStatus.DRAFT]
    return [_to_exchanged(d) for d in xs.documents(versions)]


def _to_exchanged(d: StoredDocument) -> ExchangedDocument:
    return ExchangedDocument(
        d.plan_id,
        d.plan_version,
        d.person_id,
        d.kind,
        d.sha256,
        d.fingerprint,
        d.signer,
        d.certificate_sha256,
        d.pdf,
        d.id,
        d.created_at,
    )


def consented_persons(ws: Workspace, person_ids: Sequence[str]) -> set[str]:
    """Persons with recorded consent to share: a SIP link, or a copy handed over with consent."""
    xs = _xs(ws)
    ok = {s.person_id for s in _records(xs, "sip_link", "person_id", person_ids)}
    rest = [p for p in person_ids if p not in ok]
    plans = _records(xs, "plan", "person_id", rest)
    plan_person = {p.id: p.person_id for p in plans}
    for copy in _records(xs, "copy", "plan_id", list(plan_person)):
        if copy.consent is not None:
            ok.add(plan_person[copy.plan_id])
    return ok


def _names(ws: Workspace, person_ids: Sequence[str]) -> list[str]:
    people = _records(_xs(ws), "person", "id", person_ids)
    # Names only, and the number masked: messages never show a full personnummer.
    return sorted(f"{p.name} ({p.number.masked})" for p in people)


def collect(
    ws: Workspace,
    *,
    person_ids: Sequence[str] = (),
    plan_ids: Sequence[str] = (),
    deviation_id: str | None = None,
) -> tuple[RecordSet, list[str]]:
    """What to send, and which of its persons lack consent. Nothing chosen means everyone."""
    xs = _xs(ws)
    if deviation_id:
        deviations = _records(xs, "deviation", "id", [deviation_id])
        if not deviations:
            raise NotFound(what_sv="avvikelse", what_en="deviation", ident=deviation_id)
        persons = _records(xs, "person", "id", [deviations[0].person_id])
        records = RecordSet(persons=tuple(persons), deviations=tuple(deviations))
        return records, [p.id for p in persons]
    if plan_ids:
        plans = _records(xs, "plan", "id", plan_ids)
        if not plans:
            raise NotFound(what_sv="plan", what_en="plan", ident=", ".join(plan_ids))
        pids = sorted({p.person_id for p in plans})
        persons = _records(xs, "person", "id", pids)
        assessments = _records(xs, "assessment", "id", [p.assessment_id for p in plans])
        sips: list[Any] = []
        devs: list[Any] = []
    else:
        pids = list(person_ids) if person_ids else xs.all_ids("person")
        persons = _records(xs, "person", "id", pids)
        assessments = _records(xs, "assessment", "person_id", pids)
        plans = _records(xs, "plan", "person_id", pids)
        sips = _records(xs, "sip_link", "person_id", pids)
        devs = _records(xs, "deviation", "person_id", pids)
    plan_ids_all = sorted({p.id for p in plans})
    records = RecordSet(
        persons=tuple(persons),
        assessments=tuple(assessments),
        plans=tuple(plans),
        reviews=tuple(_records(xs, "review", "plan_id", plan_ids_all)),
        copies=tuple(_records(xs, "copy", "plan_id", plan_ids_all)),
        sip_links=tuple(sips),
        deviations=tuple(devs),
        documents=tuple(_documents(xs, plans)),
    )
    return records, [p.id for p in persons]


def _only_persons(records: RecordSet, keep: set[str]) -> RecordSet:
    plan_person = records.plan_person()
    return RecordSet(
        **{
            attr: tuple(r for r in getattr(records, attr) if person_of(kind, r, plan_person) in keep)
            for kind, (_cls, attr) in KINDS.items()
        }
    )


def _changed_since(records: RecordSet, sent: dict[tuple[str, str], str]) -> RecordSet:
    return RecordSet(
        **{
            attr: tuple(
                r for r in getattr(records, attr) if sent.get((kind, record_key(kind, r))) != content_hash(kind, r)
            )
            for kind, (_cls, attr) in KINDS.items()
        }
    )


@_bulk
def export_bundle(
    ws: Workspace,
    out: Path,
    *,
    to: PublicIdentity | None = None,
    passphrase: str | None = None,
    person_ids: Sequence[str] = (),
    plan_ids: Sequence[str] = (),
    deviation_id: str | None = None,
    since_last: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ExportResult:
    """Write a signed, encrypted bundle. Chosen records of a person without consent refuse the
    whole export; an "everything" export leaves such persons out and names them."""
    ws.require(UseCase.EXCHANGE)
    _step(0, EXPORT_STEPS, progress, cancelled)
    me = ensure_identity(ws)
    chosen = bool(person_ids or plan_ids or deviation_id)
    records, pids = collect(ws, person_ids=person_ids, plan_ids=plan_ids, deviation_id=deviation_id)
    consented = consented_persons(ws, pids)
    lacking = [p for p in pids if p not in consented]
    left_out: tuple[str, ...] = ()
    if lacking and chosen:
        raise errors.MissingConsent(names=", ".join(_names(ws, lacking)))
    if lacking:
        left_out = tuple(_names(ws, lacking))
        records = _only_persons(records, consented)
    partner_key = to.fingerprint if to else PASSPHRASE_PARTNER
    if since_last:
        records = _changed_since(records, _xs(ws).sync_hashes(partner_key))
    if len(records) == 0:
        raise errors.NothingToExport()
    _step(1, EXPORT_STEPS, progress, cancelled)
    bundle_id, created = new_id(), now().isoformat()
    hashes: list[tuple[str, str, str]] = []

    def seen(kind: str, record: Any, plain: dict[str, Any]) -> None:  # hashed in the same pass as FHIR
        h = content_hash(kind, record) if kind == "document" else plain_hash(plain)
        hashes.append((kind, record_key(kind, record), h))

    members = {container.BUNDLE_JSON: fhir.bundle_json(records, me.public, bundle_id, created, seen)}
    members.update({fhir.pdf_member(d): d.pdf for d in records.documents})
    _step(2, EXPORT_STEPS, progress, cancelled)
    data = container.seal(
        members,
        me,
        bundle_id=bundle_id,
        created_at=created,
        recipient=to,
        passphrase=passphrase,
        counts=records.counts(),
    )
    del members
    _step(3, EXPORT_STEPS, progress, cancelled)  # the last point where a cancel leaves no trace
    try:
        write_atomic(Path(out), data)
    except OSError:
        raise CannotWriteBundle(path=out) from None
    plan_person = records.plan_person()
    items = records.items()
    with ws.store.atomic():
        xs = _xs(ws)
        xs.set_sync(partner_key, hashes)
        xs.add_bundle(
            BundleRow(
                bundle_id,
                "sent",
                partner_key,
                to.name if to else "",
                Path(out).name,
                hashlib.sha256(data).hexdigest(),
                now(),
                records.counts(),
            )
        )
        persons = sorted({person_of(k, r, plan_person) for k, r in items} - {""})
        ws.audit.append_many(ws.actor, Action.EXPORT, [("bundle", bundle_id, "")] + [("person", p, p) for p in persons])
    if progress is not None:
        progress(EXPORT_STEPS, EXPORT_STEPS)
    return ExportResult(Path(out), bundle_id, records.counts(), left_out)


# --- import --------------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class Preview:
    bundle_id: str
    sender: PublicIdentity
    changes: tuple[Change, ...]
    names: dict[str, str] = field(default_factory=dict)  # person id → name, for display

    def of(self, status: str) -> list[Change]:
        return [c for c in self.changes if c.status == status]

    def counts(self) -> dict[str, int]:
        found = Counter(c.status for c in self.changes)
        return {s: found[s] for s in ("new", "updated", "conflict", "unchanged")}


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
            raise errors.HashMismatch(member=fhir.pdf_member(doc))
    # Every member now lives on in `records` (the PDFs) or was read: the bytes can go.
    return dataclasses.replace(opened, members={}), records


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
        **{attr: tuple(fix(kind, r) for r in getattr(records, attr)) for kind, (_cls, attr) in KINDS.items()}
    )


def _local(xs: ExchangeStore, kind: str, records: Sequence[Any]) -> dict[str, Any]:
    ids = [r.id for r in records]
    if not ids:
        return {}
    if kind == "document":
        return {d.id: _to_exchanged(d) for d in xs.documents_by_id(ids)}
    return {record_key(kind, r): r for r in xs.records(kind, KINDS[kind][0], ids)}


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
            for r in (*records.assessments, *records.plans, *records.sip_links, *records.deviations, *records.documents)
        },
        "person_id",
        "person",
    )
    need(assessments, {p.assessment_id for p in records.plans}, "assessment_id", "assessment")
    missing_plans = {r.plan_id for r in (*records.reviews, *records.copies)} - plan_ids
    missing_plans |= {d.plan_id for d in records.documents if (d.plan_id, d.plan_version) not in plan_versions}
    if missing_plans:
        here = {(p.id, p.version) for p in xs.records("plan", Plan, list(missing_plans))}
        if {p for p in missing_plans if p not in {i for i, _ in here}} or any(
            (d.plan_id, d.plan_version) not in plan_versions | here for d in records.documents
        ):
            raise errors.InvalidFhir(detail="plan_id: hänvisar till post som saknas / refers to a missing record")


@_bulk
def preview(ws: Workspace, incoming: Incoming) -> Preview:
    """Sort every incoming record: new, updated (ours unchanged since the last common version),
    conflict (both changed), unchanged (equal, or ours is the newer one)."""
    xs = _xs(ws)
    partner = incoming.sender.fingerprint
    records = _alias_persons(ws, incoming.records)
    base = xs.sync_hashes(partner)
    local = {kind: _local(xs, kind, getattr(records, attr)) for kind, (_cls, attr) in KINDS.items()}
    _check_references(xs, records, local)
    plan_person = records.plan_person() | {p.id: p.person_id for p in local["plan"].values()}
    changes = []
    for kind, record in records.items():
        key = record_key(kind, record)
        h = content_hash(kind, record)
        mine = local[kind].get(key)
        person = person_of(kind, record, plan_person)
        if mine is None:
            changes.append(Change(kind, key, person, "new", record, h))
            continue
        mine_h = content_hash(kind, mine)
        last = base.get((kind, key))
        if mine_h == h:
            status, newer = "unchanged", False
        elif last == h:
            status, newer = "unchanged", True
        elif last == mine_h and _may_update(kind, mine, record):
            status, newer = "updated", False
        else:
            status, newer = "conflict", False
        changes.append(Change(kind, key, person, status, record, h, mine, newer))
    names = {p.id: p.name for p in records.persons} | {p.id: p.name for p in local["person"].values()}
    return Preview(incoming.bundle_id, incoming.sender, tuple(changes), names)


def _may_update(kind: str, mine: Any, theirs: Any) -> bool:
    """A signed plan version or a sealed PDF never changes content: only status may move on."""
    if kind == "document":
        return False
    if kind == "plan" and mine.status is not PlanStatus.DRAFT:
        a, b = to_plain(mine), to_plain(theirs)
        return all(a[k] == b[k] for k in a if k not in _PLAN_STATUS_FIELDS)
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
    if kind == "person":  # shown on screen: the number masked, as in every message
        plain["number"] = record.number.masked
    return plain


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
        xs.set_sync(partner, ((c.kind, c.key, c.incoming_hash) for c in prev.changes if c.status != "conflict"))
        rows = [
            new_conflict(
                prev.bundle_id, partner, c.kind, c.key, c.person_id, _stored(c.kind, c.incoming), c.incoming_hash
            )
            for c in conflicts
        ]
        xs.add_conflicts(rows)
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


# --- conflicts -----------------------------------------------------------------------------------


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
