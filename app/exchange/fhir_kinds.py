"""The FHIR elements of each record kind: one writer and one reader per kind, in two tables
(`WRITERS`, `READERS`), and the identifiers and code systems they use. `fhir.py` puts the
resources into a bundle and takes them out again; this module only knows one resource at a time.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import re
import uuid
from collections.abc import Callable
from typing import Any

from app.exchange.fhir_ext import encode
from app.exchange.records import ExchangedDocument
from app.models.common import Practitioner, to_plain
from app.models.deviation import Harm
from app.models.plain import hints
from app.models.plan import PlanStatus

# FHIR R4, the release HL7 Sweden's base profiles and Swedish systems use. Imports are validated
# with HL7's R4 4.0.1 JSON schema (fhir_check); tests/r4.py holds every export to the same
# schema and to the R4 invariants.
FHIR_VERSION = "4.0.1"
BASE = "https://egenvardsstod.se/fhir"
SD = f"{BASE}/StructureDefinition"
TAG_SYSTEM = f"{BASE}/CodeSystem/record-kind"
PLAN_ID_SYSTEM = f"{BASE}/identifier/plan"
# R4's AdverseEvent has no element for the CarePlan it concerns: a deviation names its plan in
# this extension, a Reference with the plan identifier (always: it is what the importer reads)
# and, when the plan travels in the same bundle, the literal reference to its newest version.
# Bundles before 2026-11 carry the plan id as text in `deviation-plan_id`; it still reads.
CARE_PLAN_EXT = f"{BASE}/StructureDefinition/care-plan"
# SNOMED CT only where the code could be checked against a published source: 734163000 "Care
# plan (record artifact)", the root of R4's example value set CarePlan.category
# (http://hl7.org/fhir/ValueSet/care-plan-category: "is-a 734163000"). No narrower concept for
# an egenvård plan was found, so none is claimed; the text says what it is.
CARE_PLAN_CATEGORY = {
    "coding": [{"system": "http://snomed.info/sct", "code": "734163000", "display": "Care plan (record artifact)"}],
    "text": "Egenvårdsplan",
}
ORG_SYSTEM = f"{BASE}/identifier/organisation-fingerprint"
# The content hash of the version a record was made from, as last exchanged with the recipient.
FOLLOWS = f"{SD}/follows"
_HASH = re.compile(r"^[0-9a-f]{64}$")
PNR_SYSTEM = "http://electronichealth.se/identifier/personnummer"
SNR_SYSTEM = "http://electronichealth.se/identifier/samordningsnummer"
# HL7 Sweden's base profiles (R4): security labels for skyddade personuppgifter (codes
# `sekretessmarkering`, `skyddadFolkbokforing`); our flag says the identity is protected without
# saying which, so it is written as sekretessmarkering, the marking of 22 kap. 1 § OSL.
SE_SECURITY_LABEL = "http://hl7.se/fhir/ig/base/CodeSystem/SecurityLabel"
# HL7 Sweden's identifier systems for organisations and practitioners.
HSA_ID_SYSTEM = "urn:oid:1.2.752.29.4.19"
ORG_NUMBER_SYSTEM = "urn:oid:2.5.4.97"
_NS = uuid.UUID("6f1c9a52-0d7e-4f4e-9a55-3c1f0e2b7a10")  # fixed namespace for derived resource ids
_NS_BYTES = _NS.bytes

PLAN_STATUS_FHIR = {
    PlanStatus.DRAFT: "draft",
    PlanStatus.SIGNED: "active",
    PlanStatus.SUPERSEDED: "revoked",
    PlanStatus.VOIDED: "entered-in-error",
    PlanStatus.ENDED: "completed",
}
PLAN_STATUS_BACK = {v: k for k, v in PLAN_STATUS_FHIR.items()}
RESOURCE_OF = {
    "person": "Patient",
    "assessment": "RiskAssessment",
    "plan": "CarePlan",
    "review": "Task",
    "copy": "Consent",  # with recorded consent; a copy to the person or guardian is a Communication
    "sip_link": "Consent",
    "deviation": "AdverseEvent",
    "document": "DocumentReference",
    # A Task whose owner is the new responsible ("responsible individual") and requester the
    # one handing over, focused on the plan: the FHIR way to say who carries out follow-up.
    # Provenance was the other candidate, but it describes how a resource version came about,
    # and a hand-over changes no version of the plan; CareTeam has no giver and no agreement.
    "handover": "Task",
    "intyg": "Composition",
}
# Kinds that may be carried by more than one resource type: copy (Consent or Communication).
ALSO_RESOURCE = {"copy": "Communication"}
# The consent behind a copy or a SIP link, as a Consent's computable rule (ppc-1): opt-in to
# sharing the person's information with the named recipient.
CONSENT_POLICY_RULE = {
    "coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "OPTIN"}],
    "text": "Samtycke till informationsdelning / consent to share",
}
# Fields each kind reads from standard elements; all other fields travel as extensions.
STANDARD: dict[str, set[str]] = {
    "person": {"id", "number", "given_name", "family_name"},
    "assessment": {"id", "person_id", "measure", "assessor", "assessed_on"},
    "plan": {"id", "person_id", "assessment_id", "status", "measure"},
    "review": {"id", "plan_id"},
    "copy": {"id"},
    "sip_link": {"id", "person_id"},
    "deviation": {"id", "person_id", "plan_id"},
    "document": {"id", "person_id", "pdf"},
    "handover": {"id", "person_id", "plan_id", "giver", "receiver"},
    "intyg": {"id", "person_id", "assessor"},
}
# Kinds whose standard elements name a Practitioner resource that may come later in the bundle.
NAMES_PRACTITIONER = frozenset({"assessment", "intyg", "handover"})
INTYG_TYPE_SYSTEM = f"{BASE}/CodeSystem/document-type"


def uid(*parts: str) -> str:
    """`str(uuid.uuid5(_NS, "\\x1f".join(parts)))`, written out: 43 000 ids of an export took
    0.4 s through uuid.UUID objects (tests/exchange/test_fhir_ids.py holds it to uuid5)."""
    b = bytearray(hashlib.sha1(_NS_BYTES + "\x1f".join(parts).encode("utf-8")).digest()[:16])
    b[6] = (b[6] & 0x0F) | 0x50  # version 5
    b[8] = (b[8] & 0x3F) | 0x80  # the RFC 4122 variant
    x = b.hex()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def ref(ident: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{ident}"}


def _deref(value: Any, what: str) -> str:
    text = value.get("reference", "") if isinstance(value, dict) else ""
    if not isinstance(text, str) or not text.startswith("urn:uuid:"):
        raise ValueError(what)
    return text[len("urn:uuid:") :]


def pdf_member(doc: ExchangedDocument) -> str:
    return f"pdf/{doc.id}.pdf"


def resource_id(kind: str, record: Any) -> str:
    return uid("plan", record.id, str(record.version)) if kind == "plan" else str(record.id)


@functools.lru_cache(maxsize=4096)
def practitioner_id(p: Practitioner) -> str:
    """The Practitioner resource's id: from the person's plain form, so the same person has the
    same id in every bundle (cached: a few hundred people are named by 20 000 records)."""
    return uid("practitioner", json.dumps(to_plain(p), sort_keys=True, ensure_ascii=False))


def _meet(practitioners: dict[str, dict], p: Practitioner) -> str:
    """The id of `p`'s resource, made and added to `practitioners` the first time `p` is met."""
    pid = practitioner_id(p)
    if pid not in practitioners:
        practitioners[pid] = practitioner_resource(p)[1]
    return pid


def practitioner_resource(p: Practitioner) -> tuple[str, dict[str, Any]]:
    plain = to_plain(p)
    rid = practitioner_id(p)
    h = hints(Practitioner)
    res: dict[str, Any] = {
        "resourceType": "Practitioner",
        "id": rid,
        "name": [{"text": p.name}],
        # typed as every record field (fhir_ext): role and profession as Codings, the elevhälsa flag a boolean
        "extension": [
            e
            for k, v in plain.items()
            if k not in ("name", "hsa_id") and v
            for e in encode(f"{SD}/practitioner-{k}", h[k], v)
        ],
    }
    if p.hsa_id:  # as HL7 Sweden's SEBasePractitioner, like the organisation's (fhir._org_entry)
        prn = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "PRN"}]}
        res["identifier"] = [{"type": prn, "system": HSA_ID_SYSTEM, "value": p.hsa_id}]
    if p.title:
        res["qualification"] = [{"code": {"text": p.title}}]
    if not res["extension"]:
        del res["extension"]
    return rid, res


def _person(person: Any, plain: dict[str, Any], res: dict[str, Any]) -> None:
    system = SNR_SYSTEM if person.number.is_coordination else PNR_SYSTEM
    res["identifier"] = [{"system": system, "value": person.number.digits}]
    res["name"] = [{"use": "official", "family": person.family_name, "given": [person.given_name]}]
    res["birthDate"] = person.birth_date.isoformat()  # informative
    if person.protected_identity:  # informative: HL7 Sweden's label, and "restricted" for other systems
        res["meta"]["security"] = [
            {"system": SE_SECURITY_LABEL, "code": "sekretessmarkering", "display": "Sekretessmarkering"},
            {"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R"},
        ]
    contacts = [
        {
            "relationship": [
                {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "GUARD"}]}
            ],
            "name": {"text": g.name},
        }
        for g in person.guardians
    ] + [{"relationship": [{"text": c.relation or "kontakt"}], "name": {"text": c.name}} for c in person.contacts]
    if contacts:
        res["contact"] = contacts  # informative; the extensions hold phone numbers and e-mail exactly


def _plan_status(code: Any) -> str:
    if code not in PLAN_STATUS_BACK:
        raise ValueError("status")  # a value we do not know, not a missing element
    return PLAN_STATUS_BACK[code].value


# --- writers: one per record kind, each filling the resource `_base` began ------------------
# (record, its plain form, resource, plan → person, practitioners met so far) → None


def _write_person(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    _person(record, plain, res)


def _write_assessment(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    pid = _meet(practitioners, record.assessor)
    res.update(
        status="final",
        subject=ref(record.person_id),
        occurrenceDateTime=record.assessed_on.isoformat(),
        code={"text": record.measure},
        performer=ref(pid),
    )
    # Informative: the hazards as notes. Not as `prediction`: a prediction has a probability
    # (ras-2, as Medplum reads it), and our risk analysis names hazards without one.
    notes = [
        {"text": f"{h.description} – {h.mitigation}" if h.mitigation else h.description}
        for h in record.risk_analysis.hazards
        if h.description
    ]
    if notes:
        res["note"] = notes
    if record.risk_analysis.conclusion:
        res["mitigation"] = record.risk_analysis.conclusion


def _write_plan(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    res.update(
        identifier=[{"system": PLAN_ID_SYSTEM, "value": record.id}],
        status=PLAN_STATUS_FHIR[record.status],
        intent="plan",
        category=[CARE_PLAN_CATEGORY],
        title=record.measure or "(utkast)",
        subject=ref(record.person_id),
        supportingInfo=[ref(record.assessment_id)],
        created=record.created_at.isoformat(),
    )
    if record.version > 1:
        res["replaces"] = [ref(uid("plan", record.id, str(record.version - 1)))]
    if record.reassessment_on:
        res["period"] = {"end": record.reassessment_on.isoformat()}
    if record.signature:
        res["author"] = {"display": f"{record.signature.name}, {record.signature.title}"}
    if record.measure:
        detail: dict[str, Any] = {
            "status": "in-progress" if record.status is PlanStatus.SIGNED else "not-started",
            "code": {"text": record.measure},
        }
        if record.performer:
            detail["performer"] = [{"display": record.performer}]
        if record.instruction_how:
            detail["description"] = record.instruction_how
        res["activity"] = [{"detail": detail}]


def _write_review(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    res.update(
        status="cancelled" if record.cancelled else "completed" if record.done_on else "requested",
        intent="plan",
        basedOn=[{"type": "CarePlan", "identifier": {"system": PLAN_ID_SYSTEM, "value": record.plan_id}}],
        code={"text": "omprövning" if record.kind.value == "reassessment" else "uppföljning"},
        restriction={"period": {"end": record.planned_on.isoformat()}},
    )
    if plan_person.get(record.plan_id):
        res["for"] = ref(plan_person[record.plan_id])


def _write_consent(person: str, record: Any, res: dict) -> None:
    consent = record.consent
    res.update(
        status="active",
        scope={"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy"}]},
        category=[{"coding": [{"system": "http://loinc.org", "code": "59284-0"}]}],
        policyRule=CONSENT_POLICY_RULE,
        dateTime=consent.given_on.isoformat(),
        performer=[{"display": consent.given_by}],
    )
    if person:
        res["patient"] = ref(person)


def _write_copy(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    """A copy shared with consent is that consent (a Consent); a copy handed to the person or a
    guardian needs none and is what it is: the plan communicated to them (a Communication)."""
    person = plan_person.get(record.plan_id, "")
    if record.consent is not None:
        _write_consent(person, record, res)
        return
    res["resourceType"] = "Communication"
    res.update(
        status="completed",
        category=[{"text": "kopia av egenvårdsplan / copy of the self-care plan"}],
        sent=record.handed_on.isoformat(),
        recipient=[{"display": record.recipient_name}],
        payload=[{"contentString": f"Egenvårdsplan, version {record.plan_version}"}],
    )
    if person:
        res["subject"] = ref(person)


def _write_sip_link(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    _write_consent(record.person_id, record, res)


def _write_deviation(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    res.update(
        actuality="actual" if record.harm is Harm.HARM else "potential",
        subject=ref(record.person_id),
        event={"text": record.description},
    )
    if record.plan_id:
        plan = {"type": "CarePlan", "identifier": {"system": PLAN_ID_SYSTEM, "value": record.plan_id}}
        res.setdefault("extension", []).append({"url": CARE_PLAN_EXT, "valueReference": plan})
    if record.occurred_at.tzinfo is not None:
        res["date"] = record.occurred_at.isoformat()


def _write_document(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    res.update(
        status="current",
        subject=ref(record.person_id),
        context={"related": [ref(uid("plan", record.plan_id, str(record.plan_version)))]},
        content=[
            {
                "attachment": {
                    "contentType": "application/pdf",
                    "url": pdf_member(record),
                    "size": len(record.pdf),
                    "hash": base64.b64encode(hashlib.sha1(record.pdf).digest()).decode(),
                    "title": f"Egenvårdsplan v{record.plan_version}",
                }
            }
        ],
    )


def _write_handover(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    giver = _meet(practitioners, record.giver)
    receiver = _meet(practitioners, record.receiver)
    res.update(
        status="accepted",
        intent="order",
        code={"text": "överta ansvar för uppföljning och omprövning"},
        basedOn=[{"type": "CarePlan", "identifier": {"system": PLAN_ID_SYSTEM, "value": record.plan_id}}],
        requester=ref(giver),
        owner=ref(receiver),
        executionPeriod={"start": record.handed_on.isoformat()},  # informative: the extension is exact
        note=[{"text": record.agreement}],  # informative, as above
    )
    res["for"] = ref(record.person_id)


def _narrative(text: str) -> dict[str, str]:
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip()) or "<p>-</p>"
    return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'}


def _write_intyg(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    """An egenvårdsintyg is an attested clinical document: a Composition (status, type, subject,
    author, attester, the period it is valid for, the plan version it rests on), its parts as
    sections for the region's readers. The exact values travel as extensions."""
    pid = _meet(practitioners, record.assessor)
    res.update(
        status="final" if record.status.value == "valid" else "entered-in-error",
        type={"coding": [{"system": INTYG_TYPE_SYSTEM, "code": "egenvardsintyg"}], "text": "Egenvårdsintyg"},
        subject=ref(record.person_id),
        date=record.created_at.isoformat(),
        author=[ref(pid)],
        title=f"Egenvårdsintyg – {record.measure}",
        attester=[{"mode": "professional", "time": record.issued_on.isoformat(), "party": ref(pid)}],
        event=[
            {
                "period": {"start": record.issued_on.isoformat(), "end": record.valid_until.isoformat()},
                "detail": [ref(uid("plan", record.plan_id, str(record.plan_version)))],
            }
        ],
        section=[  # informative
            {"title": title, "text": _narrative(text)}
            for title, text in (
                ("Åtgärd/insats", record.measure),
                ("Bedömning", record.judgement),
                ("Hjälp som behövs", record.help_needed),
                ("Hur ofta", record.frequency),
            )
        ],
    )


def newest_versions(plans: Any) -> dict[str, str]:
    """Plan id → the resource id of its newest version among `plans`."""
    newest: dict[str, int] = {}
    for p in plans:
        newest[p.id] = max(newest.get(p.id, 0), p.version)
    return {pid: uid("plan", pid, str(v)) for pid, v in newest.items()}


def link_plan(kind: str, record: Any, res: dict[str, Any], newest: dict[str, str]) -> None:
    """Links to a plan as literal references where the plan travels along: a review's and a
    hand-over's `basedOn` names the newest version (besides the plan identifier, which is what
    the importer reads, and which also names a plan sent earlier); a copy to the person is
    `basedOn` the very version handed over."""
    if kind in ("review", "handover") and record.plan_id in newest:
        res["basedOn"][0]["reference"] = f"urn:uuid:{newest[record.plan_id]}"
    elif kind == "copy" and res["resourceType"] == "Communication" and record.plan_id in newest:
        res["basedOn"] = [ref(uid("plan", record.plan_id, str(record.plan_version)))]
    elif kind == "deviation" and record.plan_id in newest:
        for ext in res.get("extension", ()):
            if ext["url"] == CARE_PLAN_EXT:
                ext["valueReference"]["reference"] = f"urn:uuid:{newest[record.plan_id]}"


Writer = Callable[[Any, dict[str, Any], dict, dict[str, str], dict[str, dict]], None]
WRITERS: dict[str, Writer] = {
    "person": _write_person,
    "assessment": _write_assessment,
    "plan": _write_plan,
    "review": _write_review,
    "copy": _write_copy,
    "sip_link": _write_sip_link,
    "deviation": _write_deviation,
    "document": _write_document,
    "handover": _write_handover,
    "intyg": _write_intyg,
}


# --- readers: the standard elements of one kind back as plain record fields ------------------
# (resource, practitioners of the bundle, bundle members) → plain fields; a missing element is a
# KeyError / IndexError that the caller names (MissingElement).


def _read_person(res: dict[str, Any], practitioners: dict[str, Practitioner], members: dict[str, bytes]) -> dict:
    ident = next(i for i in res["identifier"] if i.get("system") in (PNR_SYSTEM, SNR_SYSTEM))
    name = res["name"][0]
    return {
        "id": res["id"],
        "number": ident["value"],
        "given_name": " ".join(name.get("given", [])),
        "family_name": name.get("family", ""),
    }


def _read_assessment(res: dict[str, Any], practitioners: dict[str, Practitioner], members: dict[str, bytes]) -> dict:
    return {
        "id": res["id"],
        "person_id": _deref(res["subject"], "subject"),
        "measure": res["code"]["text"],
        "assessor": to_plain(practitioners[_deref(res["performer"], "performer")]),
        "assessed_on": res["occurrenceDateTime"],
    }


def _read_plan(res: dict[str, Any], practitioners: dict[str, Practitioner], members: dict[str, bytes]) -> dict:
    ident = next(i for i in res["identifier"] if i.get("system") == PLAN_ID_SYSTEM)
    measure = "" if res.get("title") == "(utkast)" else res.get("title", "")
    return {
        "id": ident["value"],
        "person_id": _deref(res["subject"], "subject"),
        "assessment_id": _deref(res["supportingInfo"][0], "supportingInfo"),
        "status": _plan_status(res["status"]),
        "measure": measure,
    }


def _read_review(res: dict[str, Any], practitioners: dict[str, Practitioner], members: dict[str, bytes]) -> dict:
    return {"id": res["id"], "plan_id": res["basedOn"][0]["identifier"]["value"]}


def _read_copy(res: dict[str, Any], practitioners: dict[str, Practitioner], members: dict[str, bytes]) -> dict:
    return {"id": res["id"]}


def _read_sip_link(res: dict[str, Any], practitioners: dict[str, Practitioner], members: dict[str, bytes]) -> dict:
    return {"id": res["id"], "person_id": _deref(res["patient"], "patient")}


def _read_deviation(res: dict[str, Any], practitioners: dict[str, Practitioner], members: dict[str, bytes]) -> dict:
    out = {"id": res["id"], "person_id": _deref(res["subject"], "subject")}
    for ext in res.get("extension", ()):
        if ext.get("url") == CARE_PLAN_EXT:  # else an older bundle's `deviation-plan_id`, read already
            out["plan_id"] = ext["valueReference"]["identifier"]["value"]
    return out


def _read_document(res: dict[str, Any], practitioners: dict[str, Practitioner], members: dict[str, bytes]) -> dict:
    url = res["content"][0]["attachment"]["url"]
    if url not in members:
        raise KeyError("attachment")
    return {"id": res["id"], "person_id": _deref(res["subject"], "subject"), "pdf": members[url]}


def _read_handover(res: dict[str, Any], practitioners: dict[str, Practitioner], members: dict[str, bytes]) -> dict:
    return {
        "id": res["id"],
        "person_id": _deref(res["for"], "for"),
        "plan_id": res["basedOn"][0]["identifier"]["value"],
        "giver": to_plain(practitioners[_deref(res["requester"], "requester")]),
        "receiver": to_plain(practitioners[_deref(res["owner"], "owner")]),
    }


def _read_intyg(res: dict[str, Any], practitioners: dict[str, Practitioner], members: dict[str, bytes]) -> dict:
    return {
        "id": res["id"],
        "person_id": _deref(res["subject"], "subject"),
        "assessor": to_plain(practitioners[_deref(res["author"][0], "author")]),
    }


Reader = Callable[[dict[str, Any], dict[str, Practitioner], dict[str, bytes]], dict]
READERS: dict[str, Reader] = {
    "person": _read_person,
    "assessment": _read_assessment,
    "plan": _read_plan,
    "review": _read_review,
    "copy": _read_copy,
    "sip_link": _read_sip_link,
    "deviation": _read_deviation,
    "document": _read_document,
    "handover": _read_handover,
    "intyg": _read_intyg,
}
