"""The records as FHIR `transaction` Bundles a FHIR server takes at its base URL (HAPI, Azure
Health Data Services, Medplum): every entry `PUT Type/id` with our stable ids, so loading the same
export again updates instead of duplicating; at most `CHUNK` entries per Bundle (Azure's limit);
each reference a relative literal reference `Type/id` to a resource in the same Bundle or in an
earlier one; the sealed PDFs inline as `attachment.data`. The resources are the ones of the
`.egvb` bundle (fhir.py), only their references and attachments differ.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from app.exchange import fhir
from app.exchange.fhir_kinds import pdf_member, resource_id
from app.exchange.identity import PublicIdentity
from app.exchange.records import RecordSet
from app.jsontext import compact
from app.models.org_ids import OrgIds

CHUNK = 500  # entries per Bundle: Azure Health Data Services' limit
_URN = "urn:uuid:"


# A reference as compact JSON writes it. Found in the resource's text, not by walking its
# objects (15 nodes a resource, 0.8 s of a 10 000-plan export), by bytes.split, not a regular
# expression (3× faster over 133 MB): a `"reference":"` can only be a key there, since a quote
# inside a string value is escaped. Every reference is rewritten, inside extensions too (a
# deviation's `care-plan` valueReference); fhir_ext writes no other.
_MARK = b'"reference":"urn:uuid:'


def _inline_pdfs(res: dict[str, Any], pdfs: dict[str, bytes]) -> None:
    for content in res.get("content", []):
        att = content.get("attachment", {})
        url = att.get("url")
        if url in pdfs:
            del att["url"]
            att["data"] = base64.b64encode(pdfs[url]).decode("ascii")


class _Chunks:
    """Resources in an order where every reference points back, cut into Bundles of CHUNK, each
    written as compact JSON. A resource that names one still to come (none do today: parents
    are written first) waits for it, so the order rule holds whatever order the resources
    arrive in. References to resources outside the export stay as they are."""

    def __init__(self, ids: set[str], pdfs: dict[str, bytes]) -> None:
        self._ids = {i.encode("utf-8") for i in ids}  # every resource id of the export
        self._pdfs = pdfs
        self._types: dict[bytes, bytes] = {}  # id → resource type, of the resources placed
        self._waiting: dict[bytes, list[tuple[bytes, bytes, bytes]]] = {}
        self._chunk: list[bytes] = []
        self.done: list[bytes] = []  # full Bundles, taken by the caller

    def add(self, res: dict[str, Any]) -> None:
        if res["resourceType"] == "DocumentReference":
            _inline_pdfs(res, self._pdfs)
        self._add(compact(res["id"])[1:-1], compact(res["resourceType"])[1:-1], compact(res))

    def _add(self, rid: bytes, kind: bytes, text: bytes) -> None:
        self._types[rid] = kind  # a reference to itself resolves
        parts = text.split(_MARK)  # each part after the first begins with a target's id
        targets = [p[: p.find(b'"')] for p in parts[1:]]
        missing = {t for t in targets if t not in self._types and t in self._ids}
        if missing:
            del self._types[rid]
            self._waiting.setdefault(min(missing), []).append((rid, kind, text))
            return
        if targets:
            text = parts[0] + b"".join(self._relative(t, p) for t, p in zip(targets, parts[1:], strict=True))
        self._place(rid, kind, text)

    def _relative(self, target: bytes, part: bytes) -> bytes:
        """`part` with the reference it begins with as `Type/id` when its target is placed."""
        kind = self._types.get(target)
        return _MARK + part if kind is None else b'"reference":"' + kind + b"/" + part

    def _place(self, rid: bytes, kind: bytes, text: bytes) -> None:
        url = kind + b"/" + rid
        self._chunk.append(b'{"resource":' + text + b',"request":{"method":"PUT","url":"' + url + b'"}}')
        if len(self._chunk) == CHUNK:
            self.done.append(_bundle(self._chunk))
            self._chunk = []
        for later in self._waiting.pop(rid, []):
            self._add(*later)

    def finish(self) -> None:
        if self._waiting:  # a reference cycle: a programming error, never a partial export
            raise RuntimeError(f"references never resolved: {sorted(self._waiting)[:3]}")
        if self._chunk:
            self.done.append(_bundle(self._chunk))
            self._chunk = []


def _bundle(entries: list[bytes]) -> bytes:
    """What `compact({"resourceType": "Bundle", "type": "transaction", "entry": […]})` writes."""
    return b'{"resourceType":"Bundle","type":"transaction","entry":[' + b",".join(entries) + b"]}"


class _Met(dict[str, dict[str, Any]]):
    """The practitioners met so far, and the order they were met in: the new ones are a slice,
    not a comparison of every one met with every one placed for each of 60 000 entries."""

    def __init__(self) -> None:
        super().__init__()
        self.order: list[str] = []

    def __setitem__(self, key: str, value: dict[str, Any]) -> None:
        if key not in self:
            self.order.append(key)
        super().__setitem__(key, value)


def transactions(records: RecordSet, sender: PublicIdentity, org_ids: OrgIds | None = None) -> Iterator[bytes]:
    """The transaction Bundles as compact JSON, one at a time (a 10 000-plan export is never one
    tree)."""
    org = fhir.organisation_entry(sender, org_ids)["resource"]
    ids = {resource_id(kind, r) for kind, r in records.items()} | {org["id"]}
    chunks = _Chunks(ids, {pdf_member(d): d.pdf for d in records.documents})
    chunks.add(org)
    practitioners = _Met()
    placed = 0
    for entry in fhir.body_entries(records, practitioners):
        for pid in practitioners.order[placed:]:  # assessors first met in this entry come first
            chunks.add(practitioners[pid])
        placed = len(practitioners.order)
        chunks.add(entry["resource"])
        yield from chunks.done
        chunks.done.clear()
    chunks.finish()
    yield from chunks.done
