"""Checks of the installed app that the self-test (`egenvard --self-test`) runs below the window:
that a packaged build can still start its helper process and validate FHIR there."""

from __future__ import annotations

import json

# The smallest bundle laid out as ours are (`{ members, "entry": [ … ] }`): one Patient.
_BUNDLE = {
    "resourceType": "Bundle",
    "type": "collection",
    "entry": [
        {
            "fullUrl": "urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7",
            "resource": {"resourceType": "Patient", "id": "sjalvtest", "name": [{"family": "Testsson"}]},
        }
    ],
}


def second_process_validates() -> str:
    """Validate a tiny bundle in the spawned second process, as a large import does; returns who
    judged it ("process" when that process answered). A frozen app without freeze_support, or
    without the R4 schema (resources/fhir_r4), answers "here" or raises."""
    from app.exchange import fhir, fhir_process

    raw = json.dumps(_BUNDLE).encode("utf-8")
    window = fhir._entry_last(raw)
    if window is None:
        raise RuntimeError("the self-test bundle is not laid out as ours are")
    with fhir_process.Verdict(raw, *window, fhir.CHECKS) as verdict:
        verdict.wait()
        return verdict.judged_by
