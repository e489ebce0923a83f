"""The records a bundle carries, as one frozen value passed between layers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.models.assessment import Assessment
from app.models.common import new_id, now, to_plain
from app.models.deviation import Deviation
from app.models.handover import Handover
from app.models.intyg import Intyg
from app.models.person import Person
from app.models.plan import Plan
from app.models.records import CopyHandover, SipLink
from app.models.review import Review


@dataclass(frozen=True)
class ExchangedDocument:
    """A sealed plan PDF travelling with its plan version (bytes are a member of the zip)."""

    plan_id: str
    plan_version: int
    person_id: str
    kind: str
    sha256: str
    fingerprint: str
    signer: str
    certificate_sha256: str
    pdf: bytes = field(default=b"", repr=False, compare=False)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)

    def metadata(self) -> dict[str, Any]:
        """Everything but the bytes: what is hashed for change detection (the sha256 covers the bytes)."""
        return {k: to_plain(v) for k, v in self.__dict__.items() if k != "pdf"}


# Kind name → (record class, RecordSet attribute). The order is the order of writing (parents first).
KINDS: dict[str, tuple[type, str]] = {
    "person": (Person, "persons"),
    "assessment": (Assessment, "assessments"),
    "plan": (Plan, "plans"),
    "review": (Review, "reviews"),
    "copy": (CopyHandover, "copies"),
    "sip_link": (SipLink, "sip_links"),
    "deviation": (Deviation, "deviations"),
    "document": (ExchangedDocument, "documents"),
    "handover": (Handover, "handovers"),  # after its plan and person
    "intyg": (Intyg, "intyg"),  # after its plan version
}


def record_key(kind: str, record: Any) -> str:
    """Plans are versions sharing one id: a version is its own record."""
    return f"{record.id}:{record.version}" if kind == "plan" else str(record.id)


def person_of(kind: str, record: Any, plan_person: dict[str, str]) -> str:
    if kind == "person":
        return str(record.id)
    if kind in ("review", "copy"):  # a hand-over carries its person_id itself
        return plan_person.get(record.plan_id, "")
    return str(getattr(record, "person_id", "") or "")


@dataclass(frozen=True)
class RecordSet:
    persons: tuple[Person, ...] = ()
    assessments: tuple[Assessment, ...] = ()
    plans: tuple[Plan, ...] = ()
    reviews: tuple[Review, ...] = ()
    copies: tuple[CopyHandover, ...] = ()
    sip_links: tuple[SipLink, ...] = ()
    deviations: tuple[Deviation, ...] = ()
    documents: tuple[ExchangedDocument, ...] = ()
    handovers: tuple[Handover, ...] = ()
    intyg: tuple[Intyg, ...] = ()
    # (kind, record_key) → the content hash of the version the record was made from, as the
    # sender last exchanged it with the recipient; absent when unknown (a third-party bundle).
    follows: Mapping[tuple[str, str], str] = field(default_factory=dict, compare=False, repr=False)
    # (kind, record_key) → the record's content hash, when its reader made it on the way (the
    # import hashes while the other process validates); absent ones are computed when needed.
    hashes: Mapping[tuple[str, str], str] = field(default_factory=dict, compare=False, repr=False)

    def items(self) -> list[tuple[str, Any]]:
        """(kind, record) in writing order."""
        return [(kind, r) for kind, (_cls, attr) in KINDS.items() for r in getattr(self, attr)]

    def counts(self) -> dict[str, int]:
        return {attr: len(getattr(self, attr)) for _cls, attr in KINDS.values()}

    def plan_person(self) -> dict[str, str]:
        return {p.id: p.person_id for p in self.plans}

    def __len__(self) -> int:
        return sum(self.counts().values())
