"""The published definitions of our FHIR content (docs/fhir/): a StructureDefinition for every
extension, a CodeSystem and a ValueSet for every enum, as FHIR R4 JSON a region loads into its
server or validator. Made from the same type walk as the extensions themselves (fhir_ext), so
they cannot drift apart; tests/exchange/test_fhir_definitions.py keeps docs/fhir/ equal to this.

    python -m app.exchange.fhir_definitions docs/fhir
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from app.exchange.fhir_ext import _is_enum, _item, code_system, kebab
from app.exchange.fhir_kinds import (
    ALSO_RESOURCE,
    BASE,
    CARE_PLAN_EXT,
    FHIR_VERSION,
    FOLLOWS,
    INTYG_TYPE_SYSTEM,
    RESOURCE_OF,
    SD,
    STANDARD,
    TAG_SYSTEM,
)
from app.exchange.measures import BREAKDOWN_SYSTEM, BREAKDOWN_URL, RULE_URL, SUPPRESSED_URL
from app.exchange.records import KINDS
from app.models.common import Practitioner
from app.models.identity import PersonalNumber
from app.models.indicators import Breakdown
from app.models.plain import hints, strip_optional

PUBLISHER = "Egenvårdsstöd"
_VS = f"{BASE}/ValueSet"
_EXT = "http://hl7.org/fhir/StructureDefinition/Extension"


def _fhir_type(t: Any) -> str:
    if _is_enum(t):
        return "Coding"
    return {bool: "boolean", int: "integer", date: "date", datetime: "dateTime"}.get(t, "string")


def _value_types(t: Any) -> list[dict[str, str]]:
    if t is datetime:  # a time without a zone is not a FHIR dateTime: such values are strings
        return [{"code": "dateTime"}, {"code": "string"}]
    return [{"code": _fhir_type(t)}]


def _name(text: str) -> str:
    """A FHIR `name`: a letter first, then letters, digits and underscores."""
    return "".join(part[:1].upper() + part[1:] for part in text.replace("-", "_").split("_"))


def _elements(prefix: str, path: str, field: str, tp: Any, url: str | None) -> Iterator[dict[str, Any]]:
    """Differential elements of one (sub-)extension: cardinality, fixed url, value or slices."""
    t = strip_optional(tp)
    item = _item(t)
    many = item is not None
    t = strip_optional(item) if many else t
    yield {
        "id": prefix,
        "path": path,
        **({"sliceName": field} if url is None else {}),
        "short": field,
        "definition": f"Egenvårdsstöd: the field `{field}`" + (" (repeated, one per item, in order)" if many else ""),
        "min": 0,
        "max": "*" if many else "1",
    }
    yield {"id": f"{prefix}.url", "path": f"{path}.url", "fixedUri": url or field}
    if dataclasses.is_dataclass(t) and t is not PersonalNumber:
        yield {
            "id": f"{prefix}.extension",
            "path": f"{path}.extension",
            "slicing": {"discriminator": [{"type": "value", "path": "url"}], "rules": "closed"},
        }
        h = hints(t)  # type: ignore[arg-type]
        for f in dataclasses.fields(t):  # type: ignore[arg-type]
            yield from _elements(f"{prefix}.extension:{f.name}", f"{path}.extension", f.name, h[f.name], None)
        yield {"id": f"{prefix}.value[x]", "path": f"{path}.value[x]", "max": "0"}
        return
    value: dict[str, Any] = {"id": f"{prefix}.value[x]", "path": f"{path}.value[x]", "type": _value_types(t)}
    if _is_enum(t):
        value["binding"] = {"strength": "required", "valueSet": f"{_VS}/{kebab(t.__name__)}"}
    yield value


def _extension(url: str, field: str, tp: Any, contexts: list[str]) -> dict[str, Any]:
    sid = url.rsplit("/", 1)[1].replace("_", "-")
    return {
        "resourceType": "StructureDefinition",
        "id": sid,
        "url": url,
        "name": _name(sid),
        "title": url.rsplit("/", 1)[1],
        "status": "active",
        "publisher": PUBLISHER,
        "description": f"Egenvårdsstöd extension for the record field `{field}`; see docs/fhir/README.md.",
        "fhirVersion": FHIR_VERSION,
        "kind": "complex-type",
        "abstract": False,
        "context": [{"type": "element", "expression": c} for c in contexts],
        "type": "Extension",
        "baseDefinition": _EXT,
        "derivation": "constraint",
        "differential": {"element": list(_elements("Extension", "Extension", field, tp, url))},
    }


def extensions() -> list[dict[str, Any]]:
    out = []
    for kind, (cls, _attr) in KINDS.items():
        contexts = [RESOURCE_OF[kind]] + ([ALSO_RESOURCE[kind]] if kind in ALSO_RESOURCE else [])
        h = hints(cls)
        for f in dataclasses.fields(cls):
            if f.name not in STANDARD[kind]:
                out.append(_extension(f"{SD}/{kind}-{f.name}", f.name, h[f.name], contexts))
    h = hints(Practitioner)
    for f in dataclasses.fields(Practitioner):
        if f.name not in ("name", "hsa_id"):  # standard elements: `name`, `identifier`
            out.append(_extension(f"{SD}/practitioner-{f.name}", f.name, h[f.name], ["Practitioner"]))
    follows = _extension(FOLLOWS, "follows", str, ["Resource"])
    follows["description"] = (
        "SHA-256 (64 hex digits) of the record's canonical JSON in the version this one was made from, "
        "as the sender last exchanged it with the recipient."
    )
    return [*out, follows, _care_plan(), *_measure_report_extensions()]


def _defined(url: str, description: str, contexts: list[str], elements: list[dict[str, Any]]) -> dict[str, Any]:
    """A StructureDefinition of an extension not made from a record field."""
    sd = _extension(url, url.rsplit("/", 1)[1], str, contexts)
    sd["description"] = description
    sd["differential"] = {"element": elements}
    return sd


def _root(url: str, short: str, definition: str) -> list[dict[str, Any]]:
    return [
        {"id": "Extension", "path": "Extension", "short": short, "definition": definition, "min": 0, "max": "1"},
        {"id": "Extension.url", "path": "Extension.url", "fixedUri": url},
    ]


def _care_plan() -> dict[str, Any]:
    """A deviation's plan: R4's AdverseEvent has no element for it."""
    target = "http://hl7.org/fhir/StructureDefinition/CarePlan"
    return _defined(
        CARE_PLAN_EXT,
        "The egenvård plan a deviation concerns (R4's AdverseEvent has no such element): the plan "
        "identifier always, and the literal reference to the plan's newest version when it travels "
        "in the same bundle.",
        ["AdverseEvent"],
        [
            *_root(CARE_PLAN_EXT, "plan", "The CarePlan (egenvårdsplan) the deviation concerns"),
            {
                "id": "Extension.value[x]",
                "path": "Extension.value[x]",
                "min": 1,
                "type": [{"code": "Reference", "targetProfile": [target]}],
            },
        ],
    )


def _measure_report_extensions() -> list[dict[str, Any]]:
    """The indicator file's extensions (app/exchange/measures.py)."""
    slicing = {"discriminator": [{"type": "value", "path": "url"}], "rules": "closed"}
    rule = [
        *_root(RULE_URL, "small-count rule", "The small-count rule applied before the figures left the municipality"),
        {"id": "Extension.extension", "path": "Extension.extension", "slicing": slicing},
        *_elements("Extension.extension:minCount", "Extension.extension", "minCount", int, None),
        *_elements("Extension.extension:minDenominator", "Extension.extension", "minDenominator", int, None),
        *_elements("Extension.extension:text", "Extension.extension", "text", str, None),
        {"id": "Extension.value[x]", "path": "Extension.value[x]", "max": "0"},
    ]
    suppressed = [
        *_root(SUPPRESSED_URL, "hidden", "What the small-count rule hid in this group"),
        {"id": "Extension.value[x]", "path": "Extension.value[x]", "type": [{"code": "string"}]},
    ]
    breakdown = [
        *_root(BREAKDOWN_URL, "breakdown", "How the figures are broken down into groups"),
        {
            "id": "Extension.value[x]",
            "path": "Extension.value[x]",
            "type": [{"code": "code"}],
            "binding": {"strength": "required", "valueSet": f"{_VS}/indicator-breakdown"},
        },
    ]
    return [
        _defined(
            RULE_URL,
            "The small-count rule the figures of this report were hidden by: a count under `minCount` "
            "is hidden, a share or median over fewer than `minDenominator` too; `text` says it in words.",
            ["MeasureReport"],
            rule,
        ),
        _defined(
            SUPPRESSED_URL,
            "The parts of this group the small-count rule hid, space-separated, of `numerator`, "
            "`denominator` and `value` (the measure score).",
            ["MeasureReport.group"],
            suppressed,
        ),
        _defined(BREAKDOWN_URL, "The breakdown of the report's groups.", ["MeasureReport"], breakdown),
    ]


def _enums() -> dict[str, type[Enum]]:
    found: dict[str, type[Enum]] = {}

    def walk(cls: Any) -> None:
        for tp in hints(cls).values():
            t = strip_optional(tp)
            t = strip_optional(_item(t)) if _item(t) is not None else t
            if _is_enum(t):
                found[kebab(t.__name__)] = t
            elif dataclasses.is_dataclass(t) and t is not PersonalNumber:
                walk(t)

    for cls, _attr in KINDS.values():
        walk(cls)
    walk(Practitioner)
    return dict(sorted(found.items()))


def _code_system(sid: str, url: str, title: str, concepts: list[dict[str, str]]) -> dict[str, Any]:
    return {
        "resourceType": "CodeSystem",
        "id": sid,
        "url": url,
        "name": _name(sid),
        "title": title,
        "status": "active",
        "publisher": PUBLISHER,
        "caseSensitive": True,
        "valueSet": f"{_VS}/{sid}",
        "content": "complete",
        "count": len(concepts),
        "concept": concepts,
    }


def _value_set(sid: str, system: str, title: str) -> dict[str, Any]:
    return {
        "resourceType": "ValueSet",
        "id": sid,
        "url": f"{_VS}/{sid}",
        "name": _name(sid),
        "title": title,
        "status": "active",
        "publisher": PUBLISHER,
        "compose": {"include": [{"system": system}]},
    }


def code_systems() -> list[dict[str, Any]]:
    out = [
        _code_system(sid, code_system(e), e.__name__, [{"code": str(m.value), "display": m.name.lower()} for m in e])
        for sid, e in _enums().items()
    ]
    out.append(
        _code_system("record-kind", TAG_SYSTEM, "Record kind (meta.tag)", [{"code": k, "display": k} for k in KINDS])
    )
    out.append(
        _code_system(
            "indicator-breakdown",
            BREAKDOWN_SYSTEM,
            "Breakdown",
            [{"code": str(m.value), "display": m.name.lower()} for m in Breakdown],
        )
    )
    out.append(
        _code_system(
            "document-type",
            INTYG_TYPE_SYSTEM,
            "Document type",
            [{"code": "egenvardsintyg", "display": "Egenvårdsintyg"}],
        )
    )
    return out


def value_sets() -> list[dict[str, Any]]:
    return [_value_set(cs["id"], cs["url"], cs["title"]) for cs in code_systems()]


def files() -> dict[str, bytes]:
    """File name → content, for docs/fhir/."""
    out = {}
    for res in [*extensions(), *code_systems(), *value_sets()]:
        text = json.dumps(res, ensure_ascii=False, indent=2) + "\n"
        out[f"{res['resourceType']}-{res['id']}.json"] = text.encode("utf-8")
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for stale in target.glob("*.json"):
        stale.unlink()
    for name, data in files().items():
        (target / name).write_bytes(data)
