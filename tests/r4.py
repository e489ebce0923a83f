"""FHIR R4 4.0.1 conformance of our resources, judged by HL7's own definitions (vendored in
tests/data/fhir_r4/, see vendor.py there): the official JSON schema (which the app ships and
validates with too: resources/fhir_r4/), and every `error` invariant
of the R4 StructureDefinitions evaluated as FHIRPath with fhirpathpy. Not our code judging our
code: only the walk that finds which element each JSON node is lives here."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
from fhirpathpy import apply_parsed_path
from fhirpathpy.engine.nodes import ResourceNode
from fhirpathpy.models import models
from fhirpathpy.parser import parse

HERE = Path(__file__).parent / "data" / "fhir_r4"
SCHEMA = Path(__file__).parents[1] / "resources" / "fhir_r4" / "fhir.schema.json"
# ele-1 ("All FHIR elements must have a @value or children") on every node costs more than the
# rest together in fhirpathpy; `_no_empty` checks the same in Python (no empty object, array, string).
_SKIPPED = {"ele-1"}


@functools.cache
def _validator(resource_type: str) -> jsonschema.Draft6Validator:
    """The schema's definition of one resource type (the whole schema's `oneOf` over every
    resource costs ten times as much: each entry is tried against every definition)."""
    schema = json.loads(SCHEMA.read_text())
    if resource_type not in schema["discriminator"]["mapping"]:
        return jsonschema.Draft6Validator(schema)  # not one we use: the whole schema refuses it
    return jsonschema.Draft6Validator({**schema, "oneOf": [{"$ref": f"#/definitions/{resource_type}"}]})


@functools.cache
def _definitions() -> dict[str, dict[str, dict[str, Any]]]:
    raw = json.loads((HERE / "invariants.json").read_text())
    return {name: {el["path"]: el for el in sd["elements"]} for name, sd in raw.items()}


@functools.cache
def _parsed(expression: str) -> Any:
    return parse(expression)


# Invariants whose FHIRPath uses a function fhirpathpy does not have (hasValue, htmlChecks, …):
# key → the function; a test lists which it accepts as not evaluated.
UNEVALUATED: dict[str, str] = {}


# hasValue() (FHIRPath for FHIR: a primitive with a value), which fhirpathpy lacks; trace() quiet.
_OPTIONS = {
    "userInvocationTable": {
        "hasValue": {
            "fn": lambda inputs: [len(inputs) == 1 and not isinstance(inputs[0], dict | list)],
            "arity": {0: []},
        }
    },
    "traceFn": lambda *_args: None,
}


def _holds(rule: dict[str, str], base: str, node: Any, root: dict[str, Any]) -> bool:
    """The invariant evaluated with `node` as the element at `base` (so choice types resolve)."""
    typed = ResourceNode.create_node(node, base)
    context = {"resource": root, "rootResource": root}
    try:
        # Empty is "does not apply" (ref-1 on a Reference with only a `display`), as the
        # reference validators read it; only an explicit false breaks the invariant.
        return apply_parsed_path(typed, _parsed(rule["expression"]), context, models["r4"], _OPTIONS) != [False]
    except Exception as exc:  # fhirpathpy says "Not implemented: <function>"
        if not str(exc).startswith("Not implemented"):
            raise
        UNEVALUATED[rule["key"]] = str(exc)
        return True


def schema_errors(resource: dict[str, Any]) -> list[str]:
    """Every error the official R4 JSON schema finds in one resource; a Bundle's entries are
    judged each by the definition of its own resourceType (the schema's discriminator)."""
    rt = str(resource.get("resourceType"))
    found = []
    if rt == "Bundle":
        entries = resource.get("entry", [])
        shell = {**resource, "entry": [{k: v for k, v in e.items() if k != "resource"} for e in entries]}
        found = [f"Bundle.{m}" for m in _errors(_validator("Bundle"), shell)]
        for i, e in enumerate(entries):
            found += [f"entry[{i}] {m}" for m in schema_errors(e.get("resource", {}))]
        return found
    return _errors(_validator(rt), resource)


def _errors(validator: jsonschema.Draft6Validator, instance: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(instance)]


def _element(defs: dict[str, dict[str, Any]], path: str, key: str) -> tuple[dict[str, Any], str] | None:
    """The element definition of `key` under `path` and the type of this occurrence."""
    el = defs.get(f"{path}.{key}")
    if el is not None:
        return el, el["types"][0] if el["types"] else ""
    for t_path, t_el in defs.items():  # a choice: valueString is value[x] of type string
        if t_path.endswith("[x]") and t_path.startswith(f"{path}."):
            stem = t_path[len(path) + 1 : -3]
            if key.startswith(stem):
                suffix = key[len(stem) :]
                for t in t_el["types"]:
                    if t[:1].upper() + t[1:] == suffix:
                        return t_el, t
    return None


def _walk(node: Any, sd: str, path: str, root: dict[str, Any]) -> Iterator[str]:
    defs = _definitions()[sd]
    here = defs.get(path)
    if here is not None:
        for rule in here["constraints"]:
            if rule["key"] in _SKIPPED:
                continue
            if not _holds(rule, path, node, root):
                yield f"{root.get('resourceType')}/{root.get('id')} {path}: {rule['key']}"
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key == "resourceType" or key.startswith("_"):
            continue
        found = _element(defs, path, key)
        if found is None:
            yield f"{root.get('resourceType')}/{root.get('id')} {path}.{key}: not an element"
            continue
        el, type_ = found
        for item in value if isinstance(value, list) else [value]:
            if type_ in ("BackboneElement", "Element") or (not type_ and isinstance(item, dict)):
                yield from _walk(item, sd, el["path"], root)
            elif type_ == "Resource":
                yield from _walk(item, item["resourceType"], item["resourceType"], item)
            elif type_ in _definitions() and isinstance(item, dict):
                sub = _definitions()[type_]
                for rule in el["constraints"]:
                    if rule["key"] not in _SKIPPED and not _holds(rule, type_, item, root):
                        yield f"{root.get('resourceType')}/{root.get('id')} {el['path']}: {rule['key']}"
                if type_ in sub:
                    yield from _walk(item, type_, type_, root)


def _no_empty(node: Any, where: str) -> Iterator[str]:
    if node in ({}, [], ""):
        yield f"{where}: ele-1 (empty)"
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from _no_empty(v, f"{where}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _no_empty(v, f"{where}[{i}]")


def invariant_failures(resource: dict[str, Any]) -> list[str]:
    """Every R4 invariant (severity error) the resource breaks, as "Type/id path: key"."""
    resource = copy.deepcopy(resource)  # fhirpathpy may note types inside what it is given
    rt = resource["resourceType"]
    return [*_walk(resource, rt, rt, resource), *_no_empty(resource, rt)]
