"""Export as FHIR transaction Bundles for a FHIR server (`egenvard export --fhir DIR`): the same
records and the same consent rule as a `.egvb` bundle, written as plain JSON files
`transaction-0001.json`, … (app/exchange/fhir_transaction.py) for the region's integration to
load in order. Plain files: the user chooses where they go (a server's import folder); the
export is logged per person like any other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.exchange import errors
from app.exchange.fhir_transaction import transactions
from app.exchange.records import person_of
from app.models.audit import Action
from app.models.common import new_id
from app.models.roles import UseCase
from app.services.exchange.base import CannotWriteBundle, _bulk
from app.services.exchange.export import _names, _only_persons, collect, consented_in, consented_persons
from app.services.exchange.identity import ensure_identity, organisation_ids
from app.services.workspace import Workspace
from app.store.atomic import write_atomic

PATTERN = "transaction-{:04d}.json"


class FhirFolderInUse(UserError):
    sv = "Mappen {path} innehåller redan transaktionsfiler; välj en tom mapp."
    en = "The folder {path} already holds transaction files; choose an empty folder."


@dataclass(frozen=True)
class FhirExportResult:
    paths: tuple[Path, ...]
    counts: dict[str, int]
    left_out: tuple[str, ...] = ()  # persons without consent, left out of an "everything" export


@_bulk
def export_fhir(
    ws: Workspace, out_dir: Path, *, person_ids: Sequence[str] = (), plan_ids: Sequence[str] = ()
) -> FhirExportResult:
    ws.require(UseCase.EXCHANGE)
    out_dir = Path(out_dir)
    if out_dir.is_dir() and any(out_dir.glob("transaction-*.json")):
        raise FhirFolderInUse(path=out_dir)
    me = ensure_identity(ws)
    records, pids = collect(ws, person_ids=person_ids, plan_ids=plan_ids)
    # once: it reads every person's consents (from the records read, when they are all there)
    consented = consented_persons(ws, pids) if plan_ids else consented_in(records, pids)
    lacking = [p for p in pids if p not in consented]
    left_out: tuple[str, ...] = ()
    if lacking and (person_ids or plan_ids):
        raise errors.MissingConsent(names=", ".join(_names(ws, lacking)))
    if lacking:
        left_out = tuple(_names(ws, lacking))
        records = _only_persons(records, set(pids) - set(lacking))
    if len(records) == 0:
        raise errors.NothingToExport()
    paths = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for i, bundle in enumerate(transactions(records, me.public, organisation_ids(ws)), start=1):
            path = out_dir / PATTERN.format(i)
            write_atomic(path, bundle)
            paths.append(path)
    except OSError:
        raise CannotWriteBundle(path=out_dir) from None
    plan_person = records.plan_person()
    persons = sorted({person_of(k, r, plan_person) for k, r in records.items()} - {""})
    with ws.store.atomic():
        ws.audit.append_many(ws.actor, Action.EXPORT, [("bundle", new_id(), "")] + [("person", p, p) for p in persons])
    return FhirExportResult(tuple(paths), records.counts(), left_out)
