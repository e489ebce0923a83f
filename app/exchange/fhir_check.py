"""FHIR R4 4.0.1 validation of an incoming Bundle, entry by entry, with HL7's own R4 JSON schema.

The judge is HL7's `fhir.schema.json` for 4.0.1 (resources/fhir_r4/, narrowed to the resource
types a bundle may hold by tests/data/fhir_r4/vendor.py, never edited by hand), applied by
jsonschema. jsonschema takes about 0.9 ms a resource: a minute for the 64 000 resources of
10 000 plans. So resources of the same *shape* share its verdict:

- The shape of a resource is its tree with every primitive value replaced by nothing but its
  place. An object's shape is the set of its (key, shape) pairs, an array's the set of its
  items' shapes: the R4 schema judges each member of an object on its own (`properties`,
  `additionalProperties: false`, `required`) and each item of an array on its own (`items`; it
  has no `minItems`, `uniqueItems` or the like), so neither order nor repetition can change its
  verdict, and a list of 3 activities has the shape of a list of 4 like them.
- While the shape is taken, every primitive value is checked by exactly the schema's own rule for
  its place (`_Rules`: type, pattern, enum, const), so two resources of one shape are judged
  alike by the schema. A shape is remembered only after jsonschema accepted a resource of it.
- Anything the walk does not know (a key the schema has not, a value failing its rule) sends
  the resource to jsonschema, whose message names where it failed (never the value).

Three rules of FHIR's JSON format that the R4 JSON schema cannot say refuse beyond it (never
accept more): a complex element is a JSON object (the schema's definitions carry no
`"type": "object"`), a date is a real calendar date ("Dates SHALL be valid dates", the schema's
own description), and integer types hold whole 32-bit numbers (the schema types them "number").

tests/exchange/test_fhir_check.py holds the verdict against jsonschema's with hypothesis.

In the validating process (`BundleCheck(limits)`) the walk also holds every container to the
shape limits (depth, keys, items), as `entries` did in a walk of its own before: an entry the
walk stops short in, and any value it does not look into (xhtml), is walked whole
(`entries.within`) before jsonschema sees it. tests/exchange/test_fast_paths.py holds the two.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, NamedTuple

import jsonschema

from app.exchange.entries import ENTRY_LEVEL, NotOurs, within
from app.exchange.errors import InvalidFhir
from app.exchange.limits import ShapeLimits
from app.paths import resource

_DEF = "#/definitions/"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INT32 = (-(2**31), 2**31 - 1)
_INTEGERS = {"integer": _INT32[0], "unsignedInt": 0, "positiveInt": 1}  # the least value of each


class _Refused(Exception):  # where the walk stopped (`where`: innermost key first)
    def __init__(self, rule: str, key: Any) -> None:
        super().__init__(rule)
        self.rule = rule
        self.where = [key]


def _real_date(value: str) -> bool:
    """The date part of a date, dateTime or instant (already matched by the schema's pattern)
    is a day of the calendar; a year or year-month alone has nothing more to check."""
    if len(value) < 10 or not _DATE.fullmatch(value[:10]):
        return True
    try:
        date.fromisoformat(value[:10])
        if len(value) > 10:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


Leaf = Callable[[Any], bool]


def _leaf(name: str, spec: dict[str, Any]) -> tuple[Leaf, str]:
    """The schema's rule for one primitive (`type` and `pattern`), and the name of the rule to
    report; with the integer and calendar rules where they apply."""
    kind, pattern = spec.get("type"), spec.get("pattern")
    search = re.compile(pattern).search if pattern else None  # jsonschema searches, as here
    if kind == "string":
        if name in ("date", "dateTime", "instant"):
            return (lambda v: type(v) is str and search(v) is not None and _real_date(v)), "date"  # type: ignore[misc]
        if search is None:
            return (lambda v: type(v) is str), "type"
        return (lambda v: type(v) is str and search(v) is not None), "pattern"
    if kind == "boolean":
        return (lambda v: type(v) is bool), "type"  # a pattern applies to strings only
    if kind == "number":
        if name in _INTEGERS:
            low = _INTEGERS[name]
            return (lambda v: type(v) is int and low <= v <= _INT32[1]), "integer"
        return (lambda v: type(v) is int or type(v) is float), "type"
    if not spec.keys() - {"description"}:
        return (lambda _v: True), "type"  # xhtml: the schema says nothing about it
    raise ValueError(f"unknown primitive {name}")


def _same_rule(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return "type" in a and (a.get("type"), a.get("pattern")) == (b.get("type"), b.get("pattern"))


class _Node(NamedTuple):
    many: bool  # an array in JSON
    leaf: Leaf | None  # a primitive's rule; None for a complex element
    rule: str  # the rule's name, for the message
    sub: str  # a complex element's definition ("ResourceList": any resource)


class _Rules:
    """Per definition of the schema: its keys, and for each what it holds."""

    def __init__(self, definitions: dict[str, Any]) -> None:
        self.definitions = definitions
        self.resources = frozenset(r["$ref"][len(_DEF) :] for r in definitions["ResourceList"]["oneOf"])
        self.primitives = {
            name: _leaf(name, d) for name, d in definitions.items() if "properties" not in d and "oneOf" not in d
        }
        self.fields: dict[str, dict[str, _Node]] = {
            name: {key: self._node(p) for key, p in d["properties"].items()}
            for name, d in definitions.items()
            if "properties" in d
        }

    def _node(self, prop: dict[str, Any]) -> _Node:
        many = prop.get("type") == "array"
        spec = prop["items"] if many else prop
        if "$ref" in spec:
            target = spec["$ref"][len(_DEF) :]
            if target in self.primitives:
                return _Node(many, *self.primitives[target], "")
            return _Node(many, None, "", target)
        if "enum" in spec:
            allowed = frozenset(spec["enum"])
            return _Node(many, lambda v: type(v) is str and v in allowed, "enum", "")
        if "const" in spec:
            const = spec["const"]
            return _Node(many, lambda v: type(v) is str and v == const, "const", "")
        # An element's own primitive written out (Extension.valueDate): the rules of the
        # primitive with the same type and pattern, so a valueDate is a calendar date too.
        same = next((n for n, d in self.definitions.items() if _same_rule(d, spec)), "inline")
        return _Node(many, *_leaf(same, spec), "")

    def shape(self, name: str, data: Any, level: int = 0, bound: _Bound | None = None) -> frozenset[Any]:
        """The shape of `data` as definition `name`; raises _Refused where a value fails its
        rule or the schema has no such key. With `bound`, every container is held to the shape
        limits on the way (`level` open containers around `data`), raising NotOurs as
        `entries._check` does. The hot loop of a large import: kept flat."""
        if type(data) is not dict:
            raise _Refused("object", None)
        if bound is not None and (level >= bound.depth or len(data) > bound.keys):
            raise NotOurs("depth or keys")
        if name == "ResourceList":
            name = data.get("resourceType")  # type: ignore[assignment]
            if name not in self.resources:
                raise _Refused("oneOf", "resourceType")
        fields = self.fields[name]
        parts = []
        inner = level + 1
        for key, value in data.items():
            node = fields.get(key)
            if node is None:
                raise _Refused("additionalProperties", key)
            leaf = node.leaf
            try:
                if not node.many:
                    if leaf is not None:
                        if not leaf(value):
                            raise _Refused(node.rule, None)
                        if bound is not None and (type(value) is dict or type(value) is list):
                            bound.check(value, inner)  # only xhtml takes anything
                        parts.append(key)
                    else:
                        parts.append((key, self.shape(node.sub, value, inner, bound)))
                elif type(value) is not list:
                    raise _Refused("type", None)
                else:
                    if bound is not None and (inner >= bound.depth or len(value) > bound.items):
                        raise NotOurs("depth or items")
                    if leaf is not None:
                        for n, v in enumerate(value):
                            if not leaf(v):
                                raise _Refused(node.rule, n)
                            if bound is not None and (type(v) is dict or type(v) is list):
                                bound.check(v, inner + 1)
                        parts.append(key)
                    else:
                        sub, subs = node.sub, []
                        for n, v in enumerate(value):
                            try:
                                subs.append(self.shape(sub, v, inner + 1, bound))
                            except _Refused as exc:
                                exc.where.append(n)
                                raise
                        parts.append((key, frozenset(subs)))
            except _Refused as exc:
                exc.where.append(key)
                raise
        if "resourceType" in data:
            parts.append(("resourceType", data["resourceType"]))  # which definition judged it
        return frozenset(parts)


def _bounds(limits: ShapeLimits) -> tuple[int, int, int]:
    return limits.max_depth, limits.max_keys, limits.max_items


class _Bound(NamedTuple):
    """The shape limits (`limits.ShapeLimits`) as the walk asks them; `check` the whole walk of
    `entries._check` for a value the schema walk does not look into."""

    depth: int
    keys: int
    items: int
    check: Callable[[Any, int], None]


@functools.cache
def rules() -> _Rules:
    """The R4 schema, read once per process (0.5 MB of JSON, about 20 ms)."""
    with resource("fhir_r4", "fhir.schema.json").open("rb") as f:
        return _Rules(json.load(f)["definitions"])


@functools.cache
def _validator(name: str) -> jsonschema.Draft6Validator:
    """jsonschema for one definition: its own, not the schema's `oneOf` over every resource
    (which tries each resource against every definition, ten times the work)."""
    return jsonschema.Draft6Validator({"$ref": _DEF + name, "definitions": rules().definitions})


def _judged(name: str, data: Any, where: str, walked: _Refused | None) -> None:
    """jsonschema's verdict on `data`, then the rules beyond the schema (`walked`, where the walk
    was refused). The detail names the place and the rule, never the value."""
    error = jsonschema.exceptions.best_match(_validator(name).iter_errors(data))
    if error is not None:
        path = ".".join(str(p) for p in error.absolute_path)
        rule = str(error.validator)
        if rule == "additionalProperties" and isinstance(error.instance, dict):
            known = error.schema.get("properties", {})
            unexpected = sorted(str(k) for k in error.instance if k not in known)
            path = ".".join([p for p in (path, *unexpected[:1]) if p])
        raise InvalidFhir(detail=f"{where}{path}: {rule}"[:160])
    if walked is not None:  # the schema accepts; FHIR's JSON format does not
        path = ".".join(str(k) for k in reversed(walked.where) if k is not None)
        raise InvalidFhir(detail=f"{where}{path}: {walked.rule}"[:160])


class BundleCheck:
    """Validation one entry at a time, for a bundle read as a stream: `entry()` for each entry
    as it is read, `finish()` with the Bundle's other elements at the end. With `limits`, each
    entry is held to the shape limits too (NotOurs), on the schema walk itself where it can
    be: before anything else looks at it, and before jsonschema in any case (`_within`)."""

    def __init__(self, limits: ShapeLimits | None = None) -> None:
        self._rules = rules()
        self._accepted: set[frozenset[Any]] = set()
        self._stubs: list[Any] = []
        self._plain_stub = False
        self._uri = self._rules.primitives["uri"][0]
        self._limits = limits
        self._bound = None if limits is None else _Bound(*_bounds(limits), lambda v, level: within(v, level, limits))

    def entry(self, i: int, entry: Any) -> dict[str, Any]:
        """Checks one entry's resource and returns it."""
        plain = type(entry) is dict and entry.keys() == {"fullUrl", "resource"} and type(entry["fullUrl"]) is str
        if not plain:
            self._within(entry)  # the walk below looks at the resource alone
        self._stub(entry)
        res = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(res, dict):
            self._within(entry)  # an entry beyond the limits is left to the general reading
            raise InvalidFhir(detail=f"entry[{i}].resource")
        kind = res.get("resourceType")
        if kind not in self._rules.resources:
            self._within(entry)
            raise InvalidFhir(detail=f"entry[{i}].resourceType")
        try:
            shape = self._rules.shape(kind, res, ENTRY_LEVEL + 1, self._bound)
        except _Refused as exc:
            self._within(entry)  # the walk stopped short of the limits' end
            _judged(kind, res, f"entry[{i}].{kind}.", exc)
            raise InvalidFhir(detail=f"entry[{i}].{kind}") from None  # the walk is never looser
        if shape not in self._accepted:
            _judged(kind, res, f"entry[{i}].{kind}.", None)  # the walk went everywhere: within limits
            self._accepted.add(shape)
        # else: jsonschema accepted this very shape, and every value passed the schema's rule
        return res

    def _within(self, entry: Any) -> None:
        if self._limits is not None:
            within(entry, ENTRY_LEVEL, self._limits)

    def _stub(self, e: Any) -> None:
        """The entry as the Bundle sees it (its resource is checked on its own). Entries that are
        only a fullUrl and a resource are alike to the Bundle: one stands for all of them."""
        if type(e) is dict and e.keys() == {"fullUrl", "resource"} and self._uri(e["fullUrl"]):
            if not self._plain_stub:
                self._stubs.append({"fullUrl": e["fullUrl"]})
                self._plain_stub = True
        elif isinstance(e, dict):
            self._stubs.append({k: v for k, v in e.items() if k != "resource"})
        else:
            self._stubs.append(e)

    def finish(self, top: dict[str, Any]) -> None:
        """The Bundle itself: `top` holds its elements other than `entry`."""
        shell = {**top, "entry": self._stubs} if self._stubs else top
        try:
            self._rules.shape("Bundle", shell)
        except _Refused as exc:
            _judged("Bundle", shell, "", exc)
            raise InvalidFhir(detail="Bundle") from None
        _judged("Bundle", shell, "", None)
        if top.get("type") != "collection":
            raise InvalidFhir(detail="Bundle.type ≠ collection")


def validate(data: Any) -> None:
    """Validation of a Bundle already in memory; the detail names where it failed, never the value."""
    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        raise InvalidFhir(detail="inte en FHIR Bundle / not a FHIR Bundle")
    entries = data.get("entry") or []
    if not isinstance(entries, list):
        raise InvalidFhir(detail="Bundle.entry")
    check = BundleCheck()
    for i, entry in enumerate(entries):
        check.entry(i, entry)
    check.finish({k: v for k, v in data.items() if k != "entry"})
