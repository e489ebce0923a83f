"""A large bundle is validated in a second process while this one reads its records: the same
records and the same verdicts as validating inline, and never less checked if that process fails."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest

from app.exchange import container, errors, fhir, fhir_process
from app.exchange.errors import InvalidFhir
from app.services import exchange as ex
from tests.factories import EXCHANGE_TABLES as TABLES
from tests.factories import Pair, members_of, refused, resign, rows


class Spy(fhir_process.Verdict):
    made: ClassVar[list[fhir_process.Verdict]] = []

    def __init__(self, raw: bytes, head: dict[str, Any], start: int, end: int, checks: fhir_process.Checks) -> None:
        super().__init__(raw, head, start, end, checks)
        Spy.made.append(self)


@pytest.fixture
def beside(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[fhir_process.Verdict]]:
    """Every bundle, however small, validated in the second process."""
    monkeypatch.setattr(fhir_process, "worth_it", lambda _size: True)  # on one core too
    monkeypatch.setattr(fhir_process, "Verdict", Spy)
    Spy.made = []
    yield Spy.made
    assert multiprocessing.active_children() == []  # the process never outlives the import


def _altered(raw: bytes, change: Any) -> bytes:
    data = json.loads(raw)
    change(data["entry"])
    return json.dumps(data, ensure_ascii=False).encode()


def test_small_bundles_are_validated_inline(small_bundle: tuple[bytes, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    raw, records = small_bundle
    assert len(raw) < fhir_process.SPAWN_FROM
    monkeypatch.setattr(fhir_process, "Verdict", None)  # would fail if used
    assert fhir.read_bundle(raw, {}) == records


def test_same_records_through_the_second_process(small_bundle: tuple[bytes, Any], beside: list[Any]) -> None:
    raw, records = small_bundle
    assert fhir.read_bundle(raw, {}) == records
    assert [v.judged_by for v in beside] == ["process"]


def test_invalid_value_is_refused_with_the_schemas_message(small_bundle: tuple[bytes, Any], beside: list[Any]) -> None:
    def bad_date(entries: list[dict[str, Any]]) -> None:
        next(e for e in entries if e["resource"]["resourceType"] == "CarePlan")["resource"]["created"] = "igår"

    with pytest.raises(InvalidFhir, match=r"CarePlan\.created"):
        fhir.read_bundle(_altered(small_bundle[0], bad_date), {})
    assert [v.judged_by for v in beside] == ["process"]


def test_a_shape_the_reader_cannot_follow_gets_the_validators_message(
    small_bundle: tuple[bytes, Any], beside: list[Any]
) -> None:
    def meta_as_list(entries: list[dict[str, Any]]) -> None:
        next(e for e in entries if e["resource"]["resourceType"] == "Task")["resource"]["meta"] = ["x"]

    with pytest.raises(InvalidFhir, match=r"Task\.meta"):  # not merely "entry[n]"
        fhir.read_bundle(_altered(small_bundle[0], meta_as_list), {})


def test_a_broken_domain_rule_in_valid_fhir_is_still_the_readers_to_refuse(
    small_bundle: tuple[bytes, Any], beside: list[Any]
) -> None:
    def bad_number(entries: list[dict[str, Any]]) -> None:
        patient = next(e for e in entries if e["resource"]["resourceType"] == "Patient")["resource"]
        patient["identifier"][0]["value"] = "191212121213"  # valid FHIR, wrong check digit

    with pytest.raises(InvalidFhir) as caught:
        fhir.read_bundle(_altered(small_bundle[0], bad_number), {})
    assert "191212121213" not in str(caught.value)
    assert [v.judged_by for v in beside] == ["process"]  # the validator said valid; the reader refused


def test_broken_json_inside_the_entries(
    small_bundle: tuple[bytes, Any], beside: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = small_bundle[0]
    at = raw.index(b"},{", len(raw) // 2)
    broken = raw[:at] + b"},,{" + raw[at + 3 :]
    with pytest.raises(InvalidFhir, match="JSON") as caught:
        fhir.read_bundle(broken, {})
    assert len(beside) == 1  # the reading beside the process met it; the general reading refused
    monkeypatch.setattr(fhir_process, "worth_it", lambda _size: False)
    with pytest.raises(InvalidFhir) as inline:
        fhir.read_bundle(broken, {})
    assert str(caught.value) == str(inline.value)  # the sentence of every other bundle


def test_members_after_the_entries_are_judged_here(small_bundle: tuple[bytes, Any], beside: list[Any]) -> None:
    raw, records = small_bundle
    later = raw[:-1] + b',"meta":{"versionId":"7"}}'  # valid FHIR, though not as we write it
    assert fhir.read_bundle(later, {}) == records
    # The reading beside the process stops at the member after the entries; the general reading
    # (shape pass, validation here) decides, and the process is stopped unasked.
    assert [v.judged_by for v in beside] == [""]
    with pytest.raises(InvalidFhir, match="bogus"):
        fhir.read_bundle(raw[:-1] + b',"bogus":1}', {})


@pytest.mark.parametrize("valid", [True, False])
def test_a_killed_process_means_validating_here(small_bundle: tuple[bytes, Any], valid: bool) -> None:
    raw = small_bundle[0] if valid else _altered(small_bundle[0], lambda entries: entries[1].update(resource={"id": 1}))
    window = fhir._entry_last(raw)
    assert window is not None
    with fhir_process.Verdict(raw, *window, fhir.CHECKS) as verdict:
        verdict._proc.kill()
        if valid:
            verdict.wait()
        else:
            with pytest.raises(InvalidFhir):
                verdict.wait()
        assert verdict.judged_by == "here"
    assert multiprocessing.active_children() == []


def test_import_through_the_second_process_writes_the_same(pair: Pair, beside: list[Any]) -> None:
    result = ex.import_bundle(pair.b, pair.bundle())
    assert result.counts["new"] > 50 and [v.judged_by for v in beside] == ["process"]
    for table in TABLES:
        got = rows(pair.b, table)
        assert got or table in ("plan_documents", "intyg"), table  # the small demo may hold none to send
        assert got == [r for r in rows(pair.a, table) if r["id"] in {g["id"] for g in got}], table


def test_invalid_fhir_through_the_second_process_leaves_the_database_as_it_was(pair: Pair, beside: list[Any]) -> None:
    members = members_of(pair.bundle(), pair.b)
    data = json.loads(members[container.BUNDLE_JSON])
    plan = next(e for e in data["entry"] if e["resource"]["resourceType"] == "CarePlan")
    plan["resource"]["status"] = "kanske"  # not a FHIR code… and not ours
    members[container.BUNDLE_JSON] = json.dumps(data).encode()
    sender = ex.own_identity(pair.a)
    assert sender is not None
    message = refused(pair, resign(members, sender, pair.b), errors.InvalidFhir, "invalid_fhir_beside")
    assert "nothing was imported" in message or "inget har importerats" in message


def test_worth_a_process_only_for_large_bundles_and_several_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not fhir_process.worth_it(fhir_process.SPAWN_FROM - 1)
    monkeypatch.setattr(fhir_process.os, "cpu_count", lambda: 4)
    assert fhir_process.worth_it(fhir_process.SPAWN_FROM)
    monkeypatch.setattr(fhir_process.os, "cpu_count", lambda: 1)
    assert not fhir_process.worth_it(10 * fhir_process.SPAWN_FROM)


def _with_patient_name(raw: bytes, name: bytes) -> bytes:
    """bundle.json with the first Patient's family name replaced by `name`, as JSON text."""
    data = json.loads(raw)
    patient = next(e for e in data["entry"] if e["resource"]["resourceType"] == "Patient")["resource"]
    patient["name"][0]["family"] = "@@NAME@@"
    return json.dumps(data, ensure_ascii=False).encode().replace(b'"@@NAME@@"', name)


@pytest.mark.parametrize(
    "name",
    [
        b'"\\ud800"',  # an escaped lone surrogate: ijson reads "?", the C parser would keep it
        b'"\\u00c5str\\u00f6m"',  # other escapes: read by the C parser itself
    ],
)
def test_read_beside_gives_what_the_general_reading_gives(
    small_bundle: tuple[bytes, Any], beside: list[Any], monkeypatch: pytest.MonkeyPatch, name: bytes
) -> None:
    raw = _with_patient_name(small_bundle[0], name)
    got = fhir.read_bundle(raw, {})
    monkeypatch.setattr(fhir_process, "worth_it", lambda _size: False)
    assert got == fhir.read_bundle(raw, {})
    assert len(beside) == 1


def test_over_a_shape_limit_beside_is_refused_as_inline(
    small_bundle: tuple[bytes, Any], beside: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads(small_bundle[0])
    patient = next(e for e in data["entry"] if e["resource"]["resourceType"] == "Patient")["resource"]
    deep: Any = "x"
    for _ in range(40):  # deeper than ShapeLimits.max_depth (32)
        deep = [deep]
    patient["extension"] = [{"url": "https://example.org/deep", "valueString": deep}]
    raw = json.dumps(data).encode()
    with pytest.raises(errors.TooComplex, match="32"):
        fhir.read_bundle(raw, {})
    assert [v.judged_by for v in beside] == ["here"]  # the process left it to the shape pass here
