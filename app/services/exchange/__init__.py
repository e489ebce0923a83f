"""Use cases for exchange with partner organisations, one module per use case:
`identity` (our keys, partners, history), `export`, `importing` (read → preview → apply),
`conflicts`, `state` (what the Utbyte view shows). This package re-exports them, so callers
keep writing `exchange.export_bundle(…)`."""

from app.exchange.errors import PassphraseNeeded
from app.exchange.identity import Partner
from app.services.exchange.base import (
    EXPORT_STEPS,
    PASSPHRASE_PARTNER,
    READ_STEPS,
    CannotReadFile,
    CannotWriteBundle,
    IsCancelled,
    Progress,
    SignedVersionDiffers,
    UnknownConflict,
    content_hash,
    counts_by_kind,
)
from app.services.exchange.conflicts import Conflict, open_conflicts, resolve_conflict
from app.services.exchange.export import ExportResult, collect, consented_persons, export_bundle
from app.services.exchange.identity import (
    BundleEntry,
    ensure_identity,
    export_identity,
    history,
    import_identity,
    own_identity,
    partners,
    set_trusted,
)
from app.services.exchange.importing import (
    Change,
    ImportResult,
    Incoming,
    Preview,
    _trust,
    apply,
    import_bundle,
    open_checked,
    preview,
    read_and_preview,
    read_bundle,
    read_file,
)
from app.services.exchange.state import ExchangeState, state

__all__ = [
    "EXPORT_STEPS",
    "PASSPHRASE_PARTNER",
    "READ_STEPS",
    "BundleEntry",
    "CannotReadFile",
    "CannotWriteBundle",
    "Change",
    "Conflict",
    "ExchangeState",
    "ExportResult",
    "ImportResult",
    "Incoming",
    "IsCancelled",
    "Partner",
    "PassphraseNeeded",
    "Preview",
    "Progress",
    "SignedVersionDiffers",
    "UnknownConflict",
    "_trust",
    "apply",
    "collect",
    "consented_persons",
    "content_hash",
    "counts_by_kind",
    "ensure_identity",
    "export_bundle",
    "export_identity",
    "history",
    "import_bundle",
    "import_identity",
    "open_checked",
    "open_conflicts",
    "own_identity",
    "partners",
    "preview",
    "read_and_preview",
    "read_bundle",
    "read_file",
    "resolve_conflict",
    "set_trusted",
    "state",
]
