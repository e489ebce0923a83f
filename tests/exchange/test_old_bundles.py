"""Bundles written by the previous version (manifest "fhir_version": "4.3.0", a copy to the person
as an inactive Consent, hazards as RiskAssessment.prediction) still import, record for record."""

from __future__ import annotations

import json

import pytest

from app.exchange import container
from app.services import exchange as ex
from tests.factories import Pair, members_of, resign, rows


def _as_before(resource: dict) -> dict:
    """A copy to the person as the previous version wrote it."""
    old = {k: resource[k] for k in ("id", "meta", "extension") if k in resource}
    return {
        "resourceType": "Consent",
        **old,
        "status": "inactive",
        "scope": {
            "coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy"}]
        },
        "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0"}]}],
        "patient": resource["subject"],
    }


def test_a_bundle_of_the_previous_version_imports(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    members = members_of(pair.bundle(), pair.b)
    data = json.loads(members[container.BUNDLE_JSON])
    changed = 0
    for entry in data["entry"]:
        res = entry["resource"]
        if res["resourceType"] == "Communication":
            entry["resource"] = _as_before(res)
            changed += 1
        elif res["resourceType"] == "RiskAssessment" and res.get("note"):
            res["prediction"] = [{"outcome": {"text": n["text"]}} for n in res.pop("note")]
    assert changed > 0  # the demo has copies handed to the person
    members[container.BUNDLE_JSON] = json.dumps(data).encode()
    sender = ex.own_identity(pair.a)
    assert sender is not None
    path = pair.tmp / "old.egvb"
    monkeypatch.setattr(container, "FHIR_VERSION", "4.3.0")  # what the previous version declared
    path.write_bytes(resign(members, sender, pair.b))
    manifest = json.loads(members_of(path, pair.b)[container.MANIFEST])
    assert manifest["fhir_version"] == "4.3.0"
    ex.import_bundle(pair.b, path, None)
    sent = [e["resource"]["resourceType"] for e in data["entry"]]
    copies = sum(1 for e in data["entry"] if "copy" in json.dumps(e["resource"].get("meta", {})))
    assert len(rows(pair.b, "copies")) == copies >= changed
    assert len(rows(pair.b, "assessments")) == sent.count("RiskAssessment")
