"""Issue 13: a demo export of 200 persons is FHIR R4 4.0.1 by HL7's own definitions: zero errors
from the official JSON schema and zero failures of the R4 invariants (FHIRPath, fhirpathpy),
the ones Medplum found (Consent ppc-1, RiskAssessment ras-2) included."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.exchange import fhir
from app.services import demo
from app.services import exchange as ex
from tests import r4
from tests.factories import workspace


@pytest.fixture(scope="module")
def bundle_200(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    ws = workspace(Path(tmp_path_factory.mktemp("r4")) / "a.db")
    try:
        demo.fill(ws, persons=200, seed=9)
        me = ex.ensure_identity(ws, "Region Kronoberg").public
        records, _ids = ex.collect(ws)
    finally:
        ws.close()
    return json.loads(fhir.bundle_json(records, me, "b", "2026-01-01T00:00:00+00:00"))


def _resources(bundle: dict[str, Any], rt: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == rt]


def test_the_export_has_every_kind_the_invariants_are_about(bundle_200: dict[str, Any]) -> None:
    kinds = {e["resource"]["resourceType"] for e in bundle_200["entry"]}
    assert {"Patient", "RiskAssessment", "CarePlan", "Task", "Consent", "Communication", "AdverseEvent"} <= kinds
    assert len(bundle_200["entry"]) > 1000


def test_zero_errors_from_the_official_r4_json_schema(bundle_200: dict[str, Any]) -> None:
    assert r4.schema_errors(bundle_200) == []


def test_zero_failures_of_the_r4_invariants(bundle_200: dict[str, Any]) -> None:
    assert r4.invariant_failures(bundle_200) == []
    assert r4.UNEVALUATED == {}  # every invariant met was evaluated, none skipped as unknown


def test_consents_carry_a_policy_rule_and_copies_to_the_person_are_communications(bundle_200: dict[str, Any]) -> None:
    consents = _resources(bundle_200, "Consent")
    assert consents and all(c["status"] == "active" and c["policyRule"]["coding"] for c in consents)
    copies = _resources(bundle_200, "Communication")
    assert copies and all(c["status"] == "completed" and c["recipient"] for c in copies)


def test_no_prediction_without_a_probability(bundle_200: dict[str, Any]) -> None:
    """ras-2 as Medplum reads it: a prediction must carry its probability. Ours have none, so none."""
    for ra in _resources(bundle_200, "RiskAssessment"):
        assert all("probability" in p for p in ra.get("prediction", []))


def test_the_harness_catches_what_medplum_caught() -> None:
    """The checker itself, on hand-written resources: the old Consent breaks ppc-1, a reversed
    period per-1, and a Patient with an unknown element fails the schema."""
    old_consent = {
        "resourceType": "Consent",
        "id": "a",
        "status": "inactive",
        "scope": {"text": "x"},
        "category": [{"text": "y"}],
    }
    assert r4.invariant_failures(old_consent) == ["Consent/a Consent: ppc-1"]
    task = {
        "resourceType": "Task",
        "id": "t",
        "status": "requested",
        "intent": "plan",
        "executionPeriod": {"start": "2026-02-01", "end": "2026-01-01"},
    }
    assert r4.invariant_failures(task) == ["Task/t Period: per-1"]
    assert r4.schema_errors({"resourceType": "Patient", "id": "p", "nickname": "x"}) != []


def test_the_manifest_and_docs_say_r4_4_0_1() -> None:
    from app.exchange.fhir_kinds import FHIR_VERSION

    assert FHIR_VERSION == "4.0.1"
    doc = (Path(__file__).parents[2] / "docs" / "bundle-format.md").read_text()
    assert '"fhir_version": "4.0.1"' in doc and "FHIR R4 (4.0.1) Bundle" in doc


def test_protected_identity_carries_hl7_swedens_security_label(bundle_200: dict[str, Any]) -> None:
    sd = "https://egenvardsstod.se/fhir/StructureDefinition/person-protected_identity"
    patients = _resources(bundle_200, "Patient")
    protected = [p for p in patients if {"url": sd, "valueBoolean": True} in p.get("extension", [])]
    assert protected, "the demo has persons with protected identity"
    for p in patients:
        labels = {(s["system"], s["code"]) for s in p["meta"].get("security", [])}
        has = ("http://hl7.se/fhir/ig/base/CodeSystem/SecurityLabel", "sekretessmarkering") in labels
        assert has is (p in protected)


def test_links_are_literal_references_that_resolve_in_a_full_export(bundle_200: dict[str, Any]) -> None:
    ids = {e["resource"]["id"] for e in bundle_200["entry"]}
    text = json.dumps([e["resource"] for e in bundle_200["entry"]])
    refs = [part.split('"', 1)[0] for part in text.split('"urn:uuid:')[1:]]
    assert len(refs) > 1000 and [r for r in refs if r not in ids] == []
    for task in _resources(bundle_200, "Task"):
        assert task["basedOn"][0]["reference"].removeprefix("urn:uuid:") in ids
        assert task["basedOn"][0]["identifier"]["value"]  # what an importer reads, also for plans sent before
    for copy in _resources(bundle_200, "Communication"):
        assert copy["basedOn"][0]["reference"].removeprefix("urn:uuid:") in ids
