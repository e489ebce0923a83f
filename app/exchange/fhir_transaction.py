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
from app.models.org_ids import OrgIds

CHUNK = 500  # entries per Bundle: Azure Health Data Services' limit
_URN = "urn:uuid:"


class _Rewriter:
    """`urn:uuid:X` → `Type/X` for the resources already placed. Extensions are not walked:
    ours hold no references (fhir_ext writes none), and they are most of a resource's nodes;
    only a `valueReference` (a deviation's plan, fhir_kinds.CARE_PLAN_EXT) is."""

    def __init__(self) -> None:
        self.types: dict[str, str] = {}

    def rewrite(self, node: Any, unplaced: set[str]) -> None:
        """Rewrites what it can; the targets not placed yet are added to `unplaced`."""
        if type(node) is dict:
            ref = node.get("reference")
            if type(ref) is str and ref.startswith(_URN):
                target = ref[len(_URN) :]
                kind = self.types.get(target)
                if kind is None:
                    unplaced.add(target)
                else:
                    node["reference"] = f"{kind}/{target}"
            for key, v in node.items():
                if key != "extension":
                    if type(v) in (dict, list):
                        self.rewrite(v, unplaced)
                elif type(v) is list:
                    for e in v:
                        if type(e) is dict and "valueReference" in e:
                            self.rewrite(e["valueReference"], unplaced)
        else:  # a list
            for v in node:
                if type(v) in (dict, list):
                    self.rewrite(v, unplaced)


def _inline_pdfs(res: dict[str, Any], pdfs: dict[str, bytes]) -> None:
    for content in res.get("content", []):
        att = content.get("attachment", {})
        url = att.get("url")
        if url in pdfs:
            del att["url"]
            att["data"] = base64.b64encode(pdfs[url]).decode("ascii")


class _Chunks:
    """Resources in an order where every reference points back, cut into Bundles of CHUNK. A
    resource that names one still to come (none do today: parents are written first) waits
    for it, so the order rule holds whatever order the resources arrive in."""

    def __init__(self, ids: set[str], pdfs: dict[str, bytes]) -> None:
        self._ids = ids  # every resource id of the export
        self._pdfs = pdfs
        self._names = _Rewriter()
        self._waiting: dict[str, list[dict[str, Any]]] = {}
        self._chunk: list[dict[str, Any]] = []
        self.done: list[dict[str, Any]] = []  # full Bundles, taken by the caller

    def add(self, res: dict[str, Any]) -> None:
        self._names.types[res["id"]] = res["resourceType"]  # a reference to itself resolves
        unplaced: set[str] = set()
        self._names.rewrite(res, unplaced)  # idempotent: a waiting resource is rewritten again
        missing = unplaced & self._ids
        if missing:
            del self._names.types[res["id"]]
            self._waiting.setdefault(min(missing), []).append(res)
            return
        self._place(res)

    def _place(self, res: dict[str, Any]) -> None:
        if res["resourceType"] == "DocumentReference":
            _inline_pdfs(res, self._pdfs)
        url = f"{res['resourceType']}/{res['id']}"
        self._chunk.append({"resource": res, "request": {"method": "PUT", "url": url}})
        if len(self._chunk) == CHUNK:
            self.done.append(_bundle(self._chunk))
            self._chunk = []
        for later in self._waiting.pop(res["id"], []):
            self.add(later)

    def finish(self) -> None:
        if self._waiting:  # a reference cycle: a programming error, never a partial export
            raise RuntimeError(f"references never resolved: {sorted(self._waiting)[:3]}")
        if self._chunk:
            self.done.append(_bundle(self._chunk))
            self._chunk = []


def _bundle(entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": "transaction", "entry": entries}


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


def transactions(records: RecordSet, sender: PublicIdentity, org_ids: OrgIds | None = None) -> Iterator[dict[str, Any]]:
    """The transaction Bundles, one at a time (a 10 000-plan export is never one tree)."""
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
