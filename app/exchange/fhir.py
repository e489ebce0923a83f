"""FHIR R4 (4.0.1) mapping of the exchanged records, both ways. Incoming bundles are validated
with HL7's own R4 JSON schema (`fhir_check`).

Each record becomes one resource whose `meta.tag` (system TAG_SYSTEM) names the record kind.
Fields with a natural FHIR element are written there and read back from there (ids,
subject references, the personnummer identifier, names, status, dates). Every other field
is an extension `{SD}/{kind}-{field}` holding the exact value, so a round trip between two
Egenvårdsstöd installations loses nothing. Some elements are written only for the region's
readers (marked "informative"); the importer does not read them. See docs/bundle-format.md.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import itertools
import json
import operator
import re
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import ijson

from app.errors import ValidationError
from app.exchange import fhir_process
from app.exchange.entries import NotOurs, iter_entries
from app.exchange.errors import InvalidFhir, MissingElement
from app.exchange.fhir_check import BundleCheck, validate
from app.exchange.fhir_ext import Encoder, empty_values, encoder, read_named
from app.exchange.fhir_kinds import (  # the elements of each kind; re-exported for callers of this module
    _HASH,
    ALSO_RESOURCE,
    FOLLOWS,
    HSA_ID_SYSTEM,
    NAMES_PRACTITIONER,
    ORG_NUMBER_SYSTEM,
    ORG_SYSTEM,
    READERS,
    RESOURCE_OF,
    SD,
    STANDARD,
    TAG_SYSTEM,
    WRITERS,
    link_plan,
    newest_versions,
    practitioner_resource,
    resource_id,
    uid,
)
from app.exchange.identity import PublicIdentity
from app.exchange.limits import SHAPE_LIMITS, check_shape
from app.exchange.plain import from_plain, hints, record_hash, strip_optional
from app.exchange.records import KINDS, RecordSet
from app.jsontext import compact
from app.models.common import Practitioner
from app.models.org_ids import OrgIds
from app.models.plain_out import plain as plain_form

# --- extensions (typed: fhir_ext) ---------------------------------------------------------------


@functools.cache
def _field_encoders(kind: str) -> tuple[tuple[str, str, Encoder], ...]:
    """(field, extension url, encoder) for each field of a kind that is not a standard element."""
    cls = KINDS[kind][0]
    h = hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if f.name not in STANDARD[kind]]
    return tuple((n, f"{SD}/{kind}-{n}", encoder(h[n])) for n in names)


def _extensions(kind: str, plain: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name, url, enc in _field_encoders(kind):
        value = plain.get(name)
        if value is not None and value != "" and value != []:
            out += enc(url, value)
    return out


def _read_extensions(kind: str, cls: type, resource: dict[str, Any]) -> dict[str, Any]:
    prefix = f"{SD}/{kind}-"
    plain = read_named(cls, resource.get("extension", []), prefix)  # others' extensions are ignored
    _absent, required = empty_values(cls)
    for name in required - STANDARD[kind]:
        if plain.get(name) is None:
            where = f"{resource.get('resourceType')}/{resource.get('id')}"
            raise MissingElement(element=f"{prefix}{name}", record=where)
    return plain


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


_V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"


def _org_entry(sender: PublicIdentity, ids: OrgIds | None = None) -> dict[str, Any]:
    """The sender, with HL7 Sweden's identifier slices (SEBaseOrganization) when known."""
    org_id = uid("organisation", sender.fingerprint)
    identifiers: list[dict[str, Any]] = [{"system": ORG_SYSTEM, "value": sender.fingerprint}]
    if ids is not None and ids.hsa_id:
        kind = {"coding": [{"system": _V2_0203, "code": "PRN"}]}
        identifiers.append({"type": kind, "system": HSA_ID_SYSTEM, "value": ids.hsa_id})
    if ids is not None and ids.org_number:
        kind = {"coding": [{"system": _V2_0203, "code": "XX"}]}
        identifiers.append({"type": kind, "system": ORG_NUMBER_SYSTEM, "value": ids.org_number})
    return {
        "fullUrl": f"urn:uuid:{org_id}",
        "resource": {"resourceType": "Organization", "id": org_id, "identifier": identifiers, "name": sender.name},
    }


# (kind, record, its plain form) → the hash of the version the record follows, or None.
Seen = Callable[[str, Any, dict[str, Any]], str | None]


def _body(records: RecordSet, practitioners: dict[str, dict], seen: Seen | None = None) -> Iterator[dict[str, Any]]:
    """One entry per record; the assessors met on the way are gathered in `practitioners`.
    `seen` gets each record's plain form, so the exporter can hash it without making it again,
    and answers what the record follows (written as the `follows` extension)."""
    plan_person = records.plan_person()
    newest = newest_versions(records.plans)
    for kind, record in records.items():
        plain = plain_form(record)  # to_plain's result, compiled per record type (plain_out)
        follows = seen(kind, record, plain) if seen is not None else None
        res = _resource(kind, record, plan_person, practitioners, plain)
        link_plan(kind, record, res, newest)
        if follows:
            res.setdefault("extension", []).append({"url": FOLLOWS, "valueString": follows})
        yield {"fullUrl": f"urn:uuid:{res['id']}", "resource": res}


def body_entries(records: RecordSet, practitioners: dict[str, dict]) -> Iterator[dict[str, Any]]:
    """The record entries one at a time; each assessor met is in `practitioners` once its entry is."""
    return _body(records, practitioners)


def organisation_entry(sender: PublicIdentity, ids: OrgIds | None = None) -> dict[str, Any]:
    return _org_entry(sender, ids)


def _head(bundle_id: str, timestamp: str) -> dict[str, Any]:
    return {"resourceType": "Bundle", "id": bundle_id, "type": "collection", "timestamp": timestamp}


def to_bundle(
    records: RecordSet, sender: PublicIdentity, bundle_id: str, timestamp: str, ids: OrgIds | None = None
) -> dict[str, Any]:
    """The Bundle as one object (tests and small bundles; exports use `bundle_json`)."""
    practitioners: dict[str, dict] = {}
    body = list(_body(records, practitioners))
    people = [{"fullUrl": f"urn:uuid:{k}", "resource": v} for k, v in practitioners.items()]
    return {**_head(bundle_id, timestamp), "entry": [_org_entry(sender, ids), *people, *body]}


class Sink(typing.Protocol):
    """Where bundle.json is written: a file, a buffer, a zip member."""

    def write(self, data: bytes, /) -> object: ...


def bundle_json(
    records: RecordSet,
    sender: PublicIdentity,
    bundle_id: str,
    timestamp: str,
    seen: Seen | None = None,
    ids: OrgIds | None = None,
) -> bytes:
    """bundle.json as bytes: the same bytes as `dumps(to_bundle(…))`, made by `write_bundle`."""
    out = io.BytesIO()
    write_bundle(out, records, sender, bundle_id, timestamp, seen, ids)
    return out.getvalue()  # the buffer itself, not a copy


def write_bundle(
    out: Sink,
    records: RecordSet,
    sender: PublicIdentity,
    bundle_id: str,
    timestamp: str,
    seen: Seen | None = None,
    ids: OrgIds | None = None,
) -> None:
    """bundle.json written to `out` entry by entry, as it is made: the Bundle is never one tree
    of objects (370 MB for 10 000 plans) nor one piece of text (136 MB). The practitioners come
    first, so they are found before the body is written (`_practitioners`)."""
    practitioners = _practitioners(records)
    first = [_org_entry(sender, ids)] + [{"fullUrl": f"urn:uuid:{k}", "resource": v} for k, v in practitioners.items()]
    out.write(compact(_head(bundle_id, timestamp))[:-1])  # without its closing brace
    out.write(b',"entry":[')
    out.write(b",".join(compact(e) for e in first))
    met: dict[str, dict] = {}
    for entry in _body(records, met, seen):
        out.write(b",")
        out.write(compact(entry))
    if met.keys() != practitioners.keys():  # a writer naming someone `_practitioners` did not find
        raise RuntimeError("Practitioner resources found in advance differ from those the writers met")
    out.write(b"]}")


@functools.cache
def _practitioner_fields(cls: type) -> tuple[str, ...]:
    """The fields of a record type that hold a Practitioner (an assessor, a giver, a receiver)."""
    h = hints(cls)
    return tuple(f.name for f in dataclasses.fields(cls) if strip_optional(h[f.name]) is Practitioner)


def _practitioners(records: RecordSet) -> dict[str, dict]:
    """Every Practitioner resource the writers will make, in the order `_body` meets them (the
    bundle's order, as `to_bundle` has it); each person once, however many records name them."""
    found: dict[str, dict] = {}
    done: set[Practitioner] = set()
    for kind, (cls, attr) in KINDS.items():
        names = _practitioner_fields(cls) if kind in NAMES_PRACTITIONER else ()
        for record in getattr(records, attr) if names else ():
            for name in names:
                p = getattr(record, name)
                if p is not None and p not in done:
                    done.add(p)
                    rid, res = practitioner_resource(p)
                    found.setdefault(rid, res)
    return found


# --- resources → records ------------------------------------------------------------------------


def _kind_of(res: dict[str, Any]) -> str | None:
    for tag in res.get("meta", {}).get("tag", []):
        if tag.get("system") == TAG_SYSTEM:
            return str(tag.get("code"))
    return None


def _practitioner(res: dict[str, Any]) -> Practitioner:
    plain = read_named(Practitioner, res.get("extension", []), f"{SD}/practitioner-")
    plain["name"] = res["name"][0]["text"]
    hsa = [i["value"] for i in res.get("identifier", ()) if i.get("system") == HSA_ID_SYSTEM]
    if hsa:
        plain["hsa_id"] = hsa[0]
    return typing.cast(Practitioner, from_plain(Practitioner, {k: v for k, v in plain.items() if v is not None}))


def _standard(
    kind: str, res: dict[str, Any], practitioners: dict[str, Practitioner], members: dict[str, bytes]
) -> dict[str, Any]:
    return READERS[kind](res, practitioners, members)  # an unknown kind: KeyError, as before


# Where a resource names a Practitioner (`fhir_kinds` readers of NAMES_PRACTITIONER kinds).
_PRACTITIONER_ELEMENTS = ("performer", "author", "requester", "owner")
_URN = "urn:uuid:"


class RecordReader:
    """Records from validated resources, one at a time (a large bundle is read as a stream).
    Assessments and intyg name their assessor by a Practitioner resource that may come later in
    the bundle: those wait until the end. Any record breaking a domain rule makes the bundle invalid."""

    def __init__(self, members: dict[str, bytes]) -> None:
        self._members = members
        self._practitioners: dict[str, Practitioner] = {}
        self._waiting: list[tuple[int, dict[str, Any]]] = []
        self._found: dict[str, list[Any]] = {attr: [] for _cls, attr in KINDS.values()}
        self._seen: set[tuple[str, str]] = set()
        self._follows: dict[tuple[str, str], str] = {}
        self._hashes: dict[tuple[str, str], str] = {}

    def add(self, i: int, res: dict[str, Any]) -> None:
        if res.get("resourceType") == "Practitioner":
            try:
                self._practitioners[res["id"]] = _practitioner(res)
            except ValidationError as exc:  # e.g. an HSA-id that is none
                raise InvalidFhir(detail=f"entry[{i}] Practitioner.{exc.field or '?'}") from None
            except (KeyError, IndexError, TypeError, ValueError):
                raise InvalidFhir(detail=f"entry[{i}] Practitioner") from None
        elif _kind_of(res) in NAMES_PRACTITIONER and not self._assessors_known(res):
            self._waiting.append((i, res))
        else:
            self._record(i, res)

    def _assessors_known(self, res: dict[str, Any]) -> bool:
        """Whether every Practitioner the resource names was met already. Ours come first, so
        nothing waits: 10 000 assessments held as JSON trees until the end were 350 MB."""
        for element in _PRACTITIONER_ELEMENTS:
            value = res.get(element)
            for ref in value if isinstance(value, list) else () if value is None else (value,):
                text = ref.get("reference") if isinstance(ref, dict) else None
                if (
                    not isinstance(text, str)
                    or not text.startswith(_URN)
                    or text[len(_URN) :] not in self._practitioners
                ):
                    return False
        return True

    @property
    def waiting(self) -> int:
        """Resources held back until the end: they name a Practitioner not read yet."""
        return len(self._waiting)

    def result(self) -> RecordSet:
        for i, res in self._waiting:
            self._record(i, res)
        self._waiting.clear()
        found = {attr: tuple(v) for attr, v in self._found.items()}
        return RecordSet(**found, follows=self._follows, hashes=self._hashes)

    def _record(self, i: int, res: dict[str, Any]) -> None:
        kind = _kind_of(res)
        if kind is None:
            return  # Organization, or a resource another system added
        if kind not in KINDS or res.get("resourceType") not in (RESOURCE_OF[kind], ALSO_RESOURCE.get(kind)):
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
        # Hashed here, where the import waits for the validating process anyway (content_hash).
        self._hashes[key] = record_hash(record.metadata() if kind == "document" else record)
        self._found[attr].append(record)


def from_bundle(data: dict[str, Any], members: dict[str, bytes]) -> RecordSet:
    """Records from a validated Bundle already in memory."""
    reader = RecordReader(members)
    for i, entry in enumerate(data.get("entry") or []):
        reader.add(i, entry.get("resource") or {})
    return reader.result()


def dumps(bundle: dict[str, Any]) -> bytes:
    return compact(bundle)


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


# `{"resourceType":"Bundle", …simple members…, "entry":[` — how our bundles begin, within the
# first _HEAD_MOST bytes (ours: about 150).
_HEAD_MOST = 1 << 16
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
    m = _HEAD.match(raw, 0, _HEAD_MOST)  # read before the shape pass: a bounded look
    body = raw.rstrip()
    if m is None or not body.endswith(b"}"):
        return None
    pairs: list[tuple[str, Any]] = []
    try:
        json.loads(b"{" + m.group(1).rstrip().rstrip(b",") + b"}", object_pairs_hook=pairs.extend)
    except (ValueError, RecursionError):
        return None
    head = dict(pairs)
    if len(head) != len(pairs) or "entry" in head or len(head) >= SHAPE_LIMITS.max_top_keys:
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
                # the schema would refuse too. Its own message wins if it has one.
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
    # Each entry is held to the shape limits before it is validated (`entries`); what that
    # reading does not take is an ijson.JSONError, so the general reading decides.
    # The strings of a long entry are looked at as it is read, the rest on the schema's walk.
    _read(head, iter_entries(entries.read, SHAPE_LIMITS, walked=True), False, BundleCheck(SHAPE_LIMITS), None)


CHECKS = fhir_process.Checks(check_entries, check_raw)  # what the second process runs


def read_bundle(raw: bytes, members: dict[str, bytes]) -> RecordSet:
    """Validate bundle.json and read its records. A large bundle in our layout is validated in
    a second process while this one reads the records (`fhir_process`), both with the C parser
    (`entries`); the verdict is always in before the records are returned, so nothing
    unvalidated reaches the database. Every other bundle, and one that reading does not take,
    is held to the shape limits (depth, keys, items, string length) before anything is built."""
    window = _entry_last(raw) if fhir_process.worth_it(len(raw)) else None
    if window is not None:
        try:
            return _read_beside(raw, *window, members)
        except NotOurs:
            pass  # the general reading decides, with the messages of every other bundle
    check_shape(raw)
    return typing.cast(RecordSet, _stream(raw, True, members))


def _read_beside(raw: bytes, head: dict[str, Any], start: int, end: int, members: dict[str, bytes]) -> RecordSet:
    """Records read here while the second process validates (`read_bundle`)."""
    with fhir_process.Verdict(raw, head, start, end, CHECKS) as verdict:
        reader = RecordReader(members)
        try:
            _read(head, iter_entries(_Window(raw, start, end).read), False, None, reader)
        except InvalidFhir:
            verdict.wait()  # the validator's message names the element, when it has one
            raise
        verdict.wait()
    return reader.result()


def iter_kinds(records: RecordSet) -> Iterable[str]:
    return (k for k, _ in records.items())
