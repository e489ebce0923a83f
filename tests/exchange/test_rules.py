"""An imported record passes the rules one made here passes, or the whole bundle is refused,
naming the record and the rule, and the receiver's database and key file stay byte-identical."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from app.exchange import container, errors
from app.services import exchange as ex
from tests.factories import Pair, members_of, refused, resign

SD = "https://egenvardsstod.se/fhir/StructureDefinition"
Resources = list[dict[str, Any]]


def _kind(res: dict[str, Any]) -> str:
    return next((t["code"] for t in res.get("meta", {}).get("tag", [])), "")


def _signed_plan(resources: Resources) -> dict[str, Any]:
    return next(r for r in resources if r["resourceType"] == "CarePlan" and r["status"] == "active")


def _without(res: dict[str, Any], name: str) -> None:
    res["extension"] = [e for e in res["extension"] if e["url"] != f"{SD}/{name}"]


def _no_point_4(resources: Resources) -> str:
    plan = _signed_plan(resources)
    _without(plan, "plan-on_harm")
    return plan["identifier"][0]["value"]


def _no_signature(resources: Resources) -> str:
    plan = _signed_plan(resources)
    _without(plan, "plan-signature")
    return plan["identifier"][0]["value"]


def _health_care_outcome(resources: Resources) -> str:
    plan = _signed_plan(resources)
    assessment_id = plan["supportingInfo"][0]["reference"].removeprefix("urn:uuid:")
    assessment = next(r for r in resources if r["id"] == assessment_id)
    for ext in assessment["extension"]:
        if ext["url"] == f"{SD}/assessment-outcome":
            ext["valueCoding"]["code"] = "health_care"
    return plan["identifier"][0]["value"]


def _copy_without_consent(resources: Resources) -> str:
    copy = next(
        r for r in resources if _kind(r) == "copy" and any(e["url"] == f"{SD}/copy-consent" for e in r["extension"])
    )
    _without(copy, "copy-consent")
    return str(copy["id"])


CASES: list[tuple[Callable[[Resources], str], str, str]] = [
    (_no_point_4, "plan {} v1", "4. vilka åtgärder som ska vidtas och vem som ska kontaktas vid skada"),
    (_no_signature, "plan {} v1", "Planversionen är markerad som signerad men saknar underskrift."),
    (_health_care_outcome, "plan {} v1", "Bedömningen säger att åtgärden inte är egenvård"),
    (_copy_without_consent, "kopia / copy {}", "En kopia till någon annan än den enskilde kräver registrerat samtycke"),
]


@pytest.mark.parametrize(("damage", "record", "rule"), CASES, ids=[c[0].__name__ for c in CASES])
def test_a_record_breaking_a_rule_refuses_the_bundle(
    module_pair: Pair, damage: Callable[[Resources], str], record: str, rule: str
) -> None:
    members = members_of(module_pair.bundle(), module_pair.b)
    data = json.loads(members[container.BUNDLE_JSON])
    ident = damage([e["resource"] for e in data["entry"]])
    members[container.BUNDLE_JSON] = json.dumps(data).encode()
    sender = ex.own_identity(module_pair.a)
    assert sender is not None
    message = refused(module_pair, resign(members, sender, module_pair.b), errors.RuleBroken, damage.__name__)
    assert message.startswith(f"Utbytespaketet avvisades: {record.format(ident)} bryter mot regeln ”")
    assert rule in message and message.endswith("Inget har importerats.")


def test_the_same_bundle_unharmed_is_taken(pair: Pair) -> None:
    """The cases above are refused for their damage, not for being re-signed: unharmed, it imports."""
    members = members_of(pair.bundle(), pair.b)
    sender = ex.own_identity(pair.a)
    assert sender is not None
    path = pair.tmp / "whole.egvb"
    path.write_bytes(resign(members, sender, pair.b))
    assert ex.import_bundle(pair.b, path).counts["new"] > 50


def _no_outcome(resources: Resources) -> str:
    assessment = next(r for r in resources if r["resourceType"] == "RiskAssessment")
    _without(assessment, "assessment-outcome")
    return f"{SD}/assessment-outcome"


def _patient_without_identifier(resources: Resources) -> str:
    del next(r for r in resources if r["resourceType"] == "Patient")["identifier"]
    return "Patient.identifier"


@pytest.mark.parametrize("damage", [_no_outcome, _patient_without_identifier])
def test_a_missing_element_is_named_never_a_damaged_database(
    module_pair: Pair, damage: Callable[[Resources], str]
) -> None:
    """A third-party bundle may leave out what FHIR calls optional; we need it to store the record."""
    members = members_of(module_pair.bundle(), module_pair.b)
    data = json.loads(members[container.BUNDLE_JSON])
    element = damage([e["resource"] for e in data["entry"]])
    members[container.BUNDLE_JSON] = json.dumps(data).encode()
    sender = ex.own_identity(module_pair.a)
    assert sender is not None
    message = refused(module_pair, resign(members, sender, module_pair.b), errors.MissingElement, damage.__name__)
    assert message.startswith(f"Utbytespaketet saknar elementet {element} för ")
    assert "skadad" not in message
