"""A passphrase bundle opens with the Debian `age` command and its Bundle is valid by HL7's R4 JSON schema."""

from __future__ import annotations

import base64
import binascii
import json
import os
import pty
import shutil
import time
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.exchange import container
from tests import r4
from tests.factories import Pair

SECRET = "lösenfras för regionen 2026"


def age_decrypt(path: str, out: str, secret: str) -> None:
    """age reads a passphrase only from a terminal: give it one."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: age with the pty as its controlling terminal
        os.execvp("age", ["age", "--decrypt", "-o", out, path])
    deadline, buf, sent = time.time() + 60, b"", False
    while time.time() < deadline:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        buf += chunk
        if not sent and b"passphrase" in buf.lower():
            os.write(fd, secret.encode() + b"\n")
            sent = True
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, buf.decode(errors="replace")


@pytest.mark.skipif(shutil.which("age") is None, reason="the Debian `age` package is not installed")
def test_passphrase_bundle_opens_with_age_and_parses_as_fhir(pair: Pair) -> None:
    path = pair.bundle("p.egvb", to=None, passphrase=SECRET)
    out = str(pair.tmp / "p.zip")
    age_decrypt(str(path), out, SECRET)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        assert {container.MANIFEST, container.SIGNATURE, container.BUNDLE_JSON} <= names
        bundle = json.loads(zf.read(container.BUNDLE_JSON))
    assert bundle["type"] == "collection" and r4.schema_errors(bundle) == []
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert {"Patient", "CarePlan", "RiskAssessment", "Consent", "Task", "Organization", "Practitioner"} <= kinds
    patient = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")
    assert patient["identifier"][0]["system"].startswith("http://electronichealth.se/identifier/")
    with zipfile.ZipFile(out) as zf:
        manifest, signature = zf.read(container.MANIFEST), zf.read(container.SIGNATURE)
    # docs/bundle-format.md: 88 characters of padded base64, no line end, that strict decoding takes.
    assert len(signature) == 88 and binascii.a2b_base64(signature, strict_mode=True)
    sender = json.loads(manifest)["sender"]
    Ed25519PublicKey.from_public_bytes(base64.b64decode(sender["ed25519_public"])).verify(
        base64.b64decode(signature, validate=True), manifest
    )
    assert set(json.loads(manifest)["counts"]) == {  # the keys the document lists
        "persons",
        "assessments",
        "plans",
        "reviews",
        "copies",
        "sip_links",
        "deviations",
        "documents",
        "handovers",
        "intyg",
    }
