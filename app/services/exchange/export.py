"""Export: what to send, the consent rule, and the signed, encrypted bundle.

Consent rule: a person's data goes to another organisation only when consent is recorded for
that person: a SIP link (its consent covers sharing between the SIP parties) or a copy of one
of the person's plans handed over with recorded consent.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import NotFound
from app.exchange import container, errors, fhir, fhir_kinds
from app.exchange.identity import PublicIdentity
from app.exchange.plain import plain_hash
from app.exchange.records import KINDS, ExchangedDocument, RecordSet, person_of, record_key
from app.models.audit import Action
from app.models.common import new_id, now
from app.models.plan import Plan, PlanStatus
from app.models.roles import UseCase
from app.services.exchange import order
from app.services.exchange.base import (
    EXPORT_STEPS,
    PASSPHRASE_PARTNER,
    CannotWriteBundle,
    IsCancelled,
    Progress,
    _bulk,
    _records,
    _step,
    _to_exchanged,
    _xs,
    content_hash,
)
from app.services.exchange.identity import ensure_identity, organisation_ids
from app.services.workspace import Workspace
from app.store.atomic import write_atomic
from app.store.exchange import BundleRow, ExchangeStore


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    counts: dict[str, int]
    left_out: tuple[str, ...] = ()  # names of persons without consent left out of an "everything" export


def _documents(xs: ExchangeStore, plans: Sequence[Plan]) -> list[ExchangedDocument]:
    versions = [(p.id, p.version) for p in plans if p.status is not PlanStatus.DRAFT]
    return [_to_exchanged(d) for d in xs.documents(versions)]


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


def consented_in(records: RecordSet, pids: Sequence[str]) -> set[str]:
    """`consented_persons` from records already read that hold every SIP link, plan version and
    copy of their persons (`collect` without plan_ids or deviation_id): no second reading."""
    plan_person = records.plan_person()
    ok = {s.person_id for s in records.sip_links}
    ok |= {plan_person[c.plan_id] for c in records.copies if c.consent is not None and c.plan_id in plan_person}
    return ok & set(pids)


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
        handovers=tuple(_records(xs, "handover", "plan_id", plan_ids_all)),
        intyg=tuple(_records(xs, "intyg", "plan_id", plan_ids_all)),
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
    whole = not plan_ids and not deviation_id  # every record of the persons was read
    consented = consented_in(records, pids) if whole else consented_persons(ws, pids)
    lacking = [p for p in pids if p not in consented]
    left_out: tuple[str, ...] = ()
    if lacking and chosen:
        raise errors.MissingConsent(names=", ".join(_names(ws, lacking)))
    if lacking:
        left_out = tuple(_names(ws, lacking))
        records = _only_persons(records, consented)
    partner_key = to.fingerprint if to else PASSPHRASE_PARTNER
    sync = _xs(ws).sync_hashes(partner_key)
    if since_last:
        records = _changed_since(records, sync)
    if len(records) == 0:
        raise errors.NothingToExport()
    _step(1, EXPORT_STEPS, progress, cancelled)
    bundle_id, created = new_id(), now().isoformat()
    hashes: list[tuple[str, str, str]] = []

    def seen(kind: str, record: Any, plain: dict[str, Any]) -> str | None:  # hashed in the same pass as FHIR
        key = record_key(kind, record)
        h = content_hash(kind, record) if kind == "document" else plain_hash(plain)
        hashes.append((kind, key, h))
        follows = sync.get((kind, key))  # the version this one was made from, as the partner had it
        return follows if follows != h else None

    ids = organisation_ids(ws)
    writer = container.Writer()
    with writer.stream(container.BUNDLE_JSON) as member:  # compressed as it is written
        fhir.write_bundle(member, records, me.public, bundle_id, created, seen, ids)
    for d in records.documents:
        writer.add(fhir_kinds.pdf_member(d), d.pdf)
    _step(2, EXPORT_STEPS, progress, cancelled)
    _sequence, fields = order.outgoing(ws, partner_key)
    data = writer.seal(
        me,
        bundle_id=bundle_id,
        created_at=created,
        recipient=to,
        passphrase=passphrase,
        counts=records.counts(),
        extra=fields,
    )
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
        order.remember_sent(ws, partner_key, fields)
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
