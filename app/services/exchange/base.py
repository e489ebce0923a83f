"""What the exchange use cases share: progress and cancel, the store, content hashes, and the
sentences for files that cannot be read or written."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from app.errors import Cancelled, UserError
from app.exchange.plain import record_hash
from app.exchange.records import KINDS, ExchangedDocument
from app.services.workspace import Workspace
from app.store.documents import StoredDocument
from app.store.exchange import ExchangeStore

T = TypeVar("T")
PASSPHRASE_PARTNER = "passphrase"  # sync state for bundles sent with a passphrase
PERSON_KINDS = ("assessment", "plan", "sip_link", "deviation", "document")


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


def _records(xs: ExchangeStore, kind: str, column: str, values: Sequence[str]) -> list[Any]:
    return xs.records_in(kind, KINDS[kind][0], column, values) if values else []


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
