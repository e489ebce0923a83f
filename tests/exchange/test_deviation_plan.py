"""Issue 13: a deviation names its plan as a literal reference. R4's AdverseEvent has no element
for a CarePlan, so the extension `…/StructureDefinition/care-plan` (defined in docs/fhir) holds a
Reference: the plan identifier always, and `urn:uuid:` of the plan's newest version in the bundle
(`CarePlan/id` in the transaction form). Bundles of the previous form (the plan id as text in
`deviation-plan_id`) are covered by test_old_bundles.py. Also the plan's SNOMED CT category."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.exchange import container
from app.services import exchange as ex
from app.services.exchange.export_fhir import export_fhir
from tests.factories import Pair, members_of, rows

CARE_PLAN = "https://egenvardsstod.se/fhir/StructureDefinition/care-plan"
PLAN_IDS = "https://egenvardsstod.se/fhir/identifier/plan"


def _plan_refs(res: dict[str, Any]) -> list[dict[str, Any]]:
    return [e["valueReference"] for e in res.get("extension", []) if e["url"] == CARE_PLAN]


def _newest_care_plans(resources: list[dict[str, Any]]) -> dict[str, str]:
    """Plan identifier → the id of its CarePlan that no other CarePlan replaces."""
    plans = [r for r in resources if r["resourceType"] == "CarePlan"]
    replaced = {ref["reference"] for p in plans for ref in p.get("replaces", [])}
    return {
        p["identifier"][0]["value"]: p["id"]
        for p in plans
        if p["identifier"][0]["system"] == PLAN_IDS and f"urn:uuid:{p['id']}" not in replaced
    }


def test_a_deviation_names_its_plan_by_reference_and_identifier(module_pair: Pair) -> None:
    members = members_of(module_pair.bundle(), module_pair.b)
    resources = [e["resource"] for e in json.loads(members[container.BUNDLE_JSON])["entry"]]
    newest = _newest_care_plans(resources)
    events = [r for r in resources if r["resourceType"] == "AdverseEvent"]
    theirs = {r["id"]: r["plan_id"] for r in rows(module_pair.a, "deviations")}
    assert events and all(theirs[e["id"]] for e in events)  # the demo's deviations each have a plan
    for event in events:
        (ref,) = _plan_refs(event)
        assert ref["type"] == "CarePlan"
        assert ref["identifier"] == {"system": PLAN_IDS, "value": theirs[event["id"]]}
        assert ref["reference"] == f"urn:uuid:{newest[theirs[event['id']]]}"
        assert not [e for e in event["extension"] if e["url"].endswith("/deviation-plan_id")]


def test_the_plan_is_read_back_from_the_reference(pair: Pair) -> None:
    ex.import_bundle(pair.b, pair.bundle(), None)
    got = rows(pair.b, "deviations")
    assert got and all(r["plan_id"] for r in got)
    assert got == [r for r in rows(pair.a, "deviations") if r["id"] in {g["id"] for g in got}]


def test_in_the_transaction_form_the_reference_is_type_and_id(module_pair: Pair, tmp_path: Path) -> None:
    bundles = [json.loads(p.read_bytes()) for p in export_fhir(module_pair.a, tmp_path / "fhir").paths]
    resources = [e["resource"] for b in bundles for e in b["entry"]]
    plans = {r["id"]: r for r in resources if r["resourceType"] == "CarePlan"}
    events = [r for r in resources if r["resourceType"] == "AdverseEvent"]
    assert events
    for event in events:
        (ref,) = _plan_refs(event)
        kind, _, target = ref["reference"].partition("/")
        assert kind == "CarePlan" and plans[target]["identifier"][0]["value"] == ref["identifier"]["value"]


def test_a_plan_is_a_care_plan_in_snomed_ct(module_pair: Pair) -> None:
    """SNOMED CT 734163000 "Care plan (record artifact)": the root of R4's example value set for
    CarePlan.category (http://hl7.org/fhir/ValueSet/care-plan-category, "is-a 734163000")."""
    members = members_of(module_pair.bundle(), module_pair.b)
    plans = [e["resource"] for e in json.loads(members[container.BUNDLE_JSON])["entry"]]
    plans = [r for r in plans if r["resourceType"] == "CarePlan"]
    assert plans and all(
        p["category"]
        == [
            {
                "coding": [
                    {"system": "http://snomed.info/sct", "code": "734163000", "display": "Care plan (record artifact)"}
                ],
                "text": "Egenvårdsplan",
            }
        ]
        for p in plans
    )
