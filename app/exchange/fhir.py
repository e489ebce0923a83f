"""FHIR R4 (4.3.0, `fhir.resources.R4B`) mapping of the exchanged records, both ways.

Each record becomes one resource whose `meta.tag` (system TAG_SYSTEM) names the record kind.
Fields with a natural FHIR element are written there and read back from there (ids,
subject references, the personnummer identifier, names, status, dates). Every other field
is an extension `{SD}/{kind}-{field}` holding the exact value, so a round trip between two
Egenvårdsstöd installations loses nothing. Some elements are written only for the region's
readers (marked "informative"); the importer does not read them. See docs/bundle-format.md.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
import io
import itertools
import json
import operator
import re
import typing
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import ijson

from app.errors import ValidationError
from app.exchange import fhir_process
from app.exchange.errors import InvalidFhir, MissingElement
from app.exchange.fhir_check import BundleCheck, validate
from app.exchange.identity import PublicIdentity
from app.exchange.limits import check_shape
from app.exchange.plain import from_plain, hints, strip_optional
from app.exchange.records import KINDS, ExchangedDocument, RecordSet
from app.models.common import Practitioner, to_plain
from app.models.deviation import Harm
from app.models.plan import PlanStatus

BASE = "https://egenvardsstod.se/fhir"
SD = f"{BASE}/StructureDefinition"
TAG_SYSTEM = f"{BASE}/CodeSystem/record-kind"
PLAN_ID_SYSTEM = f"{BASE}/identifier/plan"
ORG_SYSTEM = f"{BASE}/identifier/organisation-fingerprint"
# The content hash of the version a record was made from, as last exchanged with the recipient.
FOLLOWS = f"{SD}/follows"
_HASH = re.compile(r"^[0-9a-f]{64}$")
PNR_SYSTEM = "http://electronichealth.se/identifier/personnummer"
SNR_SYSTEM = "http://electronichealth.se/identifier/samordningsnummer"
_NS = uuid.UUID("6f1c9a52-0d7e-4f4e-9a55-3c1f0e2b7a10")  # fixed namespace for derived resource ids

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
    "copy": "Consent",
    "sip_link": "Consent",
    "deviation": "AdverseEvent",
    "document": "DocumentReference",
}
# Fields each kind reads from standard elements; all other fields travel as extensions.
STANDARD: dict[str, set[str]] = {
    "person": {"id", "number", "given_name", "family_name"},
    "assessment": {"id", "person_id", "measure", "assessor", "assessed_on"},
    "plan": {"id", "person_id", "assessment_id", "status", "measure"},
    "review": {"id", "plan_id"},
    "copy": {"id"},
    "sip_link": {"id", "person_id"},
    "deviation": {"id", "person_id"},
    "document": {"id", "person_id", "pdf"},
}


def uid(*parts: str) -> str:
    return str(uuid.uuid5(_NS, "\x1f".join(parts)))


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


# --- extensions ---------------------------------------------------------------------------------


def _ext_value(value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"valueBoolean": value}
    if isinstance(value, int):
        return {"valueInteger": value}
    if isinstance(value, str):
        return {"valueString": value}
    return {"valueString": json.dumps(value, ensure_ascii=False, separators=(",", ":"))}


def _extensions(kind: str, plain: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for name, value in plain.items():
        if name in STANDARD[kind] or value is None or (isinstance(value, str) and value == ""):
            continue  # FHIR forbids empty strings; an absent extension reads back as the default
        out.append({"url": f"{SD}/{kind}-{name}", **_ext_value(value)})
    return out


@functools.cache
def _extension_fields(kind: str, cls: type) -> tuple[dict[str, bool], dict[str, Any], frozenset[str]]:
    """Per record type, once: which extension fields hold JSON, what an absent one means
    (empty strings were left out on the way in, false is false; anything else absent was None),
    and which fields cannot be None: absent, they are a missing element (a third-party bundle)."""
    h = hints(cls)
    json_fields = {}
    absent: dict[str, Any] = {}
    required = set()
    for f in dataclasses.fields(cls):
        if f.name in STANDARD[kind]:
            continue
        target = strip_optional(h[f.name])
        json_fields[f.name] = typing.get_origin(target) is tuple or dataclasses.is_dataclass(target)
        empty = (f.default is not dataclasses.MISSING and f.default == "") or h[f.name] is str
        absent[f.name] = "" if empty else False if h[f.name] is bool else None
        if absent[f.name] is None and target is h[f.name]:  # not Optional: None is not a value
            required.add(f.name)
    return json_fields, absent, frozenset(required)


def _read_extensions(kind: str, cls: type, resource: dict[str, Any]) -> dict[str, Any]:
    prefix = f"{SD}/{kind}-"
    json_fields, absent, required = _extension_fields(kind, cls)
    plain: dict[str, Any] = {}
    for ext in resource.get("extension", []):
        url = ext.get("url", "")
        if not url.startswith(prefix):
            continue  # someone else's extension: ignored, as FHIR allows
        name = url[len(prefix) :]
        if name not in json_fields:
            raise ValueError(f"extension {name}")
        value = None
        for k, v in ext.items():
            if k.startswith("value"):
                value = v
                break
        if json_fields[name] and isinstance(value, str):
            value = json.loads(value)
        plain[name] = value
    for name in required:
        if plain.get(name) is None:
            where = f"{resource.get('resourceType')}/{resource.get('id')}"
            raise MissingElement(element=f"{prefix}{name}", record=where)
    return {**absent, **plain}


# --- records → resources ------------------------------------------------------------------------


def _base(kind: str, rid: str, plain: dict[str, Any]) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": RESOURCE_OF[kind],
        "id": rid,
        "meta": {"tag": [{"system": TAG_SYSTEM, "code": kind}]},
    }
    exts = _extensions(kind, plain)
    if exts:
        res["extension"] = exts
    return res


def practitioner_resource(p: Practitioner) -> tuple[str, dict[str, Any]]:
    plain = to_plain(p)
    rid = uid("practitioner", json.dumps(plain, sort_keys=True, ensure_ascii=False))
    res: dict[str, Any] = {
        "resourceType": "Practitioner",
        "id": rid,
        "name": [{"text": p.name}],
        "extension": [
            # the elevhälsa flag is a bool: valueBoolean (a valueString must be a string)
            {"url": f"{SD}/practitioner-{k}", ("valueBoolean" if isinstance(v, bool) else "valueString"): v}
            for k, v in plain.items()
            if k != "name" and v
        ],
    }
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
    if person.protected_identity:  # informative: "restricted" for the region's systems
        res["meta"]["security"] = [{"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R"}]
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


# --- writers: one per record kind, each filling the resource `_base` began ------------------
# (record, its plain form, resource, plan → person, practitioners met so far) → None


def _write_person(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    _person(record, plain, res)


def _write_assessment(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    pid, pres = practitioner_resource(record.assessor)
    practitioners[pid] = pres
    res.update(
        status="final",
        subject=ref(record.person_id),
        occurrenceDateTime=record.assessed_on.isoformat(),
        code={"text": record.measure},
        performer=ref(pid),
        prediction=[  # informative: the hazards as predictions, rationale = mitigation
            {"outcome": {"text": h.description}, **({"rationale": h.mitigation} if h.mitigation else {})}
            for h in record.risk_analysis.hazards
        ],
    )
    if record.risk_analysis.conclusion:
        res["mitigation"] = record.risk_analysis.conclusion


def _write_plan(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    res.update(
        identifier=[{"system": PLAN_ID_SYSTEM, "value": record.id}],
        status=PLAN_STATUS_FHIR[record.status],
        intent="plan",
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
        status="active" if consent else "inactive",
        scope={"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy"}]},
        category=[{"coding": [{"system": "http://loinc.org", "code": "59284-0"}]}],
    )
    if person:
        res["patient"] = ref(person)
    if consent:
        res["dateTime"] = consent.given_on.isoformat()
        res["performer"] = [{"display": consent.given_by}]


def _write_copy(
    record: Any, plain: dict[str, Any], res: dict, plan_person: dict[str, str], practitioners: dict[str, dict]
) -> None:
    _write_consent(plan_person.get(record.plan_id, ""), record, res)


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
}


def _resource(
    kind: str, record: Any, plan_person: dict[str, str], practitioners: dict[str, dict], plain: dict[str, Any]
) -> dict:
    """The FHIR resource of one record: what every kind carries (`_base`), then its own
    writer. A kind without a writer is a programming error (KeyError)."""
    write = WRITERS[kind]
    if kind == "document":
        plain = {k: v for k, v in plain.items() if k != "pdf"}
    res = _base(kind, resource_id(kind, record), plain)
    write(record, plain, res, plan_person, practitioners)
    return res


def _org_entry(sender: PublicIdentity) -> dict[str, Any]:
    org_id = uid("organisation", sender.fingerprint)
    return {
        "fullUrl": f"urn:uuid:{org_id}",
        "resource": {
            "resourceType": "Organization",
            "id": org_id,
            "identifier": [{"system": ORG_SYSTEM, "value": sender.fingerprint}],
            "name": sender.name,
        },
    }


# (kind, record, its plain form) → the hash of the version the record follows, or None.
Seen = Callable[[str, Any, dict[str, Any]], str | None]


def _body(records: RecordSet, practitioners: dict[str, dict], seen: Seen | None = None) -> Iterator[dict[str, Any]]:
    """One entry per record; the assessors met on the way are gathered in `practitioners`.
    `seen` gets each record's plain form, so the exporter can hash it without making it again,
    and answers what the record follows (written as the `follows` extension)."""
    plan_person = records.plan_person()
    for kind, record in records.items():
        plain = to_plain(record)
        follows = seen(kind, record, plain) if seen is not None else None
        res = _resource(kind, record, plan_person, practitioners, plain)
        if follows:
            res.setdefault("extension", []).append({"url": FOLLOWS, "valueString": follows})
        yield {"fullUrl": f"urn:uuid:{res['id']}", "resource": res}


def _head(bundle_id: str, timestamp: str) -> dict[str, Any]:
    return {"resourceType": "Bundle", "id": bundle_id, "type": "collection", "timestamp": timestamp}


def to_bundle(records: RecordSet, sender: PublicIdentity, bundle_id: str, timestamp: str) -> dict[str, Any]:
    """The Bundle as one object (tests and small bundles; exports use `bundle_json`)."""
    practitioners: dict[str, dict] = {}
    body = list(_body(records, practitioners))
    people = [{"fullUrl": f"urn:uuid:{k}", "resource": v} for k, v in practitioners.items()]
    return {**_head(bundle_id, timestamp), "entry": [_org_entry(sender), *people, *body]}


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def bundle_json(
    records: RecordSet, sender: PublicIdentity, bundle_id: str, timestamp: str, seen: Seen | None = None
) -> bytes:
    """bundle.json, written entry by entry: the same bytes as `dumps(to_bundle(…))` without the
    whole Bundle ever being one tree of objects (370 MB for 10 000 plans)."""
    practitioners: dict[str, dict] = {}
    body = [_COMPACT.encode(e).encode("utf-8") for e in _body(records, practitioners, seen)]
    first = [_org_entry(sender)] + [{"fullUrl": f"urn:uuid:{k}", "resource": v} for k, v in practitioners.items()]
    out = io.BytesIO()
    out.write(_COMPACT.encode(_head(bundle_id, timestamp)).encode("utf-8")[:-1])  # without its closing brace
    out.write(b',"entry":[')
    out.write(b",".join(_COMPACT.encode(e).encode("utf-8") for e in first))
    # The practitioners come first but are known only at the end, so the body waits in a list;
    # each entry is dropped once written, so the bundle is never held twice (92 MB for 10 000 plans).
    for i, entry in enumerate(body):
        out.write(b",")
        out.write(entry)
        body[i] = b""
    out.write(b"]}")
    return out.getvalue()  # the buffer itself, not a copy


# --- resources → records ------------------------------------------------------------------------


def _kind_of(res: dict[str, Any]) -> str | None:
    for tag in res.get("meta", {}).get("tag", []):
        if tag.get("system") == TAG_SYSTEM:
            return str(tag.get("code"))
    return None


def _practitioner(res: dict[str, Any]) -> Practitioner:
    plain: dict[str, Any] = {"name": res["name"][0]["text"]}
    for ext in res.get("extension", []):
        url = ext.get("url", "")
        if url.startswith(f"{SD}/practitioner-"):
            plain[url.rsplit("-", 1)[1]] = ext["valueBoolean"] if "valueBoolean" in ext else ext.get("valueString", "")
    return typing.cast(Practitioner, from_plain(Practitioner, plain))


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
    return {"id": res["id"], "person_id": _deref(res["subject"], "subject")}


def _read_document(res: dict[str, Any], practitioners: dict[str, Practitioner], members: dict[str, bytes]) -> dict:
    url = res["content"][0]["attachment"]["url"]
    if url not in members:
        raise KeyError("attachment")
    return {"id": res["id"], "person_id": _deref(res["subject"], "subject"), "pdf": members[url]}


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
}


def _standard(
    kind: str, res: dict[str, Any], practitioners: dict[str, Practitioner], members: dict[str, bytes]
) -> dict[str, Any]:
    return READERS[kind](res, practitioners, members)  # an unknown kind: KeyError, as before


def _plan_status(code: Any) -> str:
    if code not in PLAN_STATUS_BACK:
        raise ValueError("status")  # a value we do not know, not a missing element
    return PLAN_STATUS_BACK[code].value


class RecordReader:
    """Records from validated resources, one at a time (a large bundle is read as a stream).
    Assessments name their assessor by a Practitioner resource that may come later in the
    bundle: those wait until the end. Any record breaking a domain rule makes the bundle invalid."""

    def __init__(self, members: dict[str, bytes]) -> None:
        self._members = members
        self._practitioners: dict[str, Practitioner] = {}
        self._waiting: list[tuple[int, dict[str, Any]]] = []
        self._found: dict[str, list[Any]] = {attr: [] for _cls, attr in KINDS.values()}
        self._seen: set[tuple[str, str]] = set()
        self._follows: dict[tuple[str, str], str] = {}

    def add(self, i: int, res: dict[str, Any]) -> None:
        if res.get("resourceType") == "Practitioner":
            try:
                self._practitioners[res["id"]] = _practitioner(res)
            except (KeyError, IndexError, TypeError, ValueError):
                raise InvalidFhir(detail=f"entry[{i}] Practitioner") from None
        elif _kind_of(res) == "assessment":
            self._waiting.append((i, res))
        else:
            self._record(i, res)

    def result(self) -> RecordSet:
        for i, res in self._waiting:
            self._record(i, res)
        self._waiting.clear()
        return RecordSet(**{attr: tuple(v) for attr, v in self._found.items()}, follows=self._follows)

    def _record(self, i: int, res: dict[str, Any]) -> None:
        kind = _kind_of(res)
        if kind is None:
            return  # Organization, or a resource another system added
        if kind not in KINDS or RESOURCE_OF[kind] != res.get("resourceType"):
            raise InvalidFhir(detail=f"entry[{i}]: {kind}")
        cls, attr = KINDS[kind]
        try:
            plain = _read_extensions(kind, cls, res)
            plain.update(_standard(kind, res, self._practitioners, self._members))
            record = from_plain(cls, plain)
        except ValidationError as exc:
            raise InvalidFhir(detail=f"entry[{i}] {res.get('resourceType')}.{exc.field or '?'}") from None
        except KeyError as exc:
            name = exc.args[0] if exc.args else None
            if not isinstance(name, str) or not name.isidentifier():  # e.g. an assessor we were not given
                raise InvalidFhir(detail=f"entry[{i}] {res.get('resourceType')}") from None
            element = f"{res.get('resourceType')}.{name}"  # a standard element we read is not there
            raise MissingElement(element=element, record=f"{res.get('resourceType')}/{res.get('id')}") from None
        except (IndexError, TypeError, ValueError, AttributeError, StopIteration):
            raise InvalidFhir(detail=f"entry[{i}] {res.get('resourceType')}") from None
        key = (kind, f"{record.id}:{record.version}" if kind == "plan" else record.id)
        if key in self._seen:
            raise InvalidFhir(detail=f"entry[{i}]: dubblett / duplicate")
        self._seen.add(key)
        for ext in res.get("extension", ()):
            if ext.get("url") == FOLLOWS:
                value = ext.get("valueString")
                if not isinstance(value, str) or not _HASH.match(value):
                    raise InvalidFhir(detail=f"entry[{i}] {res.get('resourceType')}.extension: follows")
                self._follows[key] = value
        self._found[attr].append(record)


def from_bundle(data: dict[str, Any], members: dict[str, bytes]) -> RecordSet:
    """Records from a validated Bundle already in memory."""
    reader = RecordReader(members)
    for i, entry in enumerate(data.get("entry") or []):
        reader.add(i, entry.get("resource") or {})
    return reader.result()


def dumps(bundle: dict[str, Any]) -> bytes:
    return _COMPACT.encode(bundle).encode("utf-8")


def loads(raw: bytes) -> dict[str, Any]:
    check_shape(raw)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise InvalidFhir(detail=NOT_JSON) from None
    validate(data)
    return typing.cast(dict[str, Any], data)


NOT_JSON = "bundle.json är inte JSON / is not JSON"


def _top_level(raw: bytes) -> dict[str, Any]:
    """The Bundle's elements other than `entry`, without building `entry`: the keys from one
    pass of the C parser, each small value read where it stands (normally before `entry`)."""
    events = ijson.parse(io.BytesIO(raw))
    first = next(events, None)
    if first is None or first[1] != "start_map":
        raise InvalidFhir(detail="inte en FHIR Bundle / not a FHIR Bundle")
    keys = [v for _p, e, v in itertools.filterfalse(operator.itemgetter(0), events) if e == "map_key"]
    if len(set(keys)) != len(keys):
        raise InvalidFhir(detail="Bundle: dubbla nycklar / duplicate keys")
    top = {k: next(ijson.items(io.BytesIO(raw), k, use_float=True)) for k in keys if k != "entry"}
    if "entry" in keys:
        kind = next(e for p, e, _v in ijson.parse(io.BytesIO(raw)) if p == "entry")
        if kind != "start_array":
            raise InvalidFhir(detail="Bundle.entry")
    return top


# `{"resourceType":"Bundle", …simple members…, "entry":[` — how our bundles begin.
_HEAD = re.compile(rb'\{\s*((?:"[A-Za-z_]+"\s*:\s*(?:"(?:[^"\\]|\\.)*"|-?[0-9]+)\s*,\s*)*)"entry"\s*:\s*\[')


class _Window:
    """A file over raw[start:end], copied a chunk at a time as ijson reads it."""

    def __init__(self, raw: bytes, start: int, end: int) -> None:
        self._view = memoryview(raw)[start:end]
        self._pos = 0

    def read(self, n: int = -1) -> bytes:
        stop = len(self._view) if n < 0 else self._pos + n
        chunk = bytes(self._view[self._pos : stop])
        self._pos += len(chunk)
        return chunk


def _entry_last(raw: bytes) -> tuple[dict[str, Any], int, int] | None:
    """(the other members, where the entry array starts, where the object ends) when the Bundle
    reads `{ simple members, "entry": [ … ] }`, as every bundle we write does. Then the entry
    array is the whole rest of the object and needs no pass of its own to find the other
    members (1.3 s for 10 000 plans). None sends the bundle to the general reading."""
    m = _HEAD.match(raw)
    body = raw.rstrip()
    if m is None or not body.endswith(b"}"):
        return None
    pairs: list[tuple[str, Any]] = []
    try:
        json.loads(b"{" + m.group(1).rstrip().rstrip(b",") + b"}", object_pairs_hook=pairs.extend)
    except (ValueError, RecursionError):
        return None
    head = dict(pairs)
    if len(head) != len(pairs) or "entry" in head:
        return None
    return head, m.end() - 1, len(body) - 1


def _is_bundle(top: dict[str, Any]) -> None:
    if top.get("resourceType") != "Bundle":
        raise InvalidFhir(detail="inte en FHIR Bundle / not a FHIR Bundle")


def _entry_resource(i: int, entry: Any) -> dict[str, Any]:
    res = entry.get("resource") if isinstance(entry, dict) else None
    if not isinstance(res, dict):
        raise InvalidFhir(detail=f"entry[{i}].resource")
    return res


def _read(
    top: dict[str, Any], entries: Iterable[Any], complete: bool, check: BundleCheck | None, reader: RecordReader | None
) -> None:
    """One pass over the entries: validated (`check`), turned into records (`reader`), or both.
    `complete`: `top` holds every other member already; otherwise (the short path) it is
    judged only once the entries were read to the end of the object."""
    if complete:
        _is_bundle(top)
    for i, entry in enumerate(entries):
        res = check.entry(i, entry) if check is not None else _entry_resource(i, entry)
        if reader is not None:
            try:
                reader.add(i, res)
            except (KeyError, IndexError, TypeError, ValueError, AttributeError):
                # Only reachable unvalidated (the check runs in the other process): a shape
                # fhir.resources would refuse too. Its own message wins if it has one.
                raise InvalidFhir(detail=f"entry[{i}]") from None
    _is_bundle(top)
    if check is not None:
        check.finish(top)


def _stream(raw: bytes, validate: bool, members: dict[str, bytes] | None) -> RecordSet | None:
    """bundle.json as a stream, one entry at a time: the records of 10 000 plans never exist
    as one tree of JSON objects (that alone was 370 MB). Validated if `validate`; read into
    records (returned) if `members` is given."""

    def once(top: dict[str, Any], entries: Iterable[Any], complete: bool) -> RecordSet | None:
        reader = RecordReader(members) if members is not None else None
        _read(top, entries, complete, BundleCheck() if validate else None, reader)
        return reader.result() if reader is not None else None

    try:
        fast = _entry_last(raw)
        if fast is not None:
            head, start, end = fast
            try:
                return once(head, ijson.items(_Window(raw, start, end), "item", use_float=True), False)
            except ijson.JSONError:
                pass  # something follows the entry array, or worse: the general reading decides
        top = _top_level(raw)
        return once(top, ijson.items(io.BytesIO(raw), "entry.item", use_float=True), True)
    except (ijson.JSONError, UnicodeDecodeError, RecursionError):
        raise InvalidFhir(detail=NOT_JSON) from None


def check_raw(raw: bytes) -> None:
    """Validation alone, of any bundle.json."""
    check_shape(raw)
    _stream(raw, True, None)


def check_entries(head: dict[str, Any], entries: Any) -> None:
    """Validation alone of a bundle in our layout (`_entry_last`): `head` its other members,
    `entries` a file holding its entry array. What the second process does; an ijson.JSONError
    means the layout was not ours after all, and is left to the caller."""
    try:
        _read(head, ijson.items(entries, "item", use_float=True), False, BundleCheck(), None)
    except (UnicodeDecodeError, RecursionError):
        raise InvalidFhir(detail=NOT_JSON) from None


def read_bundle(raw: bytes, members: dict[str, bytes]) -> RecordSet:
    """Validate bundle.json and read its records. A large bundle in our layout is validated in
    a second process while this one reads the records (`fhir_process`); the verdict is always
    in before the records are returned, so nothing unvalidated reaches the database.
    The shape limits (depth, keys, items, string length) come first: nothing is built before."""
    check_shape(raw)
    window = _entry_last(raw) if fhir_process.worth_it(len(raw)) else None
    if window is None:
        return typing.cast(RecordSet, _stream(raw, True, members))
    with fhir_process.Verdict(raw, *window) as verdict:
        try:
            records = typing.cast(RecordSet, _stream(raw, False, members))
        except InvalidFhir:
            verdict.wait()  # fhir.resources' message names the element, when it has one
            raise
        verdict.wait()
    return records


def iter_kinds(records: RecordSet) -> Iterable[str]:
    return (k for k, _ in records.items())
