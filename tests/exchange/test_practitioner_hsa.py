"""Issue 13: a practitioner's optional HSA-id, validated like the organisation's and written as
HL7 Sweden's `identifier` (system urn:oid:1.2.752.29.4.19). A field added after the content
hashes were first exchanged: a practitioner without one keeps the hash (and the FHIR id) of
hash version 1, so partners do not see every record as changed; one with it changes, as it should."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.exchange import container, fhir, fhir_kinds
from app.exchange.errors import InvalidFhir
from app.exchange.plain import record_hash
from app.models.common import Practitioner, Role, to_plain
from app.services import exchange as ex
from app.services.exchange import content_hash
from tests import r4
from tests.factories import PASSPHRASE, Pair, members_of, resign, rows
from tests.factories import run_cli as run

SARA = Practitioner("Sara Sjö", "Sjuksköterska", "Växjö kommun", "Hemtjänst Norr", Role.LICENSED)
# Hash version 1, as the code before the HSA-id computed it (2026-11-30), written out here:
V1_JSON = (
    '{"name":"Sara Sjö","organisation":"Växjö kommun","profession":"nurse","role":"nurse",'
    '"school_health":false,"title":"Sjuksköterska","unit":"Hemtjänst Norr"}'
)
V1_HASH = "32b3fc08ef4f41489c255b34beaba0501808f57d1e04ff2e34d9780ba5ddb931"
V1_FHIR_ID = "1ac23365-8834-5dbe-89b7-51b15435b87e"
HSA = "SE2321000131-P000000123457"


def test_without_an_hsa_id_the_hash_and_fhir_id_are_those_of_version_1() -> None:
    assert hashlib.sha256(V1_JSON.encode()).hexdigest() == V1_HASH
    assert record_hash(SARA) == V1_HASH
    assert fhir_kinds.practitioner_resource(SARA)[0] == V1_FHIR_ID
    assert "hsa_id" not in to_plain(SARA)


def test_with_an_hsa_id_the_hash_changes_and_it_travels_as_an_identifier() -> None:
    sara = replace(SARA, hsa_id=HSA.lower())
    assert sara.hsa_id == HSA  # written upper case, as the organisation's
    assert to_plain(sara)["hsa_id"] == HSA and record_hash(sara) != V1_HASH
    rid, res = fhir_kinds.practitioner_resource(sara)
    assert rid != V1_FHIR_ID
    assert res["identifier"] == [
        {
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "PRN"}]},
            "system": "urn:oid:1.2.752.29.4.19",
            "value": HSA,
        }
    ]
    assert not [e for e in res.get("extension", []) if "hsa" in e["url"]]
    assert r4.schema_errors(res) == [] and r4.invariant_failures(res) == []
    assert fhir._practitioner(res) == sara
    assert fhir._practitioner(fhir_kinds.practitioner_resource(SARA)[1]) == SARA  # none: none


@pytest.mark.parametrize("bad", ["SE232100013-P1", "2321000131-P000000123457", "SE2321000131-", "SE2321000131 P1"])
def test_an_hsa_id_that_is_none_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        replace(SARA, hsa_id=bad)
    assert caught.value.field == "hsa_id" and "SE2321000131-P000000123457" in str(caught.value)


def test_a_bundle_carries_the_assessors_hsa_id_and_unchanged_records_stay_unchanged(pair: Pair) -> None:
    """An assessor with an HSA-id arrives with it; the records of assessors without one import
    with the same content hash on both sides (what the next export compares against)."""
    assessment = pair.a.repos.assessments.all()[0]
    with pair.a.store.atomic():
        pair.a.repos.assessments.save(replace(assessment, assessor=replace(assessment.assessor, hsa_id=HSA)))
    members = members_of(pair.bundle(), pair.b)
    practitioners = [
        e["resource"] for e in json.loads(members[container.BUNDLE_JSON])["entry"]
        if e["resource"]["resourceType"] == "Practitioner"
    ]  # fmt: skip
    assert [p["identifier"][0]["value"] for p in practitioners if "identifier" in p] == [HSA]
    ex.import_bundle(pair.b, pair.bundle(), None)
    got = {a.id: a for a in pair.b.repos.assessments.all()}
    assert got[assessment.id].assessor.hsa_id == HSA
    for theirs in pair.a.repos.assessments.all():
        if theirs.id in got:
            assert content_hash("assessment", got[theirs.id]) == content_hash("assessment", theirs)
    assert sum(1 for r in rows(pair.b, "assessments") if "hsa_id" in r["assessor"]) == 1


def test_a_partners_practitioner_with_a_wrong_hsa_id_is_refused(pair: Pair) -> None:
    members = members_of(pair.bundle(), pair.b)
    data = json.loads(members[container.BUNDLE_JSON])
    practitioner = next(e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == "Practitioner")
    practitioner["identifier"] = [{"system": "urn:oid:1.2.752.29.4.19", "value": "SE99-X"}]
    members[container.BUNDLE_JSON] = json.dumps(data).encode()
    sender = ex.own_identity(pair.a)
    assert sender is not None
    path = pair.tmp / "bad.egvb"
    path.write_bytes(resign(members, sender, pair.b))
    before = rows(pair.b, "assessments")
    with pytest.raises(InvalidFhir, match=r"Practitioner\.hsa_id"):
        ex.import_bundle(pair.b, path, None)
    assert rows(pair.b, "assessments") == before


def test_the_profile_takes_an_hsa_id_on_the_command_line(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    db = str(tmp_path / "p.db")
    assert run(capsys, "init", "--db", db, "--name", "Anna Berg", "--title", "Distriktssköterska")[0] == 0
    code, out, err = run(capsys, "profile", "set", "--db", db, "--hsa-id", "SE2321000131-X1 2")
    assert code == 1 and "Traceback" not in err and "HSA-id" in err
    assert run(capsys, "profile", "set", "--db", db, "--hsa-id", "se2321000131-e000000000001")[0] == 0
    code, out, _ = run(capsys, "profile", "show", "--db", db, "--json")
    assert code == 0 and json.loads(out)["hsa_id"] == "SE2321000131-E000000000001"
    assert run(capsys, "profile", "set", "--db", db, "--hsa-id", "")[0] == 0
    assert json.loads(run(capsys, "profile", "show", "--db", db, "--json")[1])["hsa_id"] == ""
