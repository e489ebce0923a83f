"""bundle.json streamed both ways (issue 13, speed and memory): written into the zip as it is made,
read a piece at a time with the C parser (`app/exchange/entries.py`), the reader holding nothing
back in our layout. The same bytes and records as the whole-object forms."""

from __future__ import annotations

import dataclasses
import io
import json
import threading
import zipfile
from datetime import datetime
from typing import Any

import pytest

from app.exchange import container, entries, fhir
from app.exchange.entries import NotOurs, iter_entries
from app.exchange.limits import SHAPE_LIMITS, check_shape
from app.exchange.records import record_key
from app.services import exchange as ex
from app.services.exchange.base import content_hash
from app.store.documents import Documents, StoredDocument
from app.store.exchange import ExchangeStore
from tests.factories import Pair, members_of

ARRAY = '[{"a":"Åsa – ö","n":12345,"f":-1.5e3},{"b":[true,false,null,[],{}]} , 7 ,"x\\"y",123456789,true,-2.5e-3]'


def _pieces(text: str | bytes) -> Any:
    """`read(n)` over the bytes, n as asked."""
    return io.BytesIO(text.encode() if isinstance(text, str) else text).read


@pytest.mark.parametrize("piece", [1, 2, 3, 7, 1 << 20])
def test_entries_as_json_reads_them_whatever_the_pieces(monkeypatch: pytest.MonkeyPatch, piece: int) -> None:
    monkeypatch.setattr(entries, "_PIECE", piece)  # pieces cut inside characters, numbers, strings
    got = list(iter_entries(_pieces(ARRAY), SHAPE_LIMITS))
    first = {"a": "Åsa – ö", "n": 12345, "f": -1500.0}
    assert got == [first, {"b": [True, False, None, [], {}]}, 7, 'x"y', 123456789, True, -0.0025]


def test_an_empty_array_and_whitespace_around() -> None:
    assert list(iter_entries(_pieces(" \n[ ]\n "))) == []


@pytest.mark.parametrize(
    "text",
    [
        '[{"a":1},,{"b":2}]',  # a syntax error
        '[{"a":1}',  # no end
        '[{"a":NaN}]',  # not JSON, though Python's parser would take it
        '[{"a":"\\ud800"}]',  # an escaped surrogate: ijson reads "?" where this parser keeps it
        '[{"a":1}],"meta":{}',  # something after the array
        "[" + "[" * 5000 + "]" * 5000 + "]",  # deeper than the C parser goes
        '{"a":1}',  # not an array
    ],
)
def test_what_the_c_parser_does_not_take_is_left_to_the_general_reading(text: str) -> None:
    with pytest.raises(NotOurs):
        list(iter_entries(_pieces(text)))


def test_invalid_utf8_is_left_to_the_general_reading() -> None:
    with pytest.raises(NotOurs):
        list(iter_entries(_pieces(b'[{"a":"\xff"}]')))


def _nested(levels: int) -> str:
    """An entry of `levels` containers, one in the other."""
    return '{"a":' + "[" * (levels - 1) + "1" + "]" * (levels - 1) + "}"


@pytest.mark.parametrize(
    ("entry", "within"),
    [
        (_nested(30), True),  # the Bundle, its entry array and 30 levels: 32, the limit
        (_nested(31), False),
        ('{"a":[' + ",".join(["1"] * 10_000) + "]}", True),  # max_items
        ('{"a":[' + ",".join(["1"] * 10_001) + "]}", False),
        ("{" + ",".join(f'"k{i}":1' for i in range(500)) + "}", True),  # max_keys
        ("{" + ",".join(f'"k{i}":1' for i in range(501)) + "}", False),
        ('{"a":"' + "x" * 1_000_000 + '"}', True),  # max_string
        ('{"a":"' + "x" * 1_000_001 + '"}', False),
        ('{"' + "k" * 1_000_001 + '":1}', False),
    ],
)
def test_entry_shape_limits_are_those_of_the_shape_pass(entry: str, within: bool) -> None:
    bundle = '{"resourceType":"Bundle","entry":[' + entry + "]}"
    if within:
        check_shape(bundle.encode())
        assert len(list(iter_entries(_pieces("[" + entry + "]"), SHAPE_LIMITS))) == 1
    else:
        with pytest.raises(Exception, match="gräns|limit|fler|djupare|längre"):
            check_shape(bundle.encode())
        with pytest.raises(NotOurs):
            list(iter_entries(_pieces("[" + entry + "]"), SHAPE_LIMITS))


def test_streamed_bundle_json_is_the_bundle_as_one_object(small_bundle: tuple[bytes, Any], pair: Pair) -> None:
    _raw, records = small_bundle
    me = ex.ensure_identity(pair.a).public
    whole = fhir.dumps(fhir.to_bundle(records, me, "b", "2026-01-01T00:00:00+00:00"))
    assert fhir.bundle_json(records, me, "b", "2026-01-01T00:00:00+00:00") == whole
    assert any(e["resource"]["resourceType"] == "Practitioner" for e in json.loads(whole)["entry"][:3])


def test_a_practitioner_not_found_in_advance_stops_the_export(
    small_bundle: tuple[bytes, Any], pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    _raw, records = small_bundle
    monkeypatch.setattr(fhir, "_practitioners", lambda _records: {})
    with pytest.raises(RuntimeError, match="Practitioner"):
        fhir.bundle_json(records, ex.ensure_identity(pair.a).public, "b", "2026-01-01T00:00:00+00:00")


def test_sealed_member_by_member_with_the_manifest_last(pair: Pair) -> None:
    path = pair.bundle("1.egvb")
    me = ex.own_identity(pair.b)
    plain = container.decrypt(path.read_bytes(), path, identity=me, passphrase=None)
    names = zipfile.ZipFile(io.BytesIO(plain)).namelist()
    assert names[0] == container.BUNDLE_JSON and names[-2:] == [container.MANIFEST, container.SIGNATURE]
    members = members_of(path, pair.b)
    manifest = json.loads(members[container.MANIFEST])
    listed = {m["path"]: m["size"] for m in manifest["members"]}
    assert listed[container.BUNDLE_JSON] == len(members[container.BUNDLE_JSON]) > 10_000
    assert ex.import_bundle(pair.b, path).counts["new"] > 50


def test_the_reader_holds_back_only_what_names_a_practitioner_still_to_come(small_bundle: tuple[bytes, Any]) -> None:
    raw, records = small_bundle
    resources = [e["resource"] for e in json.loads(raw)["entry"]]
    ours = fhir.RecordReader({})
    for i, res in enumerate(resources):
        ours.add(i, res)
        assert ours.waiting == 0  # practitioners come first in our bundles
    assert ours.result() == records
    people = [r for r in resources if r["resourceType"] == "Practitioner"]
    others = [r for r in resources if r["resourceType"] != "Practitioner"]
    late = fhir.RecordReader({})
    for i, res in enumerate(others + people):  # a partner's order: the assessors last
        late.add(i, res)
    assert late.waiting == len(records.assessments) + len(records.intyg) + len(records.handovers) > 0
    assert late.result() == records


def test_newest_document_of_each_version_in_one_query_per_chunk(pair: Pair) -> None:
    xs = ExchangeStore(pair.a.store)
    plans = pair.a.repos.plans.all()[:3]
    docs = Documents(pair.a.store)
    made = {}
    for plan in plans:
        for at in ("2099-01-01T10:00:00+00:00", "2099-03-01T10:00:00+00:00"):  # after the demo's own
            pdf = b"%PDF-" + at.encode()
            doc = StoredDocument(
                plan.id,
                plan.version,
                plan.person_id,
                "sealed_plan",
                "0" * 64,
                "f",
                "s",
                "c",
                pdf,
                created_at=datetime.fromisoformat(at),
            )
            docs.add(doc)
            made[(plan.id, plan.version, at)] = doc.id
    asked = [(p.id, p.version) for p in reversed(plans)] + [("no-such-plan", 1)]
    got = xs.documents(asked)
    assert [(d.plan_id, d.plan_version) for d in got] == asked[:3]
    assert [d.id for d in got] == [made[(p, v, "2099-03-01T10:00:00+00:00")] for p, v in asked[:3]]
    assert got[0].pdf == b"%PDF-2099-03-01T10:00:00+00:00"


def _zip_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "egenvard-zip"]


def test_a_failed_export_leaves_no_zip_thread_behind() -> None:
    writer = container.Writer()
    with pytest.raises(ZeroDivisionError), writer.stream(container.BUNDLE_JSON) as member:
        member.write(b"x" * 300_000)
        _ = 1 / 0
    assert _zip_threads() == []


def test_a_failure_in_the_zip_thread_reaches_the_export() -> None:
    def full(_data: bytes) -> None:
        raise OSError("no room")

    writer = container.Writer()
    with pytest.raises(OSError, match="no room"), writer.stream(container.BUNDLE_JSON) as member:
        member._fh.write = full  # type: ignore[method-assign]
        for _ in range(40):  # more pieces than the queue holds: the thread must keep taking them
            member.write(b"x" * 300_000)
    assert _zip_threads() == []


def test_hashes_made_while_reading_are_the_records_content_hashes(small_bundle: tuple[bytes, Any]) -> None:
    raw, _records = small_bundle
    read = fhir.read_bundle(raw, {})
    assert len(read.hashes) == len(read) > 20
    for kind, record in read.items():
        assert read.hashes[(kind, record_key(kind, record))] == content_hash(kind, record)


def test_a_person_known_here_under_another_id_is_hashed_as_stored_here(pair: Pair) -> None:
    theirs = pair.a.repos.persons.all()[0]
    ours = dataclasses.replace(theirs, id="00000000-0000-4000-8000-000000000001")
    pair.b.repos.persons.add(ours)
    ex.import_bundle(pair.b, pair.bundle())
    partner = ex.own_identity(pair.a)
    assert partner is not None
    synced = ExchangeStore(pair.b.store).sync_hashes(partner.public.fingerprint)
    assert ("person", theirs.id) not in synced
    assert synced[("person", ours.id)] == content_hash("person", ours)
    assessment = next(a for a in pair.a.repos.assessments.all() if a.person_id == theirs.id)
    as_here = dataclasses.replace(assessment, person_id=ours.id)  # linked to our id: another hash
    assert synced[("assessment", assessment.id)] == content_hash("assessment", as_here)
    assert synced[("assessment", assessment.id)] != content_hash("assessment", assessment)
