"""Issue 13: a bundle written by a partner without our code (pyrage, zipfile, cryptography and
the standard library only), following docs/bundle-format.md, imports; so does one with every
optional part left out (absent optional elements read as empty). Nothing from app/ is used to
write it: only to receive it, as the receiving organisation."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.services import exchange as ex
from app.services.workspace import Workspace
from tests.factories import rows

SD = "https://egenvardsstod.se/fhir/StructureDefinition"
CS = "https://egenvardsstod.se/fhir/CodeSystem"
PNR = "http://electronichealth.se/identifier/personnummer"
NUMBER = "201204059800"  # synthetic (a Skatteverket test number)
CHUNK = 65536


class Partner:
    """The region's own system: an age key and an Ed25519 key, and its identity file."""

    def __init__(self, name: str) -> None:
        self.age = pyrage.x25519.Identity.generate()
        self.ed = Ed25519PrivateKey.generate()
        public = self.ed.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.identity = {
            "format": "egenvard-identity",
            "version": 1,
            "name": name,
            "age_recipient": str(self.age.to_public()),
            "ed25519_public": base64.b64encode(public).decode(),
        }
        text = f"{self.identity['age_recipient']}\n{self.identity['ed25519_public']}"
        self.identity["fingerprint"] = hashlib.sha256(text.encode()).hexdigest()

    def bundle(self, resources: list[dict[str, Any]], to: str, manifest_extra: dict[str, Any]) -> bytes:
        bundle_json = json.dumps(
            {
                "resourceType": "Bundle",
                "type": "collection",
                "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
            }
        ).encode()
        manifest = json.dumps(
            {
                "format": "egenvard-bundle",
                "version": 1,
                "bundle_id": str(uuid.uuid4()),
                "created_at": "2026-11-29T10:00:00+00:00",
                "sender": {k: self.identity[k] for k in ("name", "age_recipient", "ed25519_public", "fingerprint")},
                "members": [
                    {"path": "bundle.json", "sha256": hashlib.sha256(bundle_json).hexdigest(), "size": len(bundle_json)}
                ],
                **manifest_extra,
            }
        ).encode()
        signature = base64.b64encode(self.ed.sign(manifest))
        return pyrage.encrypt(_padded_zip(manifest, signature, bundle_json), [pyrage.x25519.Recipient.from_str(to)])


def _zip(members: dict[str, bytes], comment: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.comment = comment
    return buf.getvalue()


def _padded_zip(manifest: bytes, signature: bytes, bundle_json: bytes) -> bytes:
    """The zip padded with its comment to whole 64 KiB chunks, as the document says."""
    members = {"manifest.json": manifest, "manifest.sig": signature, "bundle.json": bundle_json}
    bare = _zip(members, b"")
    padded = _zip(members, b" " * ((-len(bare)) % CHUNK))
    assert len(padded) % CHUNK == 0
    return padded


def _receiver(ws: Workspace, partner: Partner, tmp: Path) -> str:
    me = ex.ensure_identity(ws, "Alvesta kommun").public
    path = tmp / "partner.json"
    path.write_text(json.dumps(partner.identity))
    ex.import_identity(ws, path, trust=True)
    return me.age_recipient


def _tag(kind: str) -> dict[str, Any]:
    return {"tag": [{"system": f"{CS}/record-kind", "code": kind}]}


def test_a_partner_bundle_with_every_part_imports(ws: Workspace, tmp_path: Path) -> None:
    partner = Partner("Region Kronoberg (eget system)")
    to = _receiver(ws, partner, tmp_path)
    pid, sip, dev = (str(uuid.uuid4()) for _ in range(3))
    patient = {
        "resourceType": "Patient",
        "id": pid,
        "meta": _tag("person"),
        "extension": [
            {"url": f"{SD}/person-unit", "valueString": "Barn- och ungdomsmedicin"},
            {"url": f"{SD}/person-created_at", "valueDateTime": "2026-11-01T09:00:00+01:00"},
            {"url": f"{SD}/person-guardians", "extension": [{"url": "name", "valueString": "Maria Lind"}]},
        ],
        "identifier": [{"system": PNR, "value": NUMBER}],
        "name": [{"family": "Lind", "given": ["Elsa"]}],
    }
    consent = {
        "resourceType": "Consent",
        "id": sip,
        "meta": _tag("sip_link"),
        "extension": [
            {"url": f"{SD}/sip_link-sip_date", "valueDate": "2026-11-10"},
            {"url": f"{SD}/sip_link-coordinator", "valueString": "Anna Berg, SIP-samordnare"},
            {"url": f"{SD}/sip_link-parties", "valueString": "Region Kronoberg"},
            {"url": f"{SD}/sip_link-parties", "valueString": "Alvesta kommun"},
            {
                "url": f"{SD}/sip_link-consent",
                "extension": [
                    {"url": "given_by", "valueString": "Maria Lind"},
                    {"url": "giver", "valueCoding": {"system": f"{CS}/consent-giver", "code": "guardian"}},
                    {"url": "given_on", "valueDate": "2026-11-10"},
                ],
            },
        ],
        "status": "active",
        "scope": {
            "coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy"}]
        },
        "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0"}]}],
        "policyRule": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "OPTIN"}]},
        "patient": {"reference": f"urn:uuid:{pid}"},
    }
    deviation = {
        "resourceType": "AdverseEvent",
        "id": dev,
        "meta": _tag("deviation"),
        "extension": [
            {"url": f"{SD}/deviation-occurred_at", "valueDateTime": "2026-11-20T08:15:00+01:00"},
            {"url": f"{SD}/deviation-location", "valueString": "Skolan"},
            {"url": f"{SD}/deviation-description", "valueString": "Insulindos given för sent."},
            {"url": f"{SD}/deviation-reporter", "valueString": "Anna Berg"},
            {"url": f"{SD}/deviation-harm", "valueCoding": {"system": f"{CS}/harm", "code": "risk"}},
            {
                "url": f"{SD}/deviation-parties",
                "extension": [
                    {"url": "organisation", "valueString": "Alvesta kommun"},
                    {"url": "informed_on", "valueDate": "2026-11-21"},
                ],
            },
        ],
        "actuality": "potential",
        "subject": {"reference": f"urn:uuid:{pid}"},
    }
    extra = {
        "fhir_version": "4.0.1",
        "recipient": {"kind": "x25519", "name": "Alvesta kommun", "fingerprint": "-"},
        "counts": {"persons": 1, "sip_links": 1, "deviations": 1},
        "sequence": 1,
    }
    path = tmp_path / "partner.egvb"
    path.write_bytes(partner.bundle([patient, consent, deviation], to, extra))
    result = ex.import_bundle(ws, path)
    assert result.counts["new"] == 3
    person = rows(ws, "persons")[0]
    assert person["id"] == pid and person["given_name"] == "Elsa" and person["family_name"] == "Lind"
    link = rows(ws, "sip_links")[0]
    assert link["coordinator"] == "Anna Berg, SIP-samordnare" and str(link["sip_date"]) == "2026-11-10"
    assert "Maria Lind" in json.dumps(link, default=str) and "Alvesta kommun" in json.dumps(link, default=str)
    stored = rows(ws, "deviations")[0]
    assert stored["harm"] == "risk" and "2026-11-21" in json.dumps(stored, default=str)


def test_a_partner_bundle_with_every_optional_part_left_out_imports(ws: Workspace, tmp_path: Path) -> None:
    """A Patient of only the documented elements; a manifest without counts, sequence, audit
    head, recipient or FHIR version; no meta beyond the record kind; no extensions at all."""
    partner = Partner("Region Kronoberg (minimal)")
    to = _receiver(ws, partner, tmp_path)
    pid = str(uuid.uuid4())
    patient = {
        "resourceType": "Patient",
        "id": pid,
        "meta": _tag("person"),
        "identifier": [{"system": PNR, "value": NUMBER}],
        "name": [{"family": "Lind", "given": ["Elsa"]}],
    }
    path = tmp_path / "minimal.egvb"
    path.write_bytes(partner.bundle([patient], to, {}))
    assert ex.import_bundle(ws, path).counts["new"] == 1
    person = rows(ws, "persons")[0]
    assert person["id"] == pid and person["unit"] == "" and person["protected_identity"] in (0, False)
