"""Bundles written by the previous version (manifest "fhir_version": "4.3.0", a copy to the person
as an inactive Consent, hazards as RiskAssessment.prediction, a deviation's plan as the text
extension `deviation-plan_id`) still import, record for record."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.exchange import container
from app.exchange.fhir_kinds import CARE_PLAN_EXT, SD, STANDARD, TAG_SYSTEM, resource_id
from app.models.common import to_plain
from app.services import exchange as ex
from tests.factories import Pair, members_of, resign, rows


def _kind(res: dict[str, Any]) -> str:
    return next(t["code"] for t in res["meta"]["tag"] if t["system"] == TAG_SYSTEM)


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


def _old_extensions(kind: str, plain: dict[str, Any]) -> list[dict[str, Any]]:
    """The extensions as the previous version wrote them (its docs/bundle-format.md): every
    field not read from a standard element as `{SD}/<kind>-<field>`, valueBoolean / valueInteger /
    valueString, structures and lists as compact JSON in valueString, empty ones left out."""
    out = []
    for name, value in plain.items():
        extension = name not in STANDARD[kind] or (kind, name) == ("deviation", "plan_id")  # then, text
        if not extension or value is None or value == "":
            continue
        if isinstance(value, bool):
            out.append({"url": f"{SD}/{kind}-{name}", "valueBoolean": value})
        elif isinstance(value, int):
            out.append({"url": f"{SD}/{kind}-{name}", "valueInteger": value})
        elif isinstance(value, str):
            out.append({"url": f"{SD}/{kind}-{name}", "valueString": value})
        else:
            text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            out.append({"url": f"{SD}/{kind}-{name}", "valueString": text})
    return out


def test_a_bundle_of_the_previous_version_imports(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    members = members_of(pair.bundle(), pair.b)
    data = json.loads(members[container.BUNDLE_JSON])
    records, _ids = ex.collect(pair.a)
    old = {
        resource_id(k, r): _old_extensions(k, {n: v for n, v in to_plain(r).items() if n != "pdf"})
        for k, r in records.items()
    }
    for entry in data["entry"]:
        res = entry["resource"]
        if res["id"] in old:
            ours = (f"{SD}/{_kind(res)}-", CARE_PLAN_EXT)
            kept = [e for e in res.get("extension", []) if not e["url"].startswith(ours)]
            res["extension"] = old[res["id"]] + kept
    assert any("valueString" in e and e["valueString"].startswith("{") for e in old.values() for e in e)
    assert any(e["url"] == f"{SD}/deviation-plan_id" for e in old.values() for e in e)
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
    for table in ("plans", "assessments", "deviations", "sip_links", "persons"):  # field for field
        theirs = {r["id"]: r for r in rows(pair.a, table)}
        for row in rows(pair.b, table):
            assert row == theirs[row["id"]], table
    sent = [e["resource"]["resourceType"] for e in data["entry"]]
    copies = sum(1 for e in data["entry"] if "copy" in json.dumps(e["resource"].get("meta", {})))
    assert len(rows(pair.b, "copies")) == copies >= changed
    assert len(rows(pair.b, "assessments")) == sent.count("RiskAssessment")
