"""Issue 13: the transaction form a FHIR server loads (`export --fhir DIR`): every entry has a
`request` PUT Type/id, no Bundle over 500 entries, each reference resolves within its Bundle or
to a resource sent before, and loading the export twice into a store keyed by Type/id updates
instead of duplicating. Also HL7's R4 schema and invariants on the Bundles (bdl-3 wants `request`)."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from app.exchange import fhir_transaction
from app.services import exchange as ex
from app.services.exchange.export_fhir import FhirFolderInUse, export_fhir
from tests import r4
from tests.factories import Pair, rows


def _references(node: Any, out: list[str]) -> list[str]:
    if isinstance(node, dict):
        if isinstance(node.get("reference"), str):
            out.append(node["reference"])
        for v in node.values():
            _references(v, out)
    elif isinstance(node, list):
        for v in node:
            _references(v, out)
    return out


class Server:
    """A FHIR server's transaction endpoint in miniature: resources keyed by Type/id; a Bundle
    whose reference names nothing in the store or in the Bundle itself is refused whole."""

    def __init__(self) -> None:
        self.store: dict[str, dict[str, Any]] = {}

    def transaction(self, bundle: dict[str, Any]) -> tuple[int, int]:
        assert bundle["resourceType"] == "Bundle" and bundle["type"] == "transaction"
        here = set()
        for e in bundle["entry"]:
            assert e["request"]["method"] == "PUT"
            assert e["request"]["url"] == f"{e['resource']['resourceType']}/{e['resource']['id']}"
            here.add(e["request"]["url"])
        for e in bundle["entry"]:
            for ref in _references(e["resource"], []):
                assert ref in here or ref in self.store, f"{e['request']['url']} → {ref} does not resolve"
        created = updated = 0
        for e in bundle["entry"]:
            url = e["request"]["url"]
            if url in self.store:
                updated += 1
            else:
                created += 1
            self.store[url] = e["resource"]
        return created, updated


def _load(paths: tuple[Path, ...]) -> list[dict[str, Any]]:
    return [json.loads(p.read_bytes()) for p in paths]


def test_transactions_load_twice_as_updates(pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fhir_transaction, "CHUNK", 20)  # many Bundles from a small export
    result = export_fhir(pair.a, tmp_path / "fhir")
    bundles = _load(result.paths)
    assert len(bundles) >= 4
    assert [p.name for p in result.paths][:2] == ["transaction-0001.json", "transaction-0002.json"]
    assert all(0 < len(b["entry"]) <= 20 for b in bundles)
    server = Server()
    first = [server.transaction(b) for b in bundles]
    total = sum(len(b["entry"]) for b in bundles)
    assert sum(c for c, _u in first) == total == len(server.store)
    second = [server.transaction(b) for b in _load(result.paths)]
    assert sum(u for _c, u in second) == total and sum(c for c, _u in second) == 0
    assert len(server.store) == total
    kinds = {k.split("/")[0] for k in server.store}
    assert {"Organization", "Practitioner", "Patient", "CarePlan", "RiskAssessment", "Task"} <= kinds
    # Persons without consent are left out, as from a .egvb export.
    assert sum(1 for k in server.store if k.startswith("Patient/")) == result.counts["persons"]


def test_the_default_chunk_is_at_most_500(pair: Pair, tmp_path: Path) -> None:
    assert fhir_transaction.CHUNK == 500
    result = export_fhir(pair.a, tmp_path / "fhir")
    assert all(len(b["entry"]) <= 500 for b in _load(result.paths))


def test_transactions_are_r4_by_hl7s_schema_and_invariants(pair: Pair, tmp_path: Path) -> None:
    for bundle in _load(export_fhir(pair.a, tmp_path / "fhir").paths):
        assert r4.schema_errors(bundle) == []
        assert r4.invariant_failures(bundle) == []


def test_sealed_pdfs_travel_inline(pair: Pair, tmp_path: Path) -> None:
    from app.services import documents

    everyone = [r["id"] for r in rows(pair.a, "persons")]
    ok = ex.consented_persons(pair.a, everyone)
    plan = next(p for p in pair.a.repos.plans.all() if p.status == "signed" and p.person_id in ok)
    doc = documents.seal_plan(pair.a, plan.id)
    bundles = _load(export_fhir(pair.a, tmp_path / "f", plan_ids=[plan.id]).paths)
    refs = [e["resource"] for b in bundles for e in b["entry"] if e["resource"]["id"] == doc.id]
    assert len(refs) == 1 and refs[0]["resourceType"] == "DocumentReference"
    att = refs[0]["content"][0]["attachment"]
    assert "url" not in att and base64.b64decode(att["data"]) == doc.pdf
    assert base64.b64decode(att["hash"]) == hashlib.sha1(doc.pdf).digest()
    assert refs[0]["context"]["related"][0]["reference"].startswith("CarePlan/")
    Server().transaction(bundles[0])  # the plan it names is in the same export


def test_a_folder_with_transactions_is_refused(pair: Pair, tmp_path: Path) -> None:
    export_fhir(pair.a, tmp_path / "fhir")
    before = sorted((tmp_path / "fhir").iterdir())
    with pytest.raises(FhirFolderInUse):
        export_fhir(pair.a, tmp_path / "fhir")
    assert sorted((tmp_path / "fhir").iterdir()) == before


def test_the_organisation_ids_are_on_the_transaction_organization(pair: Pair, tmp_path: Path) -> None:
    ex.set_organisation_ids(pair.a, "SE2321000131-P000000123457", "2120000142")
    first = _load(export_fhir(pair.a, tmp_path / "fhir").paths)[0]
    org = first["entry"][0]["resource"]
    assert org["resourceType"] == "Organization"
    assert {i["system"]: i["value"] for i in org["identifier"]}[
        "urn:oid:1.2.752.29.4.19"
    ] == "SE2321000131-P000000123457"


def test_a_resource_naming_one_still_to_come_waits_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """No writer names a later resource today; the order rule must hold if one does. A reference
    to a resource outside the export stays `urn:uuid:`; one to itself becomes relative."""
    monkeypatch.setattr(fhir_transaction, "CHUNK", 2)
    chunks = fhir_transaction._Chunks({"p", "t", "o"}, {})
    chunks.add({"resourceType": "Task", "id": "t", "for": {"reference": "urn:uuid:p"}})
    assert chunks.done == []  # Task waits for its Patient
    chunks.add(
        {
            "resourceType": "Patient",
            "id": "p",
            "link": [{"other": {"reference": "urn:uuid:p"}}, {"other": {"reference": "urn:uuid:elsewhere"}}],
        }
    )
    chunks.add({"resourceType": "Organization", "id": "o"})
    chunks.finish()
    assert [json.loads(b) for b in chunks.done] == [
        {
            "resourceType": "Bundle",
            "type": "transaction",
            "entry": [
                {
                    "resource": {
                        "resourceType": "Patient",
                        "id": "p",
                        "link": [{"other": {"reference": "Patient/p"}}, {"other": {"reference": "urn:uuid:elsewhere"}}],
                    },
                    "request": {"method": "PUT", "url": "Patient/p"},
                },
                {
                    "resource": {"resourceType": "Task", "id": "t", "for": {"reference": "Patient/p"}},
                    "request": {"method": "PUT", "url": "Task/t"},
                },
            ],
        },
        {
            "resourceType": "Bundle",
            "type": "transaction",
            "entry": [
                {
                    "resource": {"resourceType": "Organization", "id": "o"},
                    "request": {"method": "PUT", "url": "Organization/o"},
                }
            ],
        },
    ]
    assert chunks.done[1] == (
        b'{"resourceType":"Bundle","type":"transaction","entry":[{"resource":{"resourceType":"Organization","id":"o"},'
        b'"request":{"method":"PUT","url":"Organization/o"}}]}'
    )
