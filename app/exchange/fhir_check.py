"""FHIR schema validation of an incoming Bundle with fhir.resources (R4B), entry by entry.

fhir.resources builds a pydantic model, with Python validators, for every element: about 0.7 ms
per resource, 40 s for a bundle of 10 000 plans. Two shortcuts keep its verdict and drop most of
that time; both may only ever say "certainly valid", and defer to fhir.resources otherwise:

1. Simple extensions (`{"url": …, "valueString" | "valueBoolean" | "valueInteger": …}`), which
   carry most record fields, are checked directly by rules never looser than fhir.resources'
   own (`simple_extension_ok`), and the resource is validated without them.
2. Resources of the same *shape* share a verdict. The shape is the resource with every
   primitive value replaced by its FHIR type, found from the fhir.resources model (`Shapes`).
   Each value is checked by a conservative rule for its type (`leaf_ok`); a value that fails,
   a key the model does not know, or a type without a rule means "no shape", and that
   resource is validated in full. A shape is remembered only after fhir.resources accepted a
   resource of it, so a shape's verdict is always fhir.resources' own.

tests/exchange/test_fhir_check.py holds both shortcuts against fhir.resources with hypothesis.
"""

from __future__ import annotations

import re
import typing
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError as PydanticError

from app.exchange.errors import InvalidFhir

_STRING = re.compile(r"[ \r\n\t\S]")  # FHIR string: at least one such character (pydantic searches)
_URI = re.compile(r"\S+")
_INT32 = range(-(2**31), 2**31)


def simple_extension_ok(ext: Any, depth: int = 0) -> bool:
    """True only for an extension fhir.resources would certainly accept: a url without spaces
    and exactly one more member: a value that passes its type's rule (`_EXTENSION_VALUES`:
    a non-empty string, a boolean, a 32-bit integer, a date, a dateTime, a Coding of exactly a
    system and a code), or `extension`, a non-empty list of such extensions (a complex one)."""
    if type(ext) is not dict or len(ext) != 2 or "url" not in ext:
        return False
    url = ext["url"]
    if type(url) is not str or not _URI.fullmatch(url):
        return False
    first, second = ext
    key = second if first == "url" else first
    value = ext[key]
    if key == "extension":
        return (
            depth < _NESTING
            and type(value) is list
            and bool(value)
            and all(simple_extension_ok(e, depth + 1) for e in value)
        )
    rule = _EXTENSION_VALUES.get(key)
    return rule is not None and rule(value)


_NESTING = 4  # complex extensions in complex extensions: ours go two deep


def _coding_ok(value: Any) -> bool:
    return (
        type(value) is dict
        and value.keys() == {"system", "code"}
        and leaf_ok("Uri", value["system"])
        and leaf_ok("Code", value["code"])
    )


# --- shapes ------------------------------------------------------------------------------------

_CODE = re.compile(r"[^\s]+(\s[^\s]+)*")
_ID = re.compile(r"[A-Za-z0-9\-.]{1,64}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00))?")
_URN_UUID = re.compile(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _is_date(value: Any) -> bool:
    if type(value) is not str or not _DATE.fullmatch(value) or value.startswith("0000"):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_datetime(value: Any) -> bool:
    if type(value) is not str or not _DATETIME.fullmatch(value) or not _is_date(value[:10]):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _string(value: Any) -> bool:
    return type(value) is str and _STRING.search(value) is not None


def _int_in(low: int, high: int) -> typing.Callable[[Any], bool]:
    return lambda value: type(value) is int and low <= value <= high


# A rule per FHIR primitive type, by the name of its fhir_core metadata class. Types without a
# rule (decimal, instant, base64Binary, time, …) send the resource to full validation.
LEAF_RULES: dict[str, typing.Callable[[Any], bool]] = {
    "String": _string,
    "Markdown": _string,
    "Code": lambda v: type(v) is str and _CODE.fullmatch(v) is not None,
    "Id": lambda v: type(v) is str and _ID.fullmatch(v) is not None,
    "Uri": lambda v: type(v) is str and _URI.fullmatch(v) is not None,
    "Url": lambda v: type(v) is str and _URI.fullmatch(v) is not None,
    "Canonical": lambda v: type(v) is str and _URI.fullmatch(v) is not None,
    "Date": _is_date,
    "DateTime": _is_datetime,
    "Boolean": lambda v: type(v) is bool,
    "Integer": _int_in(-(2**31), 2**31 - 1),
    "PositiveInt": _int_in(1, 2**31 - 1),
    "UnsignedInt": _int_in(0, 2**31 - 1),
}


_EXTENSION_VALUES: dict[str, typing.Callable[[Any], bool]] = {
    "valueString": lambda v: type(v) is str and _STRING.search(v) is not None,
    "valueBoolean": lambda v: type(v) is bool,
    "valueInteger": lambda v: type(v) is int and v in _INT32,
    "valueDate": lambda v: _is_date(v),
    "valueDateTime": lambda v: _is_datetime(v),
    "valueCoding": lambda v: _coding_ok(v),
}


def leaf_ok(rule: str, value: Any) -> bool:
    """Conservative: True only where fhir.resources certainly accepts the value. (fhir.resources
    does not hold codes to their value sets; neither does this.)"""
    check = LEAF_RULES.get(rule)
    return check is not None and check(value)


class _Field(typing.NamedTuple):
    many: bool  # a list in JSON
    check: typing.Callable[[Any], bool] | None  # a primitive's rule; None for a complex element
    model: Any  # the complex element's model class


def _reference_ok(value: Any) -> bool:
    """Reference.reference: only our own form (urn:uuid), whose target type fhir.resources
    cannot check."""
    return type(value) is str and _URN_UUID.fullmatch(value) is not None


def _unwrap(annotation: Any) -> tuple[bool, Any]:
    many = False
    while True:
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin is typing.Union or (origin is not None and type(None) in args and len(args) == 2):
            annotation = next(a for a in args if a is not type(None))
        elif origin in (list, typing.List):  # noqa: UP006
            many, annotation = True, args[0]
        else:
            return many, annotation


_UNKNOWN = _Field(False, None, None)  # not yet looked up


class Shapes:
    """Shapes fhir.resources has accepted, and the model metadata to compute them."""

    def __init__(self) -> None:
        self.accepted: set[Any] = set()
        self._fields: dict[Any, dict[str, _Field | None]] = {}

    @staticmethod
    def _resolve(model: Any, key: str) -> _Field | None:
        from fhir.resources.R4B import get_fhir_model_class

        info = next((f for n, f in model.model_fields.items() if (f.alias or n) == key), None)
        if info is None:
            return None
        many, inner = _unwrap(info.annotation)
        if typing.get_origin(inner) is typing.Annotated:
            names = [type(m).__name__ for m in typing.get_args(inner)[1:] if type(m).__name__ in LEAF_RULES]
            if len(names) != 1:
                return None
            if model.__name__ == "Reference" and key == "reference":
                return _Field(many, _reference_ok, None)
            return _Field(many, LEAF_RULES[names[0]], None)
        name = getattr(inner, "__name__", "")
        if not name.endswith("Type") or name == "ResourceType":
            return None
        try:
            return _Field(many, None, get_fhir_model_class(name[: -len("Type")]))
        except (KeyError, ValueError):
            return None

    def shape(self, model: Any, data: Any) -> Any:
        """A hashable shape of `data` for `model`, or None when a value fails its rule or
        anything is unknown. A primitive's place is its key (its rule follows from the model);
        a complex element's is its own shape. The hot loop of a large import: kept flat."""
        if type(data) is not dict:
            return None
        fields = self._fields.get(model)
        if fields is None:
            fields = self._fields[model] = {}
        parts: list[Any] = []
        for key, value in data.items():
            f = fields.get(key, _UNKNOWN)
            if f is _UNKNOWN:
                f = fields[key] = None if key == "resourceType" else self._resolve(model, key)
            if f is None:
                if key != "resourceType":
                    return None
                parts.append(("resourceType", value))
                continue
            check = f.check
            if not f.many:
                if check is not None:
                    if not check(value):
                        return None
                    parts.append(key)
                else:
                    sub = self.shape(f.model, value)
                    if sub is None:
                        return None
                    parts.append((key, sub))
            elif type(value) is not list:
                return None
            elif check is not None:
                for v in value:
                    if not check(v):
                        return None
                parts.append((key, len(value)))
            else:
                subs = []
                for v in value:
                    sub = self.shape(f.model, v)
                    if sub is None:
                        return None
                    subs.append(sub)
                parts.append((key, tuple(subs)))
        return tuple(parts)  # in the file's order: another order is merely another shape


def _without_simple_extensions(res: dict[str, Any]) -> dict[str, Any]:
    exts = res.get("extension")
    if type(exts) is not list or not exts or not all(simple_extension_ok(e) for e in exts):
        return res  # fhir.resources judges the extensions too
    return {k: v for k, v in res.items() if k != "extension"}


class BundleCheck:
    """Validation one entry at a time, for a bundle read as a stream: `entry()` for each entry
    as it is read, `finish()` with the Bundle's other elements at the end."""

    def __init__(self) -> None:
        self._models: dict[str, Any] = {}
        self._shapes = Shapes()
        self._stubs: list[Any] = []
        self._plain_stub = False

    def entry(self, i: int, entry: Any) -> dict[str, Any]:
        """Checks one entry's resource and returns it."""
        self._stub(entry)
        res = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(res, dict):
            raise InvalidFhir(detail=f"entry[{i}].resource")
        kind = str(res.get("resourceType"))
        model = self._model(i, kind)
        rest = _without_simple_extensions(res)
        shape = self._shapes.shape(model, rest)
        if shape is None or shape not in self._shapes.accepted:
            _validated(model, rest, f"entry[{i}].{kind}.")
            if shape is not None:
                self._shapes.accepted.add(shape)
        # else: fhir.resources accepted this very shape, and every value passed its rule
        return res

    def _model(self, i: int, kind: str) -> Any:
        model = self._models.get(kind)
        if model is not None:
            return model  # once per entry: no import statement on this path
        from fhir.resources.R4B import get_fhir_model_class

        if kind not in self._models:
            try:
                self._models[kind] = get_fhir_model_class(kind)
            except (KeyError, ValueError):
                raise InvalidFhir(detail=f"entry[{i}].resourceType") from None
        return self._models[kind]

    def _stub(self, e: Any) -> None:
        """The entry as the Bundle sees it (its resource is checked on its own). Entries that are
        only a fullUrl without spaces and a resource are alike to the Bundle: one stands for all
        of them, so the Bundle's own validation does not build 58 000 entry models."""
        if type(e) is dict and e.keys() == {"fullUrl", "resource"} and leaf_ok("Uri", e["fullUrl"]):
            if not self._plain_stub:
                self._stubs.append({"fullUrl": e["fullUrl"], "resource": None})
                self._plain_stub = True
        else:
            self._stubs.append({**e, "resource": None} if isinstance(e, dict) else e)

    def finish(self, top: dict[str, Any]) -> None:
        """The Bundle itself: `top` holds its elements other than `entry`."""
        from fhir.resources.R4B.bundle import Bundle

        _validated(Bundle, {**top, "entry": self._stubs}, "")
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


def _validated(cls: Any, data: dict[str, Any], where: str) -> None:
    try:
        cls.model_validate(data)
    except PydanticError as exc:
        first = exc.errors()[0] if exc.errors() else {}
        loc = ".".join(str(x) for x in first.get("loc", ()))[:120]
        raise InvalidFhir(detail=f"{where}{loc}: {first.get('type', 'invalid')}") from None
    except (ValueError, TypeError) as exc:
        raise InvalidFhir(detail=f"{where}{type(exc).__name__}") from None
