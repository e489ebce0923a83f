"""Issue 13: the organisation's optional HSA-id and organisationsnummer travel on the bundle's
Organization with HL7 Sweden's identifier systems (SEBaseOrganization); a malformed one is
refused with a sentence and nothing stored."""

from __future__ import annotations

import json

import pytest

from app.errors import ValidationError
from app.exchange import container
from app.services import exchange as ex
from app.services.workspace import Workspace
from tests import r4
from tests.factories import PASSPHRASE, Pair, members_of, run_cli

HSA = "SE2321000131-P000000123457"
ORGNR = "2120000142"  # Region Kronoberg's form: 212000-0142 (Luhn-valid)


def _organization(pair: Pair) -> dict:
    data = json.loads(members_of(pair.bundle(), pair.b)[container.BUNDLE_JSON])
    return next(e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == "Organization")


def test_ids_are_written_with_swedish_identifier_systems(pair: Pair) -> None:
    assert [i["system"] for i in _organization(pair)["identifier"]] == [
        "https://egenvardsstod.se/fhir/identifier/organisation-fingerprint"
    ]  # none set: none written
    ex.set_organisation_ids(pair.a, HSA, "212000-0142")
    org = _organization(pair)
    by_system = {i["system"]: i for i in org["identifier"]}
    assert by_system["urn:oid:1.2.752.29.4.19"]["value"] == HSA
    assert by_system["urn:oid:1.2.752.29.4.19"]["type"]["coding"][0]["code"] == "PRN"
    assert by_system["urn:oid:2.5.4.97"]["value"] == ORGNR
    assert by_system["urn:oid:2.5.4.97"]["type"]["coding"][0]["code"] == "XX"
    assert r4.schema_errors(org) == [] and r4.invariant_failures(org) == []


@pytest.mark.parametrize(("hsa", "number"), [("2321000131-P1", ""), ("SE23210-X", ""), ("", "2120000143"), ("", "12")])
def test_malformed_ids_are_refused_and_nothing_stored(ws: Workspace, hsa: str, number: str) -> None:
    ex.set_organisation_ids(ws, HSA, ORGNR)
    with pytest.raises(ValidationError) as caught:
        ex.set_organisation_ids(ws, hsa, number)
    assert caught.value.sv and caught.value.en
    assert ex.organisation_ids(ws).hsa_id == HSA and ex.organisation_ids(ws).org_number == ORGNR


def test_cli_sets_and_shows_the_ids(
    ws: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    db = str(ws.path)
    ws.close()
    code, out, err = run_cli(capsys, "identity", "ids", "--db", db, "--hsa-id", HSA, "--org-number", "212000-0142")
    assert code == 0, err
    assert HSA in out and ORGNR in out
    code, _out, err = run_cli(capsys, "identity", "ids", "--db", db, "--org-number", "2120000143")
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    code, out, _err = run_cli(capsys, "identity", "ids", "--db", db)
    assert code == 0 and HSA in out and ORGNR in out
